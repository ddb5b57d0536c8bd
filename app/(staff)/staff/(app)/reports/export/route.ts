import type { NextRequest } from "next/server";
import { reportExport } from "@/lib/staff/access/views";
import { reportCsv } from "@/lib/staff/reports/report-csv";

export const dynamic = "force-dynamic";

/** The report's aggregate table as CSV: counts only, never a person's data. */
export async function GET(request: NextRequest) {
  const report = await reportExport(request.nextUrl.searchParams);
  if (report instanceof Response) return report;
  const { period, figures } = report;
  return new Response(reportCsv(figures, period), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="admissions-report-${period.fromDay}-to-${period.toDay}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
