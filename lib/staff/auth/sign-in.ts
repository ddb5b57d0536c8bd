import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { claimTotpStep } from "@/lib/db/totp-steps";
import { logEvent } from "@/lib/staff/access/log";
import { pruneAccessLog } from "@/lib/staff/data/access-log";
import { normalizeEmail } from "@/lib/staff/auth/accounts";
import { staffAuth } from "@/lib/staff/auth/auth";
import { trustDevice, trustedDevice } from "@/lib/staff/auth/device-cookie";
import { startAttempt, throttleAccount, type Attempt, type ThrottleAccount } from "@/lib/staff/auth/sign-in-throttle";
import { clientKey } from "@/lib/leads/guard";

/**
 * Signing in, in two steps (password, then the authenticator's code or a recovery code),
 * throttled per account, with an allowance of its own for a browser that signed in to it before
 * (lib/staff/auth/sign-in-throttle.ts, lib/staff/auth/device-cookie.ts). The code step belongs
 * to the account whose password opened the challenge, whatever the form says; an authenticator
 * code is good once. A completed sign-in gives the browser a new device cookie.
 */
export type PasswordStep =
  | { outcome: "second-factor" }
  | { outcome: "setup" }
  | { outcome: "invalid" }
  | { outcome: "throttled"; retryAfterSeconds: number };

export type CodeStep =
  | { outcome: "signed-in" }
  | { outcome: "invalid" }
  | { outcome: "reused" }
  | { outcome: "expired" }
  | { outcome: "throttled"; retryAfterSeconds: number };

/** The try, or how long to wait; a try held back is in the access log with whose allowance held it. */
async function attempt(
  account: ThrottleAccount,
  client: string,
  actor: { id?: string; email: string },
): Promise<{ attempt: Attempt } | { retryAfterSeconds: number }> {
  const started = await startAttempt(account, { client, device: await trustedDevice(account.key) });
  if ("attempt" in started) return started;
  const { allowance, retryAfterSeconds } = started.heldBack;
  await logEvent({ actor, action: "sign-in-throttled", detail: allowance, client });
  return { retryAfterSeconds };
}

export async function signInWithPassword(emailInput: string, password: string): Promise<PasswordStep> {
  const email = normalizeEmail(emailInput);
  const requestHeaders = await headers();
  const client = clientKey(requestHeaders);
  const account = await throttleAccount(email);
  const started = await attempt(account, client, { email });
  if (!("attempt" in started)) return { outcome: "throttled", ...started };
  const auth = await staffAuth();
  try {
    const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
    await started.attempt.passed();
    if ("twoFactorRedirect" in result && result.twoFactorRedirect) return { outcome: "second-factor" };
    // Password right but no second factor yet: that session reaches only the set-up page.
    await logEvent({
      actor: { id: "user" in result ? result.user.id : null, email },
      action: "sign-in",
      detail: "setup-pending",
      client,
    });
    return { outcome: "setup" };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await started.attempt.failed();
    await logEvent({ actor: { email }, action: "sign-in-failed", detail: "password", client });
    return { outcome: "invalid" };
  }
}

export async function signInWithCode(code: string, kind: "totp" | "recovery"): Promise<CodeStep> {
  const requestHeaders = await headers();
  const client = clientKey(requestHeaders);
  const auth = await staffAuth();
  const { account: challenged } = await auth.api.secondFactorChallenge({ headers: requestHeaders });
  if (!challenged) return { outcome: "expired" };
  const actor = { id: challenged.id, email: challenged.email };
  const account = await throttleAccount(normalizeEmail(challenged.email));
  const started = await attempt(account, client, actor);
  if (!("attempt" in started)) return { outcome: "throttled", ...started };
  const body = { code: code.replace(/\s+/g, "") };
  if (kind === "totp" && !(await firstUseOfCode(challenged.id, body.code))) {
    await started.attempt.failed();
    await logEvent({ actor, action: "second-factor-failed", detail: "totp-reused", client });
    return { outcome: "reused" };
  }
  try {
    if (kind === "totp") await auth.api.verifyTOTP({ body, headers: requestHeaders });
    else await auth.api.verifyBackupCode({ body, headers: requestHeaders });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const expired = /TWO_FACTOR_COOKIE|TOO_MANY_ATTEMPTS/i.test(String(error.body?.code ?? ""));
    await started.attempt.failed();
    await logEvent({ actor, action: "second-factor-failed", detail: kind, client });
    return { outcome: expired ? "expired" : "invalid" };
  }
  await started.attempt.signedIn();
  await trustDevice(account.key);
  await logEvent({ actor, action: "sign-in", detail: kind, client });
  await pruneAccessLog();
  return { outcome: "signed-in" };
}

/**
 * False if this account already used this code's time step or a later one. A code that
 * matches no step is left for better-auth to refuse (and count).
 */
export async function firstUseOfCode(userId: string, code: string): Promise<boolean> {
  const { step } = await (await staffAuth()).api.totpTimeStep({ body: { userId, code } });
  return step === null || (await claimTotpStep(userId, step));
}
