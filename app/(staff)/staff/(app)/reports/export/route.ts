import type { NextRequest } from "next/server";
import { clientKey } from "@/lib/leads/guard";
import { recordAccess } from "@/lib/staff/data/access-log";
import { reportCsv } from "@/lib/staff/reports/report-csv";
import { reportFor } from "@/lib/staff/reports/report-page";
import { can } from "@/lib/staff/access/roles";
import { lookupStaff, signInPath } from "@/lib/staff/access/session";

export const dynamic = "force-dynamic";

/** The report's aggregate table as CSV: counts only, never a person's data. */
export async function GET(request: NextRequest) {
  const found = await lookupStaff({ activity: true });
  if (found.status !== "ok")
    return new Response(null, { status: 303, headers: { "Cache-Control": "no-store", Location: signInPath() } });
  if (!can(found.staff.role, "read-reports")) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { period, figures } = await reportFor(Object.fromEntries(request.nextUrl.searchParams));
  await recordAccess({ actor: found.staff, action: "export-report", detail: period.key, client: clientKey(request.headers) });
  return new Response(reportCsv(figures, period), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="admissions-report-${period.fromDay}-to-${period.toDay}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
