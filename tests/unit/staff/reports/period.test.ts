import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/staff/reports/report-figures";

const LA = "America/Los_Angeles";
const now = new Date("2026-03-10T20:00:00Z"); // Tuesday, the week after the spring change

describe("report periods", () => {
  it("starts weeks on Monday midnight in the center's zone, DST included", () => {
    const { period } = parsePeriod({}, now, LA);
    expect(period.key).toBe("this-week");
    expect(period.from.toISOString()).toBe("2026-03-09T07:00:00.000Z");
    const last = parsePeriod({ period: "last-week" }, now, LA).period;
    // Monday 2026-03-02 was still PST; the week is 167 hours long.
    expect([last.from.toISOString(), last.to.toISOString()]).toEqual(["2026-03-02T08:00:00.000Z", "2026-03-09T07:00:00.000Z"]);
  });

  it("covers whole local days in a custom range, the last one included", () => {
    const { period, error } = parsePeriod({ period: "custom", from: "2026-03-07", to: "2026-03-08" }, now, LA);
    expect(error).toBeUndefined();
    expect([period.from.toISOString(), period.to.toISOString()]).toEqual(["2026-03-07T08:00:00.000Z", "2026-03-09T07:00:00.000Z"]);
    expect(parsePeriod({ period: "last-30-days" }, now, LA).period.fromDay).toBe("2026-02-09");
  });

  it("says what is wrong with a range and shows this week instead", () => {
    expect(parsePeriod({ period: "custom", from: "2026-03-08", to: "2026-03-01" }, now, LA)).toMatchObject({
      period: { key: "this-week" },
      error: "The range ends before it starts.",
    });
    expect(parsePeriod({ period: "custom", from: "2026-02-30", to: "2026-03-01" }, now, LA).error).toBe("Enter both dates of the range.");
    expect(parsePeriod({ period: "custom", from: "2024-01-01", to: "2026-03-01" }, now, LA).error).toMatch(/at most 366/);
  });
});
