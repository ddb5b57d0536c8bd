import { expect, it } from "vitest";
import { storeLead } from "@/lib/leads/store";
import { leadRows, leadSubject } from "@/lib/leads/summary";
import { inboxPage, inboxQuery, parseInboxFilter, type InboxFilter } from "@/lib/staff/requests/inbox";

const inboxItems = async (filter: Partial<InboxFilter>, now: Date) =>
  (await inboxPage({ ...parseInboxFilter({}), ...filter }, now)).items;
import { callLead } from "@/tests/unit/leads/fixtures";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

describeStaffOnEachEngine("a request's language", () => {
  it("is stored, shown on the inbox row, filters the inbox, and reaches admissions as 'Prefers Spanish'", async () => {
    const now = new Date();
    const english = await storeLead(callLead({ phone: "503-555-0110" }), now);
    const spanish = await storeLead({ ...callLead({ phone: "503-555-0111" }), language: "es" }, now);
    if (english.outcome !== "stored" || spanish.outcome !== "stored") throw new Error("not stored");

    const all = await inboxItems({}, now);
    expect(Object.fromEntries(all.map((item) => [item.reference, item.language]))).toEqual({
      [english.reference]: "en",
      [spanish.reference]: "es",
    });
    const filter = parseInboxFilter({ language: "es" });
    expect(filter.language).toBe("es");
    expect(inboxQuery(filter)).toBe("language=es");
    expect((await inboxItems(filter, now)).map((item) => item.reference)).toEqual([spanish.reference]);
    expect(parseInboxFilter({ language: "fr" }).language).toBeUndefined();
  });
});

it("the notice says 'Prefers Spanish' in contact mode too, and nothing for English requests", () => {
  const lead = {
    reference: "LR-4K7M-Q9PD",
    receivedAt: new Date("2026-11-23T22:05:00.000Z"),
    sourcePage: "/es/solicitar-llamada",
    language: "es" as const,
    repeatCaller: false,
    kind: "call-request" as const,
    values: callLead().values as Extract<ReturnType<typeof callLead>, { kind: "call-request" }>["values"],
  };
  const contact = leadRows(lead, "contact", "https://www.example.org");
  expect(contact.find((row) => row.label === "Language")?.value).toMatch(/^Prefers Spanish \(Español\)/);
  expect(contact.map((row) => row.label)).not.toContain("Name");
  expect(leadSubject(lead, "contact")).toContain("Prefers Spanish");
  const english = { ...lead, language: "en" as const };
  expect(leadRows(english, "full", "https://www.example.org").map((row) => row.label)).not.toContain("Language");
  expect(leadSubject(english, "contact")).not.toContain("Spanish");
});
