import { ChartWithTable, GroupTable, pct, ReportSection } from "@/components/staff/reports/report-sections";
import { leadKindLabels, type LeadKind } from "@/lib/leads/types";
import { lostReasonLabel } from "@/lib/staff/pipeline/lost";
import { referralLabel } from "@/lib/staff/pipeline/referral-sources";
import { FAST_CONTACT_MS, languageLabel, type ReportFigures } from "@/lib/staff/reports/report-figures";
import { formatDuration } from "@/lib/staff/reports/speed";

/** Every figure of the admissions report, each chart beside its table. */
export function ReportBody({ figures }: { figures: ReportFigures }) {
  const admitted = figures.funnel.at(-1)?.reached ?? 0;
  const fc = figures.firstContact;
  return (
    <div className="space-y-5">
      <ReportSection id="summary-heading" title="At a glance">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {[
            ["Requests", String(figures.requests)],
            [`Reached within ${FAST_CONTACT_MS / 60_000} minutes`, `${fc.within5Min} of ${figures.requests}`],
            ["Admitted", String(admitted)],
            ["Closed as lost", String(figures.lostReasons.reduce((n, r) => n + r.count, 0))],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg bg-brand-50 p-3">
              <dt className="text-sm font-semibold">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>

      <ReportSection id="funnel-heading" title="Funnel">
        <ChartWithTable
          title="Requests reaching each stage"
          columns={["Stage", "Reached", "From the stage before"]}
          rows={figures.funnel.map((s) => [s.label, s.reached, s.stage === "inquiry" ? "" : pct(s.conversion)])}
          bars={figures.funnel.map((s) => ({ label: s.label, value: s.reached }))}
        />
        <p className="text-sm text-muted">Every stage a request ever reached, even if it was later closed as lost.</p>
      </ReportSection>

      <ReportSection id="standing-heading" title="Where they stand now">
        <ChartWithTable
          title="Requests by current status"
          columns={["Status", "Requests"]}
          rows={figures.standing.map((s) => [s.label, s.count])}
          bars={figures.standing.map((s) => ({ label: s.label, value: s.count }))}
        />
      </ReportSection>

      <ReportSection id="contact-heading" title="Speed to first contact">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {[
            ["Median", fc.medianMs === undefined ? "n/a" : formatDuration(fc.medianMs)],
            ["90th percentile", fc.p90Ms === undefined ? "n/a" : formatDuration(fc.p90Ms)],
            ["First-contact rate", `${pct(fc.rate)} (${fc.reached} of ${figures.requests})`],
            [
              "Call attempts per request",
              figures.attempts.perRequest === undefined ? "n/a" : `${figures.attempts.perRequest.toFixed(1)} (${figures.attempts.total} in all, ${figures.attempts.none} with none)`,
            ],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-semibold">{label}</dt>
              <dd className="text-lg">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">From the request arriving to the first time someone reached the person.</p>
      </ReportSection>

      <ReportSection id="lost-heading" title="Why requests were lost">
        {figures.lostReasons.length ? (
          <ChartWithTable
            title="Lost requests by reason"
            columns={["Reason", "Requests"]}
            rows={figures.lostReasons.map((r) => [lostReasonLabel(r.key) ?? r.key, r.count])}
            bars={figures.lostReasons.map((r) => ({ label: lostReasonLabel(r.key) ?? r.key, value: r.count }))}
          />
        ) : (
          <p className="text-muted">No request from this period was closed as lost.</p>
        )}
      </ReportSection>

      <ReportSection id="kind-heading" title="By kind">
        <GroupTable title="Requests by kind" name="Kind" groups={figures.byKind} label={(k) => leadKindLabels[k as LeadKind] ?? k} />
      </ReportSection>

      <ReportSection id="language-heading" title="By language">
        <GroupTable title="Requests by language" name="Language" groups={figures.byLanguage} label={languageLabel} />
      </ReportSection>

      <ReportSection id="sources-heading" title="Where they came from">
        <p className="text-sm text-muted">Recorded on this site only: the page a visit began on, the site that linked to it, and campaign tags in the address.</p>
        <h3 className="font-bold">Referral source (set by staff)</h3>
        <GroupTable title="Requests by referral source" name="Referral source" groups={figures.sources.referral} label={(k) => referralLabel(k) ?? k} />
        <h3 className="font-bold">Landing page</h3>
        <GroupTable title="Requests by landing page" name="Landing page" groups={figures.sources.landing} />
        <h3 className="font-bold">Referring site</h3>
        <GroupTable title="Requests by referring site" name="Referring site" groups={figures.sources.referrer} />
        <h3 className="font-bold">Campaign source (utm_source)</h3>
        <GroupTable title="Requests by campaign source" name="Campaign source" groups={figures.sources.utmSource} />
        <h3 className="font-bold">Campaign medium (utm_medium)</h3>
        <GroupTable title="Requests by campaign medium" name="Campaign medium" groups={figures.sources.utmMedium} />
        <h3 className="font-bold">Campaign (utm_campaign)</h3>
        <GroupTable title="Requests by campaign" name="Campaign" groups={figures.sources.utmCampaign} />
      </ReportSection>
    </div>
  );
}
