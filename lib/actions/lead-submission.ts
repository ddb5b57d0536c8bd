import "server-only";
import { headers } from "next/headers";
import { center } from "@/lib/center";
import type { BestTime } from "@/lib/forms/choices";
import { consumeRateLimit, screenSubmission } from "@/lib/leads";
import type { LeadKind } from "@/lib/leads/types";
import { formatUsPhone } from "@/lib/phone";

type Failure = { status: "failed"; message: string };

const callUs = () => `Please call us at ${formatUsPhone(center.phones.admissions)}, any time, day or night.`;

export const storageFailure: Failure = {
  status: "failed",
  message: `Sorry, we could not save your request just now. ${callUs()}`,
};

export const invalidMessage = "Please fix the problems below, then send the form again.";

/**
 * Bot signals, checked before validation. Nothing is ever reported as received unless it
 * was stored, so a person caught here by mistake is told plainly to call instead.
 */
export function screen(formData: FormData): Failure | null {
  const token = formData.get("formToken");
  const honeypot = formData.get("website");
  const result = screenSubmission({
    token: typeof token === "string" ? token : "",
    honeypot: typeof honeypot === "string" ? honeypot : "",
  });
  if (result.ok) return null;
  if (result.reason === "too-fast") {
    return { status: "failed", message: "That was quick! Please check your answers, then send the form again." };
  }
  return { status: "failed", message: `Sorry, we could not accept this form. ${callUs()}` };
}

/**
 * The caller's address, only ever used as a rate-limit key. `next start` fills in
 * X-Forwarded-For from the socket only when the request has none, so the site must sit
 * behind a proxy that sets it (bench/nginx/reverse-proxy.conf appends the client's
 * address, hence the last entry); served directly, a client could choose its own key.
 */
async function clientKey(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",").at(-1)?.trim() || "unknown";
}

/** Counted only for valid forms, so someone fixing typos is never locked out. */
export async function rateLimit(kind: LeadKind): Promise<Failure | null> {
  const result = await consumeRateLimit(kind, await clientKey());
  if (result.allowed) return null;
  return { status: "failed", message: `We have received several requests from this connection. ${callUs()}` };
}

/** The site page the visitor came from, for admissions; never an outside address. */
export function sourcePageOf(formData: FormData, fallback: string): string {
  const value = formData.get("sourcePage");
  return typeof value === "string" && /^\/[a-z0-9\-/]{0,80}$/.test(value) ? value : fallback;
}

/** The confirmation page's address: the reference and the chosen call time, nothing personal. */
export function confirmationPath(
  formPath: string,
  received: { reference: string; duplicate: boolean },
  bestTime: BestTime,
): string {
  const query = new URLSearchParams({ ref: received.reference, time: bestTime });
  if (received.duplicate) query.set("already", "1");
  return `${formPath}/received?${query}`;
}
