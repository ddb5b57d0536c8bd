import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { center } from "@/lib/center/schema";
import { getEnv, type Env } from "@/lib/env";
import { postEligibility, type ClientOptions, type ClientResult, type Settings } from "@/lib/eligibility/client";
import { logCheck, logChecks } from "@/lib/eligibility/log";
import { parseEligibilityAnswer } from "@/lib/eligibility/parse";
import {
  claimDueChecks,
  finishCheck,
  nextCheckDueAt,
  releaseCheck,
  renewCheckLease,
  retryCheckLater,
  type QueuedCheck,
} from "@/lib/eligibility/queue";
import { buildEligibilityRequest } from "@/lib/eligibility/request";
import { subjectOf } from "@/lib/eligibility/subject";
import type { CheckOutcome } from "@/lib/eligibility/types";
import { errorCode } from "@/lib/leads/log";
import { getLead } from "@/lib/leads/store";

/**
 * Drains the eligibility queue wherever leads are delivered (the server's delivery thread, or
 * its main thread when that stops), with a lease per check so any number of servers can run
 * it. A clearinghouse that fails (timeouts, 5xx) costs each check at most MAX_ATTEMPTS tries,
 * backing off between them, and pauses this server's checks altogether, so an outage neither
 * piles up requests to it nor touches the forms, which only ever insert a queue row.
 */
export const MAX_ATTEMPTS = 5;
const LEASE_MS = 30_000;
const IN_FLIGHT = 4;
const MAX_RETRY_MS = 15 * 60_000;
const IDLE_LOOK_MS = 60_000;

const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type RunOptions = {
  /** The clock (tests move it forward instead of sleeping). */
  now?: Date;
  /** Tests shorten the client's backoff. */
  client?: Partial<ClientOptions>;
  signal?: AbortSignal;
};

export type Ran = { reference: string; outcome: CheckOutcome; retryable?: boolean; failure?: string };

const loop: {
  started: boolean;
  announced: boolean;
  timer?: NodeJS.Timeout;
  running?: Promise<Ran[]>;
  again: boolean;
  /** Stopping aborts the requests in flight; their checks are released for the next pass. */
  stopping: AbortController;
} = { started: false, announced: false, again: false, stopping: new AbortController() };
/** After a failure that may pass, nothing is sent until then; consecutive ones double the wait. */
const pause = { until: 0, streak: 0 };

/** ELIGIBILITY_RETRY_FIRST_SECONDS (30 s by default) for the first failure in a row, doubling to 15 minutes. */
const backoff = (env: Env, n: number) =>
  Math.min(env.ELIGIBILITY_RETRY_FIRST_SECONDS * 1000 * 2 ** Math.max(0, n - 1), MAX_RETRY_MS);

/** Idempotent; does nothing without a configured clearinghouse. */
export function startEligibilityChecks(): void {
  if (loop.started) return;
  const settings = getEnv().eligibility;
  if (!loop.announced)
    logChecks(settings ? { event: "configured", host: new URL(settings.url).host } : { event: "not-configured" });
  loop.announced = true;
  if (!settings) return;
  loop.started = true;
  loop.stopping = new AbortController();
  requestEligibilityPass();
}

/** A pass soon (a request was just stored); folded into the pass under way. No-op where the loop is not running. */
export function requestEligibilityPass(): void {
  if (!loop.started) return;
  if (loop.running) {
    loop.again = true;
    return;
  }
  loop.running = runDueChecks({ signal: loop.stopping.signal })
    .catch((error: unknown) => {
      logChecks({ event: "pass-failed", code: errorCode(error) });
      return [];
    })
    .finally(() => {
      loop.running = undefined;
      if (loop.again) {
        loop.again = false;
        requestEligibilityPass();
      } else {
        void scheduleNext();
      }
    });
}

export async function stopEligibilityChecks(): Promise<void> {
  loop.started = false;
  loop.again = false;
  clearTimeout(loop.timer);
  loop.stopping.abort();
  await loop.running;
  pause.until = 0;
  pause.streak = 0;
}

async function scheduleNext(): Promise<void> {
  clearTimeout(loop.timer);
  if (!loop.started) return;
  const due = await nextCheckDueAt().catch(() => undefined);
  const wait = due ? Math.min(Math.max(due.getTime() - Date.now(), 50), IDLE_LOOK_MS) : IDLE_LOOK_MS;
  loop.timer = setTimeout(requestEligibilityPass, Math.max(wait, pause.until - Date.now())).unref();
}

/**
 * One pass: runs every due check, oldest first, at most IN_FLIGHT at once (clearinghouses cap
 * concurrent checks per account; Stedi's default is 5), unless the clearinghouse is resting.
 * A pool, not batches: each check that ends frees its slot for the next due one at once, so one
 * slow payer never holds back the checks behind it.
 */
