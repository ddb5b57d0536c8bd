import "server-only";
import { database } from "@/lib/db/connection";
import type { ReportRow } from "@/lib/staff/reports/report-figures";

/** The requests received in [from, to) with what the report counts of each; nothing that names anyone. */
export async function reportRows(from: Date, to: Date): Promise<ReportRow[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("call_attempts")
          .select((a) => ["reference", a.fn.countAll<number>().as("attempts")])
          .groupBy("reference")
          .as("a"),
      (join) => join.onRef("a.reference", "=", "leads.reference"),
    )
    .select([
      "leads.kind",
      "leads.received_at",
      "leads.status",
      "leads.contacted_at",
      "leads.assessment_at",
      "leads.insurance_cleared_at",
      "leads.admitted_at",
      "leads.lost_reason",
      "leads.landing_page",
      "leads.referrer_host",
      "leads.utm_source",
      "leads.utm_campaign",
      "leads.referral_source",
      "a.attempts",
    ])
    .where("leads.received_at", ">=", from.getTime())
    .where("leads.received_at", "<", to.getTime())
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    receivedAt: r.received_at,
    status: r.status,
    contactedAt: r.contacted_at,
    assessmentAt: r.assessment_at,
    insuranceClearedAt: r.insurance_cleared_at,
    admittedAt: r.admitted_at,
    lostReason: r.lost_reason,
    landingPage: r.landing_page,
    referrerHost: r.referrer_host,
    utmSource: r.utm_source,
    utmCampaign: r.utm_campaign,
    referralSource: r.referral_source,
    attempts: Number(r.attempts ?? 0),
  }));
}
