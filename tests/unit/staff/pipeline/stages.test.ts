import { describe, expect, it } from "vitest";
import { stageTimeline, stagesReachedBy } from "@/lib/staff/pipeline/stages";

describe("stages", () => {
  it("a status reaches its own stage and every earlier one; lost and the first statuses reach none", () => {
    expect(stagesReachedBy("new")).toEqual([]);
    expect(stagesReachedBy("tried-to-reach")).toEqual([]);
    expect(stagesReachedBy("reached")).toEqual(["contacted_at"]);
    expect(stagesReachedBy("insurance-cleared")).toEqual(["contacted_at", "assessment_at", "insurance_cleared_at"]);
    expect(stagesReachedBy("admitted")).toEqual(["contacted_at", "assessment_at", "insurance_cleared_at", "admitted_at"]);
    expect(stagesReachedBy("lost")).toEqual([]);
  });

  it("lists each stage with when it was first reached", () => {
    expect(stageTimeline({ receivedAt: 1, contacted_at: 5, assessment_at: null }).map((s) => [s.stage, s.at])).toEqual([
      ["inquiry", 1],
      ["first-contact", 5],
      ["assessment-booked", undefined],
      ["insurance-cleared", undefined],
      ["admitted", undefined],
    ]);
  });
});