export async function runDueChecks(options: RunOptions = {}): Promise<Ran[]> {
  const env = getEnv();
  const settings = env.eligibility;
  if (!settings) return [];
  const clock = () => options.now ?? new Date();
  const ran: Ran[] = [];
  const inFlight = new Set<Promise<void>>();
  const settle = (result: Ran) => {
    ran.push(result);
    if (result.retryable) {
      // The first failure of a wave pauses the rest; the ones already in flight just finish.
      if (clock().getTime() < pause.until) return;
      pause.streak += 1;
      const ms = backoff(env, pause.streak);
      pause.until = clock().getTime() + ms;
      logChecks({ event: "paused", category: result.failure ?? "error", ms });
    } else if (result.outcome !== "pending") {
      pause.streak = 0;
    }
  };
  for (;;) {
    const free = IN_FLIGHT - inFlight.size;
    if (free > 0 && clock().getTime() >= pause.until && !options.signal?.aborted) {
      const checks = await claimDueChecks(owner, clock(), LEASE_MS, free);
      for (const check of checks) {
        const running: Promise<void> = runCheck(check, settings, env, clock, { ...options.client, signal: options.signal })
          .then(settle)
          .finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
    }
    if (!inFlight.size) break;
    await Promise.race(inFlight);
  }
  return ran;
}

async function runCheck(
  check: QueuedCheck,
  settings: Settings,
  env: Env,
  clock: () => Date,
  client: RunOptions["client"],
): Promise<Ran> {
  const { reference } = check;
  const renewing = setInterval(() => {
    void renewCheckLease(check.id, owner, new Date(Date.now() + LEASE_MS)).catch(() => undefined);
  }, LEASE_MS / 3).unref();
  try {
    const lead = await getLead(reference);
    if (lead?.kind !== "insurance-check") {
      await finishCheck(check.id, owner, { outcome: "failed", at: clock(), error: "no-request" });
      return { reference, outcome: "failed" };
    }
    const request = buildEligibilityRequest(check.payerId, subjectOf(lead.values, check.correction), {
      organizationName: center.name,
      npi: center.npi,
    });
    const result = await postEligibility(request, settings, {
      timeoutMs: env.ELIGIBILITY_TIMEOUT_SECONDS * 1000,
      ...client,
    });
    return await record(check, result, clock(), env);
  } catch (error) {
    if (client?.signal?.aborted) {
      await releaseCheck(check.id, owner).catch(() => undefined);
      return { reference, outcome: "pending" };
    }
    // Storage trouble mid-check: the lease runs out and this or another server runs it again.
    logCheck(reference, { event: "error", code: errorCode(error) });
    return { reference, outcome: "pending" };
  } finally {
    clearInterval(renewing);
  }
}

async function record(check: QueuedCheck, result: ClientResult, at: Date, env: Env): Promise<Ran> {
  const { reference } = check;
  if (result.kind === "failure") {
    const attempts = check.attempts + 1;
    if (result.retryable && attempts < MAX_ATTEMPTS) {
      const retryInMs = backoff(env, attempts);
      await retryCheckLater(check.id, owner, result.category, new Date(at.getTime() + retryInMs));
      logCheck(reference, { event: "retry", category: result.category, retryInMs });
      return { reference, outcome: "pending", retryable: true, failure: result.category };
    }
    await finishCheck(check.id, owner, { outcome: "failed", at, error: result.category });
    logCheck(reference, { event: "gave-up", category: result.category, attempts });
    return { reference, outcome: "failed", retryable: result.retryable, failure: result.category };
  }
  const parsed = parseEligibilityAnswer(result.body);
  if (!parsed) {
    await finishCheck(check.id, owner, { outcome: "failed", at, error: "unreadable", rawAnswer: result.raw });
    logCheck(reference, { event: "gave-up", category: "unreadable", attempts: check.attempts + 1 });
    return { reference, outcome: "failed" };
  }
  if (parsed.kind === "rejected") {
    await finishCheck(check.id, owner, { outcome: "rejected", at, result: parsed, rawAnswer: result.raw });
    logCheck(reference, { event: "refused", codes: parsed.refusals.map((r) => r.code) });
    return { reference, outcome: "rejected" };
  }
  const { draft } = parsed;
  await finishCheck(check.id, owner, {
    outcome: draft.outcome,
    at,
    traceNumber: draft.traceNumber,
    result: parsed,
    rawAnswer: result.raw,
  });
  logCheck(reference, { event: "answered", ms: result.ms });
  return { reference, outcome: draft.outcome };
}
