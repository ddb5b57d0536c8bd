import "server-only";
import { latestChecks } from "@/lib/eligibility/queue";
import { leadsReceived } from "@/lib/leads/work-reads";
import { vobStamps } from "@/lib/staff/data/vob";
import { eligibilityFigures, type EligibilityFigures } from "@/lib/staff/reports/eligibility-figures";

/** The eligibility figures for the insurance requests received in [from, to). */
export async function eligibilityReport(from: Date, to: Date): Promise<EligibilityFigures> {
  const insurance = (await leadsReceived(from.getTime(), to.getTime())).filter((lead) => lead.kind === "insurance-check");
  const references = insurance.map((lead) => lead.reference);
  const [checks, stamps] = await Promise.all([latestChecks(references), vobStamps(references)]);
  const vobs = new Map(stamps.map((stamp) => [stamp.reference, stamp]));
  return eligibilityFigures(
    insurance.map((lead) => ({
      receivedAt: lead.receivedAt,
      checked: checks.has(lead.reference),
      vob: vobs.get(lead.reference),
    })),
  );
}
