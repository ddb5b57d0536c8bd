import { expect, it } from "vitest";
import { changeRequest } from "@/lib/leads/work-store";
import { storeLead } from "@/lib/leads/store";
import { contactConsent } from "@/lib/staff/pipeline/attempt-outcomes";
import { inboxPage, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { callLead, insuranceLead } from "@/tests/unit/leads/fixtures";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

const by = { id: "casey", name: "Casey Moreno" };

it("texts are allowed only with a yes to texts and the SMS consent ticked", () => {
  const values = { voicemailOk: "yes", textOk: "yes", consentSms: true };
  expect(contactConsent("call-request", values)).toEqual({ voicemail: true, texts: true });
  expect(contactConsent("call-request", { ...values, consentSms: false })).toEqual({ voicemail: true, texts: false });
  expect(contactConsent("call-request", { ...values, textOk: "no" }).texts).toBe(false);
  expect(contactConsent("insurance-check", values).texts).toBe(false);
});

describeStaffOnEachEngine("SMS consent, one answer everywhere", () => {
  it("a request with 'texts: yes' but no SMS consent can't be texted, and its inbox row says no texts", async () => {
    const now = new Date();
    const unticked = await storeLead(callLead({ phone: "503-555-0130", textOk: "yes", consentSms: false }), now);
    const ticked = await storeLead(callLead({ phone: "503-555-0131", textOk: "yes", consentSms: true }), now);
    const insurance = await storeLead(insuranceLead({ phone: "503-555-0132" }), now);
    if (unticked.outcome !== "stored" || ticked.outcome !== "stored" || insurance.outcome !== "stored")
      throw new Error("not stored");
    expect(await changeRequest(unticked.reference, 0, { kind: "attempt", outcome: "texted", by })).toBe("not-allowed");
    expect(await changeRequest(ticked.reference, 0, { kind: "attempt", outcome: "texted", by })).toBe("saved");
    const rows = (await inboxPage(parseInboxFilter({}), now)).items;
    const texts = Object.fromEntries(rows.map((row) => [row.reference, row.texts]));
    expect(texts[unticked.reference]).toBe("No");
    expect(texts[ticked.reference]).toBe("Yes");
    expect(texts[insurance.reference]).toBeUndefined();
  });
});
