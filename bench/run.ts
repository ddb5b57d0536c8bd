/**
 * `npm run bench`: builds the site in a throwaway copy, serves it with `next start` on
 * loopback, and measures Lighthouse scores, JavaScript weight, throughput (next start, the
 * nginx reverse-proxy cache in bench/nginx/, plain nginx) and lead submissions, then prints
 * one table of targets and results and writes it to bench/results/latest.md.
 *
 * Options: --only=lighthouse,js,load,leads (default all); --readme (also write the figures
 * into README.md between the bench:figures markers). Env: BENCH_PORT (first of four ports,
 * default 3610), BENCH_PAGE (the content page for the throughput test, default
 * /what-is-iop), BENCH_KEEP=1 (keep the temporary build and logs), CHROME_PATH.
 * Run through bench/run.sh, which installs nginx, wrk and Chromium when missing.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { publicPaths } from "../tests/support/site-pages";
import { buildCopy, FLOOR_ACTION_PATH, FLOOR_PATH } from "./lib/build";
import { measureWeights } from "./lib/js-weight";
import { benchActionFloor, benchLeads, startSmtp } from "./lib/leads";
import { auditPages, type PageKind } from "./lib/lighthouse";
import { assertPortFree, killAllChildren, startProcess, stopProcess, waitForHttp } from "./lib/proc";
import { busyWarning, machineLine, renderMarkdown, summaryTable, type Machine, type Results } from "./lib/report";
import { load, proxyConfig, startNginx, staticServer, type LoadResult } from "./lib/throughput";

const STEPS = ["js", "lighthouse", "load", "leads"] as const;
type Step = (typeof STEPS)[number];

const repo = process.cwd();
const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const steps = new Set<Step>(only ? STEPS.filter((step) => only.includes(step)) : STEPS);
const writeReadme = args.includes("--readme");
const base = Number(process.env.BENCH_PORT ?? 3610);
const ports = { next: base, proxy: base + 1, plain: base + 2, smtp: base + 3 };
const loadPage = process.env.BENCH_PAGE ?? "/what-is-iop";
const origin = `http://127.0.0.1:${ports.next}`;
/** The whole bench takes about 6 minutes here; past this something is stuck. */
const WATCHDOG_MS = 25 * 60_000;

const log = (line: string) => console.log(line);
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

if (!existsSync(path.join(repo, "package.json")) || !existsSync(path.join(repo, "app"))) {
  console.error("Run the bench from the repository root: npm run bench");
  process.exit(2);
}

