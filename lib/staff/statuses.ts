/** Where a request stands, as admissions moves it to a decision. Values are stored; labels shown. */
export const REQUEST_STATUSES = [
  "new",
  "tried-to-reach",
  "reached",
  "assessment-booked",
  "admitted",
  "referred-elsewhere",
  "not-a-fit",
  "closed",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const statusLabels: Record<RequestStatus, string> = {
  new: "New",
  "tried-to-reach": "Tried to reach",
  reached: "Reached",
  "assessment-booked": "Assessment booked",
  admitted: "Admitted",
  "referred-elsewhere": "Referred elsewhere",
  "not-a-fit": "Not a fit",
  closed: "Closed",
};

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === "string" && (REQUEST_STATUSES as readonly string[]).includes(value);
}
