import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { storeLead } from "@/lib/leads/store";
import { listAccess } from "@/lib/staff/data/access-log";
import { changesOf } from "@/lib/staff/data/request-changes";
import {
  closeAsLost,
  correctStage,
  logAttempt,
  setFollowUp,
  setStatus,
  undoLastChange,
} from "@/lib/staff/access/changes";
import type { Staff } from "@/lib/staff/access/session";
import { pipelineView } from "@/lib/staff/pipeline/pipeline-view";
import { reportFigures } from "@/lib/staff/reports/report-figures";
import { reportRows } from "@/lib/staff/reports/reports";
import { requestInFull } from "@/lib/staff/requests/request";
import { callLead, describeEachEngine } from "@/tests/unit/leads/fixtures";
import { coordinator } from "@/tests/unit/staff/pipeline/seed";

const colleague: Staff = { ...coordinator, id: "staff-2", email: "casey@example.org", name: "Casey Park" };
const manager: Staff = {
  ...coordinator,
  id: "staff-3",
  email: "morgan@example.org",
  name: "Morgan Diaz",
  role: "manager",
};

const START = Date.parse("2026-11-24T18:00:00Z");
const MIN = 60_000;
const at = (minutes: number) => START + minutes * MIN;

/** A request received at START, the clock moved as each step says. */
async function received() {
  vi.setSystemTime(START);
  const stored = await storeLead(callLead(), new Date(START));
  if (stored.outcome !== "stored") throw new Error("not stored");
  return stored.reference;
}

function clock(minutes: number) {
  vi.setSystemTime(at(minutes));
  return at(minutes);
}

async function figures() {
  const rows = await reportRows(new Date(START - 60 * MIN), new Date(START + 24 * 60 * MIN));
  const { funnel, firstContact } = reportFigures(rows);
  return {
    funnel: Object.fromEntries(funnel.map((s) => [s.stage, s.reached])),
    within5Min: firstContact.within5Min,
  };
}

