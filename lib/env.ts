import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { center } from "@/lib/center";

/**
 * Environment variables, validated once on first use (not at import, so `next build` needs
 * none of them). A bad value stops the feature with a message naming the variable, never
 * its value: SMTP_URL may hold a password.
 */

const blankIsUnset = (value: unknown) => (value === "" ? undefined : value);
const noControls = (value: string) => !/\p{Cc}/u.test(value);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

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
});

export type Env = z.infer<typeof schema> & {
  /** Host of SITE_URL: the right-hand side of every lead email's Message-ID. */
  siteHost: string;
  /** Whether SMTP_URL points at this machine, where TLS isn't required. */
  smtpIsLocal: boolean;
};

let cached: Env | undefined;
let formSecret: string | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  const env = result.data;
  cached = {
    ...env,
    siteHost: new URL(env.SITE_URL).hostname,
    smtpIsLocal: env.SMTP_URL !== undefined && LOCAL_HOSTS.has(new URL(env.SMTP_URL).hostname),
  };
  return cached;
}

/**
 * FORM_SECRET, or else a random one made on first use and kept at DATA_DIR/form-secret
 * (mode 0600), so form tokens survive restarts and every process on the machine agrees.
 */
export function getFormSecret(): string {
  if (formSecret) return formSecret;
  const env = getEnv();
  if (env.FORM_SECRET) return (formSecret = env.FORM_SECRET);
  const file = path.join(env.DATA_DIR, "form-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.DATA_DIR, { recursive: true, mode: 0o700 });
    // Written aside and linked into place, which fails if another process got there first
    // (then its secret wins), so no process ever reads a half-written file.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  const stored = fs.readFileSync(file, "utf8").trim();
  if (stored.length < 32) throw new Error(`${file} is shorter than 32 characters; delete it to make a new one`);
  return (formSecret = stored);
}

/** Tests point DATA_DIR and SMTP_URL somewhere new for each case. */
export function resetEnvForTests(): void {
  cached = undefined;
  formSecret = undefined;
}
