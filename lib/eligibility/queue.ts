import "server-only";
import type { Kysely, Selectable } from "kysely";
import { center } from "@/lib/center/schema";
import { database } from "@/lib/db/connection";
import type { Database } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import type { Correction } from "@/lib/eligibility/subject";
import { CHECK_OUTCOMES, type CheckOutcome, type CheckResult } from "@/lib/eligibility/types";

/**
 * The eligibility check queue (table eligibility_checks): the one module that reads or writes
 * it. Claimed like a lead's delivery (lib/leads/store.ts, claimDueLeads): one statement picks
 * and leases due checks, FOR UPDATE SKIP LOCKED on PostgreSQL, so two servers never run one
 * check twice, and a dead server's lease runs out for another to take over.
 */
type Row = Selectable<Database["eligibility_checks"]>;

export type QueuedCheck = {
  id: number;
  reference: string;
  payerId: string;
  attempts: number;
  correction: Correction;
};

/** A check as staff and access requests see it, the clearinghouse's raw answer included. */
export type CheckRecord = {
  id: number;
  outcome: CheckOutcome;
  payerId: string;
  requestedAt: Date;
  completedAt?: Date;
  attempts: number;
  lastError?: string;
  traceNumber?: string;
  corrected: boolean;
  result?: CheckResult;
  rawAnswer?: string;
};

/** The payer ID of an accepted plan, when the center has one: without it the plan is verified by phone. */
function payerIdFor(carrier: string): string | undefined {
  return center.insurance.accepted.find((plan) => plan.id === carrier)?.payerId;
}

/** Whether this plan's benefits can be checked electronically here: a payer ID and a configured clearinghouse. */
export function checksElectronically(carrier: string): boolean {
  return Boolean(payerIdFor(carrier) && getEnv().eligibility);
}

/**
 * Queues the check of a just-stored insurance request, in the transaction that stores it, so
 * a request is never kept without its check nor checked without being kept. Nothing is queued
 * without a configured clearinghouse or for a plan without a payer ID.
 */
export async function enqueueForNewLead(
  trx: Kysely<Database>,
  reference: string,
  carrier: string,
  now: Date,
): Promise<void> {
  const payerId = payerIdFor(carrier);
  if (!payerId || !getEnv().eligibility) return;
  await trx
    .insertInto("eligibility_checks")
    .values({ reference, payer_id: payerId, requested_at: now.getTime(), next_attempt_at: now.getTime() })
    .execute();
}

/**
 * "Check again", after a coordinator corrected the member ID or date of birth: a new check,
 * or the pending one updated. False when the request has no plan to check electronically.
 */
export async function requestCheckAgain(
  reference: string,
  carrier: string,
  correction: Correction,
  now: Date,
): Promise<boolean> {
  const payerId = payerIdFor(carrier);
  if (!payerId || !getEnv().eligibility) return false;
  const { db } = await database();
  const corrected = { corrected_member_id: correction.memberId ?? null, corrected_dob: correction.dateOfBirth ?? null };
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("eligibility_checks")
      .set({ ...corrected, payer_id: payerId, next_attempt_at: now.getTime() })
      .where("reference", "=", reference)
      .where("outcome", "=", "pending")
      .where((w) => w.or([w("lease_until", "is", null), w("lease_until", "<", now.getTime())]))
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await trx
        .insertInto("eligibility_checks")
        .values({
          reference,
          payer_id: payerId,
          ...corrected,
          requested_at: now.getTime(),
          next_attempt_at: now.getTime(),
        })
        .execute();
    }
    return true;
  });
}

/** Leases up to `limit` of the oldest due checks in one statement (see claimDueLeads for why a CTE). */
export async function claimDueChecks(owner: string, now: Date, leaseMs: number, limit: number): Promise<QueuedCheck[]> {
  const { db, engine } = await database();
  const t = now.getTime();
  const claimed = await db
    .with("due", (qb) => {
      const due = qb
        .selectFrom("eligibility_checks")
        .select("id")
        .where("outcome", "=", "pending")
        .where("next_attempt_at", "<=", t)
        .where((w) => w.or([w("lease_until", "is", null), w("lease_until", "<", t)]))
        .orderBy("requested_at")
        .orderBy("id")
        .limit(limit);
      return engine.kind === "postgres" ? due.forUpdate().skipLocked() : due;
    })
    .updateTable("eligibility_checks")
    .from("due")
    .set({ lease_owner: owner, lease_until: t + leaseMs })
    .whereRef("eligibility_checks.id", "=", "due.id")
    .returning([
      "eligibility_checks.id",
      "eligibility_checks.reference",
      "eligibility_checks.payer_id",
      "eligibility_checks.attempts",
      "eligibility_checks.corrected_member_id",
      "eligibility_checks.corrected_dob",
    ])
    .execute();
  return claimed
    .map((row) => ({
      id: Number(row.id),
      reference: row.reference,
      payerId: row.payer_id,
      attempts: row.attempts,
      correction: { memberId: row.corrected_member_id ?? undefined, dateOfBirth: row.corrected_dob ?? undefined },
    }))
    .sort((a, b) => a.id - b.id);
}

