/**
 * Where a request stands, as admissions moves it to a decision. Values are stored; labels
 * shown. Each open status is also a stage of the funnel (lib/staff/pipeline/stages.ts); "lost" closes a
 * request with a reason and keeps the stages it had reached.
 */
export const REQUEST_STATUSES = [
  "new",
  "tried-to-reach",
  "reached",
  "assessment-booked",
  "insurance-cleared",
  "admitted",
  "lost",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const statusLabels: Record<RequestStatus, string> = {
  new: "New",
  "tried-to-reach": "Tried to reach",
  reached: "Reached",
  "assessment-booked": "Assessment booked",
  "insurance-cleared": "Insurance cleared",
  admitted: "Admitted",
  lost: "Closed as lost",
};

/** Statuses short of a decision: the inbox's default view. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  "new",
  "tried-to-reach",
  "reached",
  "assessment-booked",
  "insurance-cleared",
];

/**
 * The statuses a click sets: the stages after first contact. Whether someone was reached is
 * recorded one way, as a call attempt (which moves a request to "Tried to reach" or "Reached");
 * closing as lost takes a reason.
 */
export const STAGE_STATUSES = ["assessment-booked", "insurance-cleared", "admitted"] as const satisfies readonly RequestStatus[];
export type StageStatus = (typeof STAGE_STATUSES)[number];

export function isStageStatus(value: unknown): value is StageStatus {
  return typeof value === "string" && (STAGE_STATUSES as readonly string[]).includes(value);
}

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === "string" && (REQUEST_STATUSES as readonly string[]).includes(value);
}
