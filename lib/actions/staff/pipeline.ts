"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { center } from "@/lib/center/schema";
import { clientKey } from "@/lib/leads/guard";
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
} from "@/lib/staff/pipeline/pipeline-work";
import { isReferralSource } from "@/lib/staff/pipeline/referral-sources";
import { requireStaff } from "@/lib/staff/access/session";
import { VOB_FIELDS, vobSchema, type VobField } from "@/lib/staff/pipeline/vob";

async function context(formData: FormData) {
  const reference = parseReference(String(formData.get("reference") ?? ""));
  const staff = await requireStaff({ permission: "work-requests", next: reference ? `/staff/requests/${reference}` : "/staff" });
  if (!reference) redirect("/staff");
  return { staff, reference, version: Number(formData.get("version")), client: clientKey(await headers()) };
}

function back(reference: string, result: PipelineResult, done: PipelineNotice): never {
  if (result === "not-found") redirect("/staff");
  redirect(`/staff/requests/${reference}?notice=${result === "saved" ? done : result}#pipeline`);
}

/** The one-click changes: a call attempt, a follow-up, an assignment, a referral source. */
export async function pipelineAction(formData: FormData): Promise<void> {
  const { staff, reference, version, client } = await context(formData);
  const text = (name: string) => String(formData.get(name) ?? "");
  const outcome = formData.get("outcome");
  if (isAttemptOutcome(outcome)) back(reference, await logAttempt(staff, reference, outcome, version, client), "attempt");

  const followUp = text("followUp");
  if (followUp === "clear") back(reference, await setFollowUp(staff, reference, null, version, client), "follow-up-cleared");
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
}

export async function lostAction(_prev: LostFormState, formData: FormData): Promise<LostFormState> {
  const { staff, reference, version, client } = await context(formData);
  const values = { reason: String(formData.get("reason") ?? ""), partner: String(formData.get("partner") ?? ""), referredTo: String(formData.get("referredTo") ?? "") };
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
}

export async function vobAction(_prev: VobFormState, formData: FormData): Promise<VobFormState> {
  const { staff, reference, version, client } = await context(formData);
  const values = Object.fromEntries(VOB_FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) as Record<VobField, string>;
  const parsed = vobSchema.safeParse(values);
  if (!parsed.success) {
    const errors: VobFormState["errors"] = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as VobField] ??= issue.message;
    return { values, errors, message: "Please fix the problems below." };
  }
  back(reference, await saveVob(staff, reference, parsed.data, version, client), "vob");
}
