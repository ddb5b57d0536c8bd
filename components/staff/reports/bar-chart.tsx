/**
 * A horizontal bar chart drawn on the server as HTML boxes: no script, no third party, and its
 * words at the page's own size (a scaled SVG shrank them to about 8 px on a phone). It is a
 * picture (role="img" with a one-line summary); the numbers themselves are in the table the
 * page puts beside it, which screen readers read instead.
 */
type Bar = { label: string; value: number; note?: string };

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ") || "no data"}`;
  return (
    <div role="img" aria-label={summary} className="w-full max-w-xl space-y-2 text-sm">
      {bars.map((bar) => (
        <div key={bar.label} className="grid grid-cols-[minmax(0,12rem)_1fr] items-center gap-x-3 max-sm:grid-cols-1">
          <span className="truncate sm:text-right">{bar.label}</span>
          <span className="flex items-center gap-2">
            <span
              className="h-5 rounded-sm bg-brand-700"
              style={{ width: `${(bar.value / max) * 75}%`, minWidth: bar.value ? "2px" : 0 }}
            />
            <span className="font-semibold whitespace-nowrap">
              {bar.value}
              {bar.note ? ` (${bar.note})` : ""}
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}
