import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Worker } from "node:worker_threads";
import { center } from "@/lib/center/schema";
import { getEnv, type Env } from "@/lib/env";
import { requestEligibilityPass, startEligibilityChecks, stopEligibilityChecks } from "@/lib/eligibility/worker";
import type { LeadLimit } from "@/lib/leads/guard";
import { errorCode, logLead, logPipeline } from "@/lib/leads/log";
import { closeMailer, mailDirectory, removeMailCopies, sendMessage } from "@/lib/leads/mailer";
import { escalateUnclaimed } from "@/lib/staff/requests/escalation";
import { sendOwnerNotices } from "@/lib/staff/requests/owner-notice";
import { attachedBytes, buildAlertMessage, buildLeadMessage } from "@/lib/leads/message";
import {
  claimDueLeads,
  storeLead,
  markFailed,
  markSent,
  nextDueAt,
  type Limited,
  photoBytes,
  purgeBefore,
  renewLease,
  takeOverdueForAlert,
  type LeadRecord,
} from "@/lib/leads/store";
import type { FailureCategory, LeadInput } from "@/lib/leads/types";

/**
 * Delivery: every server claims due leads with a lease in the database (LEAD_LEASE_SECONDS,
 * renewed while the send runs, so a dead server's lead is free again soon), sends each over
 * one pooled SMTP connection, and marks it sent only once the server accepted it. A failure
 * backs off from LEAD_RETRY_FIRST_SECONDS, doubling, to 10 minutes, forever; a lead still
 * unsent after 15 minutes raises an alert. The loop here is only a timer: everything it
 * decides on is in the database, so any number of processes can run it.
 *
 * A server runs the loop on a worker thread of its own (startLeadDelivery({ thread: true }),
 * lib/leads/delivery-thread.ts), with its own database and SMTP connections. On the server's
 * main event loop every SMTP round trip waited behind the form posts of a burst, and the
 * burst's emails went out only after it (CPU profiles: `BENCH_CPU_PROF`, see bench/run.ts).
 */
const MAX_RETRY_MS = 10 * 60_000;
export const ALERT_AFTER_MS = 15 * 60_000;
/** How often to look for leases abandoned by a dead server and for other servers' retries. */
const IDLE_LOOK_MS = 30_000;
const PURGE_EVERY_MS = 24 * 3_600_000;
/** Leads claimed per statement: a burst is sent without a claim per email. */
const CLAIM_BATCH = 10;

/** Unique per process, across hosts: who holds a lease. */
const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

