import "server-only";
import { describeRefusal } from "@/lib/eligibility/aaa";
import { accumulator, outpatientCostShare, type Tier } from "@/lib/eligibility/amounts";
import { carveOutOf } from "@/lib/eligibility/carve-out";
import { eligibilityResponseSchema, type Benefit, type EligibilityResponse } from "@/lib/eligibility/response";
import { isBehavioralHealth, OUTPATIENT_SERVICE_TYPES, PLAN_COVERAGE } from "@/lib/eligibility/service-types";
import type { CheckResult, PayerRefusal, VobDraft } from "@/lib/eligibility/types";

/**
 * A clearinghouse's 271 answer (JSON, lib/eligibility/response.ts) read as a VOB draft, or as
 * the payer's refusal; undefined when the body is not a 271 at all. Benefit codes as Stedi's
 * "Eligibility and benefit codes" lists them: 1–5 active coverage, 6–8 inactive, I non-covered,
 * U "contact following entity for eligibility or benefit information".
 */
const ACTIVE = new Set(["1", "2", "3", "4", "5"]);
const INACTIVE = new Set(["6", "7", "8"]);
const MAX_NOTES = 8;

export function parseEligibilityAnswer(body: unknown): CheckResult | undefined {
  const parsed = eligibilityResponseSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const answer = parsed.data;
  const refusals = refusalsOf(answer);
  if (refusals.length) return { kind: "rejected", refusals };
  return { kind: "benefits", draft: draftOf(answer) };
}

/** The AAA errors of every level, once per code. */
function refusalsOf(answer: EligibilityResponse): PayerRefusal[] {
  const errors = [
    ...answer.errors,
    ...(answer.payer?.aaaErrors ?? []),
    ...(answer.provider?.aaaErrors ?? []),
    ...(answer.subscriber?.aaaErrors ?? []),
    ...answer.dependents.flatMap((d) => d.aaaErrors),
  ];
  const byCode = new Map(errors.map((error) => [error.code, describeRefusal(error.code)]));
  return [...byCode.values()];
}

function draftOf(answer: EligibilityResponse): VobDraft {
  const benefits = answer.benefitsInformation;
  const coverage = coverageOf(answer);
  const network = networkOf(benefits);
  const tier: Tier = network === "out" ? "out" : "in";
  const deductible = accumulator(benefits, "C", tier);
  const outOfPocket = accumulator(benefits, "G", tier);
  const cost = outpatientCostShare(benefits, tier);
  const carveOut = carveOutOf(benefits, answer.payer?.name);
  const member = answer.dependents[0] ?? answer.subscriber;
  const dates = datesOf(answer);
  return {
    outcome: outcomeOf(coverage, carveOut !== undefined, behavioralHealthUnclear(benefits)),
    coverage,
    coverageBegins: dates.begins,
    coverageEnds: dates.ends,
    payerName: answer.payer?.name,
    plan: planOf(answer, benefits),
    groupNumber: answer.planInformation?.groupNumber ?? member?.groupNumber ?? answer.subscriber?.groupNumber,
    groupName:
      answer.planInformation?.groupDescription ?? member?.groupDescription ?? answer.subscriber?.groupDescription,
    network,
    deductibleCents: deductible.totalCents,
    deductibleMetCents: deductible.metCents,
    oopMaxCents: outOfPocket.totalCents,
    oopMetCents: outOfPocket.metCents,
    copayCents: cost.copayCents,
    coinsurancePercent: cost.coinsurancePercent,
    costServiceType: cost.serviceType,
    priorAuth: priorAuthOf(benefits),
    carveOut,
    notes: notesOf(benefits),
    traceNumber: traceOf(answer),
  };
}

function outcomeOf(coverage: VobDraft["coverage"], carvedOut: boolean, unclear: boolean): VobDraft["outcome"] {
  if (coverage === "inactive") return "inactive";
  if (carvedOut) return "carve-out";
  return coverage === "active" && !unclear ? "active" : "needs-call";
}

/** The plan-wide answer (STC 30) first, then a behavioral-health one, then any; Change Healthcare's planStatus last. */
function coverageOf(answer: EligibilityResponse): VobDraft["coverage"] {
  const statuses = answer.benefitsInformation.filter((b) => ACTIVE.has(b.code ?? "") || INACTIVE.has(b.code ?? ""));
  const planStatuses = answer.planStatus.map((s) => ({ code: s.statusCode, serviceTypeCodes: s.serviceTypeCodes }));
  for (const pool of [
    statuses.filter((b) => b.serviceTypeCodes.includes(PLAN_COVERAGE)),
    statuses.filter((b) => isBehavioralHealth(b.serviceTypeCodes)),
    statuses,
    planStatuses,
  ]) {
    if (pool.some((b) => ACTIVE.has(b.code ?? ""))) return "active";
    if (pool.some((b) => INACTIVE.has(b.code ?? ""))) return "inactive";
  }
  return "unknown";
}

