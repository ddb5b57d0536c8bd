/**
 * `npm run bench`: builds the site in a throwaway copy, serves it on loopback, and measures
 * Lighthouse scores against the framework's floor and each page's script-free limit,
 * JavaScript weight, throughput (next start, the nginx reverse-proxy cache in bench/nginx/,
 * plain nginx), lead submissions and speed to lead on SQLite (one `next start`) and on
 * PostgreSQL (two behind nginx), and a content page's latency during large uploads; then
 * prints one table of targets and results and writes it to bench/results/latest.md.
 *
 * Options: --only=js,lighthouse,load,leads,pg,uploads (default all); --readme (also write
 * the figures into README.md between the bench:figures markers). Env: BENCH_PORT (first of
 * eight ports, default 3610), BENCH_PAGE (the content page for throughput, uploads and the
 * calibrated Lighthouse pass, default /what-is-iop), BENCH_KEEP=1 (keep the temporary build
 * and logs), BENCH_BUILT (a kept build to reuse), BENCH_CPU_PROF (a directory: each `next start`
 * writes a V8 CPU profile of its main and worker threads there when stopped), CHROME_PATH, PG_BIN.
 * Run through bench/run.sh, which installs nginx, wrk, Chromium and PostgreSQL when missing.
 */
import { randomBytes } from "node:crypto";
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
import { proxyConfig, shippedProxyConfig } from "../scripts/nginx";
import { publicPaths } from "../tests/support/site-pages";
import { buildCopy, FLOOR_ACTION_PATH, FLOOR_PATH } from "./lib/build";
import { measureWeights } from "./lib/js-weight";
import { benchActionFloor, benchLeads } from "./lib/leads";
import { runLighthouse } from "./lib/lighthouse-plan";
import type { PageKind } from "./lib/lighthouse-targets";
import { writeLimitPages } from "./lib/limit-pages";
import { cpuSnapshot, machineInfo, otherCpuShare, updateReadme } from "./lib/machine";
import { startPostgres } from "./lib/postgres";
import { assertPortFree, killAllChildren, startProcess, stopProcess, waitForHttp, type Started } from "./lib/proc";
import { renderMarkdown, type Results } from "./lib/report";
import { ms } from "./lib/report-format";
import { startSmtpSink } from "./lib/smtp-sink";
import { load, startNginx, staticServer, type LoadResult } from "./lib/throughput";
import { benchUploads } from "./lib/uploads";

const STEPS = ["js", "lighthouse", "load", "leads", "pg", "uploads"] as const;
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
const ports = {
  next: base,
  proxy: base + 1,
  plain: base + 2,
  smtp: base + 3,
  clusterA: base + 4,
  clusterB: base + 5,
  clusterProxy: base + 6,
  postgres: base + 7,
};
const loadPage = process.env.BENCH_PAGE ?? "/what-is-iop";
const origin = `http://127.0.0.1:${ports.next}`;
const clusterOrigin = `http://127.0.0.1:${ports.clusterProxy}`;
/** The whole bench takes about 15 minutes here; past this something is stuck. */
const WATCHDOG_MS = 35 * 60_000;

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
  // Retried: a server killed a moment ago may still be writing its cache into the copy.
  const rm = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  rm(failed ? path.join(runDir, "site", "node_modules") : runDir);
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

/** Written next to a build, so BENCH_BUILT can run it again with the key it was built with. */
const BUILD_INFO = ".bench-build.json";

