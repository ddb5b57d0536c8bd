import { describe, expect, it } from "vitest";
import { parseVisit, visitFromRequest } from "@/lib/leads/visit";

describe("visit attribution", () => {
  it("keeps the landing path and its utm values, never the rest of the query", () => {
    expect(parseVisit("/what-is-iop?utm_source=newsletter&utm_medium=email&utm_campaign=fall&q=my+name", "news.example.com")).toEqual({
      landingPage: "/what-is-iop",
      referrerHost: "news.example.com",
      utmSource: "newsletter",
      utmMedium: "email",
      utmCampaign: "fall",
    });
  });

  it("drops anything malformed, and this site as a referrer", () => {
    expect(parseVisit("https://evil.example/x", "not a host")).toEqual({});
    expect(parseVisit("//evil.example/x", "")).toEqual({});
    expect(parseVisit(undefined, null)).toEqual({});
    expect(parseVisit("/faq", "www.site.example.org", "site.example.org")).toEqual({ landingPage: "/faq" });
    expect(parseVisit(`/faq?utm_source=${"x".repeat(300)}`, "").utmSource).toHaveLength(100);
  });

  it("without JavaScript: an outside link makes the form page the landing page", () => {
    expect(visitFromRequest("/request-a-call", { utm_source: "flyer", other: "x" }, "https://www.google.com/", "site.test")).toEqual({
      landing: "/request-a-call?utm_source=flyer",
      referrer: "www.google.com",
    });
    expect(visitFromRequest("/request-a-call", {}, null, "site.test")).toEqual({ landing: "/request-a-call", referrer: "" });
  });

  it("without JavaScript: a link from this site names the page it came from", () => {
    expect(visitFromRequest("/request-a-call", {}, "https://site.test/insurance?utm_campaign=x", "site.test")).toEqual({
      landing: "/insurance?utm_campaign=x",
      referrer: "",
    });
  });
});
