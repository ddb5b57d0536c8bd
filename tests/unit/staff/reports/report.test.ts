import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { parsePeriod, reportFigures } from "@/lib/staff/reports/report-figures";
import { reportRows } from "@/lib/staff/reports/reports";
import { describeEachEngine } from "@/tests/unit/leads/fixtures";
import { seedReportWeek } from "@/tests/unit/staff/pipeline/seed";

const LA = "America/Los_Angeles";
const MIN = 60_000;

describeEachEngine("admissions report", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("counts the seeded week exactly", async () => {
    await seedReportWeek();
    const { period } = parsePeriod({ period: "last-week" }, new Date("2026-12-01T20:00:00Z"), LA);
    expect([period.fromDay, period.toDay]).toEqual(["2026-11-23", "2026-11-29"]);
    const figures = reportFigures(await reportRows(period.from, period.to));

    expect(figures.requests).toBe(6);
    expect(figures.byKind).toEqual([
      { key: "call-request", requests: 5, admitted: 1 },
      { key: "insurance-check", requests: 1, admitted: 0 },
    ]);
    expect(figures.funnel.map((s) => [s.stage, s.reached, s.conversion])).toEqual([
      ["inquiry", 6, undefined],
      ["first-contact", 3, 0.5],
      ["assessment-booked", 2, 2 / 3],
      ["insurance-cleared", 1, 0.5],
      ["admitted", 1, 1],
    ]);
    expect(figures.lostReasons).toEqual([
      { key: "chose-another-provider", count: 1 },
      { key: "could-not-reach", count: 1 },
    ]);
    expect(figures.firstContact).toEqual({ reached: 3, rate: 0.5, medianMs: 4 * MIN, p90Ms: 120 * MIN, within5Min: 2 });
    expect(figures.attempts).toEqual({ total: 8, perRequest: 8 / 6, none: 2 });
    expect(figures.sources.referrer).toEqual([
      { key: "(none)", requests: 4, admitted: 0 },
      { key: "google.com", requests: 1, admitted: 1 },
      { key: "riverbend.example", requests: 1, admitted: 0 },
    ]);
    expect(figures.sources.landing).toEqual([
      { key: "(none)", requests: 3, admitted: 0 },
      { key: "/what-is-iop", requests: 2, admitted: 1 },
      { key: "/insurance", requests: 1, admitted: 0 },
    ]);
    expect(figures.byLanguage).toEqual([
      { key: "en", requests: 4, admitted: 1 },
      { key: "es", requests: 2, admitted: 0 },
    ]);
    expect(figures.sources.utmMedium).toEqual([
      { key: "(none)", requests: 4, admitted: 0 },
      { key: "cpc", requests: 1, admitted: 1 },
      { key: "email", requests: 1, admitted: 0 },
    ]);
    // Where the week's requests stand now, beside the stages they ever reached.
    expect(figures.standing).toEqual([
      { status: "new", label: "New", count: 2 },
      { status: "tried-to-reach", label: "Tried to reach", count: 0 },
      { status: "reached", label: "Reached", count: 0 },
      { status: "assessment-booked", label: "Assessment booked", count: 1 },
      { status: "insurance-cleared", label: "Insurance cleared", count: 0 },
      { status: "admitted", label: "Admitted", count: 1 },
      { status: "lost", label: "Closed as lost", count: 2 },
    ]);
    expect(figures.sources.utmCampaign).toEqual([
      { key: "(none)", requests: 5, admitted: 0 },
      { key: "fall", requests: 1, admitted: 1 },
    ]);
    expect(figures.sources.referral).toEqual([
      { key: "(none)", requests: 4, admitted: 0 },
      { key: "self", requests: 1, admitted: 1 },
      { key: "partner:riverbend-residential", requests: 1, admitted: 0 },
    ]);
  });

  it("counts nothing for an empty period", async () => {
    await seedReportWeek();
    const { period } = parsePeriod({ period: "custom", from: "2026-10-01", to: "2026-10-31" }, new Date("2026-12-01T20:00:00Z"), LA);
    const figures = reportFigures(await reportRows(period.from, period.to));
    expect(figures.requests).toBe(0);
    expect(figures.firstContact).toEqual({ reached: 0, rate: undefined, medianMs: undefined, p90Ms: undefined, within5Min: 0 });
    expect(figures.funnel.map((s) => s.conversion)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