async function main() {
  for (const port of Object.values(ports)) await assertPortFree(port);
  const cpuAtStart = cpuSnapshot();
  const machine = machineInfo();
  const results: Results = { machine };

  const dataDir = path.join(runDir, "data");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // BENCH_BUILT: the site directory of a kept earlier run (BENCH_KEEP=1), to skip the build
  // while working on the bench itself.
  const site = process.env.BENCH_BUILT ? path.resolve(process.env.BENCH_BUILT) : path.join(runDir, "site");
  // Every instance must decrypt the others' Server Action ids: one key, given at build time.
  const encryptionKey = process.env.BENCH_BUILT
    ? (JSON.parse(readFileSync(path.join(site, BUILD_INFO), "utf8")) as { encryptionKey: string }).encryptionKey
    : randomBytes(32).toString("base64");
  const buildEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: origin,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encryptionKey,
  };
  if (process.env.BENCH_BUILT) {
    log(`Using the build in ${site}`);
  } else {
    log(`Building a copy of the site in ${site} …`);
    results.buildSeconds = buildCopy(repo, site, buildEnv).buildSeconds;
    writeFileSync(path.join(site, BUILD_INFO), JSON.stringify({ encryptionKey }), { mode: 0o600 });
    log(`  built in ${results.buildSeconds.toFixed(0)} s [${elapsed()}]`);
  }

  const pages: Array<{ path: string; kind: PageKind }> = [
    ...publicPaths().map((p) => ({ path: p, kind: "content" as const })),
    { path: "/request-a-call", kind: "form" },
    { path: "/verify-insurance", kind: "form" },
  ];
  // Before `next start`, which reads public/ when it starts.
  writeLimitPages(site, [FLOOR_PATH, ...pages.filter((p) => p.kind === "content").map((p) => p.path)]);

  // The same secret in every instance and in this process, which makes the form tokens.
  const formSecret = randomBytes(32).toString("base64url");
  process.env.FORM_SECRET = formSecret;
  const sink = await startSmtpSink(ports.smtp);
  /** The new server's contract: with NODE_ENV=production it refuses to start unless all are set. */
  const serverEnv = (siteUrl: string, extra: Record<string, string>): NodeJS.ProcessEnv => ({
    ...buildEnv,
    NODE_ENV: "production",
    SITE_URL: siteUrl,
    SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
    ADMISSIONS_EMAIL: "admissions@example.org",
    MAIL_FROM: '"IOP bench" <no-reply@example.org>',
    LEAD_EMAIL_DETAIL: "full",
    FORM_SECRET: formSecret,
    LEAD_RATE_LIMIT: "100000",
    ...extra,
  });
  const startNext = async (name: string, port: number, env: NodeJS.ProcessEnv): Promise<Started> => {
    const server = startProcess(
      process.execPath,
      [
        ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : []),
        "node_modules/next/dist/bin/next",
        ...["start", "-H", "127.0.0.1", "-p", String(port)],
      ],
      { cwd: site, logFile: path.join(runDir, `${name}.log`), env },
    );
    await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, server.child);
    return server;
  };
  const proxyFor = (dir: string, listenPort: number, upstreamPorts: number[]) => {
    const template = readFileSync(shippedProxyConfig, "utf8");
    const cacheDir = path.join(runDir, dir, "cache");
    return startNginx(
      path.join(runDir, dir),
      proxyConfig(template, { listenPort, upstreamPorts, cacheDir }),
      `http://127.0.0.1:${listenPort}/`,
    );
  };

  // Phase 1: the default store, SQLite under DATA_DIR, one `next start` posted to directly (Next.js
  // fills in X-Forwarded-For from the socket, so one hop still names the client).
  if (["js", "lighthouse", "load", "leads"].some((step) => steps.has(step as Step))) {
    const next = await startNext(
      "next",
      ports.next,
      serverEnv(origin, { DATA_DIR: path.join(dataDir, "sqlite"), TRUSTED_PROXY_HOPS: "1" }),
    );

    if (steps.has("js")) {
      log(`JavaScript per page (floor: ${FLOOR_PATH}) …`);
      const weights = await measureWeights(origin, FLOOR_PATH, pages);
      results.js = { floorPath: FLOOR_PATH, ...weights };
      log(`  floor ${(weights.floorBytes / 1024).toFixed(1)} KB gzip [${elapsed()}]`);
    }

    if (steps.has("lighthouse")) {
      log(`Lighthouse: ${pages.length} pages, the empty page ${FLOOR_PATH}, and each content page's limit …`);
      results.lighthouse = await runLighthouse(origin, pages, {
        floorPath: FLOOR_PATH,
        calibratedPaths: [loadPage, "/request-a-call", "/verify-insurance"],
        reportDir: path.join(repo, "bench", "results", "lighthouse"),
        rerunBudgetMs: 2 * 60_000,
        log,
      });
      machine.lighthouse = results.lighthouse.lighthouseVersion;
      machine.benchmarkIndex = results.lighthouse.benchmarkIndex;
      log(`  done [${elapsed()}]`);
    }

    if (steps.has("load")) {
      log(`Throughput of ${loadPage} …`);
      const proxy = await proxyFor("nginx-proxy", ports.proxy, [ports.next]);
      const proxyOrigin = `http://127.0.0.1:${ports.proxy}`;
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
      await stopProcess(proxy.child);
      results.load = { page: loadPage, results: runs, checks };
      log(`  done [${elapsed()}]`);
    }

    if (steps.has("leads")) {
      log("Lead submissions and speed to lead, SQLite, one `next start` …");
      results.leads = await benchLeads({
        label: "SQLite",
        origin,
        sink,
        numberFrom: 0,
        ...LEAD_LOAD,
        log,
      });
      await addFloors(results.leads, origin);
      log(`  ${leadLine(results.leads)} [${elapsed()}]`);
    }
    await stopProcess(next.child);
  }

  // Phase 2: PostgreSQL, two `next start` behind the shipped nginx config, as a center scales out.
  if (steps.has("pg") || steps.has("uploads")) {
    log("PostgreSQL: a throwaway cluster, two `next start`, nginx in front …");
    const postgres = await startPostgres(path.join(runDir, "postgres"), ports.postgres);
    const env = serverEnv(clusterOrigin, {
      DATABASE_URL: postgres.url,
      DATA_DIR: path.join(dataDir, "cluster"),
      TRUSTED_PROXY_HOPS: "1",
    });
    const instances = [await startNext("next-a", ports.clusterA, env), await startNext("next-b", ports.clusterB, env)];
    const proxy = await proxyFor("nginx-cluster", ports.clusterProxy, [ports.clusterA, ports.clusterB]);
    try {
      if (steps.has("pg")) {
        results.leadsCluster = await benchLeads({
          label: "PostgreSQL, 2 instances behind nginx",
          origin: clusterOrigin,
          sink,
          numberFrom: 10_000,
          ...LEAD_LOAD,
          log,
        });
        await addFloors(results.leadsCluster, clusterOrigin);
        results.postgres = postgres.contents();
        log(`  ${leadLine(results.leadsCluster)} [${elapsed()}]`);
      }
      if (steps.has("uploads")) {
        log(`${loadPage} through the proxy while 10 clients upload 20 MB insurance checks …`);
        results.uploads = await benchUploads({ proxyOrigin: clusterOrigin, page: loadPage, numberFrom: 20_000, log });
        log(`  done [${elapsed()}]`);
      }
    } finally {
      await stopProcess(proxy.child);
      for (const instance of instances) await stopProcess(instance.child);
      await postgres.stop();
    }
  }

  await sink.close();
  machine.otherCpuShare = otherCpuShare(cpuAtStart, cpuSnapshot());

  results.totalSeconds = (Date.now() - started) / 1000;
  const markdown = renderMarkdown(results);
  const resultsDir = path.join(repo, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "latest.md"), markdown);
  writeFileSync(path.join(resultsDir, "latest.json"), JSON.stringify(results, null, 2));
  if (writeReadme) {
    updateReadme(repo, results);
    log("README.md: figures updated.");
  }

  log("");
  log(markdown);
  log(`Written to bench/results/latest.md (Lighthouse reports: bench/results/lighthouse/*.html).`);
}

