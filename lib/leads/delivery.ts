import "server-only";
import { getEnv } from "@/lib/env";
import { MAX_RETRY_MS, deliverOne, type LeadOutcome } from "@/lib/leads/attempt";
import { errorCode, logLead, logPipeline } from "@/lib/leads/log";
import { mailDirectory } from "@/lib/leads/mailer";
import { runtime } from "@/lib/leads/runtime";
import { listReferences } from "@/lib/leads/store";

/**
 * The delivery loop: passes over every unsent lead, one pass at a time per process, with a
 * timer for the next retry that is due. Started by instrumentation on server start and by
 * the first lead received, whichever comes first.
 */

/** How soon to look again at a lead another process is sending. */
const BUSY_RETRY_MS = 30_000;

export type { LeadOutcome };

export type PassOptions = {
  /** The clock for due times and records (tests move it forward instead of sleeping). */
  now?: Date;
  /** Ignore backoff: send every pending lead now (start-up, the CLI's `retry`). */
  force?: boolean;
  /** Only this lead. */
  reference?: string;
};

export type DeliveryReport = { outcomes: LeadOutcome[]; nextAttemptAt?: Date };

/** Idempotent. Delivers whatever an earlier run left unsent, then keeps retrying on timers. */
export function startLeadDelivery(): void {
  const rt = runtime();
  if (rt.started) return;
  const env = getEnv();
  rt.started = true;
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const tls = url.protocol === "smtps:" ? "implicit" : env.smtpIsLocal ? "none (local)" : "starttls";
    logPipeline({
      event: "mail-over-smtp",
      host: url.hostname,
      port: Number(url.port) || (tls === "implicit" ? 465 : 587),
      tls,
    });
  } else {
    logPipeline({ event: "mail-to-files", directory: mailDirectory(env) });
  }
  requestDelivery({ force: true });
}

/** Stops the timers (graceful shutdown, tests); waits for a pass under way to finish. */
export async function stopLeadDelivery(): Promise<void> {
  const rt = runtime();
  rt.started = false;
  rt.rerun = false;
  clearTimeout(rt.timer);
  while (rt.pass) await rt.pass;
}

/** Runs a pass soon without waiting for it; folds into the pass under way if there is one. */
export function requestDelivery(options: PassOptions = {}): void {
  const rt = runtime();
  if (rt.pass) rt.rerun = true;
  else void startPass(options);
}

/** Runs one pass now (after any pass under way) and reports what happened to each lead. */
export async function deliverPendingLeads(options: PassOptions = {}): Promise<DeliveryReport> {
  const rt = runtime();
  while (rt.pass) await rt.pass;
  return startPass(options);
}

function startPass(options: PassOptions): Promise<DeliveryReport> {
  const rt = runtime();
  const pass = runPass(options)
    .catch((error: unknown): DeliveryReport => {
      logPipeline({ event: "pass-failed", code: errorCode(error) });
      return { outcomes: [], nextAttemptAt: new Date(Date.now() + 60_000) };
    })
    .then((report) => {
      schedule(report);
      return report;
    })
    .finally(() => {
      rt.pass = undefined;
      if (rt.rerun) {
        rt.rerun = false;
        requestDelivery();
      }
    });
  rt.pass = pass;
  return pass;
}

function schedule(report: DeliveryReport): void {
  const rt = runtime();
  clearTimeout(rt.timer);
  if (!rt.started || !report.nextAttemptAt) return;
  const delay = Math.min(Math.max(report.nextAttemptAt.getTime() - Date.now(), 1_000), MAX_RETRY_MS);
  // unref: a pending retry must never keep a CLI or test process alive.
  rt.timer = setTimeout(() => requestDelivery(), delay).unref();
}

async function runPass(options: PassOptions): Promise<DeliveryReport> {
  const env = getEnv();
  const now = options.now ?? new Date();
  const references = options.reference ? [options.reference] : await listReferences(env.DATA_DIR);
  const outcomes: LeadOutcome[] = [];
  for (const reference of references) {
    const outcome = await deliverOne(env, reference, now, options.force === true).catch(
      (error: unknown): LeadOutcome => {
        logLead(reference, { event: "delivery-error", code: errorCode(error) });
        return {
          reference,
          outcome: "failed",
          category: "storage",
          attempts: 0,
          nextAttemptAt: new Date(now.getTime() + 60_000),
        };
      },
    );
    if (outcome) outcomes.push(outcome);
  }
  const due = outcomes.flatMap((o) =>
    "nextAttemptAt" in o ? [o.nextAttemptAt.getTime()] : o.outcome === "busy" ? [now.getTime() + BUSY_RETRY_MS] : [],
  );
  return { outcomes, nextAttemptAt: due.length ? new Date(Math.min(...due)) : undefined };
}
