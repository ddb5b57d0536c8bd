import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { parsePeriod, reportFigures } from "@/lib/staff/reports/report-figures";
import { reportRows } from "@/lib/staff/reports/reports";
import { speedToLead } from "@/lib/staff/reports/speed-report";
import { callLead, describeEachEngine } from "@/tests/unit/leads/fixtures";
import { seedLead } from "@/tests/unit/staff/pipeline/seed";

const MIN = 60_000;

describeEachEngine("speed to lead, one definition", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("is the wait for the first reach, the same in the inbox and the report", async () => {
    // Tried at 2 minutes (no answer), reached at 30: the person was first spoken to at 30.
    const tried = await seedLead(callLead({ note: "tried" }), "2026-11-24T18:00:00Z");
    await tried.attempt(2, "no-answer");
    await tried.attempt(30, "reached");
    // Never reached: received, not answered.
    const waiting = await seedLead(callLead({ note: "waiting" }), "2026-11-24T19:00:00Z");
    await waiting.attempt(1, "left-voicemail");

    const now = new Date("2026-11-26T20:00:00Z");
    const inbox = (await speedToLead(now)).thisWeek;
    const { period } = parsePeriod({ period: "this-week" }, now, "America/Los_Angeles");
    const report = reportFigures(await reportRows(period.from, period.to)).firstContact;
    expect(inbox).toEqual({ received: 2, answered: 1, medianMs: 30 * MIN, p90Ms: 30 * MIN });
    expect([report.reached, report.medianMs, report.p90Ms]).toEqual([inbox.answered, inbox.medianMs, inbox.p90Ms]);
  });
});
