/**
 * X12 005010 service type codes (STCs) for an intensive outpatient program, as Stedi lists them
 * ("Service Type Codes", stedi.com/docs/healthcare/eligibility-stc-procedure-codes; the same
 * list in Optum's Eligibility API v3 docs).
 */

/**
 * What the check asks about. Stedi's request reference advises one STC per request unless the
 * payer is known to take several, and its behavioral-health guide notes that payers must answer
 * MH (Mental Health) whenever they answer the baseline 30: so MH comes first and a payer that
 * reads only one still answers it; AI (Substance Abuse) asks for the substance-use benefits.
 */
export const REQUESTED_SERVICE_TYPES = ["MH", "AI"] as const;

/**
 * Outpatient behavioral-health STCs, most specific to an IOP first: the copay or coinsurance is
 * read from the first of these the payer answered. Inpatient codes (A7, CE, CG, CI) and
 * residential ones are left out on purpose: their cost share is not an IOP's.
 */
export const OUTPATIENT_SERVICE_TYPES = [
  "CJ", // Substance Abuse Facility - Outpatient
  "AI", // Substance Abuse
  "AK", // Drug Addiction
  "AJ", // Alcoholism
  "CH", // Mental Health Facility - Outpatient
  "CF", // Mental Health Provider - Outpatient
  "A8", // Psychiatric - Outpatient
  "MH", // Mental Health
  "A6", // Psychotherapy
  "A4", // Psychiatric
] as const;

/** Every behavioral-health STC, inpatient included: a carve-out or a prior-authorization rule on any of them matters. */
const BEHAVIORAL_HEALTH = new Set<string>([...OUTPATIENT_SERVICE_TYPES, "A7", "CE", "CG", "CI", "BB", "RT"]);

/** STC 30, Health Benefit Plan Coverage: where payers put the plan-wide answer. */
export const PLAN_COVERAGE = "30";

export function isBehavioralHealth(codes: readonly string[]): boolean {
  return codes.some((code) => BEHAVIORAL_HEALTH.has(code));
}