/**
 * Outpatient behavioral health marked not covered (I) or inactive, or "contact the following
 * entity" without naming one: a coordinator must call, whatever the plan says otherwise.
 */
function behavioralHealthUnclear(benefits: readonly Benefit[]): boolean {
  return outpatient(benefits).some(
    (b) =>
      b.code === "I" ||
      INACTIVE.has(b.code ?? "") ||
      (b.code === "U" && !b.benefitsRelatedEntities.length && !b.benefitsRelatedEntity),
  );
}

function outpatient(benefits: readonly Benefit[]): Benefit[] {
  return benefits.filter((b) =>
    b.serviceTypeCodes.some((stc) => (OUTPATIENT_SERVICE_TYPES as readonly string[]).includes(stc)),
  );
}

/**
 * Payers say whether the provider asking is in the member's network only in free text, e.g.
 * "PROVIDER IS OUT NETWORK FOR MEMBER" (Stedi's response example); without such a remark the
 * network stays unknown.
 */
function networkOf(benefits: readonly Benefit[]): VobDraft["network"] {
  const remarks = benefits.flatMap((b) => b.additionalInformation.map((i) => (i.description ?? "").toUpperCase()));
  for (const remark of remarks) {
    const match =
      /PROVIDER\s+IS\s+(IN|OUT)[\s-]*(?:OF[\s-]*)?NETWORK|\b(IN|OUT)[\s-]*(?:OF[\s-]*)?NETWORK\s+PROVIDER/.exec(remark);
    const side = match?.[1] ?? match?.[2];
    if (side) return side === "IN" ? "in" : "out";
  }
  return "unknown";
}

/** Stedi: authOrCertIndicator Y yes, N no, U the payer cannot tell in real time. */
function priorAuthOf(benefits: readonly Benefit[]): VobDraft["priorAuth"] {
  const indicators = outpatient(benefits)
    .map((b) => b.authOrCertIndicator)
    .filter((i) => i !== undefined);
  if (indicators.includes("Y")) return "yes";
  if (indicators.length && indicators.every((i) => i === "N")) return "no";
  return "unknown";
}

function notesOf(benefits: readonly Benefit[]): string[] {
  const remarks = outpatient(benefits).flatMap((b) => b.additionalInformation.map((i) => i.description?.trim() ?? ""));
  return [...new Set(remarks.filter(Boolean))].slice(0, MAX_NOTES).map((remark) => remark.slice(0, 200));
}

function planOf(answer: EligibilityResponse, benefits: readonly Benefit[]): string | undefined {
  const planWide = benefits.find(
    (b) => ACTIVE.has(b.code ?? "") && b.serviceTypeCodes.includes(PLAN_COVERAGE) && b.planCoverage,
  );
  return (
    planWide?.planCoverage ??
    benefits.find((b) => b.planCoverage)?.planCoverage ??
    answer.planInformation?.planDescription ??
    answer.subscriber?.planDescription
  );
}

function datesOf(answer: EligibilityResponse): { begins?: string; ends?: string } {
  const info = answer.planDateInformation;
  const [planFrom, planTo] = range(info?.plan);
  const [eligibleFrom, eligibleTo] = range(info?.eligibility);
  return {
    begins: isoDate(info?.planBegin) ?? planFrom ?? isoDate(info?.eligibilityBegin) ?? eligibleFrom,
    ends: isoDate(info?.planEnd) ?? planTo ?? isoDate(info?.eligibilityEnd) ?? eligibleTo,
  };
}

/** "20260101-20261231" → both ends; "20260101" → the start alone. */
function range(value: string | undefined): [string | undefined, string | undefined] {
  const [from, to] = (value ?? "").split("-");
  return [isoDate(from), isoDate(to)];
}

function isoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value?.trim() ?? "");
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** The payer's own trace number (type 1) if it sent one, else the clearinghouse's. */
function traceOf(answer: EligibilityResponse): string | undefined {
  const traces = answer.subscriberTraceNumbers;
  return (
    traces.find((t) => t.traceTypeCode === "1")?.referenceIdentification ??
    traces[0]?.referenceIdentification ??
    answer.meta?.traceId
  );
}
