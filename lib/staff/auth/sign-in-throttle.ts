import "server-only";
import { addToLimit, blockedFor, blockFor, consumeLimit, resetLimit, type RateLimitRule } from "@/lib/db/rate-limiter";
import { keyedHash } from "@/lib/db/server-secret";
import { alertAdminsOfFailures } from "@/lib/staff/auth/sign-in-alert";

/**
 * Failed sign-ins slow down the one who fails, not the account (OWASP Authentication Cheat
 * Sheet): failures are counted per account *and* client address together, the first few cost
 * nothing, then each one doubles the wait before the next try from there, up to 15 minutes.
 * Someone guessing from elsewhere never keeps the owner, on their own device, out; a run of
 * failures on one account from anywhere is mailed to the admins. Each client also has a
 * ceiling on tries across all accounts, counted before the answer is known, so parallel
 * guesses can't outrun the count. All of it lives in the shared database.
 */
const FREE_FAILURES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;
/** Failures at one account from one client, forgotten a day after the first. */
const FAILURES: RateLimitRule = { name: "staff-sign-in-failures", points: 1_000_000, durationSeconds: 24 * 3600 };
const WAIT: RateLimitRule = { name: "staff-sign-in-wait", points: 1, durationSeconds: LONGEST_WAIT_SECONDS };
const CLIENT: RateLimitRule = { name: "staff-sign-in-client", points: 30, durationSeconds: 15 * 60 };
/** A run of failures on one account, from anywhere, that the admins hear about (once per run). */
export const ALERT_AFTER_FAILURES = 10;
const ALERT: RateLimitRule = { name: "staff-sign-in-alert", points: 1_000_000, durationSeconds: 15 * 60 };

export type Throttled = { retryAfterSeconds: number };

/** The account as the throttle knows it: a keyed hash of its normalised email, known or not. */
export type ThrottleAccount = { email: string; key: string };

export async function throttleAccount(email: string): Promise<ThrottleAccount> {
  return { email, key: await keyedHash("staff-sign-in", email) };
}

/** Counts the try against the client and says whether it must wait first. */
export async function checkAttempt(account: ThrottleAccount, client: string): Promise<Throttled | undefined> {
  const byClient = await consumeLimit(CLIENT, client);
  const wait = await blockedFor(WAIT, pairKey(account, client));
  const seconds = Math.max(wait, byClient.allowed ? 0 : byClient.retryAfterSeconds);
  return seconds > 0 ? { retryAfterSeconds: seconds } : undefined;
}

export async function recordFailure(account: ThrottleAccount, client: string): Promise<void> {
  const pair = pairKey(account, client);
  const failures = await addToLimit(FAILURES, pair);
  if (failures > FREE_FAILURES) await blockFor(WAIT, pair, waitAfter(failures));
  if ((await addToLimit(ALERT, account.key)) === ALERT_AFTER_FAILURES) {
    await alertAdminsOfFailures(account.email, ALERT_AFTER_FAILURES, ALERT.durationSeconds / 60);
  }
}

/** A completed sign-in forgives that client's failures at that account. */
export async function forgiveFailures(account: ThrottleAccount, client: string): Promise<void> {
  const pair = pairKey(account, client);
  await resetLimit(FAILURES, pair);
  await resetLimit(WAIT, pair);
}

/** Seconds to wait after the nth failure: 30 s after the sixth, doubling, at most 15 minutes. */
function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES - 1));
}

function pairKey(account: ThrottleAccount, client: string): string {
  return `${account.key}:${client}`;
}
