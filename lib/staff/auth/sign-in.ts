import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { claimTotpStep } from "@/lib/db/totp-steps";
import { pruneAccessLog, recordAccess } from "@/lib/staff/data/access-log";
import { normalizeEmail } from "@/lib/staff/auth/accounts";
import { staffAuth } from "@/lib/staff/auth/auth";
import {
  checkAttempt,
  forgiveFailures,
  recordFailure,
  throttleAccount,
  type ThrottleAccount,
} from "@/lib/staff/auth/sign-in-throttle";
import { clientKey } from "@/lib/leads/guard";

/**
 * Signing in, in two steps (password, then the authenticator's code or a recovery code),
 * throttled per account and client (lib/staff/auth/sign-in-throttle.ts). The code step belongs to
 * the account whose password opened the challenge, whatever the form says; an authenticator
 * code is good once.
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

async function refused(account: ThrottleAccount, client: string): Promise<{ retryAfterSeconds: number } | undefined> {
  const throttled = await checkAttempt(account, client);
  if (throttled) await recordAccess({ actor: { email: account.email }, action: "sign-in-throttled", client });
  return throttled;
}

export async function signInWithPassword(emailInput: string, password: string): Promise<PasswordStep> {
  const email = normalizeEmail(emailInput);
  const requestHeaders = await headers();
  const client = clientKey(requestHeaders);
  const account = await throttleAccount(email);
  const throttled = await refused(account, client);
  if (throttled) return { outcome: "throttled", ...throttled };
  const auth = await staffAuth();
  try {
    const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
    if ("twoFactorRedirect" in result && result.twoFactorRedirect) return { outcome: "second-factor" };
    // Password right but no second factor yet: that session reaches only the set-up page.
    await forgiveFailures(account, client);
    await recordAccess({
      actor: { id: "user" in result ? result.user.id : null, email },
      action: "sign-in",
      detail: "setup-pending",
      client,
    });
    return { outcome: "setup" };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordFailure(account, client);
    await recordAccess({ actor: { email }, action: "sign-in-failed", detail: "password", client });
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
  const throttled = await refused(account, client);
  if (throttled) return { outcome: "throttled", ...throttled };
  const body = { code: code.replace(/\s+/g, "") };
  if (kind === "totp" && !(await firstUseOfCode(challenged.id, body.code))) {
    await recordFailure(account, client);
    await recordAccess({ actor, action: "second-factor-failed", detail: "totp-reused", client });
    return { outcome: "reused" };
  }
  try {
    if (kind === "totp") await auth.api.verifyTOTP({ body, headers: requestHeaders });
    else await auth.api.verifyBackupCode({ body, headers: requestHeaders });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const expired = /TWO_FACTOR_COOKIE|TOO_MANY_ATTEMPTS/i.test(String(error.body?.code ?? ""));
    await recordFailure(account, client);
    await recordAccess({ actor, action: "second-factor-failed", detail: kind, client });
    return { outcome: expired ? "expired" : "invalid" };
  }
  await forgiveFailures(account, client);
  await recordAccess({ actor, action: "sign-in", detail: kind, client });
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
