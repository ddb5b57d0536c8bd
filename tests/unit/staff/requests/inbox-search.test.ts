import { expect, it } from "vitest";
import { storeLead } from "@/lib/leads/store";
import { inboxPage, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { callLead } from "@/tests/unit/leads/fixtures";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

const found = async (q: string, now: Date) =>
  (await inboxPage(parseInboxFilter({ q, status: "all" }), now)).items.map((item) => item.reference);

describeStaffOnEachEngine("searching the inbox", () => {
  it("ignores accents and case, takes the words in any order, and finds part of a phone number or reference", async () => {
    const now = new Date();
    const maria = await storeLead(callLead({ name: "María José Gómez", phone: "503-555-0187" }), now);
    const other = await storeLead(callLead({ name: "Mario Gonzalez", phone: "971-555-0142" }), now);
    if (maria.outcome !== "stored" || other.outcome !== "stored") throw new Error("not stored");

    for (const q of ["maria", "Maria", "Maria Gomez", "gomez", "GÓMEZ maría", "josé", "jose gom"]) {
      expect(await found(q, now), q).toEqual([maria.reference]);
    }
    expect(await found("Mari", now)).toHaveLength(2);
    expect(await found("maria gonzalez", now)).toEqual([]);
    // Part of a phone number, however it is typed.
    for (const q of ["0187", "555-0187", "(503) 555", "5035550187"]) {
      expect(await found(q, now), q).toEqual([maria.reference]);
    }
    // Part of a reference, with or without its prefix and dash, in any case.
    const part = maria.reference.slice(3, 7);
    expect(await found(part.toLowerCase(), now)).toEqual([maria.reference]);
    expect(await found(`LR-${part}`, now)).toEqual([maria.reference]);
    expect(await found(maria.reference, now)).toEqual([maria.reference]);
  });
});
