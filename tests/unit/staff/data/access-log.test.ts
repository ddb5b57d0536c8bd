import { expect, it } from "vitest";
import { listAccess, pruneAccessLog, recordAccess } from "@/lib/staff/data/access-log";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

const ada = { id: "u1", email: "ada@example.org" };

describeStaffOnEachEngine("the access log", () => {
  it("records who, what, which request and when, newest first", async () => {
    await recordAccess(
      { actor: ada, action: "view-request", reference: "LR-AAAA-BBBB" },
      new Date("2026-11-23T10:00:00Z"),
    );
    await recordAccess(
      { actor: ada, action: "change-status", reference: "LR-AAAA-BBBB", detail: "reached" },
      new Date("2026-11-23T10:01:00Z"),
    );
    await recordAccess(
      { actor: { email: "who@example.org" }, action: "sign-in-failed", client: "203.0.113.9" },
      new Date("2026-11-23T10:02:00Z"),
    );
    const entries = await listAccess();
    expect(entries.map((e) => [e.action, e.reference, e.detail])).toEqual([
      ["sign-in-failed", null, null],
      ["change-status", "LR-AAAA-BBBB", "reached"],
      ["view-request", "LR-AAAA-BBBB", null],
    ]);
    expect(entries[1]).toMatchObject({
      actorId: "u1",
      actorEmail: "ada@example.org",
      at: new Date("2026-11-23T10:01:00Z"),
    });
    expect((await listAccess({ reference: "LR-AAAA-BBBB" })).length).toBe(2);
    expect((await listAccess({ actorEmail: "WHO@example.org" })).map((e) => e.client)).toEqual(["203.0.113.9"]);
  });

  it("refuses free text, so a typed value can never land in it", async () => {
    await expect(
      recordAccess({ actor: ada, action: "add-note", detail: "Called her mother, 555-0100" }),
    ).rejects.toThrow(/fixed word/);
    // @ts-expect-error an action outside the list
    await expect(recordAccess({ actor: ada, action: "note: relapse" })).rejects.toThrow(/Unknown/);
    expect(await listAccess()).toEqual([]);
  });

  it("keeps entries six years, then prunes them", async () => {
    await recordAccess(
      { actor: ada, action: "view-request", reference: "LR-OLD1-OLD1" },
      new Date("2020-11-22T00:00:00Z"),
    );
    await recordAccess(
      { actor: ada, action: "view-request", reference: "LR-KEEP-KEEP" },
      new Date("2020-11-24T00:00:00Z"),
    );
    expect(await pruneAccessLog(new Date("2026-11-23T00:00:00Z"))).toBe(1);
    expect((await listAccess()).map((e) => e.reference)).toEqual(["LR-KEEP-KEEP"]);
  });
});
