import "server-only";
import type { Selectable } from "kysely";
import { database, type Executor } from "@/lib/db/connection";
import type { RequestChangesTable } from "@/lib/db/schema";
import { CHANGE_KINDS, type ChangeKind, type TrackedValues } from "@/lib/staff/pipeline/undo";

/**
 * The `request_changes` table: each change that moved a request (lib/staff/pipeline/undo.ts),
 * written and undone only inside the request's own versioned change (lib/leads/work-store.ts),
 * and read for the request page's history.
 */
export type RecordedChange = {
  id: number;
  at: number;
  staffId: string;
  staffName: string;
  kind: ChangeKind;
  fromStatus: string;
  toStatus: string;
  version: number;
  before: TrackedValues;
  attemptId?: number;
  replacesId?: number;
  reason?: string;
  undoneAt?: number;
};

type Row = Selectable<RequestChangesTable>;

function toChange(row: Row): RecordedChange {
  return {
    id: Number(row.id),
    at: Number(row.at),
    staffId: row.staff_id,
    staffName: row.staff_name,
    kind: (CHANGE_KINDS as readonly string[]).includes(row.kind) ? (row.kind as ChangeKind) : "status",
    fromStatus: row.from_status,
    toStatus: row.to_status,
    version: Number(row.version),
    before: JSON.parse(row.before_json) as TrackedValues,
    attemptId: row.attempt_id === null ? undefined : Number(row.attempt_id),
    replacesId: row.replaces_id === null ? undefined : Number(row.replaces_id),
    reason: row.reason ?? undefined,
    undoneAt: row.undone_at === null ? undefined : Number(row.undone_at),
  };
}

export async function recordChange(
  trx: Executor,
  change: Omit<RecordedChange, "id" | "undoneAt"> & { reference: string },
): Promise<void> {
  await trx
    .insertInto("request_changes")
    .values({
      reference: change.reference,
      at: change.at,
      staff_id: change.staffId,
      staff_name: change.staffName,
      kind: change.kind,
      from_status: change.fromStatus,
      to_status: change.toStatus,
      version: change.version,
      before_json: JSON.stringify(change.before),
      attempt_id: change.attemptId ?? null,
      replaces_id: change.replacesId ?? null,
      reason: change.reason ?? null,
    })
    .execute();
}

/** The request's latest recorded change, if any, read in the transaction that may undo or replace it. */
export async function latestChange(trx: Executor, reference: string): Promise<RecordedChange | undefined> {
  const row = await trx
    .selectFrom("request_changes")
    .selectAll()
    .where("reference", "=", reference)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && toChange(row);
}

export async function markUndone(trx: Executor, id: number, at: number): Promise<void> {
  await trx.updateTable("request_changes").set({ undone_at: at }).where("id", "=", id).execute();
}

/** Every recorded change to a request, oldest first, for its history. */
export async function changesOf(reference: string): Promise<RecordedChange[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("request_changes")
    .selectAll()
    .where("reference", "=", reference)
    .orderBy("id")
    .execute();
  return rows.map(toChange);
}
