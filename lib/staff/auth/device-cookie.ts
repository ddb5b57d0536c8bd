import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { keyedHash } from "@/lib/db/server-secret";
import { getEnv } from "@/lib/env";

/**
 * OWASP's device cookie: after a completed sign-in the browser gets, for that account, a random
 * nonce signed with an HMAC under the server secret (lib/db/server-secret.ts) over the account
 * and the nonce. A browser that presents a valid one draws on an allowance of its own in the
 * sign-in throttle (lib/staff/auth/sign-in-throttle.ts); a missing, altered or other account's
 * cookie is simply not trusted. One cookie per account, named by the account's keyed hash (not
 * its email), so colleagues sharing a computer each keep theirs. It says nothing about who may
 * sign in: the password and the code still decide that.
 */
const TRUSTED_FOR_DAYS = 365;
const NONCE = /^[A-Za-z0-9_-]{22}$/;

/** The nonce of this browser's valid device cookie for the account, if it has one. */
export async function trustedDevice(accountKey: string): Promise<string | undefined> {
  const value = (await cookies()).get(cookieName(accountKey))?.value;
  const [nonce, signature, ...rest] = (value ?? "").split(".");
  if (rest.length || !NONCE.test(nonce ?? "") || !signature) return undefined;
  const expected = Buffer.from(await sign(accountKey, nonce));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : undefined;
}

/** Gives the browser a new device cookie for the account (a fresh nonce: a new allowance). */
export async function trustDevice(accountKey: string): Promise<void> {
  const nonce = randomBytes(16).toString("base64url");
  (await cookies()).set(cookieName(accountKey), `${nonce}.${await sign(accountKey, nonce)}`, {
    httpOnly: true,
    sameSite: "strict",
    secure: secure(),
    path: "/staff",
    maxAge: TRUSTED_FOR_DAYS * 86_400,
  });
}

function sign(accountKey: string, nonce: string): Promise<string> {
  return keyedHash("staff-device", `${accountKey}.${nonce}`);
}

/** `__Secure-` on https, so a page on plain http can never set one. */
function cookieName(accountKey: string): string {
  return `${secure() ? "__Secure-" : ""}staff-device-${accountKey.slice(0, 16)}`;
}

function secure(): boolean {
  return getEnv().SITE_URL.startsWith("https://");
}
