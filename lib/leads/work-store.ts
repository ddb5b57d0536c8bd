import "server-only";
import type { ExpressionBuilder, UpdateObject } from "kysely";
import { database, type Executor } from "@/lib/db/connection";
import type { Database } from "@/lib/db/schema";
import { insertAttempt } from "@/lib/staff/data/call-attempts";
import { saveVob, type VobSave } from "@/lib/staff/data/vob";
import { allowedOutcomes, contactConsent, statusAfterAttempt, type AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import type { LostClosing } from "@/lib/staff/pipeline/lost";
import { stagesReachedBy } from "@/lib/staff/pipeline/stages";
import { isRequestStatus, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * The one writer of admissions' side of the `leads` table. `changeRequest` writes a request's
 * status and work, whatever the path (a status button, a call attempt, closing as lost,
 * reopening, a follow-up, calling, an assignment, a referral source, a VOB), with the one version
 * check:
 * a change names the version it was made against, and a colleague's change since then makes it
 * a conflict that writes nothing. A call attempt or a VOB is written in the same transaction.
 * Besides it, only the on-call notice's mark, the assignee's notice and a departing colleague's
 * release touch these columns. Reads are in lib/leads/work-reads.ts; the visitor's side is
 * lib/leads/store.ts.
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

type Current = { status: string; values_json: string; kind: string };
type Patch = (eb: ExpressionBuilder<Database, "leads">) => UpdateObject<Database, "leads">;

class LostRace extends Error {}

/** The one writer of a request's status and work, in one transaction with what goes with it. */
export async function changeRequest(
  reference: string,
  version: number,
  change: RequestChange,
  now = Date.now(),
): Promise<ChangeOutcome> {
  const { db } = await database();
  return db
    .transaction()
    .execute(async (trx): Promise<ChangeOutcome> => {
      const lead = await trx
        .selectFrom("leads")
        .select(["status", "values_json", "kind", "version"])
        .where("reference", "=", reference)
        .executeTakeFirst();
      if (!lead) return "not-found";
      if (lead.version !== version) return "conflict";
      const patch = await patchFor(trx, reference, lead, change, now);
      if (patch === "not-allowed") return "not-allowed";
      const updated = await trx
        .updateTable("leads")
        .set(patch)
        .set((eb) => ({ updated_at: now, version: eb("version", "+", 1) }))
        .where("reference", "=", reference)
        .where("version", "=", version)
        .executeTakeFirst();
      // A colleague's change committed between our read and this write (PostgreSQL's READ COMMITTED).
      if (updated.numUpdatedRows === 0n) throw new LostRace();
      return "saved";
    })
    .catch((error: unknown) => {
      if (error instanceof LostRace) return "conflict" as const;
      throw error;
    });
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
      await insertAttempt(trx, {
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
