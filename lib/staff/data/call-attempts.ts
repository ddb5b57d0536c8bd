import "server-only";
import { database, type Executor } from "@/lib/db/connection";
import type { AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";

/**
 * The `call_attempts` table: one row per call attempt, who and when. A row is only ever added
 * (or, by an undo, removed) inside the request's own versioned change (lib/leads/work-store.ts),
 * so an attempt and the status it moves the request to commit together.
 */
export type AttemptView = { at: number; staffName: string; outcome: AttemptOutcome };
export type AttemptSummary = { count: number; lastAt: number };

/** The new row's id, so the change that added it can take it back (an undo). */
export async function insertAttempt(
  trx: Executor,
  attempt: { reference: string; at: number; staffId: string; staffName: string; outcome: AttemptOutcome },
): Promise<number> {
  const row = await trx
    .insertInto("call_attempts")
    .values({
      reference: attempt.reference,
      at: attempt.at,
      staff_id: attempt.staffId,
      staff_name: attempt.staffName,
      outcome: attempt.outcome,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** An undone attempt: it did not happen. */
export async function deleteAttempt(trx: Executor, id: number): Promise<void> {
  await trx.deleteFrom("call_attempts").where("id", "=", id).execute();
}

export async function attemptsOf(reference: string): Promise<AttemptView[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("call_attempts")
    .selectAll()
    .where("reference", "=", reference)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((a) => ({ at: a.at, staffName: a.staff_name, outcome: a.outcome as AttemptOutcome }));
}

/** Bound parameters per query, well under SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/** How many attempts each request has had and when the last was (requests with none are absent). */
export async function attemptSummaries(references: readonly string[]): Promise<Map<string, AttemptSummary>> {
  const summaries = new Map<string, AttemptSummary>();
  const { db } = await database();
  for (let i = 0; i < references.length; i += CHUNK) {
    const rows = await db
      .selectFrom("call_attempts")
      .select((eb) => ["reference", eb.fn.countAll<number>().as("count"), eb.fn.max("at").as("last_at")])
      .where("reference", "in", references.slice(i, i + CHUNK))
      .groupBy("reference")
      .execute();
    for (const row of rows) summaries.set(row.reference, { count: Number(row.count), lastAt: Number(row.last_at) });
  }
  return summaries;
}
