import { formatDuration, type SpeedFigures } from "@/lib/staff/reports/speed";
import type { SpeedReport } from "@/lib/staff/reports/speed-report";

export function SpeedToLead({ report }: { report: SpeedReport }) {
  return (
    <section aria-labelledby="speed-heading" className="rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="speed-heading" className="font-bold">
        Speed to lead <span className="font-normal text-muted">(from a request to first contact: the person reached)</span>
      </h2>
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        <Week label="This week" figures={report.thisWeek} />
        <Week label="Last week" figures={report.lastWeek} />
      </dl>
    </section>
  );
}

function Week({ label, figures }: { label: string; figures: SpeedFigures }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd>
        {figures.medianMs === undefined || figures.p90Ms === undefined ? (
          <span className="text-muted">
            {figures.received ? `${figures.received} received, none answered yet` : "No requests"}
          </span>
        ) : (
          <>
            Median <strong>{formatDuration(figures.medianMs)}</strong>, 90th percentile{" "}
            <strong>{formatDuration(figures.p90Ms)}</strong>
            <span className="block text-sm text-muted">
              {figures.answered} of {figures.received} answered
            </span>
          </>
        )}
      </dd>
    </div>
  );
}
