import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { RateLimitRule } from "@/lib/db/rate-limiter";
import { serverSecret } from "@/lib/db/server-secret";
import { getEnv } from "@/lib/env";
import { logPipeline } from "@/lib/leads/log";
import type { LeadKind } from "@/lib/leads/types";

/**
 * Cheap checks that stop most bots and floods without a CAPTCHA (which costs real people,
 * some of them in crisis, more than it costs bots): a signed token naming its form, at
 * least 3 s old and at most a day, usable for one stored lead; an invisible honeypot field;
 * and a per-client rate limit counted in the shared database.
 */
const MIN_FILL_MS = 3_000;
/** A tab left open overnight still submits; a token harvested last week does not. */
export const TOKEN_MAX_AGE_MS = 24 * 3_600_000;
/** Clocks differ a little between the server that renders and the one that receives. */
const CLOCK_SKEW_MS = 60_000;
const RATE_WINDOW_SECONDS = 10 * 60;

type FormToken = { kind: LeadKind; issuedAt: Date; nonce: string; expiresAt: Date };
export type TokenCheck =
  | { ok: true; token: FormToken }
  | { ok: false; reason: "too-fast" | "expired" | "invalid" | "wrong-form" };

const KINDS: Record<string, LeadKind> = { c: "call-request", i: "insurance-check" };
const CODES: Record<LeadKind, string> = { "call-request": "c", "insurance-check": "i" };

/** For the form's hidden `formToken` input, rendered with the form. */
export async function issueFormToken(kind: LeadKind, now: Date = new Date()): Promise<string> {
  const body = `${CODES[kind]}.${now.getTime()}.${randomBytes(12).toString("base64url")}`;
  return `${body}.${await sign(body)}`;
}

export async function checkFormToken(token: string, kind: LeadKind, now: Date = new Date()): Promise<TokenCheck> {
  const match = /^([ci])\.(\d{1,15})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(await sign(`${match[1]}.${match[2]}.${match[3]}`));
  if (!timingSafeEqual(expected, Buffer.from(match[4]))) return { ok: false, reason: "invalid" };
  if (KINDS[match[1]] !== kind) return { ok: false, reason: "wrong-form" };
  const issuedAt = Number(match[2]);
  const age = now.getTime() - issuedAt;
  if (age < -CLOCK_SKEW_MS) return { ok: false, reason: "invalid" };
  if (age < MIN_FILL_MS) return { ok: false, reason: "too-fast" };
  if (age > TOKEN_MAX_AGE_MS) return { ok: false, reason: "expired" };
  return {
    ok: true,
    token: { kind, issuedAt: new Date(issuedAt), nonce: match[3], expiresAt: new Date(issuedAt + TOKEN_MAX_AGE_MS) },
  };
}

export type ScreenResult = { ok: true; token: FormToken } | { ok: false; reason: "bot" | "too-fast" | "expired" | "invalid-token" };

/** Signs of a bot, checked before the form is validated so they cost nothing to reject. */
export async function screenSubmission(input: {
  kind: LeadKind;
  token: string;
  /** The hidden `website` field: people leave it empty. */
  honeypot: string;
  now?: Date;
}): Promise<ScreenResult> {
  const result = await screen(input);
  // Counted, never with a value: a burst of these after a deploy means mismatched secrets or clocks.
  if (!result.ok) logPipeline({ event: "bot-rejected", form: input.kind, reason: result.reason });
  return result;
}

async function screen({ kind, token, honeypot, now = new Date() }: Parameters<typeof screenSubmission>[0]): Promise<ScreenResult> {
  if (honeypot.trim() !== "") return { ok: false, reason: "bot" };
  const check = await checkFormToken(token, kind, now);
  if (check.ok) return check;
  if (check.reason === "too-fast" || check.reason === "expired") return { ok: false, reason: check.reason };
  return { ok: false, reason: "invalid-token" };
}

/** The allowance of valid submissions per client and form, counted when a lead is stored (lib/leads/store.ts). */
export type LeadLimit = { rule: RateLimitRule; key: string };

export function leadLimit(kind: LeadKind, client: string): LeadLimit {
  return { rule: { name: `lead-${kind}`, points: getEnv().LEAD_RATE_LIMIT, durationSeconds: RATE_WINDOW_SECONDS }, key: client };
}

/**
 * The client's address as the nearest trusted proxy saw it: the entry TRUSTED_PROXY_HOPS
 * from the right of X-Forwarded-For. Entries further left were written by the client and
 * prove nothing. Node must never be reachable except through those proxies.
 */
export function clientKey(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (!entries.length) return "unknown";
  return entries[Math.max(0, entries.length - getEnv().TRUSTED_PROXY_HOPS)];
}

async function sign(body: string): Promise<string> {
  return createHmac("sha256", await serverSecret()).update(`form-token:${body}`).digest("base64url");
}
