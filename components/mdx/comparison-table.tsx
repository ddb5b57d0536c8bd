type Row = { label: string; cells: string[] };
type ComparisonTableProps = { caption: string; columns: string[]; rows: Row[] };

/** A real data table: column and row headers with scope, a caption, and horizontal scroll on narrow screens. */
export function ComparisonTable({ caption, columns, rows }: ComparisonTableProps) {
  return (
    <div className="wide -mx-4 overflow-x-auto px-4" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-base">
        <caption className="mb-2 text-left font-semibold text-muted">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-700">
            <td className="p-3" />
            {columns.map((column) => (
              <th key={column} scope="col" className="p-3 align-bottom font-bold text-brand-900">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-line align-top even:bg-white">
              <th scope="row" className="min-w-32 p-3 font-semibold">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={`${row.label}-${columns[i]}`} className="p-3">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
