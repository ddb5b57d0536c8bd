import type { Metadata } from "next";
import { headers } from "next/headers";
import { PeriodForm } from "@/components/staff/reports/period-form";
import { ReportBody } from "@/components/staff/reports/report-body";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { clientKey } from "@/lib/leads/guard";
import { recordAccess } from "@/lib/staff/data/access-log";
import { PERIODS } from "@/lib/staff/reports/report-figures";
import { reportFor } from "@/lib/staff/reports/report-page";
import { requireStaff } from "@/lib/staff/access/session";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff({ permission: "read-reports", next: "/staff/reports" });
  const { period, error, figures, query } = await reportFor(await searchParams);
  await recordAccess({ actor: staff, action: "view-reports", detail: period.key, client: clientKey(await headers()) });
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Admissions report</h1>
      <PeriodForm period={period} error={error} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-lg">
          <strong>{PERIODS[period.key]}</strong>: requests received {period.fromDay} to {period.toDay} ({timeZoneName(center.timeZone)}), followed to
          where they stand today.
        </p>
        <a href={`/staff/reports/export?${query}`} className="btn-secondary" download>
          Download the table (CSV, counts only)
        </a>
      </div>
      <ReportBody figures={figures} />
    </div>
  );
}
