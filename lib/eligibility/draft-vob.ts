import type { VobDraft } from "@/lib/eligibility/types";
import { vobFormValues, vobSchema, type VobField, type VobValues } from "@/lib/staff/pipeline/vob";

/**
 * A payer's answer as the VOB record a coordinator confirms: the same fields, checked by the
 * same schema as a VOB typed by hand, so a confirmed draft is never something the form would
 * refuse (undefined then: the coordinator types it). The payer's name if it gave one, else the plan the visitor named; the clearinghouse's
 * trace number as the payer reference when it fits the field.
 */
export function vobValuesFromDraft(draft: VobDraft, carrier: string): VobValues | undefined {
  const reference = draft.traceNumber?.slice(0, 40);
  const parsed = vobSchema.safeParse({
    payer: (draft.payerName ?? carrier).slice(0, 80),
    plan: draft.plan?.slice(0, 80),
    coverage: draft.coverage,
    network: draft.network,
    deductible: cents(draft.deductibleCents),
    deductibleMet: cents(capped(draft.deductibleMetCents, draft.deductibleCents)),
    oopMax: cents(draft.oopMaxCents),
    oopMet: cents(capped(draft.oopMetCents, draft.oopMaxCents)),
    copay: cents(draft.copayCents),
    coinsurance: draft.coinsurancePercent,
    priorAuth: draft.priorAuth,
    payerReference: reference && /^[A-Za-z0-9-]+$/.test(reference) ? reference : undefined,
  });
  return parsed.success ? parsed.data : undefined;
}

/** The schema reads dollars, as the form sends them. */
function cents(value: number | undefined): string | undefined {
  return value === undefined ? undefined : (value / 100).toFixed(2);
}

/** Some payers report more met than the total; the record can't hold that, so it reads as all met. */
function capped(met: number | undefined, total: number | undefined): number | undefined {
  return met !== undefined && total !== undefined ? Math.min(met, total) : met;
}

/** The VOB form's starting values for a coordinator correcting the draft. */
export function draftFormValues(draft: VobDraft, carrier: string): Partial<Record<VobField, string>> {
  return vobFormValues(vobValuesFromDraft(draft, carrier), draft.payerName ?? carrier);
}
