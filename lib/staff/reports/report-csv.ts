import { lostReasonLabel } from "@/lib/staff/pipeline/lost";
import { referralLabel } from "@/lib/staff/pipeline/referral-sources";
import { leadKindLabels, type LeadKind } from "@/lib/leads/types";
import { languageLabel, type Group, type Period, type ReportFigures } from "@/lib/staff/reports/report-figures";

/**
 * The report's aggregate table as CSV: counts per group, never a row per person. A cell that
 * a spreadsheet would run as a formula (=, +, -, @) is quoted with a leading apostrophe.
 */
type Line = [section: string, item: string, count: number | string, admitted: number | string, percent: string];

function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const percent = (ratio?: number) => (ratio === undefined ? "" : (ratio * 100).toFixed(1));
const minutes = (ms?: number) => (ms === undefined ? "" : (ms / 60_000).toFixed(1));

export function reportCsv(figures: ReportFigures, period: Period): string {
  const groups = (section: string, list: Group[], label: (key: string) => string = (k) => k): Line[] =>
    list.map((g) => [section, label(g.key), g.requests, g.admitted, ""]);
  const lines: Line[] = [
    ["period", `${period.fromDay} to ${period.toDay}`, figures.requests, figures.funnel.at(-1)?.reached ?? 0, ""],
    ...groups("kind", figures.byKind, (k) => leadKindLabels[k as LeadKind] ?? k),
    ...groups("language", figures.byLanguage, languageLabel),
    ...figures.funnel.map((s): Line => ["funnel", s.label, s.reached, "", percent(s.conversion)]),
    ...figures.standing.map((s): Line => ["status now", s.label, s.count, "", ""]),
    ...figures.lostReasons.map((r): Line => ["lost reason", lostReasonLabel(r.key) ?? r.key, r.count, "", ""]),
    ["first contact", "reached", figures.firstContact.reached, "", percent(figures.firstContact.rate)],
    ["first contact", "median minutes", minutes(figures.firstContact.medianMs), "", ""],
    ["first contact", "90th percentile minutes", minutes(figures.firstContact.p90Ms), "", ""],
    ["first contact", "within 5 minutes", figures.firstContact.within5Min, "", ""],
    ["call attempts", "total", figures.attempts.total, "", ""],
    ["call attempts", "per request", figures.attempts.perRequest === undefined ? "" : figures.attempts.perRequest.toFixed(2), "", ""],
    ["call attempts", "requests with none", figures.attempts.none, "", ""],
    ...groups("referring site", figures.sources.referrer),
    ...groups("landing page", figures.sources.landing),
    ...groups("utm_source", figures.sources.utmSource),
    ...groups("utm_medium", figures.sources.utmMedium),
    ...groups("utm_campaign", figures.sources.utmCampaign),
    ...groups("referral source", figures.sources.referral, (k) => referralLabel(k) ?? k),
  ];
  // percent: a funnel stage's conversion from the one before; first contact's rate of all requests.
  const header = ["section", "item", "count", "admitted", "percent"];
  return `${[header, ...lines].map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}
