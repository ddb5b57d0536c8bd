import { TZDateMini } from "@date-fns/tz";
import { leadKindLabels, type LeadKind } from "@/lib/leads/types";
import type { ReportLead } from "@/lib/leads/work-reads";
import { contactWaits, percentile, weekStarts } from "@/lib/staff/reports/speed";
import { STAGES, stageColumns, stageLabels, type Stage } from "@/lib/staff/pipeline/stages";
import { REQUEST_STATUSES, statusLabels, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * The admissions report's figures, from the requests received in a period (a cohort: a
 * request counts in the period it arrived, however long its path took). Pure, so the same
 * seeded rows give exact counts on both engines; the queries are in lib/staff/reports/reports.ts.
 */
/** A received request as the report reads it: the data layer's row, less what names it, with its call attempts. */
export type ReportRow = Omit<ReportLead, "reference" | "firstActionAt"> & { attempts: number };

export type Group = { key: string; requests: number; admitted: number };

export type ReportFigures = {
  requests: number;
  byKind: Group[];
  byLanguage: Group[];
  funnel: Array<{ stage: Stage; label: string; reached: number; conversion?: number }>;
  /** Where the period's requests stand now (their current status), beside the stages ever reached. */
  standing: Array<{ status: RequestStatus; label: string; count: number }>;
  lostReasons: Array<{ key: string; count: number }>;
  firstContact: { reached: number; rate?: number; medianMs?: number; p90Ms?: number; within5Min: number };
  attempts: { total: number; perRequest?: number; none: number };
  sources: {
    referrer: Group[];
    landing: Group[];
    utmSource: Group[];
    utmMedium: Group[];
    utmCampaign: Group[];
    referral: Group[];
  };
};

const LANGUAGES: Record<string, string> = { en: "English", es: "Spanish" };
export const languageLabel = (key: string) => LANGUAGES[key] ?? key;

export const FAST_CONTACT_MS = 5 * 60_000;
/** The label for requests with no value in a source column. */
const NONE = "(none)";

function groups(rows: readonly ReportRow[], key: (row: ReportRow) => string | null): Group[] {
  const map = new Map<string, Group>();
  for (const row of rows) {
    const k = key(row) ?? NONE;
    const group = map.get(k) ?? { key: k, requests: 0, admitted: 0 };
    group.requests += 1;
    if (row.admittedAt !== null) group.admitted += 1;
    map.set(k, group);
  }
  return [...map.values()].sort((a, b) => b.requests - a.requests || b.admitted - a.admitted || a.key.localeCompare(b.key));
}

const stageField = {
  "first-contact": "contactedAt",
  "assessment-booked": "assessmentAt",
  "insurance-cleared": "insuranceClearedAt",
  admitted: "admittedAt",
} as const satisfies Record<keyof typeof stageColumns, keyof ReportRow>;

