/**
 * A horizontal bar chart drawn on the server as SVG: no script, no third party. It is a
 * picture (role="img" with a one-line summary); the numbers themselves are in the table the
 * page puts beside it, which screen readers read instead.
 */
type Bar = { label: string; value: number; note?: string };

const ROW = 34;
const LABEL_W = 190;
const BAR_W = 260;
const WIDTH = LABEL_W + BAR_W + 90;

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ") || "no data"}`;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      className="h-auto w-full max-w-xl"
    >
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const w = Math.round((bar.value / max) * BAR_W);
        return (
          <g key={bar.label}>
            <text x={LABEL_W - 8} y={y + 20} textAnchor="end" className="fill-ink text-[13px]">
              {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
            </text>
            <rect x={LABEL_W} y={y + 4} width={Math.max(w, bar.value ? 2 : 0)} height={ROW - 12} rx={3} className="fill-brand-700" />
            <text x={LABEL_W + w + 6} y={y + 20} className="fill-ink text-[13px] font-semibold">
              {bar.value}
              {bar.note ? ` (${bar.note})` : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
