import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { SMTPServer } from "smtp-server";
import { requestCallFields } from "../../lib/forms/request-call-fields";
import { sleep } from "./proc";

export type LeadResult = {
  submissions: number;
  concurrency: number;
  warmup: number;
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** One post at a time, as people actually arrive: p50 and p99 of `sequential` posts. */
  sequential: { posts: number; p50Ms: number; p99Ms: number };
  non303: number;
  /** Whether the extra submission through the reverse proxy was answered 303 too. */
  viaProxyOk?: boolean;
  storedLeads: number;
  expectedLeads: number;
  emails: number;
  emailsAfterMs: number;
};

export const LEAD_TARGET_P99_MS = 100;

/** A real SMTP server on loopback that accepts everything and counts what it received. */
export function startSmtp(port: number): Promise<{ received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({ received: () => received, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", "#39": "'", "#x27": "'" };
const decode = (text: string) => text.replace(/&(amp|quot|lt|gt|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`, "i").exec(tag);
  return match ? decode(match[1]) : undefined;
}

/**
 * What a browser without JavaScript posts: every hidden input the form rendered (React's
 * $ACTION_… fields, the signed formToken, sourcePage), the empty honeypot, and the visible
 * fields a person fills in. Fails if the form no longer has a field this bench fills.
 */
export function readForm(html: string): { hidden: Array<[string, string]>; names: Set<string> } {
  const start = html.search(/<form\b[^>]*>/);
  const end = html.indexOf("</form>", start);
  if (start < 0 || end < 0) throw new Error("No <form> in the page");
  const form = html.slice(start, end);
  const open = /<form\b[^>]*>/.exec(form)![0];
  if (!/method="post"/i.test(open) || !/enctype="multipart\/form-data"/i.test(open)) {
    throw new Error(`The form is no longer a multipart POST: ${open}`);
  }
  const hidden: Array<[string, string]> = [];
  const names = new Set<string>();
  for (const [tag] of form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (!name) continue;
    names.add(name);
    if (attribute(tag, "type") === "hidden") hidden.push([name, attribute(tag, "value") ?? ""]);
  }
  return { hidden, names };
}

/** Area codes 201–989 that are not N11 service codes, for unique but valid US numbers. */
const AREA_CODES = Array.from({ length: 989 - 201 + 1 }, (_, i) => 201 + i).filter((code) => code % 100 !== 11);

/** The n-th submission's phone: a fictional 555-01xx line, a different area code each time. */
export function phoneNumber(n: number): string {
  const area = AREA_CODES[n % AREA_CODES.length];
  const line = 100 + ((Math.floor(n / AREA_CODES.length) * 37 + n) % 100);
  return `(${area}) 555-0${line}`;
}

const NAMES = [
  "Alex Rivera",
  "Sam Okafor",
  "Jordan Lee",
  "Maria Santos",
  "Chris Novak",
  "Dana Whitfield",
  "Priya Nair",
];

function submission(hidden: Array<[string, string]>, n: number): FormData {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  const fields: Array<[string, string]> = [
    ["website", ""],
    ["name", NAMES[n % NAMES.length]],
    ["phone", phoneNumber(n)],
    ["email", ""],
    ["about", "self"],
    ["relationship", ""],
    ["bestTime", ["asap", "morning", "afternoon", "evening"][n % 4]],
    ["note", ""],
    ["voicemailOk", "yes"],
    ["textOk", "no"],
    ["consentCall", "on"],
  ];
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** Every field the no-JS post fills, checked against the rendered form (the SMS consent stays unticked). */
const FIELDS_FILLED = ["website", ...requestCallFields.filter((field) => field !== "consentSms")];

const SEQUENTIAL_POSTS = 50;

/** A form post as a browser sends it, timed until the response's headers arrive. */
async function postForm(origin: string, page: string, body: FormData) {
  const started = performance.now();
  // A browser sends Origin with every form POST; Next.js checks it against Host.
  const response = await fetch(`${origin}${page}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: origin, Referer: `${origin}${page}` },
  });
  return { response, elapsed: performance.now() - started };
}

/** Runs post(from … from + count - 1) on `concurrency` workers; returns each post's time, sorted. */
async function timeConcurrent(
  post: (n: number) => Promise<number>,
  opts: { from: number; count: number; concurrency: number },
): Promise<number[]> {
  const latencies: number[] = [];
  let next = opts.from;
  const last = opts.from + opts.count;
  const worker = async () => {
    while (next < last) latencies.push(await post(next++));
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return latencies.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Fires `submissions` no-JS form posts at `concurrency` and times each until the 303 redirect
 * arrives. A few sequential posts first warm the Server Action up (reported as firstMs).
 */
export async function benchLeads(opts: {
  origin: string;
  dataDir: string;
  smtpReceived: () => number;
  submissions: number;
  concurrency: number;
  warmup: number;
  /** Another origin (the reverse proxy) to send one more submission through, as a check. */
  alsoVia?: string;
  log: (line: string) => void;
}): Promise<LeadResult> {
  const page = await fetch(`${opts.origin}/request-a-call`);
  if (!page.ok) throw new Error(`GET /request-a-call answered ${page.status}`);
  const { hidden, names } = readForm(await page.text());
  const token = hidden.find(([name]) => name === "formToken")?.[1];
  if (!token) throw new Error("The form has no formToken");
  const missing = FIELDS_FILLED.filter((name) => !names.has(name));
  if (missing.length) throw new Error(`The form has no field named ${missing.join(", ")}; update bench/lib/leads.ts`);

  // The token must be at least 3 s old, as if a person had filled the form in.
  const issuedAt = Number(token.split(".")[0]);
  await sleep(Math.max(0, issuedAt + 3_300 - Date.now()));

  let non303 = 0;
  const post = async (n: number, origin = opts.origin): Promise<number> => {
    const { response, elapsed } = await postForm(origin, "/request-a-call", submission(hidden, n));
    const location = response.headers.get("location") ?? "";
    const html = await response.text();
    if (response.status !== 303 || !/\/request-a-call\/received\?ref=/.test(location) || /already=1/.test(location)) {
      non303 += 1;
      if (non303 <= 3) {
        // The page re-rendered with its error summary says why.
        const alert = /role="alert"[^>]*>([^]*?)<\/(?:p|div)>/
          .exec(html)?.[1]
          ?.replace(/<[^>]+>/g, " ")
          .trim();
        const fields = /fieldErrors&quot;:(\{.*?\})/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? "";
        opts.log(`  submission ${n} via ${origin}: ${response.status} ${location || `${alert ?? "?"} ${fields}`}`);
      }
    }
    return elapsed;
  };

  const firstMs = await post(0);
  for (let n = 1; n < opts.warmup; n++) await post(n);
  const sequential = await timeConcurrent(post, { from: opts.warmup, count: SEQUENTIAL_POSTS, concurrency: 1 });
  const from = opts.warmup + SEQUENTIAL_POSTS;
  const latencies = await timeConcurrent(post, { from, count: opts.submissions, concurrency: opts.concurrency });
  const last = from + opts.submissions;
  const measuredNon303 = non303;
  let viaProxyOk: boolean | undefined;
  if (opts.alsoVia) {
    await post(last, opts.alsoVia);
    viaProxyOk = non303 === measuredNon303;
  }

  const expectedLeads = last + (opts.alsoVia ? 1 : 0);
  const leadsDir = path.join(opts.dataDir, "leads");
  const storedLeads = existsSync(leadsDir)
    ? readdirSync(leadsDir).filter((name) => existsSync(path.join(leadsDir, name, "lead.json"))).length
    : 0;

  // Mail goes out in the background after the lead is stored: wait up to 2 minutes for all of it.
  const sent = performance.now();
  while (opts.smtpReceived() < expectedLeads && performance.now() - sent < 120_000) await sleep(250);
  return {
    submissions: opts.submissions,
    concurrency: opts.concurrency,
    warmup: opts.warmup,
    firstMs,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1],
    sequential: { posts: SEQUENTIAL_POSTS, p50Ms: percentile(sequential, 50), p99Ms: percentile(sequential, 99) },
    non303: measuredNon303,
    viaProxyOk,
    storedLeads,
    expectedLeads,
    emails: opts.smtpReceived(),
    emailsAfterMs: performance.now() - sent,
  };
}

export type FloorResult = { path: string; submissions: number; p50Ms: number; p99Ms: number; non303: number };

/**
 * The same load against a Server Action that does nothing but redirect (written into the
 * build copy only, see build.ts): how fast Next.js itself answers a no-JS form post here,
 * which no lead pipeline can beat.
 */
export async function benchActionFloor(opts: {
  origin: string;
  path: string;
  submissions: number;
  concurrency: number;
  warmup: number;
}): Promise<FloorResult> {
  const page = await fetch(`${opts.origin}${opts.path}`);
  if (!page.ok) throw new Error(`GET ${opts.path} answered ${page.status}`);
  const { hidden } = readForm(await page.text());
  let non303 = 0;
  const post = async (n: number): Promise<number> => {
    const body = new FormData();
    for (const [name, value] of hidden) body.append(name, value);
    body.append("name", NAMES[n % NAMES.length]);
    const { response, elapsed } = await postForm(opts.origin, opts.path, body);
    await response.arrayBuffer();
    if (response.status !== 303) non303 += 1;
    return elapsed;
  };
  for (let n = 0; n < opts.warmup; n++) await post(n);
  const latencies = await timeConcurrent(post, {
    from: opts.warmup,
    count: opts.submissions,
    concurrency: opts.concurrency,
  });
  return {
    path: opts.path,
    submissions: opts.submissions,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    non303,
  };
}
