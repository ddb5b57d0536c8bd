import "server-only";
import { vobValuesFromDraft } from "@/lib/eligibility/draft-vob";
import { checksFor, requestCheckAgain } from "@/lib/eligibility/queue";
import type { Correction } from "@/lib/eligibility/subject";
import { requestDelivery, requestEligibilityChecks } from "@/lib/leads/delivery";
import { deleteLead, getLead } from "@/lib/leads/store";
import { carrierName } from "@/lib/leads/summary";
import {
  changeRequest,
  correctRecord,
  undoChange,
  type ChangeOutcome,
  type RequestChange,
  type UndoOutcome,
} from "@/lib/leads/work-store";
import type { StaffRole } from "@/lib/db/schema";
import { logAs, logEvent, type Entry } from "@/lib/staff/access/log";
import { can } from "@/lib/staff/access/roles";
import type { Staff } from "@/lib/staff/access/session";
import {
  addStaff,
  listStaff,
  removeStaff,
  resetStaff,
  type SetupLink,
  type StaffMember,
} from "@/lib/staff/auth/accounts";
import { insertNote } from "@/lib/staff/data/notes";
import type { AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import type { LostClosing } from "@/lib/staff/pipeline/lost";
import type { Stage } from "@/lib/staff/pipeline/stages";
import type { VobValues } from "@/lib/staff/pipeline/vob";
import {
  lastChange,
  workState,
  type ChangeResult,
  type LastChange,
  type WorkState,
} from "@/lib/staff/requests/request";
import { isStageStatus, type StageStatus } from "@/lib/staff/requests/statuses";
import { NOTE_MAX, normalizeNote } from "@/lib/staff/requests/work-forms";

/**
 * Every change staff make, each logged once when it is saved, by action and at most a fixed
 * word, never a typed value. The caller is a Server Action behind the gate (lib/staff/access/
 * gate.ts `staffAction`), which hands over who and from where; a request's changes all go
 * through the one status writer, lib/leads/work-store.ts `changeRequest`.
 */
type Who = Pick<Staff, "id" | "email" | "name">;
export type PipelineResult = ChangeOutcome;

async function change(
  staff: Who,
  reference: string,
  version: number,
  what: RequestChange,
  entry: Entry,
  client?: string,
  now?: number,
) {
  const outcome = await changeRequest(reference, version, what, now, { id: staff.id, name: staff.name });
  if (outcome === "saved") await logAs(staff, { ...entry, reference }, client);
  return outcome;
}

async function withWork(reference: string, outcome: ChangeOutcome): Promise<ChangeResult> {
  const work = await workState(reference);
  if (!work || outcome === "not-found") return { outcome: "not-found" };
  if (outcome === "not-allowed") return { outcome: "not-allowed" };
  if (outcome === "saved") return { outcome: "saved", work };
  return { outcome: "conflict", work, change: await lastChange(reference) };
}

/** After a conflict: the request as it is now and the colleague's change that made it so. */
export async function sinceConflict(reference: string): Promise<{ work: WorkState; change?: LastChange } | undefined> {
  const result = await withWork(reference, "conflict");
  return result.outcome === "conflict" ? result : undefined;
}

/** A stage after first contact; a reach is a call attempt (logAttempt), and "lost" needs a reason (closeAsLost). */
export async function setStatus(staff: Who, reference: string, status: StageStatus, version: number, client?: string) {
  if (!isStageStatus(status)) return { outcome: "not-allowed" } as const;
  return withWork(
    reference,
    await change(
      staff,
      reference,
      version,
      { kind: "status", status },
      { action: "change-status", detail: status },
      client,
    ),
  );
}

/**
 * "I'm calling" (take) or "I'm done calling" (release): who is on the phone now. Done calling
 * keeps whoever it is assigned to; "I'm calling" makes the caller its owner only if nobody owns it.
 */
export async function setHolder(staff: Who, reference: string, take: boolean, version: number, client?: string) {
  const entry: Entry = { action: take ? "start-calling" : "stop-calling" };
  return withWork(
    reference,
    await change(staff, reference, version, { kind: "holder", holderId: take ? staff.id : null }, entry, client),
  );
}

/** One call attempt; the request moves to "tried to reach" or "reached", and a pending follow-up is done. */
export function logAttempt(
  staff: Who,
  reference: string,
  outcome: AttemptOutcome,
  version: number,
  client?: string,
  now = Date.now(),
) {
  const what: RequestChange = { kind: "attempt", outcome, by: { id: staff.id, name: staff.name } };
  return change(staff, reference, version, what, { action: "log-attempt", detail: outcome }, client, now);
}

/** Takes back one's own latest status change, call attempt or closing as lost, within the window. */
export async function undoLastChange(
  staff: Who,
  reference: string,
  client?: string,
  now = Date.now(),
): Promise<UndoOutcome> {
  const result = await undoChange(reference, staff.id, now);
  if (result.outcome === "undone")
    await logAs(staff, { action: "undo-change", reference, detail: result.change.kind }, client);
  return result;
}

/** A manager's correction of the stage a request reached; the reason is kept with it, never logged. */
export async function correctStage(
  staff: Who,
  reference: string,
  stage: Stage,
  reason: string,
  version: number,
  client?: string,
  now = Date.now(),
): Promise<ChangeOutcome> {
  const outcome = await correctRecord(reference, version, stage, reason, { id: staff.id, name: staff.name }, now);
  if (outcome === "saved") await logAs(staff, { action: "correct-record", reference, detail: stage }, client);
  return outcome;
}

/** "Try again at": a time, or null to clear it. */
export function setFollowUp(staff: Who, reference: string, at: Date | null, version: number, client?: string) {
  const entry: Entry = { action: "set-follow-up", detail: at ? "set" : "cleared" };
  return change(staff, reference, version, { kind: "follow-up", at: at ? at.getTime() : null }, entry, client);
}

export function closeAsLost(
  staff: Who,
  reference: string,
  closing: LostClosing,
  version: number,
  client?: string,
  now = Date.now(),
) {
  return change(
    staff,
    reference,
    version,
    { kind: "lost", closing },
    { action: "close-lost", detail: closing.reason },
    client,
    now,
  );
}

export function setReferralSource(
  staff: Who,
  reference: string,
  source: string | null,
  version: number,
  client?: string,
) {
  return change(staff, reference, version, { kind: "referral", source }, { action: "set-referral-source" }, client);
}

/**
 * Assigns a request to oneself, a colleague or nobody: its owner, never who is calling. Taking a
 * request a colleague owns, or giving theirs away, is a manager's (coordinators keep their own
 * work). Only a current staff account can own one; someone assigned by another is sent a notice.
 */
export async function assignTo(
  staff: Who & Pick<Staff, "role">,
  reference: string,
  colleagueId: string | null,
  version: number,
  client?: string,
): Promise<PipelineResult> {
  if (colleagueId && !(await listStaff()).some((member) => member.id === colleagueId)) return "not-allowed";
  // Read at the version the change names: the change saves only if the request is still so.
  const before = await workState(reference);
  if (!before) return "not-found";
  if (before.version !== version) return "conflict";
  const owner = before.ownerId;
  if (owner && owner !== staff.id && owner !== colleagueId && !can(staff.role, "reassign-requests"))
    return "not-allowed";
  const notify = colleagueId !== null && colleagueId !== staff.id && colleagueId !== owner;
  const whom = colleagueId === staff.id ? "self" : "colleague";
  const entry: Entry = !colleagueId
    ? { action: "unassign-request" }
    : { action: owner && owner !== colleagueId ? "reassign-request" : "assign-request", detail: whom };
  const outcome = await change(
    staff,
    reference,
    version,
    { kind: "owner", ownerId: colleagueId, notify },
    entry,
    client,
  );
  if (outcome === "saved" && notify) requestDelivery();
  return outcome;
}

/** The verification of benefits, replaced whole; who and when are the signed-in staff member and now. */
export function saveVob(
  staff: Who,
  reference: string,
  values: VobValues,
  version: number,
  client?: string,
  now = Date.now(),
) {
  const what: RequestChange = {
    kind: "vob",
    vob: { values, source: "staff", verifiedBy: { id: staff.id, name: staff.name }, verifiedAt: now },
  };
  return change(staff, reference, version, what, { action: "save-vob" }, client, now);
}

/**
 * "Confirm" on a payer's VOB draft: the draft becomes the request's VOB as it stands, marked
 * electronic (`x12-271`) with the clearinghouse's trace number and the parsed answer, confirmed
 * by the signed-in coordinator now. "gone" when the check has no draft (or is not this request's).
 */
export async function confirmEligibility(
  staff: Who,
  reference: string,
  checkId: number,
  version: number,
  client?: string,
  now = Date.now(),
): Promise<PipelineResult | "gone"> {
  const [lead, checks] = await Promise.all([getLead(reference), checksFor(reference)]);
  const check = checks.find((c) => c.id === checkId);
  if (lead?.kind !== "insurance-check" || check?.result?.kind !== "benefits") return "gone";
  const { draft } = check.result;
  const values = vobValuesFromDraft(draft, carrierName(lead.values));
  if (!values) return "gone";
  const what: RequestChange = {
    kind: "vob",
    vob: {
      values,
      source: "x12-271",
      verifiedBy: { id: staff.id, name: staff.name },
      verifiedAt: now,
      traceNumber: draft.traceNumber,
      response: draft,
    },
  };
  return change(staff, reference, version, what, { action: "confirm-vob", detail: draft.outcome }, client, now);
}

/**
 * "Check again", with the member ID or date of birth a coordinator corrected (or as sent, when a
 * payer did not answer): queued like a new request's check, and the delivery thread woken to run it.
 */
export async function checkEligibilityAgain(
  staff: Who,
  reference: string,
  correction: Correction,
  client?: string,
): Promise<boolean> {
  const lead = await getLead(reference);
  if (lead?.kind !== "insurance-check") return false;
  const queued = await requestCheckAgain(reference, lead.values.carrier, correction, new Date());
  if (!queued) return false;
  const corrected = correction.memberId !== undefined || correction.dateOfBirth !== undefined;
  await logAs(staff, { action: "check-eligibility", reference, detail: corrected ? "corrected" : "as-sent" }, client);
  requestEligibilityChecks();
  return true;
}

/** False when there is nothing to add (an empty note) or no such request. */
export async function addNote(staff: Who, reference: string, body: string, client?: string): Promise<boolean> {
  const text = normalizeNote(body).slice(0, NOTE_MAX);
  if (!text) return false;
  const saved = await insertNote({ reference, authorId: staff.id, authorName: staff.name, body: text, at: Date.now() });
  if (saved) await logAs(staff, { action: "add-note", reference }, client);
  return saved;
}

/** A person's deletion request: the request and everything kept with it. */
export async function purgeRequest(staff: Who, reference: string, client?: string): Promise<boolean> {
  const deleted = await deleteLead(reference);
  if (deleted) await logAs(staff, { action: "purge-request", reference }, client);
  return deleted;
}

/** Who manages accounts: a signed-in admin, or the operator's command (no account of its own). */
type Manager = { id?: string; email: string };

export async function addStaffMember(
  by: Manager,
  input: { email: string; role: StaffRole; name?: string },
  client?: string,
): Promise<SetupLink> {
  const link = await addStaff(input);
  await logEvent({
    actor: by,
    action: "staff-added",
    target: input.email.trim().toLowerCase(),
    detail: input.role,
    client,
  });
  return link;
}

export async function resetStaffMember(by: Manager, email: string, client?: string): Promise<SetupLink | undefined> {
  const link = await resetStaff(email);
  if (link) await logEvent({ actor: by, action: "staff-reset", target: email.trim().toLowerCase(), client });
  return link;
}

export async function removeStaffMember(by: Manager, email: string, client?: string): Promise<StaffMember | undefined> {
  const removed = await removeStaff(email);
  if (removed)
    await logEvent({ actor: by, action: "staff-removed", target: removed.email, detail: removed.role, client });
  return removed;
}
