import { expect, it } from "vitest";
import { getLead, storeLead } from "@/lib/leads/store";
import { callLead, describeEachEngine } from "@/tests/unit/leads/fixtures";

describeEachEngine("visit attribution in the store", () => {
  it("keeps where the visit came from with the request", async () => {
    const visit = { landingPage: "/what-is-iop", referrerHost: "news.example.com", utmSource: "newsletter", utmCampaign: "fall" };
    const result = await storeLead({ ...callLead(), visit }, new Date());
    const reference = result.outcome === "stored" ? result.reference : "";
    expect((await getLead(reference))?.visit).toEqual(visit);
  });

  it("has none when the form sent none", async () => {
    const result = await storeLead(callLead(), new Date());
    expect((await getLead(result.outcome === "stored" ? result.reference : ""))?.visit).toBeUndefined();
  });
});
