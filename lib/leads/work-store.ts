import "server-only";
import type { ExpressionBuilder, UpdateObject } from "kysely";
import { database, type Executor } from "@/lib/db/connection";
import type { Database } from "@/lib/db/schema";
import { deleteAttempt, insertAttempt } from "@/lib/staff/data/call-attempts";
import { latestChange, markUndone, recordChange, type RecordedChange } from "@/lib/staff/data/request-changes";
import { saveVob, type VobSave } from "@/lib/staff/data/vob";
import { allowedOutcomes, contactConsent, statusAfterAttempt, type AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import type { LostClosing } from "@/lib/staff/pipeline/lost";
import { stagesReachedBy, type Stage } from "@/lib/staff/pipeline/stages";
import {
  correctedStages,
  replacedStamps,
  TRACKED_COLUMNS,
  trackedValues,
  withinWindow,
  type TrackedValues,
} from "@/lib/staff/pipeline/undo";
import { isRequestStatus, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * The one writer of admissions' side of the `leads` table. `changeRequest` writes a request's
 * status and work, whatever the path (a status button, a call attempt, closing as lost,
 * reopening, a follow-up, calling, an assignment, a referral source, a VOB), with the one
 * version check: a change names the version it was made against, and a colleague's change since
 * then makes it a conflict that writes nothing. A call attempt or a VOB is written in the same transaction.
 * A status change, a call attempt and closing as lost are recorded with the values they
 * overwrote, for `undoChange` and the request's history; a manager's `correctRecord` is the
 * other writer of the stage stamps. Besides these, only the on-call notice's mark, the assignee's
 * notice and a departing colleague's release touch these columns. Reads are in
 * lib/leads/work-reads.ts; the visitor's side is lib/leads/store.ts.
 */
export type RequestChange =
  | { kind: "status"; status: Exclude<RequestStatus, "lost"> }
  /** Who is on the phone now; "I'm calling" also makes the caller the owner of a request nobody owns. */
  | { kind: "holder"; holderId: string | null }
  /** Who it is assigned to; `notify` queues the assignee's notice (someone else assigned them). */
  | { kind: "owner"; ownerId: string | null; notify: boolean }
  | { kind: "attempt"; outcome: AttemptOutcome; by: { id: string; name: string } }
  | { kind: "follow-up"; at: number | null }
  | { kind: "lost"; closing: LostClosing }
  | { kind: "referral"; source: string | null }
  | { kind: "vob"; vob: VobSave };

export type ChangeOutcome = "saved" | "conflict" | "not-found" | "not-allowed";

type Current = TrackedValues & { values_json: string; kind: string; version: number };
/** Who made a change, for the record an undo or a correction works from. */
export type ChangeBy = { id: string; name: string };
const RECORDED = new Set<RequestChange["kind"]>(["status", "attempt", "lost"]);
type Patch = (eb: ExpressionBuilder<Database, "leads">) => UpdateObject<Database, "leads">;

class LostRace extends Error {}

/** The one writer of a request's status and work, in one transaction with what goes with it. */
export async function changeRequest(
  reference: string,
  version: number,
  change: RequestChange,
  now = Date.now(),
  by?: ChangeBy,
): Promise<ChangeOutcome> {
  const { db } = await database();
  return db
    .transaction()
    .execute(async (trx): Promise<ChangeOutcome> => {
      const lead = await trx
        .selectFrom("leads")
        .select(["values_json", "kind", "version", ...TRACKED_COLUMNS])
        .where("reference", "=", reference)
        .executeTakeFirst();
      if (!lead) return "not-found";
      if (lead.version !== version) return "conflict";
      const made: { attemptId?: number } = {};
      const patch = await patchFor(trx, reference, lead, change, now, made);
      if (patch === "not-allowed") return "not-allowed";
      const recorded = by && RECORDED.has(change.kind);
      // Another status over one's own within the window replaces it: the stamps it made go.
      const earlier = recorded && change.kind === "status" ? await latestChange(trx, reference) : undefined;
      const replaces =
        earlier?.kind === "status" &&
        earlier.staffId === by?.id &&
        earlier.undoneAt === undefined &&
        earlier.version === version &&
        withinWindow(earlier.at, now)
          ? earlier
          : undefined;
      const cleared = replaces && change.kind === "status" ? replacedStamps(replaces.before, lead, change.status) : {};
      await writeAtVersion(trx, reference, version, now, (eb) => ({ ...patch(eb), ...cleared }));
      if (recorded && by) {
        const after = await trx
          .selectFrom("leads")
          .select("status")
          .where("reference", "=", reference)
          .executeTakeFirstOrThrow();
        await recordChange(trx, {
          reference,
          at: now,
          staffId: by.id,
          staffName: by.name,
          kind: change.kind as "status" | "attempt" | "lost",
          fromStatus: lead.status,
          toStatus: after.status,
          version: version + 1,
          before: trackedValues(lead),
          attemptId: made.attemptId,
          replacesId: replaces?.id,
        });
      }
      return "saved";
    })
    .catch((error: unknown) => {
      if (error instanceof LostRace) return "conflict" as const;
      throw error;
    });
}

/**
 * Writes a request's new values only while it is still at `version`, and moves it on by one.
 * A colleague's change committed between the read and this write (PostgreSQL's READ
 * COMMITTED) throws LostRace, which the caller answers as a conflict.
 */
async function writeAtVersion(trx: Executor, reference: string, version: number, now: number, values: Patch): Promise<void> {
  const updated = await trx
    .updateTable("leads")
    .set(values)
    .set({ updated_at: now, version: version + 1 })
    .where("reference", "=", reference)
    .where("version", "=", version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new LostRace();
}

/** The stage stamps a status fills if still empty, and the first action that speed to lead measures. */
function reached(status: RequestStatus, now: number): Patch {
  return (eb) => ({
    first_action_at: eb.fn.coalesce("first_action_at", eb.val(now)),
    ...Object.fromEntries(stagesReachedBy(status).map((column) => [column, eb.fn.coalesce(column, eb.val(now))])),
  });
}

async function patchFor(
  trx: Executor,
  reference: string,
  lead: Current,
  change: RequestChange,
  now: number,
  made: { attemptId?: number },
): Promise<Patch | "not-allowed"> {
  switch (change.kind) {
    case "status": {
      const { status } = change;
      // Reopening a lost request takes back its reason; a decision ends any follow-up.
      return (eb) => ({
        status,
        ...reached(status, now)(eb),
        lost_at: null,
        lost_reason: null,
        lost_detail: null,
        referred_partner: null,
        referred_to: null,
        ...(status === "admitted" ? { follow_up_at: null } : {}),
      });
    }
    case "attempt": {
      const consent = contactConsent(lead.kind, JSON.parse(lead.values_json) as Parameters<typeof contactConsent>[1]);
      if (!allowedOutcomes(consent).includes(change.outcome)) return "not-allowed";
      made.attemptId = await insertAttempt(trx, {
        reference,
        at: now,
        staffId: change.by.id,
        staffName: change.by.name,
        outcome: change.outcome,
      });
      const status = statusAfterAttempt(isRequestStatus(lead.status) ? lead.status : "new", change.outcome);
      // An attempt completes a pending follow-up; a reach reopens a lost request and takes back its reason.
      const reopened = lead.status === "lost" && status !== "lost";
      return (eb) => ({
        status,
        follow_up_at: null,
        ...reached(status, now)(eb),
        ...(reopened
          ? { lost_at: null, lost_reason: null, lost_detail: null, referred_partner: null, referred_to: null }
          : {}),
      });
    }
    case "lost": {
      const { closing } = change;
      return () => ({
        status: "lost",
        lost_at: now,
        lost_reason: closing.reason,
        referred_partner: closing.partner ?? null,
        referred_to: closing.referredTo ?? null,
        lost_detail: closing.detail ?? null,
        follow_up_at: null,
      });
    }
    case "vob":
      if (lead.kind !== "insurance-check") return "not-allowed";
      await saveVob(trx, reference, change.vob);
      return () => ({});
    case "holder": {
      const { holderId } = change;
      return (eb) => ({
        holder_id: holderId,
        ...(holderId ? { owner_id: eb.fn.coalesce("owner_id", eb.val(holderId)) } : {}),
      });
    }
    case "owner":
      return () => ({ owner_id: change.ownerId, owner_notice_at: change.ownerId && change.notify ? now : null });
    case "follow-up":
      return () => ({ follow_up_at: change.at });
    case "referral":
      return () => ({ referral_source: change.source });
  }
}

/** A departing colleague's requests go back to nobody (owned or being called), in the transaction that removes them. */
export async function releaseHeldBy(trx: Executor, userId: string, now = Date.now()): Promise<void> {
  await trx.updateTable("leads").set({ holder_id: null, updated_at: now }).where("holder_id", "=", userId).execute();
  await trx
    .updateTable("leads")
    .set({ owner_id: null, owner_notice_at: null, updated_at: now })
    .where("owner_id", "=", userId)
    .execute();
}

/**
 * Takes the assignee's notice that was due at `dueAt` for one send, in one statement so two
 * servers never both send: it is next due `retryAt`, which the send clears (ownerNoticeSent) or,
 * if the server dies or the mail server is down, leaves for a later pass.
 */
export async function claimOwnerNotice(reference: string, dueAt: number, retryAt: number): Promise<boolean> {
  const { db } = await database();
  const claimed = await db
    .updateTable("leads")
    .set({ owner_notice_at: retryAt })
    .where("reference", "=", reference)
    .where("owner_notice_at", "=", dueAt)
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}

/** The notice claimed for `claimedAt` went; a newer assignment meanwhile keeps its own. */
export async function ownerNoticeSent(reference: string, claimedAt: number): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("leads")
    .set({ owner_notice_at: null })
    .where("reference", "=", reference)
    .where("owner_notice_at", "=", claimedAt)
    .execute();
}

/** Marks the on-call notice as going out, in one statement so two servers never both send; false if it no longer applies. */
export async function markEscalated(reference: string, now: number): Promise<boolean> {
  const { db } = await database();
  const claimed = await db
    .updateTable("leads")
    .set({ escalated_at: now, updated_at: now })
    .where("reference", "=", reference)
    .where("escalated_at", "is", null)
    .where("status", "=", "new")
    .where("holder_id", "is", null)
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}

/** The notice failed to send: the next pass tries again. */
export async function unmarkEscalated(reference: string, now = Date.now()): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("leads")
    .set({ escalated_at: null, updated_at: now })
    .where("reference", "=", reference)
    .execute();
}

export type UndoOutcome =
  { outcome: "undone"; change: RecordedChange } | { outcome: "nothing" | "expired" | "changed" | "not-found" };

/**
 * Takes back the person's own latest change (a status, an attempt, closing as lost) within the
 * window, if the request is still at the version it produced: the overwritten values come back
 * (so stamps it set are removed and earlier ones stay) and an attempt it added is removed.
 * "changed" when anyone has changed the request since; nothing is undone then.
 */
export async function undoChange(reference: string, byId: string, now = Date.now()): Promise<UndoOutcome> {
  const { db } = await database();
  return db
    .transaction()
    .execute(async (trx): Promise<UndoOutcome> => {
      const lead = await trx
        .selectFrom("leads")
        .select("version")
        .where("reference", "=", reference)
        .executeTakeFirst();
      if (!lead) return { outcome: "not-found" };
      const last = await latestChange(trx, reference);
      if (!last || last.kind === "correction" || last.undoneAt !== undefined) return { outcome: "nothing" };
      if (last.staffId !== byId || last.version !== lead.version) return { outcome: "changed" };
      if (!withinWindow(last.at, now)) return { outcome: "expired" };
      await writeAtVersion(trx, reference, last.version, now, () => ({ ...last.before }));
      if (last.attemptId !== undefined) await deleteAttempt(trx, last.attemptId);
      await markUndone(trx, last.id, now);
      return { outcome: "undone", change: last };
    })
    .catch((error: unknown) => {
      if (error instanceof LostRace) return { outcome: "changed" as const };
      throw error;
    });
}

/**
 * A manager's correction after the window: the stage the request really reached. Stamps beyond
 * it are cleared (and a status beyond it comes back to it); recorded with who, when and why.
 * "not-allowed" when the request never got past that stage.
 */
export async function correctRecord(
  reference: string,
  version: number,
  stage: Stage,
  reason: string,
  by: ChangeBy,
  now = Date.now(),
): Promise<ChangeOutcome> {
  const { db } = await database();
  return db
    .transaction()
    .execute(async (trx): Promise<ChangeOutcome> => {
      const lead = await trx
        .selectFrom("leads")
        .select(["version", ...TRACKED_COLUMNS])
        .where("reference", "=", reference)
        .executeTakeFirst();
      if (!lead) return "not-found";
      if (lead.version !== version) return "conflict";
      const correction = correctedStages(lead, stage);
      if (!correction) return "not-allowed";
      await writeAtVersion(trx, reference, version, now, () => correction.values);
      await recordChange(trx, {
        reference,
        at: now,
        staffId: by.id,
        staffName: by.name,
        kind: "correction",
        fromStatus: correction.from,
        toStatus: stage,
        version: version + 1,
        before: trackedValues(lead),
        reason,
      });
      return "saved";
    })
    .catch((error: unknown) => {
      if (error instanceof LostRace) return "conflict" as const;
      throw error;
    });
}
