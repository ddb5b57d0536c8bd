import { callRequest, fetchForm, postForm, readForm, NAMES, referenceOf, refusal } from "./forms";
import type { SmtpSink } from "./smtp-sink";

/**
 * Lead submissions as no-JS posts of /request-a-call: how long the visitor waits for the 303,
 * and how long from pressing "send" (the post leaving the client) until admissions' mail
 * server has accepted the email (speed to lead), matched by the reference in the redirect and
 * the email's X-Lead-Reference header. Timed from the post, not the 303: a visitor kept
 * waiting for the answer is waiting for admissions too.
 */

export const SPEED_TO_LEAD_TARGET_P99_MS = 2_000;
/** Every visitor is told "received" within this, whatever the load. */
export const SUBMISSION_TARGET_P99_MS = 2_000;

/**
 * A concurrent load, and how far its submission p50 may be above the redirect-only action's at
 * the same load. Without `waves`, `concurrency` workers each post again as soon as answered, on
 * kept-alive connections. With it, `concurrency` visitors press "send" at the same moment, each
 * on a new connection of their own, and the next wave comes once all are answered: a crowd of
 * people each posting once, as after a television spot.
 */
export type LeadLoad = { submissions: number; concurrency: number; floorRatio: number; waves?: boolean };
/** How long the bench waits for the last emails before calling them missing. */
const MAIL_WAIT_MS = 60_000;

