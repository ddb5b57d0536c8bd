import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { clsReasons, failedAudits, lcpReason, performanceReasons, type Reason } from "./lighthouse-reasons";
import type { PageKind } from "./lighthouse-targets";
import { adopt } from "./proc";

/** The parts of a Lighthouse result this bench reads. */
export type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  metricSavings?: Record<string, number>;
  details?: { type: string; items?: Array<Record<string, unknown>> };
};
type Category = { score: number | null; auditRefs: Array<{ id: string; weight: number; group?: string }> };
export type Lhr = {
  lighthouseVersion: string;
  environment: { hostUserAgent: string; benchmarkIndex: number };
  configSettings: { throttling: { cpuSlowdownMultiplier: number } };
  runtimeError?: { code: string; message: string };
  categories: Record<string, Category>;
  audits: Record<string, Audit>;
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/**
 * What a URL is in the comparison: one of the site's pages, the empty page in the same
 * layout (the framework's floor), or a page's own HTML with its scripts removed (the limit).
 */
type AuditRole = "page" | "floor" | "limit";
export type AuditPage = { path: string; kind: PageKind; role: AuditRole; /** limit: the page it strips */ of?: string };

export type PageAudit = AuditPage & {
  /** null for a category not run (the limit pages run Performance only). */
  scores: Record<CategoryId, number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** How many Lighthouse runs the figures are the median of. */
  runs: number;
  /** The CPU slowdown Lighthouse simulated (its default is 4). */
  cpuSlowdown: number;
  /** Lighthouse's CPU benchmark of this machine, median over the runs (higher is faster). */
  benchmarkIndex: number;
  reasons: {
    performance: Reason[];
    lcp: Reason;
    cls: Reason[];
    other: Partial<Record<CategoryId, Reason[]>>;
  };
};

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export type LighthouseSession = {
  /**
   * Audits one page `runs` times (or once, then twice more if `moreRuns` says so while the
   * rerun budget lasts) and reports the medians; keeps the median run's HTML report.
   */
  audit(
    page: AuditPage,
    options: { cpuSlowdown: number; runs?: number; moreRuns?: (first: PageAudit) => boolean; reportName: string },
  ): Promise<PageAudit>;
  close(): Promise<void>;
  lighthouseVersion(): string;
};

/**
 * Lighthouse's defaults except, when asked, the CPU slowdown: mobile form factor, simulated
 * throttling (slow 4G). One Chromium for every audit, one page at a time, so runs don't
 * compete for the CPU.
 */
export async function openLighthouse(
  origin: string,
  options: { reportDir: string; rerunBudgetMs: number; log: (line: string) => void },
): Promise<LighthouseSession> {
  mkdirSync(options.reportDir, { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  adopt(chrome.process);
  let rerunMs = 0;
  let version = "";
  return {
    lighthouseVersion: () => version,
    async audit(page, { cpuSlowdown, runs: fixedRuns, moreRuns, reportName }) {
      const categories = page.role === "limit" ? (["performance"] as const) : CATEGORIES;
      const runs: Array<{ lhr: Lhr; html: string }> = [];
      const once = async () => {
        const run = await runOnce(`${origin}${page.path}`, chrome.port, [...categories], cpuSlowdown);
        runs.push(run);
        version = run.lhr.lighthouseVersion;
      };
      for (let i = 0; i < (fixedRuns ?? 1); i++) await once();
      if (!fixedRuns && moreRuns && rerunMs < options.rerunBudgetMs && moreRuns(summarize(page, runs).result)) {
        const started = Date.now();
        await once();
        await once();
        rerunMs += Date.now() - started;
      }
      const { result, report } = summarize(page, runs);
      writeFileSync(path.join(options.reportDir, `${reportName}.html`), report);
      options.log(
        `  ${`${page.path}${page.role === "limit" ? " (limit)" : ""}`.padEnd(40)} ${cpuSlowdown}x  perf ${fmt(result.scores.performance)}` +
          (page.role === "limit"
            ? ""
            : `  a11y ${fmt(result.scores.accessibility)}  bp ${fmt(result.scores["best-practices"])}  seo ${fmt(result.scores.seo)}`) +
          `  LCP ${(result.lcpMs / 1000).toFixed(2)} s  TBT ${Math.round(result.tbtMs)} ms  CLS ${result.cls.toFixed(3)}` +
          (runs.length > 1 ? `  (median of ${runs.length})` : ""),
      );
      return result;
    },
    async close() {
      const exited = new Promise((resolve) => chrome.process.once("exit", resolve));
      chrome.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
  };
}

/** Trace-recording failures Lighthouse itself says to retry ("Please run Lighthouse again"). */
const TRANSIENT_ERRORS = new Set(["NO_NAVSTART", "NO_FCP", "NO_LCP", "PROTOCOL_TIMEOUT"]);

async function runOnce(
  url: string,
  port: number,
  categories: CategoryId[],
  cpuSlowdown: number,
  attempt = 1,
): Promise<{ lhr: Lhr; html: string }> {
  const result = await lighthouse(url, {
    port,
    output: "html",
    logLevel: "error",
    onlyCategories: categories,
    // Merged into the default mobile preset: only the CPU multiplier changes.
    throttling: { cpuSlowdownMultiplier: cpuSlowdown },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr as unknown as Lhr;
  if (lhr.runtimeError) {
    if (TRANSIENT_ERRORS.has(lhr.runtimeError.code) && attempt < 3) {
      return runOnce(url, port, categories, cpuSlowdown, attempt + 1);
    }
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const applied = lhr.configSettings.throttling.cpuSlowdownMultiplier;
  if (applied !== cpuSlowdown)
    throw new Error(`Lighthouse ran ${url} at ${applied}x CPU slowdown, not ${cpuSlowdown}x`);
  return { lhr, html: String(result.report) };
}

const fmt = (score: number | null) => (score === null ? "  -" : String(score).padStart(3));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarize(page: AuditPage, runs: Array<{ lhr: Lhr; html: string }>): { result: PageAudit; report: string } {
  // The run with the median performance score explains the figures; its report is kept.
  const ranked = [...runs].sort(
    (a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0),
  );
  const { lhr, html } = ranked[Math.floor(ranked.length / 2)];
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const values = runs
        .map((run) => run.lhr.categories[id]?.score)
        .filter((v): v is number => typeof v === "number")
        .map((v) => Math.round(v * 100));
      return [id, values.length ? Math.round(median(values)) : null];
    }),
  ) as Record<CategoryId, number | null>;
  const metric = (id: string) => median(runs.map((run) => run.lhr.audits[id]?.numericValue ?? Number.NaN));
  const other: Partial<Record<CategoryId, Reason[]>> = {};
  for (const id of ["accessibility", "best-practices", "seo"] as const) {
    if (lhr.categories[id]) other[id] = failedAudits(lhr, id);
  }
  return {
    result: {
      ...page,
      scores,
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      runs: runs.length,
      cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      benchmarkIndex: median(runs.map((run) => run.lhr.environment.benchmarkIndex)),
      reasons: { performance: performanceReasons(lhr), lcp: lcpReason(lhr), cls: clsReasons(lhr), other },
    },
    report: html,
  };
}