/**
 * 10 warm-up posts, 50 one at a time (each waiting for its email), 400 at concurrency 20 (a
 * busy day), 1,000 at concurrency 100 (a hundred workers posting again as soon as answered),
 * then 5 waves of 100 visitors pressing "send" at the same moment, each on a connection of
 * their own (a television spot sending families to the forms in the same minute): every one
 * told "received" within 2 s, p50 within 1.5× (at 20) and 2× (at 100) of the redirect-only
 * action at the same load.
 */
const LEAD_LOAD = {
  warmup: 10,
  sequentialPosts: 50,
  loads: [
    { submissions: 400, concurrency: 20, floorRatio: 1.5 },
    { submissions: 1000, concurrency: 100, floorRatio: 2 },
    { submissions: 500, concurrency: 100, floorRatio: 2, waves: true },
  ],
};

/** The redirect-only action at each of the leads' loads, through the same origin. */
async function addFloors(run: NonNullable<Results["leads"]>, at: string): Promise<void> {
  for (const load of run.concurrent) {
    load.floor = await benchActionFloor({
      origin: at,
      path: FLOOR_ACTION_PATH,
      warmup: 10,
      submissions: load.posts,
      concurrency: load.concurrency,
      waves: load.waves,
    });
  }
}

const leadLine = (run: NonNullable<Results["leads"]>) =>
  run.concurrent
    .map(
      (c) =>
        `at ${c.concurrency}${c.waves ? " in waves" : ""}: until 303 p50 ${ms(c.latency.p50Ms)} p99 ${ms(c.latency.p99Ms)} ` +
        `(floor p50 ${ms(c.floor?.latency.p50Ms ?? Number.NaN)}), speed to lead p99 ${ms(c.speedToLead.p99Ms)}`,
    )
    .join("; ");

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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    failed = true;
    console.error(`\nThe bench failed [${elapsed()}]: ${error instanceof Error ? error.message : String(error)}`);
    if (readdirSync(runDir).length) console.error(`Logs: ${runDir} (next.log, nginx-*/error.log)`);
    process.exit(1);
  },
);
