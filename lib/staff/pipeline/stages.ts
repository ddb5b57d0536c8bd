import type { RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * The admissions funnel: inquiry → first contact → assessment booked → insurance cleared →
 * admitted. A status change records when each stage was first reached; reaching a later stage
 * counts the earlier ones as reached then too (a walk-in booked on the first call was also
 * contacted), and nothing ever moves a stamp once set, so the funnel only narrows.
 */
export const STAGES = ["inquiry", "first-contact", "assessment-booked", "insurance-cleared", "admitted"] as const;
export type Stage = (typeof STAGES)[number];

export const stageLabels: Record<Stage, string> = {
  inquiry: "Inquiry",
  "first-contact": "First contact",
  "assessment-booked": "Assessment booked",
  "insurance-cleared": "Insurance cleared",
  admitted: "Admitted",
};

/** The leads column holding each stage's first time (the inquiry is when the request arrived). */
export const stageColumns = {
  "first-contact": "contacted_at",
  "assessment-booked": "assessment_at",
  "insurance-cleared": "insurance_cleared_at",
  admitted: "admitted_at",
} as const satisfies Record<Exclude<Stage, "inquiry">, string>;
export type StageColumn = (typeof stageColumns)[keyof typeof stageColumns];

const stageOfStatus: Record<RequestStatus, Stage | undefined> = {
  new: "inquiry",
  "tried-to-reach": "inquiry",
  reached: "first-contact",
  "assessment-booked": "assessment-booked",
  "insurance-cleared": "insurance-cleared",
  admitted: "admitted",
  lost: undefined,
};

/** The stamp columns a change to `status` fills if still empty. */
export function stagesReachedBy(status: RequestStatus): StageColumn[] {
  const stage = stageOfStatus[status];
  if (!stage) return [];
  const index = STAGES.indexOf(stage);
  return STAGES.slice(1, index + 1).map((s) => stageColumns[s as Exclude<Stage, "inquiry">]);
}

export type StageTimes = { receivedAt: number } & Partial<Record<StageColumn, number | null>>;

/** Each stage with when it was first reached, for the request page's timeline. */
export function stageTimeline(times: StageTimes): Array<{ stage: Stage; label: string; at?: number }> {
  return STAGES.map((stage) => ({
    stage,
    label: stageLabels[stage],
    at: stage === "inquiry" ? times.receivedAt : (times[stageColumns[stage]] ?? undefined),
  }));
}
