import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { parsePeriod, reportFigures } from "@/lib/staff/reports/report-figures";
import { reportCsv } from "@/lib/staff/reports/report-csv";
import { reportRows } from "@/lib/staff/reports/reports";
import { describeEachEngine } from "@/tests/unit/leads/fixtures";
import { seedReportWeek } from "@/tests/unit/staff/pipeline/seed";

describeEachEngine("report CSV", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("holds counts per group and nothing about any one person", async () => {
    await seedReportWeek();
    const { period } = parsePeriod({ period: "last-week" }, new Date("2026-12-01T20:00:00Z"), "America/Los_Angeles");
    const csv = reportCsv(reportFigures(await reportRows(period.from, period.to)), period);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,item,count,admitted,percent");
    expect(lines).toContain("period,2026-11-23 to 2026-11-29,6,1,");
    expect(lines).toContain("funnel,First contact,3,,50.0");
    expect(lines).toContain("first contact,within 5 minutes,2,,");
    expect(lines).toContain("lost reason,Chose another provider,1,,");
    expect(lines).toContain("referral source,Riverbend Residential (demo),1,0,");
    expect(lines).toContain("language,Spanish,2,0,");
    expect(lines).toContain("utm_medium,cpc,1,1,");
    expect(lines).toContain("status now,Closed as lost,2,,");
    // The seeded people: names, numbers, emails, notes, references.
    expect(csv).not.toMatch(/Maria|Lopez|Rivera|555|@|r[0-7]\b|LR-/);
  });
});

it("quotes cells a spreadsheet would run as formulas", () => {
  const { period } = parsePeriod({}, new Date("2026-12-01T20:00:00Z"), "America/Los_Angeles");
  const figures = reportFigures([
    {
      kind: "call-request",
      language: "en",
      receivedAt: 0,
      status: "new",
      contactedAt: null,
      assessmentAt: null,
      insuranceClearedAt: null,
      admittedAt: null,
      lostReason: null,
      landingPage: "/x",
      referrerHost: null,
      utmSource: "=HYPERLINK(\"http://evil\")",
      utmMedium: "@cpc",
      utmCampaign: "a,b",
      referralSource: null,
      attempts: 0,
    },
  ]);
  const csv = reportCsv(figures, period);
  expect(csv).toContain(`utm_source,"'=HYPERLINK(""http://evil"")",1,0,`);
  expect(csv).toContain(`utm_campaign,"a,b",1,0,`);
  expect(csv).toContain(`utm_medium,'@cpc,1,0,`);
});
