import "server-only";
import path from "node:path";
import type { Env } from "@/lib/env";
import { tryLock } from "@/lib/leads/lock";
import { logLead } from "@/lib/leads/log";
import { sendMessage } from "@/lib/leads/mailer";
import { buildLeadMessage } from "@/lib/leads/message";
import { runtime } from "@/lib/leads/runtime";
import { leadDir, readDelivery, readLead, writeDelivery } from "@/lib/leads/store";
import type { FailureCategory } from "@/lib/leads/types";

/**
 * One delivery attempt for one lead. A lead is marked sent (durably) right after the mail
 * server accepts it; a lock file keeps two processes from sending it at once, and the
 * process-wide in-flight set does the same for overlapping passes. Failures back off from
 * 15 s, doubling, to a 10-minute cap, and are retried forever.
 */
const FIRST_RETRY_MS = 15_000;
export const MAX_RETRY_MS = 10 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export type LeadOutcome =
  | { reference: string; outcome: "sent" | "already-sent" | "busy" | "not-found" }
  | { reference: string; outcome: "waiting"; nextAttemptAt: Date }
  | { reference: string; outcome: "failed"; category: FailureCategory; attempts: number; nextAttemptAt: Date };

/** Undefined when this process already knows the lead was sent. */
export async function deliverOne(
  env: Env,
  reference: string,
  now: Date,
  force: boolean,
): Promise<LeadOutcome | undefined> {
  const rt = runtime();
  const key = leadDir(env.DATA_DIR, reference);
  if (rt.sent.has(key)) return undefined;
  if (rt.inFlight.has(key)) return { reference, outcome: "busy" };
  rt.inFlight.add(key);
  try {
    const release = await tryLock(path.join(key, "delivery.lock"));
    if (!release) return { reference, outcome: "busy" };
    try {
      return await attempt(env, reference, now, force);
    } finally {
      await release();
    }
  } finally {
    rt.inFlight.delete(key);
  }
}

/** Runs under the lead's lock; re-reads its state, since another process may just have sent it. */
async function attempt(env: Env, reference: string, now: Date, force: boolean): Promise<LeadOutcome> {
  const rt = runtime();
  const key = leadDir(env.DATA_DIR, reference);
  const state = await readDelivery(env.DATA_DIR, reference);
  if (state.status === "sent") {
    rt.sent.add(key);
    return { reference, outcome: "already-sent" };
  }
  if (!force && state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now.getTime()) {
    return { reference, outcome: "waiting", nextAttemptAt: new Date(state.nextAttemptAt) };
  }
  // A directory without lead.json is a store that was interrupted before the visitor was told.
  const lead = await readLead(env.DATA_DIR, reference);
  if (!lead) return { reference, outcome: "not-found" };

  const result = await sendMessage(await buildLeadMessage(lead, env), reference, env);
  const attempts = state.attempts + 1;
  const lastAttemptAt = now.toISOString();
  if (result.ok) {
    rt.sent.add(key);
    try {
      await writeDelivery(env.DATA_DIR, reference, { status: "sent", attempts, lastAttemptAt, sentAt: lastAttemptAt });
    } catch {
      logLead(reference, { event: "sent-not-recorded" });
    }
    logLead(reference, { event: "sent" });
    return { reference, outcome: "sent" };
  }
  const retryInMs = retryDelayMs(attempts);
  const nextAttemptAt = new Date(now.getTime() + retryInMs);
  await writeDelivery(env.DATA_DIR, reference, {
    status: "pending",
    attempts,
    lastAttemptAt,
    lastError: result.category,
    nextAttemptAt: nextAttemptAt.toISOString(),
  });
  logLead(reference, { event: "send-failed", category: result.category, retryInMs });
  return { reference, outcome: "failed", category: result.category, attempts, nextAttemptAt };
}
