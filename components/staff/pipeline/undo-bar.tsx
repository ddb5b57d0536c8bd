import { shortTime } from "@/components/staff/relative-time";
import { undoAction } from "@/lib/actions/staff/pipeline";
import type { RecordedChange } from "@/lib/staff/data/request-changes";
import { changeText } from "@/lib/staff/pipeline/change-text";
import { UNDO_WINDOW_MS } from "@/lib/staff/pipeline/undo";

/**
 * "Undo": after one's own status change, call attempt or closing as lost, for as long as
 * it can be undone. A plain form, so it works the same without JavaScript.
 */
export function UndoBar({
  reference,
  change,
  timeZone,
}: {
  reference: string;
  change: RecordedChange;
  timeZone: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-3">
      {/* Not a status of its own: the change's "Saved" message is that; this is the offer beside it. */}
      <p className="grow">
        Pressed by mistake? You can undo “{changeText(change)}” until {shortTime(change.at + UNDO_WINDOW_MS, timeZone)}.
      </p>
      <form action={undoAction}>
        <input type="hidden" name="reference" value={reference} />
        <button type="submit" className="btn-secondary min-h-11 px-4 py-1.5">
          Undo
        </button>
      </form>
    </div>
  );
}
