import type { PageWeight } from "./js-weight";
import { FORM_BUDGET_BYTES } from "./js-weight";
import type { FloorResult, LeadResult } from "./leads";
import { LEAD_TARGET_P99_MS } from "./leads";
import type { PageAudit } from "./lighthouse";
import { TARGETS } from "./lighthouse";
import type { LoadResult } from "./throughput";
import { LOAD } from "./throughput";

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
  lighthouse?: PageAudit[];
  /** The empty page the JavaScript floor is measured on: what the framework alone scores. */
  lighthouseFloor?: PageAudit;
  js?: { floorPath: string; floorBytes: number; floorScripts: number; pages: PageWeight[] };
  load?: { page: string; results: LoadResult[]; checks: string[] };
  leads?: LeadResult;
  leadsFloor?: FloorResult;
  totalSeconds?: number;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signedKb = (bytes: number) => `${bytes >= 0 ? "+" : "−"}${(Math.abs(bytes) / 1024).toFixed(1)} KB`;
const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const sec = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? "ok" : "**MISS**");
const range = (values: number[], format: (n: number) => string) => {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? format(min) : `${format(min)}–${format(max)}`;
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
  if (r.lighthouse) {
    const pages = r.lighthouse;
    for (const kind of ["content", "form"] as const) {
      const group = pages.filter((p) => p.kind === kind);
      if (!group.length) continue;
      const target = TARGETS.performance[kind];
      const perf = group.map((p) => p.scores.performance ?? 0);
      const meet = group.filter((p) => (p.scores.performance ?? 0) >= target).length;
      rows.push([
        `Lighthouse Performance, ${kind} pages (${group.length})`,
        kind === "content" ? "100" : "≥ 95",
        `${range(perf, String)}; ${meet}/${group.length} meet it`,
        verdict(meet === group.length),
      ]);
    }
    for (const id of ["accessibility", "best-practices", "seo"] as const) {
      const values = pages.map((p) => p.scores[id] ?? 0);
      const meet = values.filter((v) => v >= TARGETS.otherCategories).length;
      const name = { accessibility: "Accessibility", "best-practices": "Best Practices", seo: "SEO" }[id];
      rows.push([
        `Lighthouse ${name}, all pages (${pages.length})`,
        "100",
        `${range(values, String)}; ${meet}/${pages.length} meet it`,
        verdict(meet === pages.length),
      ]);
    }
    const lcp = pages.map((p) => p.lcpMs);
    const lcpMeet = pages.filter((p) => p.lcpMs < TARGETS.lcpMs).length;
    rows.push([
      `Largest Contentful Paint, all pages`,
      "< 1.5 s",
      `${range(lcp, sec)}; ${lcpMeet}/${pages.length} meet it`,
      verdict(lcpMeet === pages.length),
    ]);
    const cls = pages.map((p) => p.cls);
    const clsMeet = pages.filter((p) => p.cls <= TARGETS.cls).length;
    rows.push([
      `Cumulative Layout Shift, all pages`,
      "0",
      `${range(cls, (n) => n.toFixed(3))}; ${clsMeet}/${pages.length} meet it`,
      verdict(clsMeet === pages.length),
    ]);
    if (r.lighthouseFloor) {
      const floor = r.lighthouseFloor;
      rows.push([
        `Lighthouse, empty page in the same layout (\`${floor.path}\`)`,
        "(the framework's floor)",
        `Performance ${floor.scores.performance ?? "-"}, LCP ${sec(floor.lcpMs)}, TBT ${Math.round(floor.tbtMs)} ms`,
        "",
      ]);
    }
    rows.push([
      `Total Blocking Time, all pages`,
      "(no target)",
      range(
        pages.map((p) => p.tbtMs),
        (n) => `${Math.round(n)} ms`,
      ),
      "",
    ]);
  }
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
  if (r.leads) {
    const l = r.leads;
    rows.push([
      `Lead submission until 303, ${l.concurrency} concurrent (${l.submissions} posts)`,
      `p99 < ${LEAD_TARGET_P99_MS} ms`,
      `p50 ${ms(l.p50Ms)}, p95 ${ms(l.p95Ms)}, p99 ${ms(l.p99Ms)}, max ${ms(l.maxMs)}`,
      verdict(l.p99Ms < LEAD_TARGET_P99_MS && l.non303 === 0),
    ]);
    rows.push([
      `Lead submission until 303, one at a time (${l.sequential.posts} posts)`,
      "(what one person waits)",
      `p50 ${ms(l.sequential.p50Ms)}, p99 ${ms(l.sequential.p99Ms)}`,
      "",
    ]);
    if (r.leadsFloor) {
      const f = r.leadsFloor;
      rows.push([
        `Same load, a Server Action that only redirects (\`${f.path}\`)`,
        "(the framework's floor)",
        `p50 ${ms(f.p50Ms)}, p99 ${ms(f.p99Ms)}` + (f.non303 ? `; ${f.non303} posts not answered 303` : ""),
        f.non303 ? "**ERRORS**" : "",
      ]);
    }
    rows.push([
      `Leads stored / emails received`,
      "every one",
      `${l.storedLeads}/${l.expectedLeads} stored, ${l.emails}/${l.expectedLeads} emailed (within ${sec(l.emailsAfterMs)})` +
        (l.non303 ? `; ${l.non303} posts not answered 303` : "") +
        (l.viaProxyOk === false ? "; the post through the proxy was not answered 303" : ""),
      verdict(
        l.storedLeads === l.expectedLeads && l.emails === l.expectedLeads && l.non303 === 0 && l.viaProxyOk !== false,
      ),
    ]);
  }
  return table(["Check", "Target", "Measured", "Result"], rows);
}

