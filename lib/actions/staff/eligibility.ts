"use server";
import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { correctionSchema, type CheckAgainState, type CorrectionField, type EligibilityNotice } from "@/lib/eligibility/correction";
import { parseReference } from "@/lib/leads/reference";
import { checkEligibilityAgain, confirmEligibility } from "@/lib/staff/access/changes";
import { requestWorkGate, staffAction } from "@/lib/staff/access/gate";

function referenceOf(formData: FormData): string {
  const reference = parseReference(String(formData.get("reference") ?? ""));
  if (!reference) redirect("/staff");
  return reference;
}

function back(reference: string, notice: EligibilityNotice): never {
  redirect(`/staff/requests/${reference}?eligibility=${notice}#eligibility`);
}

/** "Confirm" on the payer's VOB draft: one click, against the version the page showed. */
export const confirmEligibilityAction = staffAction(requestWorkGate, async ({ staff, client }, formData: FormData) => {
  const reference = referenceOf(formData);
  const result = await confirmEligibility(
    staff,
    reference,
    Number(formData.get("check")),
    Number(formData.get("version")),
    client,
  );
  if (result === "not-found") redirect("/staff");
  back(reference, result === "saved" ? "confirmed" : result === "conflict" ? "conflict" : "gone");
});

/** "Check again", with the member ID or date of birth corrected (blank keeps what was sent). */
export const checkAgainAction = staffAction(
  (_prev: CheckAgainState, formData: FormData) => requestWorkGate(formData),
  async ({ staff, client }, _prev, formData): Promise<CheckAgainState> => {
    const reference = referenceOf(formData);
    const values = { memberId: String(formData.get("memberId") ?? ""), dateOfBirth: String(formData.get("dateOfBirth") ?? "") };
    const parsed = correctionSchema.safeParse(values);
    if (!parsed.success) {
      const errors: CheckAgainState["errors"] = {};
      for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors))
        errors[field as CorrectionField] = (messages as string[])[0];
      return { values, errors };
    }
    back(reference, (await checkEligibilityAgain(staff, reference, parsed.data, client)) ? "checking" : "not-possible");
  },
);
