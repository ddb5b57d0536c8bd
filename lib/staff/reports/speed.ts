import { TZDateMini } from "@date-fns/tz";

/**
 * Speed to lead: from a request arriving to its first contact (the person reached, by a
 * "Reached" call attempt or a later stage), for the requests that arrived this week and last
 * (weeks start Monday 00:00 in the center's time zone). The report's first-contact figures
 * are the same waits (`contactWaits`), so the inbox and the report never disagree.
 */
export type SpeedFigures = { received: number; answered: number; medianMs?: number; p90Ms?: number };

/** Nearest-rank percentile of ascending values; undefined for none. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

type Contacted = { receivedAt: number; contactedAt: number | null };

/** Each reached request's wait for its first contact, shortest first. */
export function contactWaits(requests: ReadonlyArray<Contacted>): number[] {
  return requests
    .filter((r) => r.contactedAt !== null)
    .map((r) => Math.max(0, (r.contactedAt as number) - r.receivedAt))
    .sort((a, b) => a - b);
}

export function speedFigures(requests: ReadonlyArray<Contacted>): SpeedFigures {
  const waits = contactWaits(requests);
  return {
    received: requests.length,
    answered: waits.length,
    medianMs: percentile(waits, 50),
    p90Ms: percentile(waits, 90),
  };
}

/** Monday 00:00 of the week holding `now`, and of the week before, in `timeZone`. */
export function weekStarts(now: Date, timeZone: string): { thisWeek: Date; lastWeek: Date } {
  const local = new TZDateMini(now.getTime(), timeZone);
  const sinceMonday = (local.getDay() + 6) % 7;
  const start = (days: number) =>
    new Date(new TZDateMini(local.getFullYear(), local.getMonth(), local.getDate() - days, 0, 0, timeZone).getTime());
  return { thisWeek: start(sinceMonday), lastWeek: start(sinceMonday + 7) };
}

/** "4 min", "1 h 5 min", "2 d 3 h": how long, for the inbox. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "under 1 min";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
