"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseReference } from "@/lib/leads/reference";
import { addNote, purgeRequest, setHolder, setStatus } from "@/lib/staff/access/changes";
import { requestWorkGate, staffAction } from "@/lib/staff/access/gate";
import { requestInFull, type WorkState } from "@/lib/staff/requests/request";
import { isStageStatus, statusLabels } from "@/lib/staff/requests/statuses";
import {
  conflictText,
  NOTE_MAX,
  noteLength,
  noteTooLongText,
  type NoteFormState,
  type WorkFormState,
  type WorkView,
} from "@/lib/staff/requests/work-forms";

function view(work: WorkState): WorkView {
  const { status, holderId, holderName, ownerId, ownerName, version } = work;
  return { status, holderId, holderName, ownerId, ownerName, version };
}

function describe(work: WorkState): string {
  const owner = work.ownerName ? `, assigned to ${work.ownerName}` : "";
  return `${statusLabels[work.status]}${owner}${work.holderName ? `, ${work.holderName} is calling` : ""}`;
}

const NOT_A_CHOICE =
  "That is not one of the choices here (a reach is a call attempt; closing as lost needs a reason). Nothing was saved.";

export const workAction = staffAction(
  (_prev: WorkFormState, formData: FormData) => requestWorkGate(formData),
  async ({ staff, client }, prev, formData): Promise<WorkFormState> => {
    const reference = parseReference(String(formData.get("reference") ?? ""));
    if (!reference) return { ...prev, message: "That request no longer exists." };
    const version = Number(formData.get("version"));
    const status = formData.get("status");
    const hold = formData.get("hold");
    // A stale or tampered form may post a choice the buttons never offered: refuse it aloud.
    const result =
      status !== null
        ? isStageStatus(status)
          ? await setStatus(staff, reference, status, version, client)
          : undefined
        : hold === "take" || hold === "release"
          ? await setHolder(staff, reference, hold === "take", version, client)
          : undefined;
    if (!result) return { ...prev, refused: true, message: NOT_A_CHOICE };
    if (result.outcome === "not-found") return { ...prev, message: "That request no longer exists." };
    if (result.outcome === "not-allowed") return { ...prev, refused: true, message: NOT_A_CHOICE };
    if (result.outcome === "conflict") {
      revalidatePath(`/staff/requests/${reference}`);
      return {
        work: view(result.work),
        refused: true,
        message: `${conflictText(result.change, describe(result.work))} Choose again if your change still applies.`,
      };
    }
    // The page's other forms name the version they were drawn against: draw them again.
    revalidatePath(`/staff/requests/${reference}`);
    return { work: view(result.work), message: `Saved: ${describe(result.work)}.` };
  },
);

export const noteAction = staffAction(
  (_prev: NoteFormState, formData: FormData) => requestWorkGate(formData),
  async ({ staff, client }, prev, formData): Promise<NoteFormState> => {
    const reference = parseReference(String(formData.get("reference") ?? ""));
    const body = String(formData.get("note") ?? "");
    if (!reference) return { ...prev, error: "That request no longer exists." };
    if (!body.trim()) return { ...prev, error: "Write the note first.", message: undefined };
    const length = noteLength(body);
    // The text comes back with the error, so nothing typed is lost.
    if (length > NOTE_MAX) return { ...prev, draft: body, error: noteTooLongText(length), message: undefined };
    const saved = await addNote(staff, reference, body, client);
    if (!saved) return { ...prev, error: "That request no longer exists." };
    const full = await requestInFull(reference);
    const notes = (full?.notes ?? []).map((n) => ({ ...n, createdAt: n.createdAt.getTime() }));
    return { notes, message: "Note added.", draft: "" };
  },
);

export const purgeAction = staffAction<[FormData], void>(
  () => ({ permission: "purge-request" }),
  async ({ staff, client }, formData) => {
    const reference = parseReference(String(formData.get("reference") ?? ""));
    if (!reference || formData.get("confirm") !== "yes")
      redirect(reference ? `/staff/requests/${reference}?purge=confirm` : "/staff");
    await purgeRequest(staff, reference, client);
    redirect("/staff?purged=1");
  },
);
