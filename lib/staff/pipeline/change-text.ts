import { stageLabels, type Stage } from "@/lib/staff/pipeline/stages";
import { isRequestStatus, statusLabels } from "@/lib/staff/requests/statuses";
import type { ChangeKind } from "@/lib/staff/pipeline/undo";

/** A recorded change in words, for the undo bar and the request's history. */
export function changeText(change: { kind: ChangeKind; fromStatus: string; toStatus: string }): string {
  const status = (value: string) => (isRequestStatus(value) ? statusLabels[value] : value);
  const stage = (value: string) => (Object.hasOwn(stageLabels, value) ? stageLabels[value as Stage] : value);
  switch (change.kind) {
    case "status":
      return `status set to ${status(change.toStatus)}`;
    case "attempt":
      return `call attempt logged (now ${status(change.toStatus)})`;
    case "lost":
      return "closed as lost";
    case "correction":
      return `record corrected from ${stage(change.fromStatus)} to ${stage(change.toStatus)}`;
  }
}
