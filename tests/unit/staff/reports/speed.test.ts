import { describe, expect, it } from "vitest";
import { formatDuration, percentile, speedFigures, weekStarts } from "@/lib/staff/reports/speed";

const MIN = 60_000;

describe("speed to lead", () => {
  it("takes nearest-rank percentiles", () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it("measures answered requests only, and counts the rest", () => {
    const figures = speedFigures([
      { receivedAt: 0, contactedAt: 4 * MIN },
      { receivedAt: 0, contactedAt: 10 * MIN },
      { receivedAt: 0, contactedAt: 2 * MIN },
      { receivedAt: 0, contactedAt: null },
    ]);
    expect(figures).toEqual({ received: 4, answered: 3, medianMs: 4 * MIN, p90Ms: 10 * MIN });
    expect(speedFigures([])).toEqual({ received: 0, answered: 0, medianMs: undefined, p90Ms: undefined });
  });

  it("starts weeks on Monday at midnight in the center's zone", () => {
    // Sunday 2026-11-29 11 p.m. Pacific is Monday 07:00 UTC: still last week there.
    const { thisWeek, lastWeek } = weekStarts(new Date("2026-11-30T07:00:00Z"), "America/Los_Angeles");
    expect(thisWeek.toISOString()).toBe("2026-11-23T08:00:00.000Z");
    expect(lastWeek.toISOString()).toBe("2026-11-16T08:00:00.000Z");
    // The week after the March change starts at PDT midnight.
    expect(weekStarts(new Date("2026-03-10T12:00:00Z"), "America/Los_Angeles").thisWeek.toISOString()).toBe(
      "2026-03-09T07:00:00.000Z",
    );
  });

  it("words durations", () => {
    expect(formatDuration(20_000)).toBe("under 1 min");
    expect(formatDuration(4 * MIN)).toBe("4 min");
    expect(formatDuration(65 * MIN)).toBe("1 h 5 min");
    expect(formatDuration(51 * 60 * MIN)).toBe("2 d 3 h");
  });
});