export function reportFigures(rows: readonly ReportRow[]): ReportFigures {
  const reachedCounts = STAGES.map((stage) =>
    stage === "inquiry" ? rows.length : rows.filter((r) => r[stageField[stage]] !== null).length,
  );
  const waits = contactWaits(rows);
  const lost = new Map<string, number>();
  for (const row of rows) if (row.status === "lost") lost.set(row.lostReason ?? "other", (lost.get(row.lostReason ?? "other") ?? 0) + 1);
  const totalAttempts = rows.reduce((sum, r) => sum + r.attempts, 0);
  return {
    requests: rows.length,
    byKind: (Object.keys(leadKindLabels) as LeadKind[]).map((kind) => {
      const of = rows.filter((r) => r.kind === kind);
      return { key: kind, requests: of.length, admitted: of.filter((r) => r.admittedAt !== null).length };
    }),
    byLanguage: groups(rows, (r) => r.language),
    funnel: STAGES.map((stage, i) => ({
      stage,
      label: stageLabels[stage],
      reached: reachedCounts[i],
      conversion: i > 0 && reachedCounts[i - 1] > 0 ? reachedCounts[i] / reachedCounts[i - 1] : undefined,
    })),
    standing: REQUEST_STATUSES.map((status) => ({
      status,
      label: statusLabels[status],
      count: rows.filter((r) => r.status === status).length,
    })),
    lostReasons: [...lost.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    firstContact: {
      reached: waits.length,
      rate: rows.length ? waits.length / rows.length : undefined,
      medianMs: percentile(waits, 50),
      p90Ms: percentile(waits, 90),
      within5Min: waits.filter((w) => w <= FAST_CONTACT_MS).length,
    },
    attempts: {
      total: totalAttempts,
      perRequest: rows.length ? totalAttempts / rows.length : undefined,
      none: rows.filter((r) => r.attempts === 0).length,
    },
    sources: {
      referrer: groups(rows, (r) => r.referrerHost),
      landing: groups(rows, (r) => r.landingPage),
      utmSource: groups(rows, (r) => r.utmSource),
      utmMedium: groups(rows, (r) => r.utmMedium),
      utmCampaign: groups(rows, (r) => r.utmCampaign),
      referral: groups(rows, (r) => r.referralSource),
    },
  };
}

export const PERIODS = { "this-week": "This week", "last-week": "Last week", "last-30-days": "Last 30 days", custom: "Custom range" } as const;
type PeriodKey = keyof typeof PERIODS;
export type Period = { key: PeriodKey; from: Date; to: Date; fromDay: string; toDay: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_RANGE_DAYS = 366;

function dayStart(day: string, timeZone: string): Date | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split("-").map(Number);
  const at = new TZDateMini(y, m - 1, d, 0, 0, timeZone);
  return at.getMonth() === m - 1 && at.getDate() === d ? new Date(at.getTime()) : undefined;
}

function dayOf(date: Date, timeZone: string): string {
  const local = new TZDateMini(date.getTime(), timeZone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
}

function addDays(date: Date, days: number, timeZone: string): Date {
  const local = new TZDateMini(date.getTime(), timeZone);
  return new Date(new TZDateMini(local.getFullYear(), local.getMonth(), local.getDate() + days, 0, 0, timeZone).getTime());
}

/**
 * The period asked for, in the center's time zone: weeks start Monday at midnight there, a
 * custom range runs from the start of its first day to the end of its last. Anything unreadable
 * falls back to this week, with the range's own problem reported.
 */
export function parsePeriod(
  params: { period?: string; from?: string; to?: string },
  now: Date,
  timeZone: string,
): { period: Period; error?: string } {
  const { thisWeek, lastWeek } = weekStarts(now, timeZone);
  const make = (key: PeriodKey, from: Date, to: Date): Period => ({
    key,
    from,
    to,
    fromDay: dayOf(from, timeZone),
    toDay: dayOf(new Date(to.getTime() - 1), timeZone),
  });
  const tomorrow = addDays(now, 1, timeZone);
  if (params.period === "last-week") return { period: make("last-week", lastWeek, thisWeek) };
  if (params.period === "last-30-days") return { period: make("last-30-days", addDays(now, -29, timeZone), tomorrow) };
  if (params.period === "custom") {
    const from = dayStart(params.from ?? "", timeZone);
    const last = dayStart(params.to ?? "", timeZone);
    if (!from || !last) return { period: make("this-week", thisWeek, tomorrow), error: "Enter both dates of the range." };
    if (last < from) return { period: make("this-week", thisWeek, tomorrow), error: "The range ends before it starts." };
    const to = addDays(last, 1, timeZone);
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000)
      return { period: make("this-week", thisWeek, tomorrow), error: `Choose a range of at most ${MAX_RANGE_DAYS} days.` };
    return { period: make("custom", from, to) };
  }
  return { period: make("this-week", thisWeek, tomorrow) };
}