export type Latency = { p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
/** Missing emails count as Infinity, so a p99 over them reads as "not within the wait". */
export type SpeedToLead = Latency & { missing: number };

export type LeadRun = {
  /** Which store and topology, for the table. */
  label: string;
  origin: string;
  warmup: number;
  firstMs: number;
  sequential: { posts: number; latency: Latency; speedToLead: SpeedToLead };
  concurrent: ConcurrentRun[];
  non303: number;
  problems: string[];
  emails: { expected: number; received: number; duplicates: number; waitedMs: number };
};

type ConcurrentRun = {
  posts: number;
  concurrency: number;
  waves?: boolean;
  floorRatio: number;
  latency: Latency;
  speedToLead: SpeedToLead;
  /** The redirect-only action at the same load, measured after the leads. */
  floor?: FloorResult;
};

type Posted = { reference: string; postedAt: number };

export async function benchLeads(opts: {
  label: string;
  origin: string;
  sink: SmtpSink;
  /** Phone numbers are drawn from here on, so runs on the same store never repeat one. */
  numberFrom: number;
  sequentialPosts: number;
  loads: LeadLoad[];
  warmup: number;
  log: (line: string) => void;
}): Promise<LeadRun> {
  const form = await fetchForm(opts.origin, "/request-a-call");
  const problems: string[] = [];
  const all: Posted[] = [];

  const post = async (n: number, newConnection = false): Promise<{ elapsed: number; posted?: Posted }> => {
    const body = await callRequest(form, opts.numberFrom + n);
    const sent = await postForm(opts.origin, "/request-a-call", body, newConnection).catch((error: unknown) =>
      noAnswer(error),
    );
    if ("failure" in sent) {
      if (problems.length < 3) problems.push(`post ${n}: ${sent.failure}`);
      opts.log(`  post ${n} via ${opts.origin}: ${sent.failure}`);
      return { elapsed: Number.POSITIVE_INFINITY };
    }
    const { response, startedAt, elapsed } = sent;
    const html = await response.text();
    const { reference, problem } = referenceOf(response, "/request-a-call");
    if (!reference) {
      if (problems.length < 3)
        problems.push(`post ${n}: ${problem}${response.status === 200 ? ` — ${refusal(html)}` : ""}`);
      opts.log(`  post ${n} via ${opts.origin}: ${problem}`);
      return { elapsed };
    }
    const posted = { reference, postedAt: startedAt };
    all.push(posted);
    return { elapsed, posted };
  };

  const firstMs = (await post(0)).elapsed;
  for (let n = 1; n < opts.warmup; n++) await post(n);

  // One at a time, as people arrive: each waits for its own email before the next post (once
  // one has not come within 30 s, the rest go without waiting, to keep the bench bounded).
  const sequential: Array<{ elapsed: number; posted?: Posted }> = [];
  let mailFlowing = true;
  for (let n = opts.warmup; n < opts.warmup + opts.sequentialPosts; n++) {
    const result = await post(n);
    sequential.push(result);
    if (result.posted && mailFlowing) mailFlowing = await opts.sink.waitFor([result.posted.reference], 30_000);
  }

  let from = opts.warmup + opts.sequentialPosts;
  const concurrent: Array<{ load: LeadLoad; results: Array<{ elapsed: number; posted?: Posted }> }> = [];
  for (const load of opts.loads) {
    // Each load starts once the emails of the last one are in, so none is timed behind the
    // queue another left (a thousand posts at 100 concurrent leave one for a few seconds).
    await opts.sink.waitFor(
      all.map((p) => p.reference),
      MAIL_WAIT_MS,
    );
    const spread = { from, count: load.submissions, concurrency: load.concurrency };
    const results = load.waves ? await inWaves((n) => post(n, true), spread) : await onWorkers(post, spread);
    concurrent.push({ load, results });
    from += load.submissions;
  }

  const waitStarted = performance.now();
  await opts.sink.waitFor(
    all.map((p) => p.reference),
    MAIL_WAIT_MS,
  );
  const waitedMs = performance.now() - waitStarted;
  const speed = (results: Array<{ posted?: Posted }>) =>
    results.map(({ posted }) => {
      const accepted = posted ? opts.sink.acceptedAt(posted.reference)[0] : undefined;
      return posted && accepted !== undefined ? accepted - posted.postedAt : Number.POSITIVE_INFINITY;
    });
  const received = all.filter((p) => opts.sink.acceptedAt(p.reference).length > 0).length;
  const duplicates = all.filter((p) => opts.sink.acceptedAt(p.reference).length > 1).length;
  const attempted = from;
  return {
    label: opts.label,
    origin: opts.origin,
    warmup: opts.warmup,
    firstMs,
    sequential: {
      posts: opts.sequentialPosts,
      latency: latency(sequential.map((r) => r.elapsed)),
      speedToLead: speedToLead(speed(sequential)),
    },
    concurrent: concurrent.map(({ load, results }) => ({
      posts: load.submissions,
      concurrency: load.concurrency,
      waves: load.waves,
      floorRatio: load.floorRatio,
      latency: latency(results.map((r) => r.elapsed)),
      speedToLead: speedToLead(speed(results)),
    })),
    non303: attempted - all.length,
    problems,
    emails: { expected: attempted, received, duplicates, waitedMs },
  };
}

export type FloorResult = { path: string; submissions: number; concurrency: number; latency: Latency; non303: number };

/**
 * The same concurrent load against a Server Action that does nothing but redirect (written
 * into the build copy only, see build.ts), through the same origin: how fast Next.js itself
 * answers a no-JS form post here, which no lead pipeline can beat.
 */
export async function benchActionFloor(opts: {
  origin: string;
  path: string;
  submissions: number;
  concurrency: number;
  waves?: boolean;
  warmup: number;
}): Promise<FloorResult> {
  const page = await fetch(`${opts.origin}${opts.path}`);
  if (!page.ok) throw new Error(`GET ${opts.path} answered ${page.status}`);
  const { hidden } = readForm(await page.text());
  let non303 = 0;
  const post = async (n: number) => {
    const body = new FormData();
    for (const [name, value] of hidden) body.append(name, value);
    body.append("name", NAMES[n % NAMES.length]);
    const sent = await postForm(opts.origin, opts.path, body, opts.waves).catch((error: unknown) => noAnswer(error));
    if ("failure" in sent) {
      non303 += 1;
      return { elapsed: Number.POSITIVE_INFINITY };
    }
    const { response, elapsed } = sent;
    await response.arrayBuffer();
    if (response.status !== 303) non303 += 1;
    return { elapsed };
  };
  for (let n = 0; n < opts.warmup; n++) await post(n);
  const spread = { from: opts.warmup, count: opts.submissions, concurrency: opts.concurrency };
  const results = opts.waves ? await inWaves(post, spread) : await onWorkers(post, spread);
  return {
    path: opts.path,
    submissions: opts.submissions,
    concurrency: opts.concurrency,
    latency: latency(results.map((r) => r.elapsed)),
    non303,
  };
}

/** A post the server never answered (connection refused or reset): counted, and the run goes on. */
function noAnswer(error: unknown): { failure: string } {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return { failure: `no answer (${cause?.code ?? cause?.message ?? String(error)})` };
}

/** Runs post(from … from + count - 1) on `concurrency` workers, each post after the last one ends. */
async function onWorkers<T>(
  post: (n: number) => Promise<T>,
  opts: { from: number; count: number; concurrency: number },
): Promise<T[]> {
  const results: T[] = [];
  let next = opts.from;
  const last = opts.from + opts.count;
  const worker = async () => {
    while (next < last) results.push(await post(next++));
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return results;
}

/** Runs post(from … from + count - 1) in waves of `concurrency` started together, each wave once the last is answered. */
async function inWaves<T>(
  post: (n: number) => Promise<T>,
  opts: { from: number; count: number; concurrency: number },
): Promise<T[]> {
  const results: T[] = [];
  const last = opts.from + opts.count;
  for (let start = opts.from; start < last; start += opts.concurrency) {
    const wave = Array.from({ length: Math.min(opts.concurrency, last - start) }, (_, i) => post(start + i));
    results.push(...(await Promise.all(wave)));
  }
  return results;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function latency(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
  };
}

function speedToLead(values: number[]): SpeedToLead {
  return { ...latency(values), missing: values.filter((v) => !Number.isFinite(v)).length };
}
