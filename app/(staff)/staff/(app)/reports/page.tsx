import type { Metadata } from "next";
import { PeriodForm } from "@/components/staff/reports/period-form";
import { EligibilityReport } from "@/components/staff/reports/eligibility-report";
import { ReportBody } from "@/components/staff/reports/report-body";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { PERIODS } from "@/lib/staff/reports/report-figures";
import { reportsView } from "@/lib/staff/access/views";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { period, error, figures, eligibility, query } = await reportsView(await searchParams);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Admissions report</h1>
      <PeriodForm period={period} error={error} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-lg">
          <strong>{PERIODS[period.key]}</strong>: requests received {period.fromDay} to {period.toDay} (
          {timeZoneName(center.timeZone)}), followed to where they stand today.
        </p>
        <a href={`/staff/reports/export?${query}`} className="btn-secondary" download>
          Download the table (CSV, counts only)
        </a>
      </div>
      <ReportBody figures={figures} />
      <EligibilityReport figures={eligibility} />
    </div>
  );
}
