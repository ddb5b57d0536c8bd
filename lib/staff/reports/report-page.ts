import "server-only";
import { center } from "@/lib/center/schema";
import { eligibilityReport } from "@/lib/staff/reports/eligibility-report";
import { parsePeriod, reportFigures } from "@/lib/staff/reports/report-figures";
import { reportRows } from "@/lib/staff/reports/reports";

/** The report for the period in a page's or a download's query string. */
export async function reportFor(params: Record<string, string | string[] | undefined>, now = new Date()) {
  const one = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined);
  const { period, error } = parsePeriod({ period: one("period"), from: one("from"), to: one("to") }, now, center.timeZone);
  const [rows, eligibility] = await Promise.all([reportRows(period.from, period.to), eligibilityReport(period.from, period.to)]);
  const figures = reportFigures(rows);
  const query = new URLSearchParams({ period: period.key, ...(period.key === "custom" ? { from: period.fromDay, to: period.toDay } : {}) });
  return { period, error, figures, eligibility, query: query.toString() };
}
