/**
 * `npm run bench:eligibility` (after `npm run build`): time from a visitor's insurance form post
 * to the payer's answer stored as a VOB draft, which the request page shows (it re-reads every
 * 2 s while a check runs, so a coordinator watching sees it up to 2 s later), with the fake
 * clearinghouse answering at realistic payer latencies (tests/support/fake-clearinghouse.ts,
 * realisticPayerLatency: 0.6 s floor plus an exponential tail, mean 2 s, cut at 8 s): first one
 * visitor at a time (each draft awaited before the next post, as requests really arrive), then a
 * burst. The same burst against a server without a clearinghouse gives the forms' speed without
 * checks, to show the checks don't slow the form. Writes bench/results/eligibility.md.
 *
 * Env: BENCH_PORT (default 3610; this uses BENCH_PORT + 20 to + 22), BENCH_STEADY (one at a
 * time, default 20), BENCH_POSTS (the burst, default 60), BENCH_CONCURRENCY (visitors posting at
 * once in the burst, default 3).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FAKE_MEMBERS, realisticPayerLatency, startFakeClearinghouse } from "../tests/support/fake-clearinghouse";
import { fetchForm, insuranceCheck, postForm, referenceOf } from "./lib/forms";
import { latency, type Latency } from "./lib/leads";
import { assertPortFree, killAllChildren, sleep, startProcess, waitForHttp } from "./lib/proc";
import { table } from "./lib/report-format";

const base = Number(process.env.BENCH_PORT ?? 3610) + 20;
const STEADY = Number(process.env.BENCH_STEADY ?? 20);
const POSTS = Number(process.env.BENCH_POSTS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 3);
const KEY = randomBytes(24).toString("hex");
const DRAFT_WAIT_MS = 120_000;

const root = mkdtempSync(path.join(os.tmpdir(), "bench-eligibility-"));
const dataDir = (mode: string) => path.join(root, mode);
// The bench signs form tokens and reads the checked-on server's database with the site's own code.
process.env.FORM_SECRET = randomBytes(32).toString("hex");
process.env.DATA_DIR = dataDir("on");
process.on("exit", killAllChildren);

type Run = { posts: Latency; refused: number; references: Array<{ reference: string; answeredAt: number }> };

async function serve(mode: "on" | "off", port: number, clearinghouse?: string) {
  await assertPortFree(port);
  mkdirSync(dataDir(mode), { recursive: true });
  const origin = `http://127.0.0.1:${port}`;
  const server = startProcess(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: process.cwd(),
    logFile: path.join(root, `${mode}.log`),
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LOCAL_PREVIEW: "1",
      DATA_DIR: dataDir(mode),
      SITE_URL: origin,
      SMTP_URL: "",
      LEAD_RATE_LIMIT: "100000",
      ELIGIBILITY_API_URL: clearinghouse ?? "",
      ELIGIBILITY_API_KEY: clearinghouse ? KEY : "",
    },
  });
  await waitForHttp(`${origin}/verify-insurance`, 60_000, server.child);
  return { origin, server };
}

/** `count` insurance checks, `concurrency` at a time, each a different person whose plan is active. */
async function post(origin: string, offset: number, count = POSTS, concurrency = CONCURRENCY): Promise<Run> {
  const form = await fetchForm(origin, "/verify-insurance");
  const elapsed: number[] = [];
  const references: Run["references"] = [];
  let refused = 0;
  let next = 0;
  const visitor = async () => {
    while (next < count) {
      const n = offset + next++;
      const body = await insuranceCheck(form, n, undefined, `${FAKE_MEMBERS.active.slice(0, 3)}${700_000 + n}`);
      const answer = await postForm(origin, "/verify-insurance", body);
      const answeredAt = Date.now();
      await answer.response.arrayBuffer();
      const { reference } = referenceOf(answer.response, "/verify-insurance");
      elapsed.push(answer.elapsed);
      if (reference) references.push({ reference, answeredAt });
      else refused += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, visitor));
  return { posts: latency(elapsed), refused, references };
}

/** Polls the database for each request's finished check: the draft the staff page shows. */
async function draftTimes(references: Run["references"]): Promise<{ waits: number[]; missing: number }> {
  const { checksFor } = await import("../lib/eligibility/queue");
  const waiting = new Map(references.map((r) => [r.reference, r.answeredAt]));
  const waits: number[] = [];
  const deadline = Date.now() + DRAFT_WAIT_MS;
  while (waiting.size && Date.now() < deadline) {
    for (const [reference, answeredAt] of waiting) {
      const [check] = await checksFor(reference);
      if (check?.outcome === "active" && check.completedAt) {
        waits.push(check.completedAt.getTime() - answeredAt);
        waiting.delete(reference);
      }
    }
    await sleep(100);
  }
  return { waits, missing: waiting.size };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const msText = (ms: number) => `${Math.round(ms)} ms`;

const fake = await startFakeClearinghouse({ key: KEY, port: base + 2, latencyMs: realisticPayerLatency });
try {
  const off = await serve("off", base + 1);
  const without = await post(off.origin, 0);
  await off.server.stop();

  const on = await serve("on", base, fake.url);
  const steadyWaits: number[] = [];
  let steadyMissing = 0;
  for (let n = 0; n < STEADY; n++) {
    const one = await post(on.origin, 10 * POSTS + n, 1, 1);
    const drafted = await draftTimes(one.references);
    steadyWaits.push(...drafted.waits);
    steadyMissing += drafted.missing + one.refused;
  }
  const withChecks = await post(on.origin, POSTS);
  const drafts = await draftTimes(withChecks.references);
  await on.server.stop();

  const steady = latency(steadyWaits);
  const toDraft = latency(drafts.waits);
  const lines = [
    "# Eligibility bench",
    "",
    `${new Date().toISOString()}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), SQLite, \`next start\`; insurance checks without photos: ${STEADY} one at a time, then a burst of ${POSTS} posted ${CONCURRENCY} at a time (at most 4 checks in flight to the clearinghouse).`,
    "",
    table(
      ["", "p50", "p95", "p99", "max"],
      [
        [`Burst form post, no clearinghouse`, ...[without.posts.p50Ms, without.posts.p95Ms, without.posts.p99Ms, without.posts.maxMs].map(msText)],
        [`Burst form post, checks on`, ...[withChecks.posts.p50Ms, withChecks.posts.p95Ms, withChecks.posts.p99Ms, withChecks.posts.maxMs].map(msText)],
        ["One at a time: post answered → VOB draft stored", ...[steady.p50Ms, steady.p95Ms, steady.p99Ms, steady.maxMs].map(s)],
        [`Burst of ${POSTS}: post answered → VOB draft stored`, ...[toDraft.p50Ms, toDraft.p95Ms, toDraft.p99Ms, toDraft.maxMs].map(s)],
      ],
    ),
    "",
    `Refused posts: ${without.refused} without, ${withChecks.refused} with checks; drafts missing after ${DRAFT_WAIT_MS / 1000} s: ${drafts.missing + steadyMissing}. ` +
      "The request page re-reads every 2 s while a check runs, so a coordinator watching sees the draft up to 2 s after it is stored.",
  ];
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/eligibility.md", `${lines.join("\n")}\n`);
  console.log(lines.join("\n"));
} finally {
  await fake.close();
  rmSync(root, { recursive: true, force: true });
}
