/** "2026-11-23" → "November 23, 2026". Dates are calendar days, so they are read and shown in UTC. */
export function formatArticleDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
