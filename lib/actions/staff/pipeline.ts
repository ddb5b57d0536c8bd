"use server";
import { redirect } from "next/navigation";
import { center } from "@/lib/center/schema";
import { parseReference } from "@/lib/leads/reference";
import { isAttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import { chosenTime, presetTime, FOLLOW_UP_PRESETS, type FollowUpPreset } from "@/lib/staff/pipeline/follow-up";
import { lostSchema } from "@/lib/staff/pipeline/lost";
import type { LostFormState, PipelineNotice, VobFormState } from "@/lib/staff/pipeline/pipeline-forms";
import {
  assignTo,
  closeAsLost,
  logAttempt,
  saveVob,
  setFollowUp,
  setReferralSource,
  type PipelineResult,
} from "@/lib/staff/access/changes";
import { requestWorkGate, staffAction, type Actor } from "@/lib/staff/access/gate";
import { isReferralSource } from "@/lib/staff/pipeline/referral-sources";
import { VOB_FIELDS, vobSchema, type VobField } from "@/lib/staff/pipeline/vob";

function context({ staff, client }: Actor, formData: FormData) {
  const reference = parseReference(String(formData.get("reference") ?? ""));
  if (!reference) redirect("/staff");
  return { staff, reference, version: Number(formData.get("version")), client };
}

function back(reference: string, result: PipelineResult, done: PipelineNotice): never {
  if (result === "not-found") redirect("/staff");
  redirect(`/staff/requests/${reference}?notice=${result === "saved" ? done : result}#pipeline`);
}

/** The one-click changes: a call attempt, a follow-up, an assignment, a referral source. */
export const pipelineAction = staffAction(requestWorkGate, async (actor, formData: FormData): Promise<void> => {
  const { staff, reference, version, client } = context(actor, formData);
  const text = (name: string) => String(formData.get(name) ?? "");
  const outcome = formData.get("outcome");
  if (isAttemptOutcome(outcome))
    back(reference, await logAttempt(staff, reference, outcome, version, client), "attempt");

  const followUp = text("followUp");
  if (followUp === "clear")
    back(reference, await setFollowUp(staff, reference, null, version, client), "follow-up-cleared");
  if (followUp) {
    const now = new Date();
    const at = (FOLLOW_UP_PRESETS as readonly string[]).includes(followUp)
      ? presetTime(followUp as FollowUpPreset, now, center.timeZone)
      : chosenTime(text("followUpAt"), now, center.timeZone);
    if (!at) redirect(`/staff/requests/${reference}?notice=bad-time#follow-up`);
    back(reference, await setFollowUp(staff, reference, at, version, client), "follow-up");
  }

  if (formData.has("assignee")) {
    const assignee = text("assignee");
    back(reference, await assignTo(staff, reference, assignee || null, version, client), "assigned");
  }
  if (formData.has("referralSource")) {
    const source = text("referralSource");
    if (source && !isReferralSource(source)) back(reference, "not-allowed", "referral");
    back(reference, await setReferralSource(staff, reference, source || null, version, client), "referral");
  }
  redirect(`/staff/requests/${reference}`);
});

export const lostAction = staffAction(
  (_prev: LostFormState, formData: FormData) => requestWorkGate(formData),
  async (actor, _prev, formData): Promise<LostFormState> => {
    const { staff, reference, version, client } = context(actor, formData);
    const values = {
      reason: String(formData.get("reason") ?? ""),
      partner: String(formData.get("partner") ?? ""),
      referredTo: String(formData.get("referredTo") ?? ""),
      detail: String(formData.get("detail") ?? ""),
    };
    const parsed = lostSchema.safeParse(values);
    if (!parsed.success) {
      const errors: LostFormState["errors"] = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof NonNullable<LostFormState["errors"]>;
        errors[field] ??= issue.message;
      }
      return { values, errors, message: "Please fix the problems below." };
    }
    back(reference, await closeAsLost(staff, reference, parsed.data, version, client), "lost");
  },
);

export const vobAction = staffAction(
  (_prev: VobFormState, formData: FormData) => requestWorkGate(formData),
  async (actor, _prev, formData): Promise<VobFormState> => {
    const { staff, reference, version, client } = context(actor, formData);
    const values = Object.fromEntries(VOB_FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) as Record<
      VobField,
      string
    >;
    const parsed = vobSchema.safeParse(values);
    if (!parsed.success) {
      const errors: VobFormState["errors"] = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as VobField] ??= issue.message;
      return { values, errors, message: "Please fix the problems below." };
    }
    back(reference, await saveVob(staff, reference, parsed.data, version, client), "vob");
  },
);
