import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { getEnv } from "@/lib/env";
import { escalateUnclaimed } from "@/lib/staff/requests/escalation";
import { callLead, describeEachEngine, restartServer } from "@/tests/unit/leads/fixtures";
import { coordinator, seedLead } from "@/tests/unit/staff/pipeline/seed";
import { changeRequest } from "@/lib/leads/work-store";
import { setHolder } from "@/lib/staff/access/changes";

// Tuesday 10:00 AM Pacific, admissions open: the callback is promised by 10:15.
const RECEIVED = "2026-11-24T18:00:00Z";
const AFTER_DUE = new Date("2026-11-24T18:16:00Z");

describeEachEngine("on-call escalation", (store) => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.stubEnv("ON_CALL_EMAIL", "on-call@example.org");
    await restartServer();
  });
  afterEach(() => vi.useRealTimers());

  const mailFiles = async () => fs.readdir(path.join(store.dataDir, "mail")).catch(() => [] as string[]);

  it("mails an unclaimed request past its callback once, naming no one", async () => {
    const lead = await seedLead(callLead({ name: "Maria Lopez" }), RECEIVED);
    expect(await escalateUnclaimed(getEnv(), new Date("2026-11-24T18:14:00Z"))).toEqual([]);
    expect(await escalateUnclaimed(getEnv(), AFTER_DUE)).toEqual([lead.reference]);
    expect(await escalateUnclaimed(getEnv(), new Date(AFTER_DUE.getTime() + 3_600_000))).toEqual([]);
    const files = await mailFiles();
    expect(files).toEqual([`on-call-${lead.reference}.eml`]);
    const text = await fs.readFile(path.join(store.dataDir, "mail", files[0]), "utf8");
    expect(text).toContain("To: on-call@example.org");
    expect(text).toContain(lead.reference);
    expect(text).not.toMatch(/Maria|Lopez|555|0142/);
  });

  it("still mails a new request assigned to someone who is not calling it (they may be off shift)", async () => {
    const assigned = await seedLead(callLead({ note: "assigned" }), RECEIVED);
    expect(await changeRequest(assigned.reference, 0, { kind: "owner", ownerId: coordinator.id, notify: false })).toBe("saved");
    expect(await escalateUnclaimed(getEnv(), AFTER_DUE)).toEqual([assigned.reference]);
  });

  it("leaves a request someone is calling alone, and does nothing without ON_CALL_EMAIL", async () => {
    const held = await seedLead(callLead({ note: "held" }), RECEIVED);
    await setHolder(coordinator, held.reference, true, 0);
    expect(await escalateUnclaimed(getEnv(), AFTER_DUE)).toEqual([]);
    await seedLead(callLead({ note: "other" }), RECEIVED);
    vi.stubEnv("ON_CALL_EMAIL", "");
    await restartServer();
    expect(await escalateUnclaimed(getEnv(), AFTER_DUE)).toEqual([]);
    expect(await mailFiles()).toEqual([]);
  });
});
