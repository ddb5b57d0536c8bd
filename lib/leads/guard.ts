import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv, getFormSecret } from "@/lib/env";
import type { LeadKind } from "@/lib/leads/types";

/**
 * Cheap checks that stop most bots and floods without a CAPTCHA (which costs real people,
 * some of them in crisis, more than it costs bots): a signed "form issued at" token that
 * must be at least 3 s old, an invisible honeypot field, and a per-client rate limit
 * (in memory, per server process; LEAD_RATE_LIMIT submissions per 10 minutes).
 */
const MIN_FILL_MS = 3_000;
/** Clocks differ a little between the server that renders and the one that receives. */
const CLOCK_SKEW_MS = 60_000;
const WINDOW_SECONDS = 10 * 60;

/**
 * No upper age: a tab left open overnight belongs to a person, and the rate limit (counted
 * once the form is valid) still applies to them.
 */
export type TokenCheck = "ok" | "too-fast" | "invalid";

export type ScreenResult = { ok: true } | { ok: false; reason: "bot" | "too-fast" | "invalid-token" };

export type ScreenInput = {
  token: string;
  /** The hidden `website` field: people leave it empty. */
  honeypot: string;
  now?: Date;
};

/** For a hidden `formToken` input, rendered with the form. */
export function issueFormToken(now: Date = new Date()): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${sign(issuedAt)}`;
}

export function checkFormToken(token: string, now: Date = new Date()): TokenCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return "invalid";
  const expected = Buffer.from(sign(match[1]));
  if (!timingSafeEqual(expected, Buffer.from(match[2]))) return "invalid";
  const age = now.getTime() - Number(match[1]);
  if (age < -CLOCK_SKEW_MS) return "invalid";
  if (age < MIN_FILL_MS) return "too-fast";
  return "ok";
}

const limiters = new Map<LeadKind, RateLimiterMemory>();

function limiterFor(kind: LeadKind): RateLimiterMemory {
  let limiter = limiters.get(kind);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: kind, points: getEnv().LEAD_RATE_LIMIT, duration: WINDOW_SECONDS });
    limiters.set(kind, limiter);
  }
  return limiter;
}

/** Counts one submission; allowed, or how long to wait. */
export async function consumeRateLimit(
  kind: LeadKind,
  clientKey: string,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  try {
    await limiterFor(kind).consume(clientKey || "unknown");
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Signs of a bot, checked before the form is validated so they cost nothing to reject. */
export function screenSubmission({ token, honeypot, now = new Date() }: ScreenInput): ScreenResult {
  if (honeypot.trim() !== "") return { ok: false, reason: "bot" };
  const check = checkFormToken(token, now);
  if (check === "ok") return { ok: true };
  return { ok: false, reason: check === "invalid" ? "invalid-token" : "too-fast" };
}

/** Tests start a fresh limiter after changing LEAD_RATE_LIMIT. */
export function resetRateLimitsForTests(): void {
  limiters.clear();
}

function sign(issuedAt: string): string {
  return createHmac("sha256", getFormSecret()).update(`form-token:${issuedAt}`).digest("base64url");
}
