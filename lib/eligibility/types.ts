/**
 * What an eligibility check leaves for admissions. Amounts are in cents and percentages whole
 * numbers, as in the VOB record (lib/db/migrations/003-pipeline.ts); a value the payer did not
 * give is absent, never guessed.
 */

/** Where a check stands: "pending" until it ran, then what staff see at a glance. */
export const CHECK_OUTCOMES = [
  "pending",
  "active",
  "inactive",
  "carve-out",
  "needs-call",
  "rejected",
  "failed",
] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** The payer's answer read as a verification of benefits, for a coordinator to confirm or correct. */
export type VobDraft = {
  outcome: "active" | "inactive" | "carve-out" | "needs-call";
  coverage: "active" | "inactive" | "unknown";
  /** ISO dates (YYYY-MM-DD) of the plan's coverage, when the payer gave them. */
  coverageBegins?: string;
  coverageEnds?: string;
  payerName?: string;
  plan?: string;
  groupNumber?: string;
  groupName?: string;
  /** Whether the payer says the center is in the member's network; "unknown" unless it says so. */
  network: "in" | "out" | "unknown";
  deductibleCents?: number;
  deductibleMetCents?: number;
  oopMaxCents?: number;
  oopMetCents?: number;
  copayCents?: number;
  coinsurancePercent?: number;
  /** The service type code the copay or coinsurance was read from (e.g. "CJ", substance abuse facility, outpatient). */
  costServiceType?: string;
  priorAuth: "yes" | "no" | "unknown";
  /** Another company manages the behavioral-health benefits: staff call them, not the medical payer. */
  carveOut?: { name: string; phone?: string; memberId?: string };
  /** The payer's own remarks on the behavioral-health benefits, as it wrote them. */
  notes: string[];
  traceNumber?: string;
};

/** A payer's AAA rejection in plain words, with what to try next. */
export type PayerRefusal = {
  code: string;
  /** "member" (not found, ID or name), "birth-date", "payer-unavailable", "provider" (the center's details), "other". */
  kind: "member" | "birth-date" | "payer-unavailable" | "provider" | "other";
  words: string;
  next: string;
};

/** The parsed answer kept with a finished check. */
export type CheckResult = { kind: "benefits"; draft: VobDraft } | { kind: "rejected"; refusals: PayerRefusal[] };
