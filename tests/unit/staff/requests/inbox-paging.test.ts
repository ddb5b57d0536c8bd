import { expect, it } from "vitest";
import { storeLead } from "@/lib/leads/store";
import { changeRequest } from "@/lib/leads/work-store";
import { inboxPage, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { inboxSummary } from "@/lib/staff/requests/inbox-summary";
import { callLead } from "@/tests/unit/leads/fixtures";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

const STORED = 215;

/** Requests past the newest 200 used to vanish: the list stopped there and the heading said "200 requests". */
describeStaffOnEachEngine("an inbox of more than one page", () => {
  it("lists every request a page at a time, counts them truthfully, and a poll sends only what changed", async () => {
    const start = Date.now() - STORED * 60_000;
    const references: string[] = [];
    for (let i = 0; i < STORED; i++) {
      const stored = await storeLead(callLead({ note: `request ${i}` }), new Date(start + i * 60_000));
      if (stored.outcome !== "stored") throw new Error("not stored");
      references.push(stored.reference);
    }
    // All but the three newest were tried once, a minute after they arrived.
    for (const [i, reference] of references.slice(0, STORED - 3).entries()) {
      expect(
        await changeRequest(reference, 0, { kind: "status", status: "tried-to-reach" }, start + (i + 1) * 60_000),
      ).toBe("saved");
    }

    const now = new Date();
    const first = await inboxPage(parseInboxFilter({}), now);
    expect(first.counts).toEqual({ total: STORED, fresh: 3, due: 0 });
    expect(inboxSummary(first.counts).join(" · ")).toBe("215 requests · 3 new");
    expect(first.pages).toBe(5);
    const listed = [...first.order];
    for (let page = 2; page <= first.pages; page++) {
      listed.push(...(await inboxPage(parseInboxFilter({ page: String(page) }), now)).order);
    }
    expect(listed).toHaveLength(STORED);
    expect(new Set(listed)).toEqual(new Set(references));
    expect(listed.slice(0, 3)).toEqual(references.slice(-3).reverse());

    // Nothing changed since the last answer: the poll names the page's rows and sends none of them.
    const quiet = await inboxPage(parseInboxFilter({}), new Date(), first.now + 60_000);
    expect(quiet.order).toEqual(first.order);
    expect(quiet.items).toEqual([]);
    expect(JSON.stringify(quiet).length).toBeLessThan(2_000);
    expect(JSON.stringify(first).length).toBeGreaterThan(10 * JSON.stringify(quiet).length);

    // One request changes: the next poll carries that one row.
    const changed = first.order[1];
    expect(await changeRequest(changed, 0, { kind: "status", status: "reached" })).toBe("saved");
    const poll = await inboxPage(parseInboxFilter({}), new Date(), first.now);
    expect(poll.items.map((item) => item.reference)).toEqual([changed]);
    expect(poll.counts).toEqual({ total: STORED, fresh: 2, due: 0 });

    // The default view is the open requests; a closed one is under "all".
    expect(await changeRequest(changed, 1, { kind: "lost", closing: { reason: "other" } })).toBe("saved");
    expect((await inboxPage(parseInboxFilter({}), new Date())).counts.total).toBe(STORED - 1);
    expect((await inboxPage(parseInboxFilter({ status: "all" }), new Date())).counts.total).toBe(STORED);
  }, 120_000);
});
