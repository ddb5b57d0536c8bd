import { center } from "@/lib/center/schema";
import type { SessionBlock } from "@/lib/center/schema";
import { formatDays, formatRange, timeZoneName } from "@/lib/center/hours";

export function formatLabel(formats: SessionBlock["formats"]): string {
  const names = formats.map((f) => (f === "in-person" ? "in person" : "online (video)"));
  return names.join(" or ");
}

export function SessionBlocks() {
  return (
    <ul className="grid list-none gap-3 pl-0 sm:grid-cols-3" role="list">
      {center.sessionBlocks.map((block) => (
        <li key={block.id} className="rounded-lg border border-line bg-white p-4">
          <p className="text-lg font-bold text-brand-900">{block.label}</p>
          <p>{formatRange(block.start, block.end)}</p>
          <p className="text-muted">{formatDays(block.days)}</p>
          <p className="text-muted">{formatLabel(block.formats)}</p>
        </li>
      ))}
      <li className="text-sm text-muted sm:col-span-3">Times are {timeZoneName(center.timeZone)}.</li>
    </ul>
  );
}
