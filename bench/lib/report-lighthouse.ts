import type { PageAudit } from "./lighthouse";
import type { LighthousePass, LighthouseResults } from "./lighthouse-plan";
import { categoryName, type Reason } from "./lighthouse-reasons";
import {
  CLS_TARGET,
  LCP_SLACK,
  lcpTargetMs,
  meetsLcp,
  meetsPerformance,
  OTHER_CATEGORY_TARGET,
  PERFORMANCE_SLACK,
  performanceTarget,
  type Floor,
} from "./lighthouse-targets";
import { range, sec, signedSec, table, verdict } from "./report-format";

const floorOf = (pass: LighthousePass): Floor => ({
  performance: pass.floor.scores.performance ?? 0,
  lcpMs: pass.floor.lcpMs,
});
const perf = (audit: PageAudit) => audit.scores.performance ?? 0;
const signed = (points: number) => `${points >= 0 ? "+" : "−"}${Math.abs(points)}`;

/** The limit minus the page: what the framework's scripts cost this page, in points and LCP. */
function cost(pass: LighthousePass, page: PageAudit): { points: number; lcpMs: number } | undefined {
  const limit = pass.limits[page.path];
  return limit && { points: perf(limit) - perf(page), lcpMs: page.lcpMs - limit.lcpMs };
}

/** Every target a page misses in its pass, with the audits that explain each miss. */
function missesOf(pass: LighthousePass, page: PageAudit): { misses: string[]; reasons: Reason[] } {
  const floor = floorOf(pass);
  const misses: string[] = [];
  const reasons: Reason[] = [];
  if (!meetsPerformance(page.kind, perf(page), floor)) {
    misses.push(`Performance ${perf(page)} < ${performanceTarget(page.kind, floor)}`);
    reasons.push(...page.reasons.performance);
  }
  if (!meetsLcp(page.lcpMs, floor)) {
    misses.push(`LCP ${sec(page.lcpMs)} > ${sec(lcpTargetMs(floor))}`);
    reasons.push(page.reasons.lcp);
  }
  for (const id of ["accessibility", "best-practices", "seo"] as const) {
    const score = page.scores[id];
    if (score !== null && score < OTHER_CATEGORY_TARGET) {
      misses.push(`${categoryName(id)} ${score} < ${OTHER_CATEGORY_TARGET}`);
      reasons.push(...(page.reasons.other[id] ?? []));
    }
  }
  if (!(page.cls <= CLS_TARGET)) {
    misses.push(`CLS ${page.cls.toFixed(3)} > ${CLS_TARGET}`);
    reasons.push(...page.reasons.cls);
  }
  return { misses, reasons };
}

