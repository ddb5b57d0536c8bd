"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { center } from "@/lib/center/schema";
import { parseReference } from "@/lib/leads/reference";
import { isAttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import { chosenTime, presetTime, FOLLOW_UP_PRESETS, type FollowUpPreset } from "@/lib/staff/pipeline/follow-up";
import { lostSchema } from "@/lib/staff/pipeline/lost";
import type {
  CorrectionFormState,
  LostFormState,
  PipelineNotice,
  VobFormState,
} from "@/lib/staff/pipeline/pipeline-forms";
import {
  assignTo,
  closeAsLost,
  correctStage,
  logAttempt,
  saveVob,
  setFollowUp,
  setReferralSource,
  sinceConflict,
  undoLastChange,
  type PipelineResult,
} from "@/lib/staff/access/changes";
import { requestWorkGate, staffAction, type Actor } from "@/lib/staff/access/gate";
import { isReferralSource } from "@/lib/staff/pipeline/referral-sources";
import { correctionSchema } from "@/lib/staff/pipeline/undo";
import { VOB_FIELDS, vobSchema, type VobField } from "@/lib/staff/pipeline/vob";
import { statusLabels } from "@/lib/staff/requests/statuses";
import { conflictText } from "@/lib/staff/requests/work-forms";

function context({ staff, client }: Actor, formData: FormData) {
  const reference = parseReference(String(formData.get("reference") ?? ""));
  if (!reference) redirect("/staff");
  return { staff, reference, version: Number(formData.get("version")), client };
}

/**
 * Back to the request with what happened. A saved change's notice names the version it made,
 * so the page stops showing it once the request changes again (a status set in "Work on it"
 * stays on this address, and "Call attempt saved." outlived it).
 */
function back(reference: string, result: PipelineResult, done: PipelineNotice, version: number): never {
  if (result === "not-found") redirect("/staff");
  const notice = result === "saved" ? `${done}&v=${version + 1}` : result;
  redirect(`/staff/requests/${reference}?notice=${notice}#pipeline`);
}

/** A choice the page never offered (a stale or tampered form): nothing is saved, and the page says so. */
function notAChoice(reference: string): never {
  redirect(`/staff/requests/${reference}?notice=bad-choice#pipeline`);
}

const isPreset = (value: string): value is FollowUpPreset => (FOLLOW_UP_PRESETS as readonly string[]).includes(value);

/** The one-click changes: a call attempt, a follow-up, an assignment, a referral source. */
export const pipelineAction = staffAction(requestWorkGate, async (actor, formData: FormData): Promise<void> => {
  const { staff, reference, version, client } = context(actor, formData);
  const text = (name: string) => String(formData.get(name) ?? "");
  if (formData.has("outcome")) {
    const outcome = formData.get("outcome");
    if (!isAttemptOutcome(outcome)) notAChoice(reference);
    back(reference, await logAttempt(staff, reference, outcome, version, client), "attempt", version);
  }

  if (formData.has("followUp")) {
    const followUp = text("followUp");
    if (followUp === "clear")
      back(reference, await setFollowUp(staff, reference, null, version, client), "follow-up-cleared", version);
    const now = new Date();
    if (isPreset(followUp)) {
      const at = presetTime(followUp, now, center.timeZone);
      if (!at) notAChoice(reference);
      back(reference, await setFollowUp(staff, reference, at, version, client), "follow-up", version);
    }
    if (followUp !== "chosen") notAChoice(reference);
    const typed = text("followUpAt");
    const at = chosenTime(typed, now, center.timeZone);
    // The typed time comes back in the box with the error beside it, so nothing typed is lost.
    if (!at)
      redirect(`/staff/requests/${reference}?notice=bad-time&at=${encodeURIComponent(typed.slice(0, 16))}#follow-up-at`);
    back(reference, await setFollowUp(staff, reference, at, version, client), "follow-up", version);
  }

  if (formData.has("assignee")) {
    const assignee = text("assignee");
    back(reference, await assignTo(staff, reference, assignee || null, version, client), "assigned", version);
  }
  if (formData.has("referralSource")) {
    const source = text("referralSource");
    if (source && !isReferralSource(source)) notAChoice(reference);
    back(reference, await setReferralSource(staff, reference, source || null, version, client), "referral", version);
  }
  redirect(`/staff/requests/${reference}`);
});

/** A form with fields to get right keeps them through a conflict, says what changed, and may be sent again. */
async function conflicted<Values>(reference: string, values: Values) {
  revalidatePath(`/staff/requests/${reference}`);
  const now = await sinceConflict(reference);
  if (!now) redirect("/staff");
  return {
    values,
    version: now.work.version,
    message: `${conflictText(now.change, statusLabels[now.work.status])} What you entered is still here: check it and save again.`,
  };
}

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
      return { values, version, errors, message: "Please fix the problems below." };
    }
    const result = await closeAsLost(staff, reference, parsed.data, version, client);
    if (result === "conflict") return conflicted(reference, values);
    back(reference, result, "lost", version);
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
      return { values, version, errors, message: "Please fix the problems below." };
    }
    const result = await saveVob(staff, reference, parsed.data, version, client);
    if (result === "conflict") return conflicted(reference, values);
    back(reference, result, "vob", version);
  },
);

/** "Undo": one's own latest status change, call attempt or closing as lost, within the window. */
export const undoAction = staffAction(requestWorkGate, async (actor, formData: FormData): Promise<void> => {
  const { staff, reference, client } = context(actor, formData);
  const { outcome } = await undoLastChange(staff, reference, client);
  if (outcome === "not-found") redirect("/staff");
  const notice: PipelineNotice = outcome === "undone" ? "undone" : `undo-${outcome}`;
  redirect(`/staff/requests/${reference}?notice=${notice}#pipeline`);
});

/** A manager's correction of the stage a request reached, after the undo window; the reason is required. */
export const correctAction = staffAction(
  (_prev: CorrectionFormState, formData: FormData) => ({ ...requestWorkGate(formData), permission: "correct-records" }),
  async (actor, _prev, formData): Promise<CorrectionFormState> => {
    const { staff, reference, version, client } = context(actor, formData);
    const values = { stage: String(formData.get("stage") ?? ""), reason: String(formData.get("reason") ?? "") };
    const parsed = correctionSchema.safeParse(values);
    if (!parsed.success) {
      const errors: CorrectionFormState["errors"] = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as "stage" | "reason"] ??= issue.message;
      return { values, version, errors, message: "Please fix the problems below." };
    }
    const result = await correctStage(staff, reference, parsed.data.stage, parsed.data.reason, version, client);
    if (result === "conflict") return conflicted(reference, values);
    if (result === "not-allowed")
      return { values, version, errors: { stage: "It never got past that stage: choose an earlier one." } };
    back(reference, result, "corrected", version);
  },
);
