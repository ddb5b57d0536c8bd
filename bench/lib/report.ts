import type { PageWeight } from "./js-weight";
import { FORM_BUDGET_BYTES } from "./js-weight";
import type { LeadRun } from "./leads";
import type { LighthouseResults } from "./lighthouse-plan";
import { kb, ms, range, signedKb, table, verdict } from "./report-format";
import { leadDetails, leadRows, postgresRow, uploadRows } from "./report-leads";
import { lighthouseDetails, lighthouseRows } from "./report-lighthouse";
import type { LoadResult } from "./throughput";
import { LOAD } from "./throughput";
import type { UploadResult } from "./uploads";

export type Machine = {
  date: string;
  cpus: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  lighthouse: string;
  nginx: string;
  loadAverage: string;
  /** Share of the machine's CPU used by processes other than the bench's while it ran. */
  otherCpuShare: number | null;
  benchmarkIndex: number | null;
};

export type Results = {
  machine: Machine;
  buildSeconds?: number;
  lighthouse?: LighthouseResults;
  js?: { floorPath: string; floorBytes: number; floorScripts: number; pages: PageWeight[] };
  load?: { page: string; results: LoadResult[]; checks: string[] };
  /** SQLite, one `next start`, posted to directly. */
  leads?: LeadRun;
  /** PostgreSQL, two `next start` behind the nginx config. */
  leadsCluster?: LeadRun;
  postgres?: { tables: number; rows: number };
  uploads?: UploadResult;
  totalSeconds?: number;
};

/** Other work on the machine slows every CPU-bound figure; say so rather than let it pass. */
export function busyWarning(m: Machine): string {
  if (m.otherCpuShare === null || m.otherCpuShare < 0.1) return "";
  return (
    `**The machine was busy with other work:** other processes used ${Math.round(m.otherCpuShare * 100)}% of its CPU ` +
    "while the bench ran. Lighthouse Performance, TBT and LCP, throughput and submission latency are worse than on " +
    "an idle machine; rerun on an idle one before acting on them."
  );
}

export function machineLine(m: Machine): string {
  return (
    `${m.date}; ${m.cpus} CPUs, ${m.memoryGiB} GiB RAM, Node ${m.node}, Chromium ${m.chromium}, ` +
    `Lighthouse ${m.lighthouse}, nginx ${m.nginx}; load average at start ${m.loadAverage}` +
    (m.otherCpuShare !== null
      ? `; other processes used ${Math.round(m.otherCpuShare * 100)}% of the CPU during the run`
      : "") +
    (m.benchmarkIndex !== null ? `; Lighthouse CPU benchmark index ${m.benchmarkIndex}` : "")
  );
}

/** The one table: every target, what was measured, and whether it was met. */
export function summaryTable(r: Results): string {
  const rows: string[][] = [];
  if (r.lighthouse) rows.push(...lighthouseRows(r.lighthouse));
  if (r.js) {
    const content = r.js.pages.filter((p) => p.kind === "content");
    const forms = r.js.pages.filter((p) => p.kind === "form");
    rows.push([
      `JavaScript floor: empty page (\`${r.js.floorPath}\`)`,
      "(reference)",
      `${kb(r.js.floorBytes)} gzip in ${r.js.floorScripts} scripts`,
      "",
    ]);
    rows.push([
      `JavaScript over the floor, content pages (${content.length})`,
      "+0 KB",
      `${range(
        content.map((p) => p.deltaBytes),
        signedKb,
      )}; ${content.filter((p) => p.ok).length}/${content.length} meet it`,
      verdict(content.every((p) => p.ok)),
    ]);
    for (const page of forms) {
      rows.push([
        `JavaScript over the floor, ${page.path}`,
        `≤ +${FORM_BUDGET_BYTES / 1024} KB`,
        `${signedKb(page.deltaBytes)} (${kb(page.gzipBytes)} total)` +
          (page.onFocusBytes
            ? `; its validation code, ${kb(page.onFocusBytes)}, loads when focus enters the form`
            : ""),
        verdict(page.ok),
      ]);
    }
  }
  if (r.load) {
    const plain = r.load.results.find((x) => x.name === "plain");
    for (const x of r.load.results) {
      const ratio =
        plain && x !== plain ? `; ${Math.round((x.requestsPerSec / plain.requestsPerSec) * 100)}% of plain nginx` : "";
      rows.push([
        `Throughput ${r.load.page}: ${loadName(x.name)}`,
        x.name === "proxy" ? "(the way to serve at scale)" : "(reference)",
        `${Math.round(x.requestsPerSec).toLocaleString("en-US")} req/s, p99 ${ms(x.p99Ms)}${ratio}` +
          (x.errors ? `; ${x.errors} errors` : ""),
        x.errors ? "**ERRORS**" : "",
      ]);
    }
  }
  for (const run of [r.leads, r.leadsCluster]) if (run) rows.push(...leadRows(run));
  if (r.postgres) rows.push(postgresRow(r.postgres));
  if (r.uploads) rows.push(...uploadRows(r.uploads));
  return table(["Check", "Target", "Measured", "Result"], rows);
}

const loadName = (name: string) =>
  ({ next: "`next start`", proxy: "nginx proxy_cache → next start", plain: "nginx, plain HTML file" })[name] ?? name;

function detailSections(r: Results): string {
  const out: string[] = [];
  if (r.lighthouse) out.push(lighthouseDetails(r.lighthouse));
  if (r.js) {
    out.push(`\n### JavaScript per page (gzip -9 of each script Chromium loads, until the network is idle)\n`);
    out.push(
      table(
        ["Page", "Scripts", "Gzip", "Over floor", "Limit", "Result", "On first focus"],
        [
          [`\`${r.js.floorPath}\` (floor)`, String(r.js.floorScripts), kb(r.js.floorBytes), "", "", "", ""],
          ...r.js.pages.map((p) => [
            `\`${p.path}\``,
            String(p.scripts),
            kb(p.gzipBytes),
            signedKb(p.deltaBytes),
            `+${p.limitBytes / 1024} KB`,
            verdict(p.ok),
            p.onFocusBytes === undefined ? "" : `+${kb(p.onFocusBytes)}`,
          ]),
        ],
      ),
    );
  }
  if (r.load) {
    out.push(
      `\n### Throughput (wrk, ${LOAD.connections} connections, ${LOAD.seconds} s after a ${LOAD.warmupSeconds} s warm-up, loopback)\n`,
    );
    out.push(
      table(
        ["Server", "Requests/s", "p50", "p99", "Requests", "Errors"],
        r.load.results.map((x) => [
          loadName(x.name),
          Math.round(x.requestsPerSec).toLocaleString("en-US"),
          ms(x.p50Ms),
          ms(x.p99Ms),
          x.requests.toLocaleString("en-US"),
          String(x.errors),
        ]),
      ),
    );
    if (r.load.checks.length) out.push(`\nProxy checks: ${r.load.checks.join("; ")}.`);
  }
  for (const run of [r.leads, r.leadsCluster]) if (run) out.push(leadDetails(run));
  return out.join("\n");
}

export function renderMarkdown(r: Results): string {
  return [
    `## Benchmark results`,
    "",
    machineLine(r.machine) + (r.totalSeconds ? `; bench took ${Math.round(r.totalSeconds)} s` : "") + ".",
    "",
    ...(busyWarning(r.machine) ? [busyWarning(r.machine), ""] : []),
    summaryTable(r),
    "",
    detailSections(r),
    "",
  ].join("\n");
}
