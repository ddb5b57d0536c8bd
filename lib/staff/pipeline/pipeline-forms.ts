import type { VobField } from "@/lib/staff/pipeline/vob";

/**
 * The request page's pipeline forms. Quick changes (an attempt, a follow-up, an assignment, a
 * referral source) post and come back to the page with a word in the address saying what
 * happened; the two forms with fields to get right keep their answers and errors in state.
 */
export const PIPELINE_NOTICES = {
  attempt: "Call attempt saved.",
  "follow-up": "Follow-up saved.",
  "follow-up-cleared": "Follow-up cleared.",
  assigned: "Assignment saved.",
  referral: "Referral source saved.",
  lost: "Closed as lost.",
  vob: "Verification of benefits saved.",
  undone: "Undone: the request is back as it was before your change.",
  "undo-expired": "Too late to undo: the 5 minutes have passed. A manager can correct the record. Nothing was undone.",
  "undo-changed": "Not undone: the request changed after your change (see below). Nothing was undone.",
  "undo-nothing": "There is no change of yours left to undo here.",
  corrected: "The record is corrected.",
  conflict: "A colleague changed this request while you had it open. Nothing was saved; check it below and try again.",
  "not-allowed": "That is not possible for this request (for example, a voicemail the visitor did not allow).",
  "bad-time": "Choose a time in the future, within 60 days.",
  "bad-choice": "That choice is not on this page's list (the page may be out of date). Nothing was saved; choose again.",
} as const;
export type PipelineNotice = keyof typeof PIPELINE_NOTICES;

export function isPipelineNotice(value: unknown): value is PipelineNotice {
  return typeof value === "string" && Object.hasOwn(PIPELINE_NOTICES, value);
}

/** `version`: the request's version the form's last answer saw, newer than the page's after a conflict. */
export type LostFormState = {
  values: { reason?: string; partner?: string; referredTo?: string; detail?: string };
  version?: number;
  errors?: Partial<Record<"reason" | "partner" | "referredTo" | "detail", string>>;
  message?: string;
};

export type CorrectionFormState = {
  values: { stage?: string; reason?: string };
  version?: number;
  errors?: Partial<Record<"stage" | "reason", string>>;
  message?: string;
};

export type VobFormState = {
  values: Partial<Record<VobField, string>>;
  version?: number;
  errors?: Partial<Record<VobField, string>>;
  message?: string;
};
