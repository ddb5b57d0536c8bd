import { inputClass } from "@/components/forms/text-field";
import { PERIODS, type Period } from "@/lib/staff/reports/report-figures";

/** A plain GET form, so a report's address can be bookmarked or shared. */
export function PeriodForm({ period, error }: { period: Period; error?: string }) {
  return (
    <form method="get" action="/staff/reports" aria-label="Report period" className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-line sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="report-period" className="block font-semibold">
          Period
        </label>
        <select id="report-period" name="period" defaultValue={period.key} className={inputClass}>
          {Object.entries(PERIODS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-from" className="block font-semibold">
          From (custom range)
        </label>
        <input id="report-from" name="from" type="date" defaultValue={period.fromDay} className={inputClass} aria-describedby={error ? "report-error" : undefined} />
      </div>
      <div>
        <label htmlFor="report-to" className="block font-semibold">
          To (custom range)
        </label>
        <input id="report-to" name="to" type="date" defaultValue={period.toDay} className={inputClass} aria-describedby={error ? "report-error" : undefined} />
      </div>
      <button type="submit" className="btn-primary">
        Show
      </button>
      {error ? (
        <p id="report-error" role="alert" className="font-semibold text-danger-700 sm:col-span-4">
          {error} Showing this week instead.
        </p>
      ) : null}
    </form>
  );
}
