import { SPEED_TO_LEAD_TARGET_P99_MS, SUBMISSION_TARGET_P99_MS, type LeadRun, type SpeedToLead } from "./leads";
import { ms, ratio, sec, verdict } from "./report-format";
import { UPLOAD_P99_RATIO, type UploadResult } from "./uploads";

const speedOk = (s: SpeedToLead) => s.missing === 0 && s.p99Ms < SPEED_TO_LEAD_TARGET_P99_MS;
const speedText = (s: SpeedToLead) =>
  `p50 ${ms(s.p50Ms)}, p99 ${ms(s.p99Ms)}, max ${ms(s.maxMs)}` +
  (s.missing ? `; ${s.missing} emails never arrived` : "");

/** "100 concurrent", or for waves "100 visitors at once, each on a new connection (5 waves)". */
const loadName = (c: { concurrency: number; posts: number; waves?: boolean }) =>
  c.waves
    ? `${c.concurrency} visitors at once, each on a new connection (${Math.ceil(c.posts / c.concurrency)} waves)`
    : `${c.concurrency} concurrent`;

/** Speed to lead, submission latency against the floor at each load, and delivery, for one store. */
export function leadRows(run: LeadRun): string[][] {
  const rows: string[][] = [];
  rows.push([
    `Speed to lead (post → email accepted), ${run.label}, one at a time (${run.sequential.posts} posts)`,
    `p99 < ${sec(SPEED_TO_LEAD_TARGET_P99_MS)}`,
    speedText(run.sequential.speedToLead),
    verdict(speedOk(run.sequential.speedToLead)),
  ]);
  for (const c of run.concurrent) {
    rows.push([
      `Speed to lead, ${run.label}, ${loadName(c)} (${c.posts} posts)`,
      `p99 < ${sec(SPEED_TO_LEAD_TARGET_P99_MS)}`,
      speedText(c.speedToLead),
      verdict(speedOk(c.speedToLead)),
    ]);
    if (!c.floor) continue;
    const floor = c.floor.latency.p50Ms;
    const share = c.latency.p50Ms / floor;
    rows.push([
      `Submission until 303, ${run.label}, ${loadName(c)}`,
      `p50 ≤ ${c.floorRatio}× the floor (${ms(floor * c.floorRatio)}), p99 < ${sec(SUBMISSION_TARGET_P99_MS)}`,
      `p50 ${ms(c.latency.p50Ms)} (${ratio(share)} the floor), p95 ${ms(c.latency.p95Ms)}, p99 ${ms(c.latency.p99Ms)}`,
      verdict(share <= c.floorRatio && c.latency.p99Ms < SUBMISSION_TARGET_P99_MS),
    ]);
    rows.push([
      `Floor: a Server Action that only redirects (\`${c.floor.path}\`), same origin, ${loadName(c)}`,
      "(the framework's floor)",
      `p50 ${ms(floor)}, p95 ${ms(c.floor.latency.p95Ms)}, p99 ${ms(c.floor.latency.p99Ms)}` +
        (c.floor.non303 ? `; ${c.floor.non303} posts not answered 303` : ""),
      c.floor.non303 ? "**ERRORS**" : "",
    ]);
  }
  rows.push([
    `Submission until 303, ${run.label}, one at a time`,
    "(what one person waits)",
    `p50 ${ms(run.sequential.latency.p50Ms)}, p99 ${ms(run.sequential.latency.p99Ms)}`,
    "",
  ]);
  const e = run.emails;
  rows.push([
    `Leads emailed, ${run.label}`,
    "every post answered 303, emailed once",
    `${e.received}/${e.expected} emailed` +
      (e.duplicates ? `, ${e.duplicates} more than once` : "") +
      (run.non303 ? `; ${run.non303} posts not answered 303 (${run.problems.join("; ")})` : ""),
    verdict(run.non303 === 0 && e.received === e.expected && e.duplicates === 0),
  ]);
  return rows;
}

export function postgresRow(contents: { tables: number; rows: number }): string[] {
  return [
    "PostgreSQL holds what the two instances stored",
    "rows in the bench database",
    contents.tables
      ? `${contents.rows} rows in ${contents.tables} tables`
      : "no tables: the servers did not use DATABASE_URL (they kept leads under DATA_DIR)",
    verdict(contents.tables > 0 && contents.rows > 0),
  ];
}

export function uploadRows(u: UploadResult): string[][] {
  const share = u.during.p99Ms / u.idle.p99Ms;
  const all = u.uploads.accepted === u.uploads.posts;
  const limitsOk = u.limits.every((check) => check.got === check.expected);
  return [
    [
      `\`${u.page}\` p99 through the proxy while ${u.uploads.clients} clients upload ${Math.round(u.uploads.bytesEach / 1e6)} MB insurance checks`,
      `≤ ${UPLOAD_P99_RATIO}× idle (${ms(u.idle.p99Ms * UPLOAD_P99_RATIO)})`,
      `idle p99 ${ms(u.idle.p99Ms)}, during ${ms(u.during.p99Ms)} (${ratio(share)}); ` +
        `${u.uploads.accepted}/${u.uploads.posts} uploads answered 303 (p50 ${ms(u.uploads.latency.p50Ms)})` +
        (u.idle.errors + u.during.errors ? `; ${u.idle.errors + u.during.errors} page requests failed` : "") +
        (all ? "" : ` — ${u.uploads.problems.join("; ")}`),
      verdict(share <= UPLOAD_P99_RATIO && all && u.idle.errors + u.during.errors === 0),
    ],
    [
      "Proxy request limits",
      "bodies over 1 MB refused but on the insurance post (21 MB); 2 uploads at once per address",
      u.limits.map((check) => `${check.what}: ${check.got}`).join("; "),
      verdict(limitsOk),
    ],
  ];
}

export function leadDetails(run: LeadRun): string {
  const loads = run.concurrent.map(
    (c) =>
      `At ${loadName(c)} (${c.posts} posts): until the 303 p50 ${ms(c.latency.p50Ms)}, p95 ${ms(c.latency.p95Ms)}, ` +
      `p99 ${ms(c.latency.p99Ms)}, max ${ms(c.latency.maxMs)}; speed to lead ${speedText(c.speedToLead)}` +
      (c.floor ? `; the redirect-only floor p50 ${ms(c.floor.latency.p50Ms)}, p99 ${ms(c.floor.latency.p99Ms)}.` : "."),
  );
  return (
    `\n### Lead submissions, ${run.label}\n\n` +
    `No-JS posts of /request-a-call to ${run.origin}, each with a fresh form token and its own phone number: ` +
    `${run.warmup} warm-up posts (the first took ${ms(run.firstMs)}), ${run.sequential.posts} one at a time, each waiting ` +
    `for its email, then ${run.concurrent.map((c) => `${c.posts} ${c.waves ? `in waves of ${c.concurrency}, each post on a new connection` : `at concurrency ${c.concurrency}`}`).join(", then ")}. ` +
    `Speed to lead runs from the moment the post leaves the client until the bench's SMTP server accepted the email ` +
    `carrying the reference of its 303. One at a time: until the 303 p50 ${ms(run.sequential.latency.p50Ms)}, ` +
    `p99 ${ms(run.sequential.latency.p99Ms)}; speed to lead ${speedText(run.sequential.speedToLead)}. ${loads.join(" ")} ` +
    `${run.emails.received}/${run.emails.expected} emails arrived (the last ${sec(run.emails.waitedMs)} after the last answer).` +
    (run.problems.length ? ` Refused posts: ${run.problems.join("; ")}.` : "")
  );
}
