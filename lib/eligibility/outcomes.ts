import type { CheckOutcome } from "@/lib/eligibility/types";

/**
 * What the inbox says of an insurance request's latest check, at a glance, and how loudly:
 * "error" covers a payer's refusal and a check that failed, both of which need a person.
 */
export const COVERAGE_GLANCE: Record<CheckOutcome, { label: string; tone: "good" | "bad" | "call" | "wait" }> = {
  pending: { label: "Checking coverage", tone: "wait" },
  active: { label: "Coverage active", tone: "good" },
  inactive: { label: "Coverage inactive", tone: "bad" },
  "carve-out": { label: "Carve-out: call the BH manager", tone: "call" },
  "needs-call": { label: "Coverage: needs a call", tone: "call" },
  rejected: { label: "Coverage check error", tone: "bad" },
  failed: { label: "Coverage check error", tone: "bad" },
};

/** Why a check failed (lib/eligibility/client.ts's categories, or the worker's), in plain words. */
export const FAILURE_WORDS: Record<string, string> = {
  timeout: "The clearinghouse did not answer in time.",
  connection: "The clearinghouse could not be reached.",
  tls: "The clearinghouse's secure connection failed.",
  "server-error": "The clearinghouse had an error of its own.",
  throttled: "The clearinghouse asked us to slow down.",
  refused: "The clearinghouse refused the site's key or request.",
  unreadable: "The clearinghouse's answer could not be read.",
  "no-request": "The request was no longer there to check.",
};

/** The outpatient service types a copay or coinsurance is read from (lib/eligibility/service-types.ts), named. */
export const SERVICE_TYPE_NAMES: Record<string, string> = {
  CJ: "substance use facility, outpatient",
  AI: "substance use",
  AK: "drug addiction",
  AJ: "alcoholism",
  CH: "mental health facility, outpatient",
  CF: "mental health provider, outpatient",
  A8: "psychiatric, outpatient",
  MH: "mental health",
  A6: "psychotherapy",
  A4: "psychiatric",
};
