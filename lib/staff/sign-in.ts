import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { consumeLimit, resetLimit, type RateLimitRule } from "@/lib/db/rate-limiter";
import { keyedHash } from "@/lib/db/server-secret";
import { pruneAccessLog, recordAccess } from "@/lib/staff/access-log";
import { normalizeEmail } from "@/lib/staff/accounts";
import { staffAuth } from "@/lib/staff/auth";
import { clientKey } from "@/lib/leads/guard";

/**
 * Signing in, in two steps (password, then the authenticator's code or a recovery code),
 * throttled in the shared database per account and per client address. Each attempt counts;
 * a completed sign-in forgives the account's earlier ones.
 */
const ACCOUNT_RULE: RateLimitRule = { name: "staff-sign-in-account", points: 6, durationSeconds: 15 * 60 };
const CLIENT_RULE: RateLimitRule = { name: "staff-sign-in-client", points: 30, durationSeconds: 15 * 60 };

export type PasswordStep =
  | { outcome: "second-factor" }
  | { outcome: "setup" }
  | { outcome: "invalid" }
  | { outcome: "throttled"; retryAfterSeconds: number };

export type CodeStep =
  | { outcome: "signed-in" }
  | { outcome: "invalid" }
  | { outcome: "expired" }
  | { outcome: "throttled"; retryAfterSeconds: number };

type Attempt = { email: string; requestHeaders: Headers; client: string };

/** Counts one attempt for the account and the client; refused (and logged) past either limit. */
async function startAttempt(emailInput: string): Promise<Attempt & { throttled?: { retryAfterSeconds: number } }> {
  const email = normalizeEmail(emailInput);
  const requestHeaders = await headers();
  const client = clientKey(requestHeaders);
  const account = await consumeLimit(ACCOUNT_RULE, await accountKey(email));
  const byClient = await consumeLimit(CLIENT_RULE, client);
  const refused = [account, byClient].filter((r) => !r.allowed);
  if (!refused.length) return { email, requestHeaders, client };
  await recordAccess({ actor: { email }, action: "sign-in-throttled", client });
  return {
    email,
    requestHeaders,
    client,
    throttled: { retryAfterSeconds: Math.max(...refused.map((r) => (r.allowed ? 0 : r.retryAfterSeconds))) },
  };
}

function accountKey(email: string): Promise<string> {
  return keyedHash("staff-sign-in", normalizeEmail(email));
}

export async function signInWithPassword(emailInput: string, password: string): Promise<PasswordStep> {
  const { email, requestHeaders, client, throttled } = await startAttempt(emailInput);
  if (throttled) return { outcome: "throttled", ...throttled };
  const auth = await staffAuth();
  try {
    const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
    if ("twoFactorRedirect" in result && result.twoFactorRedirect) return { outcome: "second-factor" };
    // Password right but no second factor yet: that session reaches only the set-up page.
    await recordAccess({
      actor: { id: "user" in result ? result.user.id : null, email },
      action: "sign-in",
      detail: "setup-pending",
      client,
    });
    return { outcome: "setup" };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordAccess({ actor: { email }, action: "sign-in-failed", detail: "password", client });
    return { outcome: "invalid" };
  }
}

/** `email` is what the person typed at the first step; it only labels a failure in the log. */
export async function signInWithCode(emailInput: string, code: string, kind: "totp" | "recovery"): Promise<CodeStep> {
  const { email, requestHeaders, client, throttled } = await startAttempt(emailInput);
  if (throttled) return { outcome: "throttled", ...throttled };
  const auth = await staffAuth();
  try {
    const body = { code: code.replace(/\s+/g, "") };
    const result =
      kind === "totp"
        ? await auth.api.verifyTOTP({ body, headers: requestHeaders })
        : await auth.api.verifyBackupCode({ body, headers: requestHeaders });
    await resetLimit(ACCOUNT_RULE, await accountKey(result.user.email));
    await recordAccess({
      actor: { id: result.user.id, email: result.user.email },
      action: "sign-in",
      detail: kind,
      client,
    });
    await pruneAccessLog();
    return { outcome: "signed-in" };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const expired = /TWO_FACTOR_COOKIE|TOO_MANY_ATTEMPTS/i.test(String(error.body?.code ?? ""));
    await recordAccess({ actor: { email }, action: "second-factor-failed", detail: kind, client });
    return { outcome: expired ? "expired" : "invalid" };
  }
}