const loadName = (name: string) =>
  ({ next: "`next start`", proxy: "nginx proxy_cache → next start", plain: "nginx, plain HTML file" })[name] ?? name;

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

export function detailSections(r: Results): string {
  const out: string[] = [];
  if (r.lighthouse) {
    out.push("### Lighthouse (mobile, simulated throttling)\n");
    out.push(
      table(
        ["Page", "Perf", "A11y", "BP", "SEO", "LCP", "TBT", "CLS", "Misses"],
        [...r.lighthouse, ...(r.lighthouseFloor ? [r.lighthouseFloor] : [])].map((p) => [
          `\`${p.path}\`${p === r.lighthouseFloor ? " (empty page)" : p.kind === "form" ? " (form)" : ""}`,
          String(p.scores.performance ?? "-"),
          String(p.scores.accessibility ?? "-"),
          String(p.scores["best-practices"] ?? "-"),
          String(p.scores.seo ?? "-"),
          sec(p.lcpMs),
          `${Math.round(p.tbtMs)} ms`,
          p.cls.toFixed(3),
          p === r.lighthouseFloor
            ? "(reference; not indexed, so SEO does not apply)"
            : p.misses.length
              ? p.misses.join("; ") + (p.runs > 1 ? ` (median of ${p.runs} runs)` : "")
              : "none",
        ]),
      ),
    );
    const causes = new Map<string, { pages: string[]; text: string }>();
    for (const page of r.lighthouse) {
      for (const reason of page.reasons) {
        const entry = causes.get(reason.key) ?? { pages: [], text: reason.text };
        entry.pages.push(page.path);
        causes.set(reason.key, entry);
      }
    }
    if (causes.size) {
      out.push("\nWhy pages miss: failed audits, most widespread first (figures from the first page named):\n");
      const total = r.lighthouse.length;
      for (const { pages, text } of [...causes.values()].sort((a, b) => b.pages.length - a.pages.length)) {
        const where =
          pages.length === total
            ? "all pages"
            : pages.length > 4
              ? `${pages.length} of ${total} pages, e.g. \`${pages[0]}\``
              : pages.map((p) => `\`${p}\``).join(", ");
        out.push(`- ${text} (${where})`);
      }
    }
  }
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
  if (r.leads) {
    const l = r.leads;
    out.push(`\n### Lead submissions\n`);
    out.push(
      `${l.submissions} no-JS posts of /request-a-call at concurrency ${l.concurrency} after ${l.warmup} sequential warm-up ` +
        `posts (the first took ${ms(l.firstMs)}) and ${l.sequential.posts} timed one at a time (p50 ${ms(l.sequential.p50Ms)}, ` +
        `p99 ${ms(l.sequential.p99Ms)}), SMTP server on 127.0.0.1: p50 ${ms(l.p50Ms)}, p95 ${ms(l.p95Ms)}, ` +
        `p99 ${ms(l.p99Ms)}, max ${ms(l.maxMs)}; ${l.storedLeads}/${l.expectedLeads} leads stored, ` +
        `${l.emails}/${l.expectedLeads} emails received within ${sec(l.emailsAfterMs)} of the last answer` +
        (l.viaProxyOk === undefined
          ? "."
          : ` (one more post went through the nginx proxy: ${l.viaProxyOk ? "answered 303" : "**not answered 303**"}).`),
    );
  }
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
