import "server-only";
import type { Benefit } from "@/lib/eligibility/response";
import { OUTPATIENT_SERVICE_TYPES, PLAN_COVERAGE } from "@/lib/eligibility/service-types";

/**
 * Cost-share figures read from `benefitsInformation`, following Stedi's "patient
 * responsibility" guide (stedi.com/docs/healthcare/eligibility-patient-responsibility-benefits):
 * code C is a deductible and G an out-of-pocket maximum, each given per time qualifier (23
 * calendar year, 22 service year, 25 contract: the amount; 29 remaining; 24 year to date: the
 * amount met); B is a copay in `benefitAmount` (dollars), A a coinsurance in `benefitPercent`
 * (the patient's share as a decimal, 0.2 for 20 %). `inPlanNetworkIndicatorCode` says which
 * network tier an amount is for (Y in, N out, W both), not whether the center is in network.
 */

/** In-network amounts apply unless the payer said the center is out of its network. */
export type Tier = "in" | "out";

const TOTAL_PERIODS = new Set(["23", "22", "25", "21", undefined]);
const REMAINING = "29";
const YEAR_TO_DATE = "24";

function cents(amount: string | undefined): number | undefined {
  if (amount === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(amount)) return undefined;
  return Math.round(Number(amount) * 100);
}

/** 0.2 → 20; a payer that writes 20 for 20 % is read the same. */
function percent(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const number = Number(value);
  return Math.round(number <= 1 ? number * 100 : number);
}

function inTier(benefit: Benefit, tier: Tier): boolean {
  const code = benefit.inPlanNetworkIndicatorCode;
  if (code === "W" || code === undefined || code === "U") return true;
  return tier === "in" ? code === "Y" : code === "N";
}

/** Individual amounts first: a family deductible is not what one person pays before benefits start. */
function levelRank(benefit: Benefit): number {
  const level = benefit.coverageLevelCode;
  if (level === "IND") return 0;
  if (level === undefined || level === "EMP") return 1;
  return 2;
}

export type Accumulator = { totalCents?: number; metCents?: number };

/**
 * A deductible ("C") or out-of-pocket maximum ("G"): the behavioral-health one if the payer gave
 * one, else the plan's (STC 30); the amount and what has been met, from the same tier and level.
 */
export function accumulator(benefits: readonly Benefit[], code: "C" | "G", tier: Tier): Accumulator {
  const ofCode = benefits.filter((b) => b.code === code && inTier(b, tier));
  const behavioral = ofCode.filter((b) =>
    b.serviceTypeCodes.some((stc) => (OUTPATIENT_SERVICE_TYPES as readonly string[]).includes(stc)),
  );
  const pool = behavioral.length ? behavioral : ofCode.filter((b) => b.serviceTypeCodes.includes(PLAN_COVERAGE));
  for (const rank of [0, 1, 2]) {
    const level = pool.filter((b) => levelRank(b) === rank);
    const total = cents(
      level.find((b) => TOTAL_PERIODS.has(b.timeQualifierCode) && cents(b.benefitAmount) !== undefined)?.benefitAmount,
    );
    const remaining = cents(level.find((b) => b.timeQualifierCode === REMAINING)?.benefitAmount);
    const met = cents(level.find((b) => b.timeQualifierCode === YEAR_TO_DATE)?.benefitAmount);
    if (total === undefined && met === undefined && remaining === undefined) continue;
    const derivedMet =
      met ?? (total !== undefined && remaining !== undefined ? Math.max(0, total - remaining) : undefined);
    return { totalCents: total, metCents: derivedMet };
  }
  return {};
}

export type CostShare = { copayCents?: number; coinsurancePercent?: number; serviceType?: string };

/** The copay and coinsurance of the most IOP-specific outpatient service type the payer answered. */
export function outpatientCostShare(benefits: readonly Benefit[], tier: Tier): CostShare {
  for (const serviceType of OUTPATIENT_SERVICE_TYPES) {
    const entries = benefits
      .filter((b) => b.serviceTypeCodes.includes(serviceType) && inTier(b, tier) && levelRank(b) < 2)
      .sort((a, b) => levelRank(a) - levelRank(b));
    const copayCents = cents(
      entries.find((b) => b.code === "B" && cents(b.benefitAmount) !== undefined)?.benefitAmount,
    );
    const coinsurancePercent = percent(
      entries.find((b) => b.code === "A" && percent(b.benefitPercent) !== undefined)?.benefitPercent,
    );
    if (copayCents !== undefined || coinsurancePercent !== undefined)
      return { copayCents, coinsurancePercent, serviceType };
  }
  return {};
}
