import { vi } from "vitest";
import { storeLead } from "@/lib/leads/store";
import type { LeadInput } from "@/lib/leads/types";
import { closeAsLost, logAttempt, setReferralSource, setStatus } from "@/lib/staff/access/changes";
import type { Staff } from "@/lib/staff/access/session";
import type { AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import { callLead, insuranceLead } from "@/tests/unit/leads/fixtures";

/** A staff member as the work functions need one (no session: they only name and log who). */
export const coordinator: Staff = {
  id: "staff-1",
  email: "jordan@example.org",
  name: "Jordan Lee",
  role: "admissions",
  sessionId: "s",
  sessionToken: "t",
  signedInAt: new Date(0),
  expiresAt: new Date(8.64e15),
};

const MIN = 60_000;

/** Stores a lead at `at`, with the clock there too; returns its reference and a version counter. */
export async function seedLead(input: LeadInput, at: string) {
  const t = new Date(at);
  vi.setSystemTime(t);
  const result = await storeLead(input, t);
  if (result.outcome !== "stored") throw new Error("not stored");
  let version = 0;
  const reference = result.reference;
  const after = (minutes: number) => vi.setSystemTime(new Date(t.getTime() + minutes * MIN));
  return {
    reference,
    async attempt(minutes: number, outcome: AttemptOutcome) {
      after(minutes);
      const r = await logAttempt(coordinator, reference, outcome, version++, undefined, Date.now());
      if (r !== "saved") throw new Error(`attempt ${r}`);
    },
    async status(minutes: number, status: Parameters<typeof setStatus>[2]) {
      after(minutes);
      const r = await setStatus(coordinator, reference, status, version++);
      if (r.outcome !== "saved") throw new Error(`status ${r.outcome}`);
    },
    async lost(minutes: number, reason: string, partner?: string, detail?: string) {
      after(minutes);
      if (
        (await closeAsLost(coordinator, reference, { reason, partner, detail }, version++, undefined, Date.now())) !==
          "saved"
      )
        throw new Error("lost");
    },
    async referral(source: string) {
      if ((await setReferralSource(coordinator, reference, source, version++)) !== "saved") throw new Error("referral");
    },
  };
}

/**
 * The report's seeded week (Mon 2026-11-23 to Sun 2026-11-29, Los Angeles), with one request
 * on each side of it. The expected figures are worked out by hand in report.test.ts.
 */
export async function seedReportWeek(): Promise<void> {
  const r1 = await seedLead(
    {
      ...callLead({ note: "r1" }),
      visit: {
        landingPage: "/what-is-iop",
        referrerHost: "google.com",
        utmSource: "google",
        utmMedium: "cpc",
        utmCampaign: "fall",
      },
    },
    "2026-11-24T18:00:00Z",
  );
  await r1.attempt(4, "reached");
  await r1.status(60, "assessment-booked");
  await r1.status(24 * 60, "insurance-cleared");
  await r1.status(48 * 60, "admitted");
  await r1.referral("self");

  const r2 = await seedLead(
    { ...callLead({ note: "r2" }), visit: { landingPage: "/what-is-iop" } },
    "2026-11-24T18:30:00Z",
  );
  await r2.attempt(10, "no-answer");
  await r2.attempt(60, "left-voicemail");
  await r2.attempt(120, "reached");
  await r2.lost(180, "chose-another-provider", "eastside-php");

  const r3 = await seedLead(
    {
      ...insuranceLead({ name: "Sam Rivera" }),
      language: "es",
      visit: { landingPage: "/insurance", referrerHost: "riverbend.example" },
    },
    "2026-11-25T17:00:00Z",
  );
  await r3.attempt(3, "reached");
  await r3.status(30, "assessment-booked");
  await r3.referral("partner:riverbend-residential");

  const r4 = await seedLead(callLead({ note: "r4" }), "2026-11-26T19:00:00Z");
  await r4.attempt(5, "no-answer");
  await r4.attempt(65, "no-answer");
  await r4.attempt(600, "wrong-number");
  await r4.lost(601, "could-not-reach");

  await seedLead(
    { ...callLead({ note: "r5" }), language: "es", visit: { utmSource: "newsletter", utmMedium: "email" } },
    "2026-11-28T18:00:00Z",
  );
  // Monday 00:00 Pacific exactly: the first instant of the week.
  await seedLead(callLead({ note: "r7" }), "2026-11-23T08:00:00Z");
  // Sunday 11:59 PM Pacific the week before, and the Monday after: outside.
  const before = await seedLead(callLead({ note: "r0" }), "2026-11-23T07:59:00Z");
  await before.attempt(1, "reached");
  await seedLead(callLead({ note: "r6" }), "2026-11-30T08:00:00Z");
}
