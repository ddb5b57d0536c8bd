import type { ReviewEntry } from "@/lib/articles/review-due";

/** Every article with its next review date, those due first and marked in words, not colour alone. */
export function ReviewTable({ entries }: { entries: ReviewEntry[] }) {
  return (
    <div
      className="overflow-x-auto rounded-lg bg-white ring-1 ring-line"
      tabIndex={0}
      role="region"
      aria-label="Article review dates"
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-brand-50">
          <tr>
            {["Article", "Reviewer", "Last reviewed", "Next review", "Status"].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.file} className="border-t border-line">
              <td className="px-3 py-1.5">
                <a href={entry.path} lang={entry.locale} className="underline">
                  {entry.title}
                </a>
                <br />
                <span className="font-mono text-xs">{entry.file}</span>
              </td>
              <td className="px-3 py-1.5">{entry.reviewer}</td>
              <td className="px-3 py-1.5 whitespace-nowrap">{entry.reviewed}</td>
              <td className="px-3 py-1.5 whitespace-nowrap">{entry.due}</td>
              <td className={`px-3 py-1.5 font-semibold ${entry.isDue ? "text-danger-700" : ""}`}>
                {entry.isDue ? "Due now" : "Up to date"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