export async function renewCheckLease(id: number, owner: string, until: Date): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("eligibility_checks")
    .set({ lease_until: until.getTime() })
    .where("id", "=", id)
    .where("lease_owner", "=", owner)
    .execute();
}

type Finished = {
  outcome: Exclude<CheckOutcome, "pending">;
  at: Date;
  error?: string;
  traceNumber?: string;
  result?: CheckResult;
  rawAnswer?: string;
};

/** The check ran to an end: an answer, a refusal, or a failure not worth retrying. Only the lease holder may write it. */
export async function finishCheck(id: number, owner: string, finished: Finished): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("eligibility_checks")
    .set((eb) => ({
      outcome: finished.outcome,
      attempts: eb("attempts", "+", 1),
      completed_at: finished.at.getTime(),
      last_error: finished.error ?? null,
      trace_number: finished.traceNumber ?? null,
      result_json: finished.result ? JSON.stringify(finished.result) : null,
      response_json: finished.rawAnswer ?? null,
      lease_owner: null,
      lease_until: null,
    }))
    .where("id", "=", id)
    .where("lease_owner", "=", owner)
    .execute();
}

/** Tried and failed for a reason that may pass: due again later. */
export async function retryCheckLater(id: number, owner: string, error: string, nextAttemptAt: Date): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("eligibility_checks")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      last_error: error,
      next_attempt_at: nextAttemptAt.getTime(),
      lease_owner: null,
      lease_until: null,
    }))
    .where("id", "=", id)
    .where("lease_owner", "=", owner)
    .execute();
}

/** Gives a claimed check back untouched (this server is stopping): due again at once, for any server. */
export async function releaseCheck(id: number, owner: string): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("eligibility_checks")
    .set({ lease_owner: null, lease_until: null })
    .where("id", "=", id)
    .where("lease_owner", "=", owner)
    .execute();
}

/** When the next pending check falls due, or a lease elsewhere runs out. */
export async function nextCheckDueAt(): Promise<Date | undefined> {
  const { db } = await database();
  const row = await db
    .selectFrom("eligibility_checks")
    .select((eb) => [eb.fn.min("next_attempt_at").as("due"), eb.fn.min("lease_until").as("lease")])
    .where("outcome", "=", "pending")
    .executeTakeFirst();
  const times = [row?.due, row?.lease].filter((v) => v !== null && v !== undefined).map(Number);
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/** Every check of one request, newest first. */
export async function checksFor(reference: string): Promise<CheckRecord[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("eligibility_checks")
    .selectAll()
    .where("reference", "=", reference)
    .orderBy("requested_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toRecord);
}

function toRecord(row: Row): CheckRecord {
  return {
    id: Number(row.id),
    outcome: outcomeOf(row.outcome),
    payerId: row.payer_id,
    requestedAt: new Date(Number(row.requested_at)),
    completedAt: row.completed_at === null ? undefined : new Date(Number(row.completed_at)),
    attempts: row.attempts,
    lastError: row.last_error ?? undefined,
    traceNumber: row.trace_number ?? undefined,
    corrected: row.corrected_member_id !== null || row.corrected_dob !== null,
    result: row.result_json ? (JSON.parse(row.result_json) as CheckResult) : undefined,
    rawAnswer: row.response_json ?? undefined,
  };
}

/**
 * The latest check of each of these requests, for the inbox's glance: its outcome, and when it
 * last changed (finished, or was asked for), so the inbox's poll can bring a row whose check
 * finished since its last answer.
 */
export async function latestChecks(references: string[]): Promise<Map<string, { outcome: CheckOutcome; changedAt: number }>> {
  const latest = new Map<string, { outcome: CheckOutcome; changedAt: number }>();
  if (!references.length) return latest;
  const { db } = await database();
  const rows = await db
    .selectFrom("eligibility_checks")
    .select(["reference", "outcome", "requested_at", "completed_at"])
    .where("reference", "in", references)
    .orderBy("requested_at", "desc")
    .orderBy("id", "desc")
    .execute();
  for (const row of rows) {
    if (latest.has(row.reference)) continue;
    latest.set(row.reference, {
      outcome: outcomeOf(row.outcome),
      changedAt: Number(row.completed_at ?? row.requested_at),
    });
  }
  return latest;
}

function outcomeOf(stored: string): CheckOutcome {
  return (CHECK_OUTCOMES as readonly string[]).includes(stored) ? (stored as CheckOutcome) : "failed";
}
