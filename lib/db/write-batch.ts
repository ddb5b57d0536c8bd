import "server-only";
import type { Kysely, Transaction } from "kysely";
import { database } from "@/lib/db/connection";
import type { Database } from "@/lib/db/schema";

/**
 * Writes that must be durable before anyone is told they happened (a lead, the rate-limit count
 * in front of it, "sent" after the mail server's 250). On PostgreSQL each is a transaction of
 * its own. On SQLite every commit waits for an fsync (synchronous=FULL) and the file has one
 * writer: a burst of 100 posts made some 300 commits one after another, each holding the write
 * lock through its fsync, while the rest queued for it. Here writes that arrive while a commit
 * is under way are gathered and committed together (group commit): each runs in a savepoint
 * of one transaction, so one that throws is undone alone, and each caller hears back only once
 * the commit that holds its write has returned. Same durability, one fsync per batch.
 *
 * `work` must use only the transaction it is given: the batch holds this thread's connection.
 */
type WriteWork<T> = (trx: Transaction<Database>) => Promise<T>;

type Pending = { work: WriteWork<unknown>; settle: (outcome: Outcome) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** A batch's savepoints run one after another; past this many the rest wait for the next commit. */
const MAX_BATCH = 64;
const SAVEPOINT = "write_unit";

const queue: Pending[] = [];
let draining = false;

export async function writeTransaction<T>(work: WriteWork<T>): Promise<T> {
  const { db, engine } = await database();
  if (engine.kind === "postgres") return db.transaction().execute(work);
  const outcome = await new Promise<Outcome>((settle) => {
    queue.push({ work, settle });
    if (!draining) void drain(db, engine.client);
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.value as T;
}

async function drain(db: Kysely<Database>, client: { inTransaction: boolean }): Promise<void> {
  draining = true;
  try {
    while (queue.length) {
      // One turn of the event loop first: requests whose answers arrived meanwhile get to add
      // their writes (a commit's fsync blocks this thread, so none can join while it runs).
      await new Promise((resolve) => setImmediate(resolve));
      await commitBatch(db, client, queue.splice(0, MAX_BATCH));
    }
  } finally {
    draining = false;
  }
}

async function commitBatch(db: Kysely<Database>, client: { inTransaction: boolean }, batch: Pending[]): Promise<void> {
  const outcomes: Outcome[] = [];
  try {
    const trx = await db.startTransaction().execute();
    try {
      for (const { work } of batch) {
        const unit = await trx.savepoint(SAVEPOINT).execute();
        try {
          outcomes.push({ ok: true, value: await work(unit) });
        } catch (error) {
          outcomes.push({ ok: false, error });
          // Some errors (disk full, I/O) make SQLite end the whole transaction: nothing more can join it.
          if (!client.inTransaction) throw error;
          await unit.rollbackToSavepoint(SAVEPOINT).execute();
        }
        await unit.releaseSavepoint(SAVEPOINT).execute();
      }
      await trx.commit().execute();
    } catch (error) {
      // Also when SQLite has already ended it: Kysely hands the connection back only here.
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      throw error;
    }
  } catch (error) {
    // Nothing of this batch was committed: every write in it failed, whatever its own work said.
    for (const pending of batch) pending.settle({ ok: false, error });
    return;
  }
  batch.forEach((pending, i) => pending.settle(outcomes[i]));
}
