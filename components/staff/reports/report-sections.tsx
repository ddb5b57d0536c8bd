import type { ReactNode } from "react";
import { BarChart } from "@/components/staff/reports/bar-chart";
import type { Group } from "@/lib/staff/reports/report-figures";

export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const pct = (ratio?: number) => (ratio === undefined ? "n/a" : `${Math.round(ratio * 100)}%`);

/** A chart and its numbers: the table is what assistive technology reads. */
export function ChartWithTable({
  title,
  columns,
  rows,
  bars,
}: {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  bars: Array<{ label: string; value: number; note?: string }>;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
      <BarChart title={title} bars={bars} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              {columns.map((c, i) => (
                <th key={c} scope="col" className={`py-1.5 pr-3 ${i ? "text-right" : ""}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])} className="border-b border-line">
                {row.map((value, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="break-all py-1.5 pr-3 font-normal">
                      {value}
                    </th>
                  ) : (
                    <td key={i} className="py-1.5 pr-3 text-right tabular-nums">
                      {value}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Requests and admissions per source value. */
export function GroupTable({
  title,
  name,
  groups,
  label = (k) => k,
}: {
  title: string;
  /** The first column's heading: what the groups are. */
  name: string;
  groups: Group[];
  label?: (key: string) => string;
}) {
  return (
    <ChartWithTable
      title={title}
      columns={[name, "Requests", "Admitted"]}
      rows={groups.map((g) => [label(g.key), g.requests, g.admitted])}
      bars={groups.slice(0, 8).map((g) => ({ label: label(g.key), value: g.requests, note: g.admitted ? `${g.admitted} admitted` : undefined }))}
    />
  );
}