const runDir = mkdtempSync(path.join(os.tmpdir(), "iop-bench-"));
// nginx's workers run as nobody when the bench runs as root: they must reach the build and cache.
chmodSync(runDir, 0o755);
let failed = false;
function cleanUp() {
  killAllChildren();
  if (process.env.BENCH_KEEP === "1") return;
  // The copy's node_modules is most of the space; logs stay when the run failed.
  rmSync(failed ? path.join(runDir, "site", "node_modules") : runDir, { recursive: true, force: true });
  // A run that failed before writing anything (a port in use) leaves no empty directory behind.
  if (failed && existsSync(runDir) && readdirSync(runDir).length === 0) rmSync(runDir, { recursive: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\nStopped by ${signal}; cleaning up.`);
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`The bench took longer than ${WATCHDOG_MS / 60_000} minutes; stopping (logs in ${runDir}).`);
  failed = true;
  process.exit(1);
}, WATCHDOG_MS).unref();

async function main() {
  for (const port of Object.values(ports)) await assertPortFree(port);
  const cpuAtStart = cpuSnapshot();
  const machine = machineInfo();
  const results: Results = { machine };

  const dataDir = path.join(runDir, "data");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_URL: origin };
  // BENCH_BUILT: the site directory of a kept earlier run (BENCH_KEEP=1), to skip the build
  // while working on the bench itself.
  const site = process.env.BENCH_BUILT ? path.resolve(process.env.BENCH_BUILT) : path.join(runDir, "site");
  if (process.env.BENCH_BUILT) {
    log(`Using the build in ${site}`);
  } else {
    log(`Building a copy of the site in ${site} …`);
    results.buildSeconds = buildCopy(repo, site, buildEnv).buildSeconds;
    log(`  built in ${results.buildSeconds.toFixed(0)} s [${elapsed()}]`);
  }

  const smtp = await startSmtp(ports.smtp);
  const next = startProcess(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(ports.next)],
    {
      cwd: site,
      logFile: path.join(runDir, "next.log"),
      env: {
        ...buildEnv,
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
        ADMISSIONS_EMAIL: "admissions@example.org",
        LEAD_RATE_LIMIT: "1000000",
      },
    },
  );
  await waitForHttp(`${origin}/`, 30_000, next.child);

  const pages: Array<{ path: string; kind: PageKind }> = [
    ...publicPaths().map((p) => ({ path: p, kind: "content" as const })),
    { path: "/request-a-call", kind: "form" },
    { path: "/verify-insurance", kind: "form" },
  ];

  if (steps.has("js")) {
    log(`JavaScript per page (floor: ${FLOOR_PATH}) …`);
    const weights = await measureWeights(origin, FLOOR_PATH, pages);
    results.js = { floorPath: FLOOR_PATH, ...weights };
    log(`  floor ${(weights.floorBytes / 1024).toFixed(1)} KB gzip [${elapsed()}]`);
  }

  if (steps.has("lighthouse")) {
    log(`Lighthouse, ${pages.length} pages …`);
    // Last, the same empty page as the JavaScript floor: what the framework alone scores.
    const audit = await auditPages(origin, [...pages, { path: FLOOR_PATH, kind: "content" }], {
      reportDir: path.join(repo, "bench", "results", "lighthouse"),
      rerunBudgetMs: 4 * 60_000,
      log,
    });
    results.lighthouse = audit.results.slice(0, -1);
    results.lighthouseFloor = audit.results.at(-1);
    machine.lighthouse = audit.lighthouseVersion;
    machine.benchmarkIndex = Math.round(
      audit.results.reduce((sum, r) => sum + r.benchmarkIndex, 0) / Math.max(1, audit.results.length),
    );
    log(`  done [${elapsed()}]`);
  }

  let proxy: Awaited<ReturnType<typeof startNginx>> | undefined;
  const proxyOrigin = `http://127.0.0.1:${ports.proxy}`;
  if (steps.has("load") || steps.has("leads")) {
    const template = readFileSync(path.join(repo, "bench", "nginx", "reverse-proxy.conf"), "utf8");
    const cacheDir = path.join(runDir, "nginx-proxy", "cache");
    proxy = await startNginx(
      path.join(runDir, "nginx-proxy"),
      proxyConfig(template, { listenPort: ports.proxy, upstreamPort: ports.next, cacheDir }),
      `${proxyOrigin}/`,
    );
  }

  if (steps.has("load")) {
    log(`Throughput of ${loadPage} …`);
    const htmlRoot = path.join(site, ".next", "server", "app");
    const file = path.join(htmlRoot, `${loadPage.slice(1)}.html`);
    if (!existsSync(file)) throw new Error(`${loadPage} is not a prerendered page (no ${file})`);
    const plain = await startNginx(
      path.join(runDir, "nginx-plain"),
      staticServer(ports.plain, htmlRoot),
      `http://127.0.0.1:${ports.plain}${loadPage}`,
    );
    const checks = await proxyChecks(proxyOrigin, file);
    const runs: LoadResult[] = [];
    for (const [name, url] of [
      ["next", `${origin}${loadPage}`],
      ["proxy", `${proxyOrigin}${loadPage}`],
      ["plain", `http://127.0.0.1:${ports.plain}${loadPage}`],
    ] as const) {
      const result = load(name, url);
      runs.push(result);
      log(`  ${name.padEnd(6)} ${Math.round(result.requestsPerSec)} req/s, p99 ${result.p99Ms.toFixed(1)} ms`);
    }
    await stopProcess(plain.child);
    results.load = { page: loadPage, results: runs, checks };
    log(`  done [${elapsed()}]`);
  }

  if (steps.has("leads")) {
    log("Lead submissions …");
    results.leads = await benchLeads({
      origin,
      dataDir,
      smtpReceived: smtp.received,
      submissions: 400,
      concurrency: 20,
      warmup: 10,
      alsoVia: proxyOrigin,
      log,
    });
    log(`  p99 ${results.leads.p99Ms.toFixed(1)} ms [${elapsed()}]`);
    results.leadsFloor = await benchActionFloor({
      origin,
      path: FLOOR_ACTION_PATH,
      submissions: 400,
      concurrency: 20,
      warmup: 10,
    });
    log(`  a Server Action that only redirects: p99 ${results.leadsFloor.p99Ms.toFixed(1)} ms [${elapsed()}]`);
  }

  if (proxy) await stopProcess(proxy.child);
  await stopProcess(next.child);
  await smtp.close();
  machine.otherCpuShare = otherCpuShare(cpuAtStart, cpuSnapshot());

  results.totalSeconds = (Date.now() - started) / 1000;
  const markdown = renderMarkdown(results);
  const resultsDir = path.join(repo, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "latest.md"), markdown);
  writeFileSync(path.join(resultsDir, "latest.json"), JSON.stringify(results, null, 2));
  if (writeReadme) updateReadme(results);

  log("");
  log(markdown);
  log(`Written to bench/results/latest.md (Lighthouse reports: bench/results/lighthouse/*.html).`);
}

/**
 * Sanity checks of the proxy config: a content page is served from the cache and is the same
 * HTML as the prerendered file; the form pages never are.
 */
async function proxyChecks(proxyOrigin: string, file: string): Promise<string[]> {
  const checks: string[] = [];
  const get = async (p: string) => {
    const response = await fetch(`${proxyOrigin}${p}`);
    return { status: response.headers.get("x-cache-status") ?? "none", body: await response.text() };
  };
  await get(loadPage);
  const second = await get(loadPage);
  if (second.status !== "HIT") throw new Error(`The proxy did not cache ${loadPage} (X-Cache-Status ${second.status})`);
  checks.push(`${loadPage} served from cache (X-Cache-Status HIT)`);
  if (second.body !== readFileSync(file, "utf8")) throw new Error(`${loadPage} through the proxy differs from ${file}`);
  checks.push("same bytes as the prerendered .html file");
  const formA = await get("/request-a-call");
  const formB = await get("/request-a-call");
  const token = (html: string) => /name="formToken" value="([^"]+)"/.exec(html)?.[1];
  if (formA.status === "HIT" || formB.status === "HIT" || token(formA.body) === token(formB.body)) {
    throw new Error("The proxy cached /request-a-call: every visitor must get a fresh form token");
  }
  checks.push("/request-a-call not cached (a fresh form token each time)");
  return checks;
}