describeEachEngine("undo and corrections", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("undoes a mistaken Admitted within the window: its stamps go, earlier ones stay, and the report agrees", async () => {
    const reference = await received();
    expect(await logAttempt(coordinator, reference, "reached", 0, undefined, clock(3))).toBe("saved");
    clock(10);
    expect((await setStatus(coordinator, reference, "admitted", 1)).outcome).toBe("saved");
    expect((await figures()).funnel.admitted).toBe(1);

    const undone = await undoLastChange(coordinator, reference, "client", clock(12));
    expect(undone.outcome).toBe("undone");
    const view = await pipelineView(reference);
    expect(view?.stages).toMatchObject({
      contacted_at: at(3),
      assessment_at: null,
      insurance_cleared_at: null,
      admitted_at: null,
    });
    expect((await requestInFull(reference))?.work).toMatchObject({ status: "reached", version: 3 });
    expect(await figures()).toEqual({
      funnel: { inquiry: 1, "first-contact": 1, "assessment-booked": 0, "insurance-cleared": 0, admitted: 0 },
      within5Min: 1,
    });
    // The history keeps the change, marked undone; the access log names the undo and a fixed word.
    expect((await changesOf(reference)).map((c) => [c.kind, c.toStatus, c.undoneAt])).toEqual([
      ["attempt", "reached", undefined],
      ["status", "admitted", at(12)],
    ]);
    const log = await listAccess({ reference });
    expect(log[0]).toMatchObject({ action: "undo-change", detail: "status", actorEmail: coordinator.email });
    // Undone once; a second press finds nothing left to undo.
    expect((await undoLastChange(coordinator, reference, undefined, clock(13))).outcome).toBe("nothing");
  });

  it("undoes a reach: the attempt is gone, and so are first contact and the first action", async () => {
    const reference = await received();
    expect(await logAttempt(coordinator, reference, "reached", 0, undefined, clock(2))).toBe("saved");
    expect((await figures()).within5Min).toBe(1);
    expect((await undoLastChange(coordinator, reference, undefined, clock(3))).outcome).toBe("undone");
    const full = await requestInFull(reference);
    expect(full?.work).toMatchObject({ status: "new", firstActionAt: undefined });
    expect((await pipelineView(reference))?.attempts).toEqual([]);
    expect(await figures()).toEqual({
      funnel: { inquiry: 1, "first-contact": 0, "assessment-booked": 0, "insurance-cleared": 0, admitted: 0 },
      within5Min: 0,
    });
  });

  it("undoes closing as lost: the reason goes and the follow-up it ended comes back", async () => {
    const reference = await received();
    clock(1);
    expect(await setFollowUp(coordinator, reference, new Date(at(120)), 0)).toBe("saved");
    expect(await closeAsLost(coordinator, reference, { reason: "not-ready" }, 1, undefined, clock(5))).toBe("saved");
    expect((await undoLastChange(coordinator, reference, undefined, clock(6))).outcome).toBe("undone");
    const view = await pipelineView(reference);
    expect(view?.lost).toBeUndefined();
    expect(view?.followUpAt).toBe(at(120));
    expect((await requestInFull(reference))?.work.status).toBe("new");
  });

  it("offers no undo once the window has passed, or to anyone but the person who made the change", async () => {
    const reference = await received();
    expect(await logAttempt(coordinator, reference, "reached", 0, undefined, clock(1))).toBe("saved");
    clock(2);
    await setStatus(coordinator, reference, "admitted", 1);
    expect((await undoLastChange(colleague, reference, undefined, clock(3))).outcome).toBe("changed");
    expect((await undoLastChange(coordinator, reference, undefined, clock(7))).outcome).toBe("expired");
    expect((await requestInFull(reference))?.work).toMatchObject({ status: "admitted", version: 2 });
    expect((await figures()).funnel.admitted).toBe(1);
  });

  it("undoes nothing when a colleague changed the request since", async () => {
    const reference = await received();
    clock(1);
    await logAttempt(coordinator, reference, "reached", 0, undefined, at(1));
    await setStatus(coordinator, reference, "admitted", 1);
    clock(2);
    expect(await setFollowUp(colleague, reference, new Date(at(300)), 2)).toBe("saved");
    expect((await undoLastChange(coordinator, reference, undefined, clock(3))).outcome).toBe("changed");
    expect((await pipelineView(reference))?.stages.admitted_at).toBe(at(1));
    expect((await listAccess({ reference })).some((e) => e.action === "undo-change")).toBe(false);
  });

  it("a correction within the window replaces the mistake: Admitted, then Assessment booked, counts no admission", async () => {
    const reference = await received();
    await logAttempt(coordinator, reference, "reached", 0, undefined, clock(2));
    clock(8);
    await setStatus(coordinator, reference, "admitted", 1);
    clock(9);
    expect((await setStatus(coordinator, reference, "assessment-booked", 2)).outcome).toBe("saved");
    expect((await pipelineView(reference))?.stages).toMatchObject({
      contacted_at: at(2),
      assessment_at: at(8),
      insurance_cleared_at: null,
      admitted_at: null,
    });
    expect(await figures()).toEqual({
      funnel: { inquiry: 1, "first-contact": 1, "assessment-booked": 1, "insurance-cleared": 0, admitted: 0 },
      within5Min: 1,
    });
    const [, admitted, booked] = await changesOf(reference);
    expect(booked).toMatchObject({ toStatus: "assessment-booked", replacesId: admitted.id });
  });

  it("after the window the stamps stay until a manager corrects the record, with a reason; the report follows", async () => {
    const reference = await received();
    await logAttempt(coordinator, reference, "reached", 0, undefined, clock(2));
    clock(8);
    await setStatus(coordinator, reference, "admitted", 1);
    clock(20);
    await setStatus(coordinator, reference, "assessment-booked", 2);
    expect((await figures()).funnel.admitted).toBe(1);

    clock(60);
    // Nothing to correct at or beyond the furthest stage; a stale version is a conflict.
    expect(await correctStage(manager, reference, "admitted", "Typo", 3)).toBe("not-allowed");
    expect(await correctStage(manager, reference, "assessment-booked", "Tapped Admitted by mistake", 2)).toBe(
      "conflict",
    );
    expect(
      await correctStage(manager, reference, "assessment-booked", "Tapped Admitted by mistake", 3, "c", at(60)),
    ).toBe("saved");
    expect(await figures()).toEqual({
      funnel: { inquiry: 1, "first-contact": 1, "assessment-booked": 1, "insurance-cleared": 0, admitted: 0 },
      within5Min: 1,
    });
    expect((await requestInFull(reference))?.work).toMatchObject({ status: "assessment-booked", version: 4 });
    expect((await changesOf(reference)).at(-1)).toMatchObject({
      kind: "correction",
      staffName: "Morgan Diaz",
      fromStatus: "admitted",
      toStatus: "assessment-booked",
      reason: "Tapped Admitted by mistake",
      at: at(60),
    });
    const log = await listAccess({ reference });
    expect(log[0]).toMatchObject({ action: "correct-record", detail: "assessment-booked", actorEmail: manager.email });
    // A correction is the record, not a wrong tap: it is not undone by the undo button.
    expect((await undoLastChange(manager, reference, undefined, clock(61))).outcome).toBe("nothing");

    // Corrected back to the inquiry: no first contact, so none within 5 minutes either.
    expect(
      await correctStage(manager, reference, "inquiry", "Wrong number, never reached", 4, undefined, clock(70)),
    ).toBe("saved");
    expect((await requestInFull(reference))?.work.status).toBe("tried-to-reach");
    expect(await figures()).toEqual({
      funnel: { inquiry: 1, "first-contact": 0, "assessment-booked": 0, "insurance-cleared": 0, admitted: 0 },
      within5Min: 0,
    });
  });
});
