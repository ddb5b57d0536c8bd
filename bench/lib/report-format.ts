/** Number formats and the Markdown table every report section uses. */

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const signedKb = (bytes: number) => `${bytes >= 0 ? "+" : "−"}${(Math.abs(bytes) / 1024).toFixed(1)} KB`;
export const ms = (value: number) =>
  !Number.isFinite(value)
    ? "not received"
    : value >= 10_000
      ? `${(value / 1000).toFixed(1)} s`
      : value >= 100
        ? `${Math.round(value)} ms`
        : `${value.toFixed(1)} ms`;
export const sec = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;
export const signedSec = (msValue: number) => `${msValue >= 0 ? "+" : "−"}${(Math.abs(msValue) / 1000).toFixed(2)} s`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const verdict = (ok: boolean) => (ok ? "ok" : "**MISS**");

export function range(values: number[], format: (n: number) => string): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? format(min) : `${format(min)}–${format(max)}`;
}

export function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}