function retryDelayMs(attempts: number, env: Env = getEnv()): number {
  return Math.min(env.LEAD_RETRY_FIRST_SECONDS * 1000 * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

const leaseMs = (env: Env) => env.LEAD_LEASE_SECONDS * 1000;

export type LeadOutcome =
  | { reference: string; outcome: "sent"; photosOmitted: boolean }
  | { reference: string; outcome: "failed"; category: FailureCategory; attempts: number; nextAttemptAt: Date };

export type PassOptions = {
  /** The clock (tests move it forward instead of sleeping). */
  now?: Date;
};

const loop: { started: boolean; timer?: NodeJS.Timeout; running?: Promise<LeadOutcome[]>; again: boolean; purgedAt: number } = {
  started: false,
  again: false,
  purgedAt: 0,
};

/**
 * The delivery thread, if this process runs one. Kept on globalThis: Next.js bundles the
 * start-up code and the Server Actions separately, each with its own copy of this module.
 */
const threadKey = Symbol.for("iop-site.lead-delivery-thread");
const holder = globalThis as { [threadKey]?: Worker };

/**
 * Idempotent: delivers whatever an earlier run left unsent, then keeps looking on a timer.
 * `thread`: on a worker thread of its own (a server); without it, on this event loop (the
 * operator command, tests, and a server whose thread stopped).
 */
export function startLeadDelivery(options: { thread?: boolean } = {}): void {
  if (loop.started || holder[threadKey]) return;
  if (options.thread) {
    startThread();
    return;
  }
  loop.started = true;
  // The eligibility queue is drained wherever leads are delivered (lib/eligibility/worker.ts).
  startEligibilityChecks();
  const env = getEnv();
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const tls = url.protocol === "smtps:" ? "implicit" : env.smtpIsLocal ? "none (local)" : "starttls";
    logPipeline({ event: "mail-over-smtp", host: url.hostname, port: Number(url.port) || (tls === "implicit" ? 465 : 587), tls });
  } else {
    logPipeline({ event: "mail-to-files", directory: mailDirectory(env) });
  }
  requestDelivery();
}

function startThread(): void {
  // Nothing is lost with the thread (every lead waits in the database): deliver from here.
  const deliverHere = (code: string) => {
    logPipeline({ event: "delivery-thread-stopped", code });
    startLeadDelivery();
  };
  let thread: Worker;
  try {
    thread = new Worker(new URL("./delivery-thread.ts", import.meta.url));
  } catch (error) {
    deliverHere(errorCode(error));
    return;
  }
  holder[threadKey] = thread;
  const stopped = (code: string) => {
    if (holder[threadKey] !== thread) return;
    holder[threadKey] = undefined;
    deliverHere(code);
  };
  thread.on("error", (error: unknown) => stopped(errorCode(error)));
  thread.on("exit", (code) => stopped(`EXIT_${code}`));
  // Its timers and connections must not keep a stopping server alive.
  thread.unref();
}

// Kept out of lib/leads/submit.ts (which needs Next's request APIs) so the operator command
// and the fault tests' worker processes receive leads the same way the site does.
export type ReceivedLead =
  | { outcome: "stored" | "duplicate"; reference: string; receivedAt: Date }
  | { outcome: "token-used" };

/**
 * Stores a lead durably and only then resolves; delivery starts in the background. Throws
 * if the lead could not be stored, so the visitor is never told "received" for a lead that
 * isn't in the database.
 */
export function receiveLead(input: LeadInput, options?: { now?: Date }): Promise<ReceivedLead>;
export function receiveLead(input: LeadInput, options: { now?: Date; limit: LeadLimit }): Promise<ReceivedLead | Limited>;
export async function receiveLead(
  input: LeadInput,
  options: { now?: Date; limit?: LeadLimit } = {},
): Promise<ReceivedLead | Limited> {
  const now = options.now ?? new Date();
  const result = await storeLead(input, now, options.limit).catch((error: unknown) => {
    logLead("", { event: "store-failed", code: errorCode(error) });
    throw new Error("The lead could not be stored", { cause: error });
  });
  if (result.outcome === "token-used") {
    logPipeline({ event: "token-reused", form: input.kind });
    return result;
  }
  if (result.outcome === "limited") return result;
  logLead(result.reference, { event: result.outcome === "stored" ? "stored" : "duplicate" });
  startLeadDelivery();
  requestDelivery();
  requestEligibilityPass();
  return result;
}

/** Graceful shutdown and tests: no more timers; waits for a pass under way, here or on the thread. */
export async function stopLeadDelivery(): Promise<void> {
  const thread = holder[threadKey];
  if (thread) {
    holder[threadKey] = undefined;
    const exited = new Promise((done) => thread.once("exit", done));
    thread.postMessage("stop");
    await exited;
  }
  loop.started = false;
  loop.again = false;
  clearTimeout(loop.timer);
  await Promise.all([loop.running, stopEligibilityChecks()]);
  closeMailer();
}

/** An eligibility pass soon (staff asked to check again), wherever this server drains the queue. */
export function requestEligibilityChecks(): void {
  const thread = holder[threadKey];
  // The thread's one message runs a delivery pass and a check pass, both cheap when nothing is due.
  if (thread) thread.postMessage("deliver");
  else requestEligibilityPass();
}

/** A pass soon, without waiting for it; folded into the pass under way if there is one. */
export function requestDelivery(): void {
  const thread = holder[threadKey];
  if (thread) {
    thread.postMessage("deliver");
    return;
  }
  if (loop.running) {
    loop.again = true;
    return;
  }
  loop.running = deliverDue()
    .catch((error: unknown) => {
      logPipeline({ event: "pass-failed", code: errorCode(error) });
      return [];
    })
    .finally(() => {
      loop.running = undefined;
      if (loop.again) {
        loop.again = false;
        requestDelivery();
      } else {
        void scheduleNext();
      }
    });
}

async function scheduleNext(): Promise<void> {
  clearTimeout(loop.timer);
  if (!loop.started) return;
  const due = await nextDueAt().catch(() => undefined);
  // A lead already due (a claim that lost a race on PostgreSQL comes back empty) is looked at again at once.
  const delay = due ? Math.min(Math.max(due.getTime() - Date.now(), 50), IDLE_LOOK_MS) : IDLE_LOOK_MS;
  // unref: a pending look must never keep a CLI or test process alive.
  loop.timer = setTimeout(requestDelivery, delay).unref();
}

/** One pass: sends every lead that is due and free, oldest first; raises alerts; sends the on-call and assignees' notices; purges daily. */
export async function deliverDue(options: PassOptions = {}): Promise<LeadOutcome[]> {
  const env = getEnv();
  const outcomes: LeadOutcome[] = [];
  for (;;) {
    const now = options.now ?? new Date();
    const leads = await claimDueLeads(owner, now, leaseMs(env), CLAIM_BATCH);
    if (!leads.length) break;
    // One at a time, each marked sent before the next goes out: a server killed mid-send
    // leaves at most one email that the mail server has and the database does not know of.
    // Handing a whole batch to the pooled connection at once let the next emails go out
    // while earlier "sent" marks waited for the write lock, and a kill sent two emails twice.
    for (const lead of leads) outcomes.push(await attempt(lead, env, now));
  }
  const now = options.now ?? new Date();
  await raiseAlerts(env, now);
  await escalateUnclaimed(env, now);
  await sendOwnerNotices(env, now);
  if (now.getTime() - loop.purgedAt >= PURGE_EVERY_MS) {
    loop.purgedAt = now.getTime();
    await purgeExpired(env, now);
  }
  return outcomes;
}

async function attempt(lead: LeadRecord, env: Env, now: Date): Promise<LeadOutcome> {
  const { reference } = lead;
  const renewing = setInterval(() => {
    void renewLease(reference, owner, new Date(Date.now() + leaseMs(env))).catch(() => undefined);
  }, leaseMs(env) / 3).unref();
  try {
    const photos = lead.kind === "insurance-check" && env.LEAD_EMAIL_DETAIL === "full" ? await photoBytes(reference) : [];
    let omitted = photos.length > 0 && attachedBytes(photos) > env.MAIL_MAX_MB * 1024 * 1024;
    let result = await sendMessage(buildLeadMessage(lead, env, omitted ? { omitted } : { attach: photos }), reference, env);
    if (!result.ok && result.category === "too-large" && photos.length > 0 && !omitted) {
      omitted = true;
      result = await sendMessage(buildLeadMessage(lead, env, { omitted }), reference, env);
    }
    if (result.ok) {
      await recordSent(reference, now, omitted, env);
      logLead(reference, { event: "sent", photosOmitted: omitted });
      return { reference, outcome: "sent", photosOmitted: omitted };
    }
    const attempts = lead.delivery.attempts + 1;
    const retryInMs = retryDelayMs(attempts, env);
    const nextAttemptAt = new Date(now.getTime() + retryInMs);
    await markFailed(reference, owner, now, result.category, nextAttemptAt);
    logLead(reference, { event: "send-failed", category: result.category, retryInMs });
    return { reference, outcome: "failed", category: result.category, attempts, nextAttemptAt };
  } catch (error) {
    // Storage trouble mid-attempt: the lease runs out and this or another server tries again.
    logLead(reference, { event: "delivery-error", code: errorCode(error) });
    return { reference, outcome: "failed", category: "storage", attempts: lead.delivery.attempts, nextAttemptAt: new Date(now.getTime() + leaseMs(env)) };
  } finally {
    clearInterval(renewing);
  }
}

/**
 * The SMTP server has the email: recording that is all that keeps it from going twice, so a
 * database busy with another connection's write (SQLite, one writer at a time) is waited out
 * while the lease, renewed meanwhile, still holds.
 */
async function recordSent(reference: string, now: Date, photosOmitted: boolean, env: Env): Promise<void> {
  const giveUpAt = Date.now() + leaseMs(env);
  for (;;) {
    try {
      await markSent(reference, owner, now, photosOmitted);
      return;
    } catch (error) {
      if (!errorCode(error).startsWith("SQLITE_BUSY") || Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function raiseAlerts(env: Env, now: Date): Promise<void> {
  const overdue = await takeOverdueForAlert(new Date(now.getTime() - ALERT_AFTER_MS), now);
  for (const lead of overdue) {
    const minutes = Math.floor((now.getTime() - lead.receivedAt.getTime()) / 60_000);
    logLead(lead.reference, { event: "unsent-alert", minutes });
    if (env.ALERT_EMAIL) await sendMessage(buildAlertMessage(lead.reference, minutes, { ...env, ALERT_EMAIL: env.ALERT_EMAIL }), `alert-${lead.reference}`, env);
  }
}

/** Retention: leads, their photos, keys and email copies older than the center's period go. */
export async function purgeExpired(env: Env, now: Date): Promise<{ leads: string[]; mailFiles: number }> {
  const days = center.leadRetentionDays;
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const leads = await purgeBefore(cutoff, now);
  const mailFiles = await removeMailCopies(env, { olderThan: cutoff, references: leads });
  if (leads.length || mailFiles) logPipeline({ event: "purged", leads: leads.length, mailFiles, days });
  return { leads, mailFiles };
}
