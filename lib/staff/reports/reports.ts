import "server-only";
import { leadsReceived } from "@/lib/leads/work-reads";
import { attemptSummaries } from "@/lib/staff/data/call-attempts";
import type { ReportRow } from "@/lib/staff/reports/report-figures";

/** The requests received in [from, to) with what the report counts of each; nothing that names anyone. */
export async function reportRows(from: Date, to: Date): Promise<ReportRow[]> {
  const leads = await leadsReceived(from.getTime(), to.getTime());
  const attempts = await attemptSummaries(leads.map((lead) => lead.reference));
  return leads.map((lead) => ({
    kind: lead.kind,
    language: lead.language,
    receivedAt: lead.receivedAt,
    status: lead.status,
    contactedAt: lead.contactedAt,
    assessmentAt: lead.assessmentAt,
    insuranceClearedAt: lead.insuranceClearedAt,
    admittedAt: lead.admittedAt,
    lostReason: lead.lostReason,
    landingPage: lead.landingPage,
    referrerHost: lead.referrerHost,
    utmSource: lead.utmSource,
    utmMedium: lead.utmMedium,
    utmCampaign: lead.utmCampaign,
    referralSource: lead.referralSource,
    attempts: attempts.get(lead.reference)?.count ?? 0,
  }));
}
