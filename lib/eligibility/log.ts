import "server-only";
import { isReference } from "@/lib/leads/reference";

/**
 * The eligibility worker's only log lines: a request's reference and fixed words. Never a
 * member ID, a name, a date of birth, a benefit or what coverage was found: an AAA code (two
 * characters) and a failure's category are all that is said about an answer.
 */
export type CheckEvent =
  | { event: "answered"; ms: number }
  | { event: "refused"; codes: string[] }
  | { event: "retry"; category: string; retryInMs: number }
  | { event: "gave-up"; category: string; attempts: number }
  | { event: "error"; code: string };

export function logCheck(reference: string, entry: CheckEvent): void {
  const check = `eligibility check ${isReference(reference) ? reference : "(unrecognized reference)"}`;
  switch (entry.event) {
    case "answered":
      console.info(`${check} answered in ${(entry.ms / 1000).toFixed(1)}s`);
      return;
    case "refused":
      console.info(`${check} refused by the payer (AAA ${entry.codes.map(safe).join(", ")})`);
      return;
    case "retry":
      console.warn(`${check} failed (${safe(entry.category)}), retry in ${Math.round(entry.retryInMs / 1000)}s`);
      return;
    case "gave-up":
      console.warn(
        `${check} failed (${safe(entry.category)}) after ${entry.attempts} attempt(s): staff verify by phone`,
      );
      return;
    case "error":
      console.error(`${check} could not run (${safe(entry.code)}); another pass takes it over`);
      return;
  }
}

export type WorkerEvent =
  | { event: "configured"; host: string }
  | { event: "not-configured" }
  | { event: "paused"; category: string; ms: number }
  | { event: "pass-failed"; code: string };

export function logChecks(entry: WorkerEvent): void {
  switch (entry.event) {
    case "configured":
      console.info(`Eligibility checks go to ${entry.host}`);
      return;
    case "not-configured":
      console.info(
        "No eligibility clearinghouse configured (ELIGIBILITY_API_URL): insurance checks are verified by phone",
      );
      return;
    case "paused":
      console.warn(
        `eligibility checks paused for ${Math.round(entry.ms / 1000)}s: the clearinghouse is not answering (${safe(entry.category)})`,
      );
      return;
    case "pass-failed":
      console.error(`eligibility pass failed (${safe(entry.code)}), trying again soon`);
      return;
  }
}

function safe(word: string): string {
  return /^[A-Za-z0-9_?-]{1,40}$/.test(word) ? word : "error";
}
