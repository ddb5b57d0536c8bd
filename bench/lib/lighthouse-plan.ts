import { limitPath } from "./limit-pages";
import { median, openLighthouse, type AuditPage, type PageAudit } from "./lighthouse";
import { calibratedMultiplier, isNarrowMiss, roundMultiplier, type Floor, type PageKind } from "./lighthouse-targets";

/**
 * Which pages Lighthouse audits, in what order, at which CPU slowdown. Every figure a target
 * is judged by comes from the same run as the floor it is judged against:
 * - the empty page in the site's layout first, median of three (every target hangs on it);
 * - its own HTML without scripts (what the layout alone scores);
 * - each page, then straight after it, for content pages, its limit (its own HTML without
 *   scripts), so a change in the machine's load hits both alike.
 * All of it at Lighthouse's default 4x CPU slowdown; then again at the slowdown Lighthouse's
 * calculator gives for the benchmark index it measured, for the floor, one content page and
 * the two forms only, to keep the bench near 15 minutes.
 */

export type LighthousePass = {
  cpuSlowdown: number;
  floor: PageAudit;
  floorLimit: PageAudit;
  pages: PageAudit[];
  /** The limit of each content page, by the page's path. */
  limits: Record<string, PageAudit>;
};

export type LighthouseResults = {
  lighthouseVersion: string;
  standard: LighthousePass;
  /** Median of the default pass's benchmark indexes, and what the calculator makes of it. */
  benchmarkIndex: number;
  calculatedMultiplier: number;
  calibrated?: LighthousePass;
};

const DEFAULT_SLOWDOWN = 4;
const FLOOR_RUNS = 3;

export async function runLighthouse(
  origin: string,
  pages: Array<{ path: string; kind: PageKind }>,
  options: {
    floorPath: string;
    /** The pages (besides the floor) audited again at the calibrated slowdown. */
    calibratedPaths: string[];
    reportDir: string;
    rerunBudgetMs: number;
    log: (line: string) => void;
  },
): Promise<LighthouseResults> {
  const session = await openLighthouse(origin, options);
  try {
    const pass = async (cpuSlowdown: number, subset: Array<{ path: string; kind: PageKind }>) => {
      const suffix = cpuSlowdown === DEFAULT_SLOWDOWN ? "" : `@${cpuSlowdown}x`;
      const name = (path: string) => (path === "/" ? "home" : path.slice(1).replace(/\//g, "_")) + suffix;
      const limitOf = (page: { path: string; kind: PageKind }): AuditPage => ({
        path: limitPath(page.path),
        kind: page.kind,
        role: "limit",
        of: page.path,
      });
      const floorPage = { path: options.floorPath, kind: "content" as const };
      const floor = await session.audit(
        { ...floorPage, role: "floor" },
        { cpuSlowdown, runs: FLOOR_RUNS, reportName: name(floorPage.path) },
      );
      const reference: Floor = { performance: floor.scores.performance ?? 0, lcpMs: floor.lcpMs };
      const floorLimit = await session.audit(limitOf(floorPage), {
        cpuSlowdown,
        reportName: `${name(floorPage.path)}.limit`,
      });
      const audited: PageAudit[] = [];
      const limits: Record<string, PageAudit> = {};
      for (const page of subset) {
        audited.push(
          await session.audit(
            { ...page, role: "page" },
            {
              cpuSlowdown,
              reportName: name(page.path),
              moreRuns: (first) => isNarrowMiss(page.kind, first.scores.performance ?? 0, first.lcpMs, reference),
            },
          ),
        );
        if (page.kind === "content") {
          limits[page.path] = await session.audit(limitOf(page), {
            cpuSlowdown,
            reportName: `${name(page.path)}.limit`,
          });
        }
      }
      return { cpuSlowdown, floor, floorLimit, pages: audited, limits };
    };

    options.log(`  at Lighthouse's default ${DEFAULT_SLOWDOWN}x CPU slowdown:`);
    const standard = await pass(DEFAULT_SLOWDOWN, pages);
    const all = [standard.floor, standard.floorLimit, ...standard.pages, ...Object.values(standard.limits)];
    const benchmarkIndex = Math.round(median(all.map((audit) => audit.benchmarkIndex)));
    const calculatedMultiplier = calibratedMultiplier(benchmarkIndex);
    const calibratedSlowdown = roundMultiplier(calculatedMultiplier);
    options.log(
      `  benchmark index ${benchmarkIndex}: Lighthouse's CPU throttling calculator gives ${calculatedMultiplier.toFixed(2)}x`,
    );
    let calibrated: LighthousePass | undefined;
    if (calibratedSlowdown !== DEFAULT_SLOWDOWN) {
      options.log(`  at the calibrated ${calibratedSlowdown}x:`);
      const subset = pages.filter((page) => options.calibratedPaths.includes(page.path));
      calibrated = await pass(calibratedSlowdown, subset);
    }
    return {
      lighthouseVersion: session.lighthouseVersion(),
      standard,
      benchmarkIndex,
      calculatedMultiplier,
      calibrated,
    };
  } finally {
    await session.close();
  }
}