/** The summary table's Lighthouse rows: the floor, the relative targets, the limit, the cost. */
export function lighthouseRows(lh: LighthouseResults): string[][] {
  const rows: string[][] = [];
  const pass = lh.standard;
  const x = `${pass.cpuSlowdown}x`;
  const floor = floorOf(pass);
  rows.push([
    `Lighthouse at ${x}, empty page in the same layout (\`${pass.floor.path}\`, median of ${pass.floor.runs})`,
    "(the framework's floor; the targets below are relative to it)",
    `Performance ${perf(pass.floor)}, LCP ${sec(pass.floor.lcpMs)}, TBT ${Math.round(pass.floor.tbtMs)} ms; ` +
      `without its scripts ${perf(pass.floorLimit)}`,
    "",
  ]);
  rows.push(...performanceRows(pass, x));
  const pages = pass.pages;
  const lcpMeet = pages.filter((p) => meetsLcp(p.lcpMs, floor)).length;
  rows.push([
    `Largest Contentful Paint at ${x}, all pages (${pages.length})`,
    `≤ empty page + ${LCP_SLACK * 100} % (${sec(lcpTargetMs(floor))})`,
    `${range(
      pages.map((p) => p.lcpMs),
      sec,
    )}; ${lcpMeet}/${pages.length} meet it`,
    verdict(lcpMeet === pages.length),
  ]);
  const limits = Object.values(pass.limits);
  if (limits.length) {
    rows.push([
      `Limit at ${x}: each content page's own HTML with its scripts removed (${limits.length})`,
      "(same server, same run)",
      `Performance ${range(limits.map(perf), String)}, LCP ${range(
        limits.map((l) => l.lcpMs),
        sec,
      )}, TBT ${range(
        limits.map((l) => l.tbtMs),
        (n) => `${Math.round(n)} ms`,
      )}`,
      "",
    ]);
    const costs = pages.map((p) => cost(pass, p)).filter((c) => c !== undefined);
    rows.push([
      `The framework's cost at ${x}: limit minus page, content pages`,
      "(reported, no target)",
      `${range(
        costs.map((c) => c.points),
        signed,
      )} points, LCP ${range(
        costs.map((c) => c.lcpMs),
        signedSec,
      )}; the empty page's own: ${signed(perf(pass.floorLimit) - perf(pass.floor))} points`,
      "",
    ]);
  }
  rows.push([
    `Total Blocking Time at ${x}, all pages`,
    "(no target)",
    range(
      pages.map((p) => p.tbtMs),
      (n) => `${Math.round(n)} ms`,
    ),
    "",
  ]);
  for (const id of ["accessibility", "best-practices", "seo"] as const) {
    const values = pages.map((p) => p.scores[id] ?? 0);
    const meet = values.filter((v) => v >= OTHER_CATEGORY_TARGET).length;
    rows.push([
      `Lighthouse ${categoryName(id)}, all pages (${pages.length})`,
      String(OTHER_CATEGORY_TARGET),
      `${range(values, String)}; ${meet}/${pages.length} meet it`,
      verdict(meet === pages.length),
    ]);
  }
  const clsMeet = pages.filter((p) => p.cls <= CLS_TARGET).length;
  rows.push([
    "Cumulative Layout Shift, all pages",
    String(CLS_TARGET),
    `${range(
      pages.map((p) => p.cls),
      (n) => n.toFixed(3),
    )}; ${clsMeet}/${pages.length} meet it`,
    verdict(clsMeet === pages.length),
  ]);

  rows.push([
    "Lighthouse CPU benchmark index → the slowdown its calculator gives",
    "(Lighthouse docs/throttling.md)",
    `index ${lh.benchmarkIndex} → ${lh.calculatedMultiplier.toFixed(2)}x` +
      (lh.calibrated ? ` (run at ${lh.calibrated.cpuSlowdown}x below)` : " (the default 4x; not run twice)"),
    "",
  ]);
  if (lh.calibrated) {
    const c = lh.calibrated;
    const cx = `${c.cpuSlowdown}x`;
    rows.push([
      `Lighthouse at ${cx}, empty page (\`${c.floor.path}\`, median of ${c.floor.runs})`,
      "(the floor at this slowdown)",
      `Performance ${perf(c.floor)}, LCP ${sec(c.floor.lcpMs)}, TBT ${Math.round(c.floor.tbtMs)} ms; ` +
        `without its scripts ${perf(c.floorLimit)}`,
      "",
    ]);
    rows.push(...performanceRows(c, cx));
    const meet = c.pages.filter((p) => meetsLcp(p.lcpMs, floorOf(c))).length;
    rows.push([
      `Largest Contentful Paint at ${cx}, ${c.pages.map((p) => `\`${p.path}\``).join(", ")}`,
      `≤ empty page + ${LCP_SLACK * 100} % (${sec(lcpTargetMs(floorOf(c)))})`,
      `${c.pages.map((p) => sec(p.lcpMs)).join(", ")}; ${meet}/${c.pages.length} meet it`,
      verdict(meet === c.pages.length),
    ]);
  }
  return rows;
}

function performanceRows(pass: LighthousePass, x: string): string[][] {
  const floor = floorOf(pass);
  const rows: string[][] = [];
  for (const kind of ["content", "form"] as const) {
    const group = pass.pages.filter((p) => p.kind === kind);
    if (!group.length) continue;
    const meet = group.filter((p) => meetsPerformance(kind, perf(p), floor)).length;
    const costs = group.map((p) => cost(pass, p)).filter((c) => c !== undefined);
    const measured =
      group.length <= 2
        ? group
            .map((p) => {
              const c = cost(pass, p);
              return `${p.path} ${perf(p)}${c ? ` (limit ${perf(pass.limits[p.path])}, cost ${signed(c.points)})` : ""}`;
            })
            .join("; ")
        : `${range(group.map(perf), String)}${
            costs.length
              ? `; cost ${range(
                  costs.map((c) => c.points),
                  signed,
                )} points`
              : ""
          }`;
    rows.push([
      `Lighthouse Performance at ${x}, ${kind} pages (${group.length})`,
      `≥ empty page − ${PERFORMANCE_SLACK[kind]} (${performanceTarget(kind, floor)})`,
      `${measured}; ${meet}/${group.length} meet it`,
      verdict(meet === group.length),
    ]);
  }
  return rows;
}

/** Per page: scores, the target it was held to, its limit and cost; then why pages miss. */
export function lighthouseDetails(lh: LighthouseResults): string {
  const out: string[] = [];
  for (const pass of [lh.standard, ...(lh.calibrated ? [lh.calibrated] : [])]) {
    const floor = floorOf(pass);
    out.push(`\n### Lighthouse at ${pass.cpuSlowdown}x CPU slowdown (mobile, simulated throttling)\n`);
    const line = (p: PageAudit, note: string, target: string, missText: string): string[] => {
      const c = p.role === "page" ? cost(pass, p) : undefined;
      const limit = p.role === "page" ? pass.limits[p.path] : p.role === "floor" ? pass.floorLimit : undefined;
      return [
        `\`${p.path}\`${note}`,
        String(p.scores.performance ?? "-"),
        target,
        limit ? String(perf(limit)) : "",
        c ? signed(c.points) : p.role === "floor" ? signed(perf(pass.floorLimit) - perf(p)) : "",
        String(p.scores.accessibility ?? "-"),
        String(p.scores["best-practices"] ?? "-"),
        String(p.scores.seo ?? "-"),
        sec(p.lcpMs),
        limit ? sec(limit.lcpMs) : "",
        `${Math.round(p.tbtMs)} ms`,
        p.cls.toFixed(3),
        missText,
      ];
    };
    out.push(
      table(
        ["Page", "Perf", "Target", "Limit", "Cost", "A11y", "BP", "SEO", "LCP", "Limit LCP", "TBT", "CLS", "Misses"],
        [
          line(
            pass.floor,
            " (empty page)",
            "(floor)",
            `(reference, median of ${pass.floor.runs}; not indexed, so SEO does not apply)`,
          ),
          ...pass.pages.map((p) => {
            const { misses } = missesOf(pass, p);
            return line(
              p,
              p.kind === "form" ? " (form)" : "",
              `≥ ${performanceTarget(p.kind, floor)}`,
              misses.length ? misses.join("; ") + (p.runs > 1 ? ` (median of ${p.runs} runs)` : "") : "none",
            );
          }),
        ],
      ),
    );
    const causes = new Map<string, { pages: string[]; text: string }>();
    for (const page of pass.pages) {
      for (const reason of missesOf(pass, page).reasons) {
        const entry = causes.get(reason.key) ?? { pages: [], text: reason.text };
        if (!entry.pages.includes(page.path)) entry.pages.push(page.path);
        causes.set(reason.key, entry);
      }
    }
    if (causes.size) {
      out.push("\nWhy pages miss: failed audits, most widespread first (figures from the first page named):\n");
      const total = pass.pages.length;
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
  return out.join("\n");
}
