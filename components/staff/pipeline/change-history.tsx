import type { ReactNode } from "react";
import { fullTime } from "@/components/staff/relative-time";
import type { RecordedChange } from "@/lib/staff/data/request-changes";
import { changeText } from "@/lib/staff/pipeline/change-text";

/**
 * Every recorded change to the request, oldest first, as it happened: an undone change stays,
 * marked undone; one replaced within the window says so; a manager's correction names who and why.
 */
export function ChangeHistory({ changes, timeZone }: { changes: RecordedChange[]; timeZone: string }) {
  if (changes.length === 0) return null;
  const when = (ms: number): ReactNode => <time dateTime={new Date(ms).toISOString()}>{fullTime(ms, timeZone)}</time>;
  const replaced = new Set(changes.map((c) => c.replacesId).filter((id) => id !== undefined));
  return (
    <div>
      <h3 className="font-semibold">Changes</h3>
      <ol className="mt-1 space-y-1 text-sm">
        {changes.map((change) => (
          <li key={change.id} className={change.undoneAt !== undefined || replaced.has(change.id) ? "text-muted" : ""}>
            {when(change.at)} · {change.staffName}: {changeText(change)}
            {change.reason ? ` (why: ${change.reason})` : ""}
            {change.undoneAt !== undefined ? <> · undone {when(change.undoneAt)}</> : null}
            {replaced.has(change.id) ? " · corrected within 5 minutes by the next change" : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
