import { z } from "zod";
import { STAGES, stageColumns, stagesReachedBy, type Stage, type StageColumn } from "@/lib/staff/pipeline/stages";
import { isRequestStatus, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * Undo and correction. For UNDO_WINDOW_MS after a status change, a call attempt or closing as
 * lost, the person who made it can take it back, or set another status over it that replaces it
 * (the stamps it made go with it); afterwards a manager corrects the record, with a reason.
 * Five minutes: long enough to notice a wrong tap while still on the page or the call, short
 * enough that a colleague is unlikely to have acted on it (and the version check still refuses
 * an undo once anyone has).
 */
export const UNDO_WINDOW_MS = 5 * 60_000;
export const CORRECTION_REASON_MAX = 200;

/** The columns a recorded change may overwrite, all put back by an undo. */
export const TRACKED_COLUMNS = [
  "status",
  "first_action_at",
  "contacted_at",
  "assessment_at",
  "insurance_cleared_at",
  "admitted_at",
  "lost_at",
  "lost_reason",
  "lost_detail",
  "referred_partner",
  "referred_to",
  "follow_up_at",
] as const;
type TrackedColumn = (typeof TRACKED_COLUMNS)[number];
type TimeColumn = (typeof STAMP_COLUMNS)[number] | "lost_at" | "follow_up_at";
export type TrackedValues = { status: string } & Record<TimeColumn, number | null> &
  Record<Exclude<TrackedColumn, "status" | TimeColumn>, string | null>;

/** The stamps a change can set, each removed again if that change is undone or replaced. */
const STAMP_COLUMNS = [
  "first_action_at",
  "contacted_at",
  "assessment_at",
  "insurance_cleared_at",
  "admitted_at",
] as const satisfies ReadonlyArray<StageColumn | "first_action_at">;

/** "status" (a status button), "attempt", "lost" (undoable), or a manager's "correction". */
export const CHANGE_KINDS = ["status", "attempt", "lost", "correction"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export function withinWindow(at: number, now: number): boolean {
  return now >= at && now - at < UNDO_WINDOW_MS;
}

export function trackedValues(row: TrackedValues): TrackedValues {
  return Object.fromEntries(TRACKED_COLUMNS.map((column) => [column, row[column]])) as TrackedValues;
}

/**
 * A status set over one's own status change within the window: the stamps that change made
 * and the new status does not reach are removed (Admitted, then Assessment booked: no
 * admission, no insurance cleared). The first action stays: the new status is one too.
 */
export function replacedStamps(
  before: TrackedValues,
  current: TrackedValues,
  status: RequestStatus,
): Partial<Record<StageColumn, null>> {
  const reached: readonly string[] = stagesReachedBy(status);
  return Object.fromEntries(
    STAMP_COLUMNS.filter(
      (column) =>
        column !== "first_action_at" &&
        before[column] === null &&
        current[column] !== null &&
        !reached.includes(column),
    ).map((column) => [column, null]),
  );
}

const laterStages = (stage: Stage) => STAGES.slice(STAGES.indexOf(stage) + 1) as Array<Exclude<Stage, "inquiry">>;

/** The furthest stage a request's stamps say it reached. */
function furthestStage(stamps: Partial<Record<StageColumn, number | null>>): Stage {
  return [...STAGES].reverse().find((stage) => stage === "inquiry" || stamps[stageColumns[stage]] != null) ?? "inquiry";
}

/**
 * A manager's correction to `stage`: the stamps beyond it cleared, and a status beyond it
 * brought back to it (to "Tried to reach" for the inquiry, not "New", so an old request does
 * not page on-call as if it had just come in). Undefined when it never got past `stage`.
 */
export function correctedStages(
  current: TrackedValues,
  stage: Stage,
): { values: Partial<TrackedValues>; from: Stage } | undefined {
  const from = furthestStage(current);
  if (STAGES.indexOf(stage) >= STAGES.indexOf(from)) return undefined;
  const values: Partial<TrackedValues> = Object.fromEntries(laterStages(stage).map((s) => [stageColumns[s], null]));
  const status = isRequestStatus(current.status) ? current.status : "new";
  if (status !== "lost" && stagesReachedBy(status).length > STAGES.indexOf(stage))
    values.status = stage === "inquiry" ? "tried-to-reach" : stage === "first-contact" ? "reached" : stage;
  return { values, from };
}

/**
 * The change a person may still undo on a request they are looking at: their own latest, within
 * the window, with nothing changed since (the version it produced is the request's).
 */
export function undoableChange<
  C extends { kind: ChangeKind; staffId: string; at: number; version: number; undoneAt?: number },
>(changes: readonly C[], staffId: string, version: number, now: number): C | undefined {
  const last = changes.at(-1);
  if (!last || last.kind === "correction" || last.undoneAt !== undefined) return undefined;
  return last.staffId === staffId && last.version === version && withinWindow(last.at, now) ? last : undefined;
}

/** The stages a manager may correct a request back to: those short of the furthest it reached. */
export function correctableStages(stamps: Partial<Record<StageColumn, number | null>>): Stage[] {
  return STAGES.slice(0, STAGES.indexOf(furthestStage(stamps)));
}

/** A manager's correction: the stage really reached, and why, in a few words. */
export const correctionSchema = z.object({
  stage: z.enum(STAGES, { error: "Choose the stage it really reached." }),
  reason: z
    .string()
    .trim()
    .min(3, "Say in a few words why the record is corrected.")
    .max(CORRECTION_REASON_MAX, `Keep it under ${CORRECTION_REASON_MAX} characters.`)
    .refine((v) => !/[\p{Cc}]/u.test(v), "Use one line."),
});
