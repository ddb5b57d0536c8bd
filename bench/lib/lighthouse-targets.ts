/**
 * Lighthouse targets relative to the framework's floor, measured in the same run: an empty
 * page in the site's root layout scores whatever Next.js and React alone score on this CPU,
 * so no page of ours can be asked to beat it by more than run-to-run noise.
 */

export type PageKind = "content" | "form";

/** Points below the empty page's Performance score a page may land, by kind. */
export const PERFORMANCE_SLACK = { content: 3, form: 5 } as const satisfies Record<PageKind, number>;
/** A page's LCP may exceed the empty page's by this share (its own content has to paint). */
export const LCP_SLACK = 0.1;
export const OTHER_CATEGORY_TARGET = 100;
export const CLS_TARGET = 0;

export type Floor = { performance: number; lcpMs: number };

export function performanceTarget(kind: PageKind, floor: Floor): number {
  return floor.performance - PERFORMANCE_SLACK[kind];
}

export function lcpTargetMs(floor: Floor): number {
  return floor.lcpMs * (1 + LCP_SLACK);
}

export function meetsPerformance(kind: PageKind, score: number, floor: Floor): boolean {
  return score >= performanceTarget(kind, floor);
}

export function meetsLcp(lcpMs: number, floor: Floor): boolean {
  return lcpMs <= lcpTargetMs(floor);
}

/**
 * Within 5 points of its score target, or 15% of its LCP target: worth a median of three
 * (Lighthouse's advice for run-to-run variance). A clear miss or a clear pass stays one run.
 */
export function isNarrowMiss(kind: PageKind, score: number, lcpMs: number, floor: Floor): boolean {
  const scoreMiss = !meetsPerformance(kind, score, floor);
  const lcpMiss = !meetsLcp(lcpMs, floor);
  if (!scoreMiss && !lcpMiss) return false;
  const target = performanceTarget(kind, floor);
  return (!scoreMiss || score >= target - 5) && (!lcpMiss || lcpMs <= lcpTargetMs(floor) * 1.15);
}

/**
 * The CPU slowdown Lighthouse's docs (docs/throttling.md, "CPU Throttling") say matches this
 * machine's benchmark index, by the formula of the CPU throttling calculator they link
 * (lighthouse-cpu-throttling-calculator, `computeMultiplierMessages`): 4x is right for an
 * index near 1533; a slower host needs less slowdown to emulate the same phone.
 */
export function calibratedMultiplier(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  // The calculator refuses to suggest a value this low; no slowdown is the nearest honest run.
  return 1;
}

/** Rounded as the bench reports and applies it. */
export const roundMultiplier = (multiplier: number) => Math.round(multiplier * 10) / 10;
