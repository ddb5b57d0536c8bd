import * as z from "zod/mini";
import { cardId, dateOfBirth, optional } from "@/lib/forms/fields";
import { fieldTexts } from "@/lib/forms/field-text";

/**
 * What a coordinator may correct before "check again": the member ID and the patient's date of
 * birth, held to the same rules as on the insurance form. Blank keeps what the visitor sent.
 */
const ft = fieldTexts.en;

export const correctionSchema = z.object({
  memberId: optional(cardId(ft, "the member ID", 3, 30), ft.fromCard("the member ID")),
  dateOfBirth: optional(dateOfBirth(ft, "the date of birth"), ft.enter("the date of birth")),
});

export type CorrectionField = keyof z.output<typeof correctionSchema>;

export type CheckAgainState = {
  values: Partial<Record<CorrectionField, string>>;
  errors?: Partial<Record<CorrectionField, string>>;
};

/** What the eligibility panel's one-click actions come back to the page saying. */
export const ELIGIBILITY_NOTICES = {
  confirmed: "Benefits confirmed from the payer's answer.",
  checking: "Checking again with the payer. This takes a few seconds.",
  conflict: "A colleague changed this request while you had it open. Nothing was saved; look again and confirm.",
  gone: "That answer can't be confirmed as it is. Record the benefits below instead.",
  "not-possible": "This plan can't be checked electronically. Verify it by phone.",
} as const;
export type EligibilityNotice = keyof typeof ELIGIBILITY_NOTICES;

export function isEligibilityNotice(value: unknown): value is EligibilityNotice {
  return typeof value === "string" && Object.hasOwn(ELIGIBILITY_NOTICES, value);
}
