import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/seo/json-ld";

describe("JSON-LD serialization", () => {
  it("escapes < so text cannot close the script element or open a comment", () => {
    const data = { "@type": "Thing", name: "</script><script>alert(1)</script><!--" };
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("serializes a list of nodes", () => {
    const nodes = [{ "@type": "WebSite" }, { "@type": "MedicalClinic" }];
    expect(JSON.parse(serializeJsonLd(nodes))).toEqual(nodes);
  });
});