/**
 * CPU time of the whole machine (from /proc/stat) and of this process with every child it
 * has reaped (all of them, once the servers are stopped), in clock ticks.
 */
function cpuSnapshot(): { busy: number; total: number; ours: number } | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((sum, n) => sum + n, 0);
    const busy = total - fields[3] - fields[4]; // minus idle and iowait
    const self = readFileSync("/proc/self/stat", "utf8");
    const f = self
      .slice(self.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    return { busy, total, ours: f[11] + f[12] + f[13] + f[14] }; // utime stime cutime cstime
  } catch {
    return null; // not Linux
  }
}

/** The share of the machine's CPU that other work used while the bench ran. */
function otherCpuShare(start: ReturnType<typeof cpuSnapshot>, end: ReturnType<typeof cpuSnapshot>): number | null {
  if (!start || !end || end.total <= start.total) return null;
  const other = end.busy - start.busy - (end.ours - start.ours);
  return Math.max(0, other / (end.total - start.total));
}

function machineInfo(): Machine {
  const version = (command: string, flags: string[], pattern: RegExp) => {
    const result = spawnSync(command, flags, { encoding: "utf8" });
    return pattern.exec(`${result.stdout ?? ""}${result.stderr ?? ""}`)?.[1] ?? "?";
  };
  const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    cpus: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version.slice(1),
    chromium: version(chromePath, ["--version"], /(\d+\.\d+\.\d+\.\d+)/),
    lighthouse: "-",
    nginx: version("nginx", ["-v"], /nginx\/([\d.]+)/),
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" "),
    benchmarkIndex: null,
    otherCpuShare: null,
  };
}

/** Replaces the figures block inside the README's bench section. */
function updateReadme(results: Results) {
  const readme = path.join(repo, "README.md");
  const text = readFileSync(readme, "utf8");
  const start = "<!-- bench:figures:start -->";
  const end = "<!-- bench:figures:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block to update`);
  const m = results.machine;
  const figures = [
    "",
    `Measured ${machineLine(m)}.`,
    "",
    ...(busyWarning(m) ? [busyWarning(m), ""] : []),
    summaryTable(results),
    "",
  ].join("\n");
  writeFileSync(readme, text.slice(0, from + start.length) + figures + text.slice(to));
  log("README.md: figures updated.");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    failed = true;
    console.error(`\nThe bench failed [${elapsed()}]: ${error instanceof Error ? error.message : String(error)}`);
    if (readdirSync(runDir).length) console.error(`Logs: ${runDir} (next.log, nginx-*/error.log)`);
    process.exit(1);
  },
);
