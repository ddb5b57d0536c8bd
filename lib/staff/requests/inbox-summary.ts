/** The inbox heading's parts, from the whole view's counts (not the rows on this page): "215 requests", "3 new", "2 follow-ups due". */
export function inboxSummary(counts: { total: number; fresh: number; due: number }): string[] {
  const parts = [`${counts.total} request${counts.total === 1 ? "" : "s"}`];
  if (counts.fresh) parts.push(`${counts.fresh} new`);
  if (counts.due) parts.push(`${counts.due} follow-up${counts.due === 1 ? "" : "s"} due`);
  return parts;
}
