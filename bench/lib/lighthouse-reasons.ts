import type { Audit, CategoryId, Lhr } from "./lighthouse";

/**
 * Why a page loses points, in a line each: failed audits with the first offending element
 * or URL, the metrics that cost Performance points, the LCP element's timing, layout shifts.
 */

/** One failed audit; key is the audit id, to group pages by cause. */
export type Reason = { key: string; text: string };

export function categoryName(id: CategoryId): string {
  const names: Record<CategoryId, string> = {
    performance: "Performance",
    accessibility: "Accessibility",
    "best-practices": "Best Practices",
    seo: "SEO",
  };
  return names[id];
}

const scored = (audit: Audit | undefined): audit is Audit =>
  audit !== undefined &&
  audit.score !== null &&
  !["informative", "notApplicable", "manual", "error"].includes(audit.scoreDisplayMode);

/** Failed audits of a category, heaviest first, with the first offending element or URL. */
export function failedAudits(lhr: Lhr, id: CategoryId): Reason[] {
  return lhr.categories[id].auditRefs
    .map((ref) => ({ weight: ref.weight, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => scored(audit) && (audit.score ?? 1) < 1)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 5)
    .map(({ audit }) => ({ key: audit.id, text: `${categoryName(id)}: ${describe(audit)}` }));
}

/** The metrics that cost points, most points first, then audits that flag savings. */
export function performanceReasons(lhr: Lhr): Reason[] {
  const refs = lhr.categories.performance.auditRefs;
  const lost = (ref: { weight: number; audit: Audit }) => ref.weight * (1 - (ref.audit.score ?? 1));
  const metrics = refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ weight: ref.weight, audit: lhr.audits[ref.id] }))
    .filter((ref) => scored(ref.audit) && lost(ref) >= 0.5)
    .sort((a, b) => lost(b) - lost(a))
    .map(({ weight, audit }) => ({
      key: audit.id,
      text: `Performance: ${audit.title} ${audit.displayValue ?? ""} costs ${Math.round(weight * (1 - (audit.score ?? 1)))} points`,
    }));
  const diagnostics = refs
    .filter((ref) => ref.weight === 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => scored(audit) && (audit.score ?? 1) < 0.9 && !savesNothing(audit))
    .slice(0, 5)
    .map((audit) => ({ key: audit.id, text: `Performance: ${describe(audit)}` }));
  return [...metrics, ...diagnostics];
}

/** An audit that estimates its savings and estimates none (e.g. "Est savings of 0 ms"). */
const savesNothing = (audit: Audit) =>
  audit.metricSavings !== undefined && Object.values(audit.metricSavings).every((value) => !value);

/** The LCP element and how its time splits (TTFB, load delay, load time, render delay). */
export function lcpReason(lhr: Lhr): Reason {
  const audit = lhr.audits["largest-contentful-paint-element"];
  const tables = (audit?.details?.items ?? []) as Array<{ items?: Array<Record<string, unknown>> }>;
  const node = tables[0]?.items?.[0]?.node as { snippet?: string; selector?: string } | undefined;
  const phases = (tables[1]?.items ?? [])
    .map((item) => `${String(item.phase)} ${Math.round(Number(item.timing))} ms`)
    .join(", ");
  const element = node ? ` ${clip(node.selector ?? node.snippet ?? "", 70)}` : "";
  const observed = Number(lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint);
  return {
    key: "largest-contentful-paint-element",
    text:
      `LCP: element${element}${phases ? `; simulated ${phases}` : ""}` +
      (Number.isFinite(observed) ? `; observed (unthrottled) LCP ${Math.round(observed)} ms` : ""),
  };
}

export function clsReasons(lhr: Lhr): Reason[] {
  const items = lhr.audits["layout-shifts"]?.details?.items ?? [];
  return items.slice(0, 3).map((item, i) => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    return {
      key: `layout-shifts-${i}`,
      text: `CLS: shift ${Number(item.score).toFixed(3)} at ${node?.selector ?? clip(node?.snippet ?? "?", 60)}`,
    };
  });
}

function describe(audit: Audit): string {
  const first = audit.details?.items?.[0];
  let where = "";
  if (first) {
    const node = first.node as { selector?: string; snippet?: string } | undefined;
    if (node?.selector || node?.snippet) where = clip(node.selector || node.snippet || "", 70);
    else if (typeof first.url === "string") where = first.url.replace(/^https?:\/\/[^/]+/, "");
    else if (typeof first.description === "string") where = clip(first.description, 80);
  }
  return `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}${where ? ` — e.g. ${where}` : ""}`;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
