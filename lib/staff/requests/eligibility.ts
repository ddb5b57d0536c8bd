import "server-only";
import { draftFormValues } from "@/lib/eligibility/draft-vob";
import { FAILURE_WORDS } from "@/lib/eligibility/outcomes";
import { checksElectronically, checksFor, type CheckRecord } from "@/lib/eligibility/queue";
import type { CheckOutcome, PayerRefusal, VobDraft } from "@/lib/eligibility/types";
import type { LeadRecord } from "@/lib/leads/store";
import { carrierName } from "@/lib/leads/summary";
import type { VobField, VobRecord } from "@/lib/staff/pipeline/vob";

/**
 * An insurance request's real-time eligibility check as its page shows it: the latest check's
 * outcome, the payer's answer as a VOB draft or its refusal in plain words, and whether a
 * coordinator has confirmed it yet. Never the raw answer, and never shown to visitors.
 */
export type CheckView = {
  id: number;
  outcome: CheckOutcome;
  requestedAt: number;
  completedAt?: number;
  attempts: number;
  /** Why the clearinghouse has not answered (yet), in plain words. */
  failure?: string;
  corrected: boolean;
  draft?: VobDraft;
  refusals?: PayerRefusal[];
  /** The draft as the VOB form's starting values, for a correction. */
  formValues?: Partial<Record<VobField, string>>;
  /** A VOB was confirmed from this answer (or typed) after it came. */
  confirmed: boolean;
};

export type EligibilityView = { electronic: boolean; latest?: CheckView };

export async function eligibilityOf(lead: LeadRecord, vob: VobRecord | undefined): Promise<EligibilityView | undefined> {
  if (lead.kind !== "insurance-check") return undefined;
  const [latest] = await checksFor(lead.reference);
  const carrier = carrierName(lead.values);
  return {
    electronic: checksElectronically(lead.values.carrier),
    latest: latest && checkView(latest, carrier, vob),
  };
}

function checkView(check: CheckRecord, carrier: string, vob: VobRecord | undefined): CheckView {
  const draft = check.result?.kind === "benefits" ? check.result.draft : undefined;
  const completedAt = check.completedAt?.getTime();
  return {
    id: check.id,
    outcome: check.outcome,
    requestedAt: check.requestedAt.getTime(),
    completedAt,
    attempts: check.attempts,
    failure: check.lastError ? (FAILURE_WORDS[check.lastError] ?? "The check could not be completed.") : undefined,
    corrected: check.corrected,
    draft,
    refusals: check.result?.kind === "rejected" ? check.result.refusals : undefined,
    formValues: draft && draftFormValues(draft, carrier),
    confirmed: vob !== undefined && completedAt !== undefined && vob.verifiedAt >= completedAt,
  };
}
