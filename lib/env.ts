import "server-only";
import path from "node:path";
import { z } from "zod";
import { center } from "@/lib/center/schema";

/**
 * Environment variables, validated once on first use (not at import, so `next build` needs
 * none of them). A bad value stops the feature with a message naming the variable, never
 * its value: SMTP_URL may hold a password.
 */

const blankIsUnset = (value: unknown) => (value === "" ? undefined : value);
const noControls = (value: string) => !/\p{Cc}/u.test(value);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

const SECONDS_1_TO_900 = "must be a whole number of seconds from 1 to 900";

const defaultMailFrom = `"${center.name.replace(/["\\]/g, "")} website" <no-reply@${center.email.split("@")[1]}>`;

const schema = z.object({
  SMTP_URL: z.preprocess(
    blankIsUnset,
    z
      .url({
        protocol: /^smtps?$/,
        error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587",
      })
      .refine((url) => new URL(url).search === "", "must not have ?query options; TLS and timeouts are set by the site")
      .optional(),
  ),
  ADMISSIONS_EMAIL: z.preprocess(blankIsUnset, z.email("must be one email address").default("admissions@example.org")),
  MAIL_FROM: z.preprocess(
    blankIsUnset,
    z
      .string()
      .max(320)
      .refine((v) => noControls(v) && v.includes("@"), 'must be an address like "Name <no-reply@example.org>"')
      .default(defaultMailFrom),
  ),
  DATA_DIR: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default("./.data")
      .transform((dir) => path.resolve(dir)),
  ),
  SITE_URL: z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://www.example.org" })
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  LEAD_EMAIL_DETAIL: z.preprocess(
    blankIsUnset,
    z.enum(["full", "contact"], { error: `must be "full" or "contact"` }).default("full"),
  ),
  FORM_SECRET: z.preprocess(blankIsUnset, z.string().min(32, "must be at least 32 characters").optional()),
  LEAD_RATE_LIMIT: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(1, "must be a whole number of 1 or more").default(5),
  ),
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL, e.g. postgres://site@db.internal/leads" })
      .optional(),
  ),
  TRUSTED_PROXY_HOPS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number()
      .int()
      .min(1, "must be 1 or more: Node must sit behind a proxy that sets X-Forwarded-For")
      .default(1),
  ),
  MAIL_MAX_MB: z.preprocess(
    blankIsUnset,
    z.coerce.number().min(1, "must be at least 1").max(100, "must be at most 100").default(5),
  ),
  LEAD_RETRY_FIRST_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(1, "must be a whole number of 1 or more").default(15),
  ),
  LEAD_LEASE_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(1, "must be a whole number of 1 or more").default(30),
  ),
  ALERT_EMAIL: z.preprocess(blankIsUnset, z.email("must be one email address").optional()),
  /** Who is told (once, without any identity) when a request waits unclaimed past its promised callback. */
  ON_CALL_EMAIL: z.preprocess(blankIsUnset, z.email("must be one email address").optional()),
  CRON_SECRET: z.preprocess(blankIsUnset, z.string().min(32, "must be at least 32 characters").optional()),
  LOCAL_PREVIEW: z.preprocess(blankIsUnset, z.enum(["1"], { error: 'must be "1" or unset' }).optional()),
  // --- Staff inbox (/staff): sign-in, sessions, better-auth ---
  /** Idle logoff; fractions allowed so tests can make it seconds long. */
  STAFF_IDLE_MINUTES: z.preprocess(
    blankIsUnset,
    z.coerce.number().min(0.05, "must be at least 0.05 (3 seconds)").max(480, "must be at most 480").default(15),
  ),
  /** Absolute session limit, however active the user is. */
  STAFF_SESSION_HOURS: z.preprocess(
    blankIsUnset,
    z.coerce.number().min(0.01, "must be more than 0").max(24, "must be at most 24").default(12),
  ),
  /** Signs staff cookies; derived from the shared server secret when unset. */
  BETTER_AUTH_SECRET: z.preprocess(blankIsUnset, z.string().min(32, "must be at least 32 characters").optional()),
  /** better-auth would report usage to its makers when this is on: refused, the inbox holds health data. */
  BETTER_AUTH_TELEMETRY: z.preprocess(
    blankIsUnset,
    z.enum(["0", "false"], { error: 'must be unset, "0" or "false": telemetry stays off' }).optional(),
  ),
  // --- end staff inbox ---
  // --- Real-time eligibility checks (lib/eligibility/): both set, or nothing is sent ---
  /** The clearinghouse's JSON eligibility endpoint (Stedi's or Optum's `…/medicalnetwork/eligibility/v3`). */
  ELIGIBILITY_API_URL: z.preprocess(
    blankIsUnset,
    z
      .url({
        protocol: /^https?$/,
        error:
          "must be an https:// URL, e.g. https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3",
      })
      .optional(),
  ),
  /** Sent as the Authorization header, as Stedi's API keys are. */
  ELIGIBILITY_API_KEY: z.preprocess(
    blankIsUnset,
    z.string().min(16, "must be at least 16 characters").refine(noControls, "must be one line").optional(),
  ),
  /** How long one request to the clearinghouse may take; payers answer within a minute or not at all. */
  ELIGIBILITY_TIMEOUT_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce.number().min(0.1, "must be at least 0.1").max(120, "must be at most 120").default(60),
  ),
  /**
   * The wait after a check fails in a way that may pass (a timeout, a 5xx), before that check is
   * tried again and before this server sends any other; it doubles with each failure in a row.
   * Shorter only for test servers, which would otherwise wait out a real outage's pace.
   */
  ELIGIBILITY_RETRY_FIRST_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: SECONDS_1_TO_900 })
      .int(SECONDS_1_TO_900)
      .min(1, SECONDS_1_TO_900)
      .max(900, SECONDS_1_TO_900)
      .default(30),
  ),
});

