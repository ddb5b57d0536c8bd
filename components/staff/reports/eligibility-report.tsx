import { pct, ReportSection } from "@/components/staff/reports/report-sections";
import type { EligibilityFigures } from "@/lib/staff/reports/eligibility-figures";
import { formatDuration } from "@/lib/staff/reports/speed";

/** The insurance requests' verification of benefits: how many electronically, and how fast a VOB was confirmed. */
export function EligibilityReport({ figures }: { figures: EligibilityFigures }) {
  const time = (ms?: number) => (ms === undefined ? "n/a" : formatDuration(ms));
  const { all, electronic, byPhone } = figures.toConfirmed;
  return (
    <ReportSection id="eligibility-report-heading" title="Verification of benefits">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {[
          ["Insurance requests", String(figures.requests)],
          ["Checked with the payer electronically", `${figures.checked} of ${figures.requests}`],
          ["Verified electronically", `${pct(figures.electronicShare)} (${figures.electronic} of ${figures.requests})`],
          ["Request to confirmed VOB, median", time(all.medianMs)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg bg-brand-50 p-3">
            <dt className="text-sm font-semibold">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full text-left">
        <caption className="text-left font-semibold">Time from the request to a confirmed VOB</caption>
        <thead>
          <tr>
            <th scope="col">Verified</th>
            <th scope="col">VOBs</th>
            <th scope="col">Median</th>
            <th scope="col">90th percentile</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {(
            [
              ["In all", all],
              ["Electronically (confirmed from the payer's answer)", electronic],
              ["By phone or portal (typed by staff)", byPhone],
            ] as const
          ).map(([label, wait]) => (
            <tr key={label} className="border-t border-line">
              <th scope="row" className="font-normal">
                {label}
              </th>
              <td>{wait.count}</td>
              <td>{time(wait.medianMs)}</td>
              <td>{time(wait.p90Ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-muted">
        Insurance requests received in the period; a VOB counts as electronic when a coordinator confirmed the payer&apos;s answer as it came.
      </p>
    </ReportSection>
  );
}
