import "server-only";
import { addToLimit, consumeLimit, resetLimit, type RateLimitRule } from "@/lib/db/rate-limiter";
import { keyedHash } from "@/lib/db/server-secret";
import { alertAdminsOfFailures } from "@/lib/staff/auth/sign-in-alert";

/**
 * Guessing a staff password or code is slowed per account, after OWASP's "Slow Down Online
 * Guessing Attacks with Device Cookies": a browser that has completed a sign-in to the account
 * (lib/staff/auth/device-cookie.ts) has an allowance of its own, and every other client,
 * whatever address it comes from, shares one per account. So a botnet, or a proxy passing on a
 * forged X-Forwarded-For, gets no more tries than one machine, and strangers who use up the
 * shared allowance never keep the owner's own browser out. In each allowance five failures cost
 * nothing; after that each try must wait twice as long as the one before (30 s up to 15
 * minutes). A try counts as a failure before its answer is known and is taken back if it was
 * right, and the one try per wait is taken in one statement, so parallel guesses cannot outrun
 * the count. Each client address also has a ceiling on untrusted tries across all accounts,
 * and a run of failed or held-back tries on one account is mailed to the admins. All of it
 * lives in the shared database.
 */
const FREE_FAILURES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;
/** Failures in one allowance, forgotten a day after the first. */
const FAILURES: RateLimitRule = { name: "staff-sign-in-failures", points: 1_000_000, durationSeconds: 24 * 3600 };
/** Past the free failures, one try per window, the window as long as the wait. */
const TURN: RateLimitRule = { name: "staff-sign-in-turn", points: 1, durationSeconds: LONGEST_WAIT_SECONDS };
const CLIENT: RateLimitRule = { name: "staff-sign-in-client", points: 30, durationSeconds: 15 * 60 };
/** A run of failed or held-back tries on one account, from anywhere, that the admins hear about (once per run). */
export const ALERT_AFTER_FAILURES = 10;
const ALERT: RateLimitRule = { name: "staff-sign-in-alert", points: 1_000_000, durationSeconds: 15 * 60 };

/** The account as the throttle knows it: a keyed hash of its normalised email, known or not. */
export type ThrottleAccount = { email: string; key: string };

export async function throttleAccount(email: string): Promise<ThrottleAccount> {
  return { email, key: await keyedHash("staff-sign-in", email) };
}

/** Whose allowance held a try back: this trusted browser's, every untrusted client's, or this address's. */
export type HeldBack = { retryAfterSeconds: number; allowance: "device" | "untrusted" | "client" };

export type Attempt = {
  /** A wrong password or code: it stays counted. */
  failed(): Promise<void>;
  /** Not a failure (the right password, the code still to come): taken back. */
  passed(): Promise<void>;
  /** A completed sign-in: taken back, and a trusted browser's earlier failures forgiven. */
  signedIn(): Promise<void>;
};

/** `device`: the nonce of a valid device cookie for this account, if the browser sent one. */
export async function startAttempt(
  account: ThrottleAccount,
  { client, device }: { client: string; device?: string },
): Promise<{ heldBack: HeldBack } | { attempt: Attempt }> {
  const allowance = device === undefined ? `${account.key}:untrusted` : `${account.key}:device:${device}`;
  if (device === undefined) {
    const byClient = await consumeLimit(CLIENT, client);
    if (!byClient.allowed) return holdBack(account, { retryAfterSeconds: byClient.retryAfterSeconds, allowance: "client" });
  }
  const failures = await addToLimit(FAILURES, allowance);
  if (failures > FREE_FAILURES) {
    const turn = await consumeLimit(TURN, allowance, waitAfter(failures));
    if (!turn.allowed) {
      await addToLimit(FAILURES, allowance, -1);
      return holdBack(account, { retryAfterSeconds: turn.retryAfterSeconds, allowance: device === undefined ? "untrusted" : "device" });
    }
  }
  const takeBack = async () => void (await addToLimit(FAILURES, allowance, -1));
  return {
    attempt: {
      failed: () => countTowardAlert(account),
      passed: takeBack,
      async signedIn() {
        // Strangers' failures are never forgiven by someone else's success.
        if (device === undefined) return takeBack();
        await resetLimit(FAILURES, allowance);
        await resetLimit(TURN, allowance);
      },
    },
  };
}

async function holdBack(account: ThrottleAccount, heldBack: HeldBack): Promise<{ heldBack: HeldBack }> {
  await countTowardAlert(account);
  return { heldBack };
}

async function countTowardAlert(account: ThrottleAccount): Promise<void> {
  if ((await addToLimit(ALERT, account.key)) === ALERT_AFTER_FAILURES) {
    await alertAdminsOfFailures(account.email, ALERT_AFTER_FAILURES, ALERT.durationSeconds / 60);
  }
}

/** The wait a try opens once it is the nth failure: 30 s for the sixth, doubling, at most 15 minutes. */
function waitAfter(failures: number): number {
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES - 1));
}
