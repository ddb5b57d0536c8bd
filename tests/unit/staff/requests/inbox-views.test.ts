import { expect, it } from "vitest";
import { changeRequest } from "@/lib/leads/work-store";
import { storeLead } from "@/lib/leads/store";
import { inboxPage, inboxQuery, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { callLead } from "@/tests/unit/leads/fixtures";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

const references = async (params: Record<string, string>, now: Date, staffId = "casey") =>
  (await inboxPage(parseInboxFilter(params), now, undefined, staffId)).items.map((item) => item.reference).sort();

describeStaffOnEachEngine("the inbox's views", () => {
  it("'Due today' has every follow-up due by midnight in the center's time zone, 'Mine' what is assigned to me, both open requests unless asked", async () => {
    // 10 PM on Saturday 31 October 2026 in Los Angeles (PDT): clocks go back overnight, so the
    // center's midnight is 07:00 UTC, and a follow-up at 07:30 UTC is tomorrow there.
    const now = new Date("2026-11-01T05:00:00Z");
    const stored: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await storeLead(callLead({ phone: `503-555-01${20 + i}` }), new Date(now.getTime() - 86_400_000));
      if (result.outcome !== "stored") throw new Error("not stored");
      stored.push(result.reference);
    }
    const [overdue, tonight, tomorrow, mine, admitted] = stored;
    const at = (reference: string, iso: string) =>
      changeRequest(reference, 0, { kind: "follow-up", at: Date.parse(iso) }, now.getTime());
    expect(await at(overdue, "2026-10-31T16:00:00Z")).toBe("saved");
    expect(await at(tonight, "2026-11-01T06:45:00Z")).toBe("saved");
    expect(await at(tomorrow, "2026-11-01T07:30:00Z")).toBe("saved");
    expect(await at(mine, "2026-11-01T06:00:00Z")).toBe("saved");
    expect(await changeRequest(mine, 1, { kind: "owner", ownerId: "casey", notify: false }, now.getTime())).toBe("saved");
    expect(await changeRequest(admitted, 0, { kind: "owner", ownerId: "robin", notify: false }, now.getTime())).toBe("saved");
    expect(await changeRequest(admitted, 1, { kind: "status", status: "admitted" }, now.getTime())).toBe("saved");

    const due = parseInboxFilter({ view: "due-today" });
    expect(inboxQuery(due)).toBe("view=due-today");
    expect(await references({ view: "due-today" }, now)).toEqual([overdue, tonight, mine].sort());
    expect(await references({ view: "mine" }, now)).toEqual([mine]);
    expect(await references({ view: "mine" }, now, "robin")).toEqual([]);
    expect(await references({ view: "mine", status: "all" }, now, "robin")).toEqual([admitted]);
    expect(parseInboxFilter({ view: "everything" }).view).toBeUndefined();
    // The default view is the open requests; admitted is one tap away.
    expect(await references({}, now)).not.toContain(admitted);
  });
});