/**
 * A production server with a default for any of these would quietly mail the wrong place, or
 * write leads to files nobody reads; only a local preview (LOCAL_PREVIEW=1) may lean on them.
 */
const REQUIRED_IN_PRODUCTION = ["SMTP_URL", "ADMISSIONS_EMAIL", "MAIL_FROM", "LEAD_EMAIL_DETAIL", "SITE_URL"] as const;

export type Env = z.infer<typeof schema> & {
  /** Host of SITE_URL: the right-hand side of every lead email's Message-ID. */
  siteHost: string;
  /** Whether SMTP_URL points at this machine, where TLS isn't required. */
  smtpIsLocal: boolean;
  /** The clearinghouse, when both its URL and key are set; without it no eligibility check is sent. */
  eligibility?: { url: string; key: string };
};

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  const env = result.data;
  if (isProductionServer()) requireMailSettings();
  cached = {
    ...env,
    siteHost: new URL(env.SITE_URL).hostname,
    smtpIsLocal: env.SMTP_URL !== undefined && LOCAL_HOSTS.has(new URL(env.SMTP_URL).hostname),
    eligibility: eligibilitySettings(env),
  };
  return cached;
}

/**
 * Both variables or neither: half a configuration must not look like "checks are off". Member
 * IDs and dates of birth leave this machine only over TLS, the rule SMTP_URL follows: plain HTTP
 * reaches nothing but 127.0.0.1 (the tests' and the demo's stand-in clearinghouse, or a local
 * TLS proxy).
 */
function eligibilitySettings(env: z.infer<typeof schema>): Env["eligibility"] {
  const { ELIGIBILITY_API_URL: url, ELIGIBILITY_API_KEY: key } = env;
  if (url === undefined && key === undefined) return undefined;
  const problems: string[] = [];
  if (url === undefined) problems.push("ELIGIBILITY_API_URL: must be set when ELIGIBILITY_API_KEY is");
  if (key === undefined) problems.push("ELIGIBILITY_API_KEY: must be set when ELIGIBILITY_API_URL is");
  if (url !== undefined) {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && !LOCAL_HOSTS.has(parsed.hostname)) {
      problems.push("ELIGIBILITY_API_URL: must be https:// (plain http only to this machine)");
    }
    if (parsed.username || parsed.password)
      problems.push("ELIGIBILITY_API_URL: must not hold credentials; the key goes in ELIGIBILITY_API_KEY");
  }
  if (problems.length || url === undefined || key === undefined) {
    throw new Error(`Invalid environment variables:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return { url, key };
}

/**
 * Stops a production server, or the operator command before it sends anything, when the
 * mail settings are not all there.
 */
export function requireMailSettings(): void {
  if (blankIsUnset(process.env.LOCAL_PREVIEW) !== undefined) return;
  const missing = REQUIRED_IN_PRODUCTION.filter((name) => blankIsUnset(process.env[name]) === undefined);
  if (missing.length) {
    throw new Error(
      `Invalid environment variables:\n${missing.map((name) => `  - ${name}: must be set, as on the production server (only a local preview may go without, with LOCAL_PREVIEW=1: its emails are written to files)`).join("\n")}`,
    );
  }
}

/** `next start`, not `next build`, which needs none of this. */
function isProductionServer(): boolean {
  return process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
}

/** Tests point DATA_DIR and SMTP_URL somewhere new for each case. */
export function resetEnvForTests(): void {
  cached = undefined;
}
