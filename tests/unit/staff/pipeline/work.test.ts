import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { listAccess } from "@/lib/staff/data/access-log";
import { closeAsLost, logAttempt, saveVob, setFollowUp, setStatus } from "@/lib/staff/access/changes";
import { pipelineView } from "@/lib/staff/pipeline/pipeline-view";
import { requestInFull } from "@/lib/staff/requests/request";
import { vobSchema } from "@/lib/staff/pipeline/vob";
import { callLead, describeEachEngine, insuranceLead } from "@/tests/unit/leads/fixtures";
import { coordinator, seedLead } from "@/tests/unit/staff/pipeline/seed";

describeEachEngine("pipeline work", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("stamps each stage once, when first reached, and keeps the stamps when a request is lost", async () => {
    const lead = await seedLead(callLead(), "2026-11-24T18:00:00Z");
    await lead.attempt(4, "reached");
    await lead.status(10, "admitted");
    await lead.status(20, "assessment-booked");
    await lead.lost(30, "other", undefined, "Moved out of state");
    const view = await pipelineView(lead.reference);
    const at = (minutes: number) => Date.parse("2026-11-24T18:00:00Z") + minutes * 60_000;
    expect(view?.stages).toEqual({
      receivedAt: at(0),
      contacted_at: at(4),
      assessment_at: at(10),
      insurance_cleared_at: at(10),
      admitted_at: at(10),
    });
    expect(view?.lost).toEqual({
      at: at(30),
      reason: "other",
      partner: undefined,
      referredTo: undefined,
      detail: "Moved out of state",
    });
    // Reopening takes the reason (and its words) back; closing again with another reason keeps none.
    await lead.status(35, "assessment-booked");
    expect((await pipelineView(lead.reference))?.lost).toBeUndefined();
    await lead.lost(40, "not-ready");
    expect((await pipelineView(lead.reference))?.lost?.detail).toBeUndefined();
  });

  it("records a reach one way, a call attempt, which also reopens a lost request", async () => {
    const lead = await seedLead(callLead(), "2026-11-24T18:00:00Z");
    // The status buttons set the stages after contact; reaching someone is a call attempt.
    for (const status of ["new", "tried-to-reach", "reached"] as const)
      expect((await setStatus(coordinator, lead.reference, status as never, 0)).outcome).toBe("not-allowed");
    await lead.lost(5, "could-not-reach");
    expect(await logAttempt(coordinator, lead.reference, "reached", 1)).toBe("saved");
    const view = await pipelineView(lead.reference);
    expect(view?.lost).toBeUndefined();
    expect(view?.stages.contacted_at).toBe(Date.parse("2026-11-24T18:05:00Z"));
    expect(view?.attempts.map((a) => a.outcome)).toEqual(["reached"]);
    expect((await requestInFull(lead.reference))?.work.status).toBe("reached");
  });

  it("offers a voicemail or a text only as the visitor allowed, and refuses a stale version", async () => {
    // The fixture allows voicemail and refuses texts.
    const lead = await seedLead(callLead(), "2026-11-24T18:00:00Z");
    expect(await logAttempt(coordinator, lead.reference, "texted", 0)).toBe("not-allowed");
    expect(await logAttempt(coordinator, lead.reference, "left-voicemail", 0)).toBe("saved");
    expect(await logAttempt(coordinator, lead.reference, "no-answer", 0)).toBe("conflict");
    const full = await requestInFull(lead.reference);
    expect(full?.work).toMatchObject({ status: "tried-to-reach", version: 1 });
    expect((await pipelineView(lead.reference))?.attempts.map((a) => [a.outcome, a.staffName])).toEqual([
      ["left-voicemail", "Jordan Lee"],
    ]);
    const insurance = await seedLead(insuranceLead(), "2026-11-24T18:00:00Z");
    expect(await logAttempt(coordinator, insurance.reference, "left-voicemail", 0)).toBe("not-allowed");
  });

  it("an attempt completes a pending follow-up", async () => {
    const lead = await seedLead(callLead(), "2026-11-24T18:00:00Z");
    const at = new Date("2026-11-24T20:00:00Z");
    expect(await setFollowUp(coordinator, lead.reference, at, 0)).toBe("saved");
    expect((await pipelineView(lead.reference))?.followUpAt).toBe(at.getTime());
    await logAttempt(coordinator, lead.reference, "no-answer", 1);
    expect((await pipelineView(lead.reference))?.followUpAt).toBeUndefined();
  });

  it("keeps the verification of benefits with who and when, under the same version check", async () => {
    const lead = await seedLead(insuranceLead(), "2026-11-24T18:00:00Z");
    const vob = vobSchema.parse({
      payer: "Aetna",
      plan: "Choice POS II",
      network: "in",
      deductible: "1,500",
      deductibleMet: "250",
      copay: "40",
      priorAuth: "yes",
      payerReference: "CALL-123",
    });
    vi.setSystemTime(new Date("2026-11-24T19:00:00Z"));
    expect(await saveVob(coordinator, lead.reference, vob, 0, undefined, Date.now())).toBe("saved");
    expect(await saveVob(coordinator, lead.reference, { ...vob, payer: "Cigna" }, 0)).toBe("conflict");
    expect((await pipelineView(lead.reference))?.vob).toMatchObject({
      payer: "Aetna",
      network: "in",
      deductible: 150_000,
      deductibleMet: 25_000,
      copay: 4_000,
      coinsurance: undefined,
      priorAuth: "yes",
      source: "staff",
      verifiedByName: "Jordan Lee",
      verifiedAt: Date.parse("2026-11-24T19:00:00Z"),
    });
    const call = await seedLead(callLead(), "2026-11-24T18:00:00Z");
    expect(await saveVob(coordinator, call.reference, vob, 0)).toBe("not-allowed");
  });

  it("logs every change by action and a fixed word, never what was typed", async () => {
    const lead = await seedLead(insuranceLead(), "2026-11-24T18:00:00Z");
    await lead.attempt(1, "no-answer");
    await saveVob(coordinator, lead.reference, vobSchema.parse({ payer: "Secret Payer Name" }), 1);
    await closeAsLost(
      coordinator,
      lead.reference,
      { reason: "other", partner: "eastside-php", referredTo: "Secret Clinic", detail: "Secret why" },
      2,
    );
    const log = await listAccess({ reference: lead.reference });
    expect(log.map((e) => [e.action, e.detail]).reverse()).toEqual([
      ["log-attempt", "no-answer"],
      ["save-vob", null],
      ["close-lost", "other"],
    ]);
    expect(JSON.stringify(log)).not.toContain("Secret");
  });
});
