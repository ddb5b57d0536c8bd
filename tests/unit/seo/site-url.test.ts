import { describe, expect, it } from "vitest";
import { parseSiteUrl } from "@/lib/seo/site-url";

describe("SITE_URL", () => {
  it("defaults to the local dev server when unset or empty", () => {
    expect(parseSiteUrl(undefined)).toBe("http://localhost:3000");
    expect(parseSiteUrl("  ")).toBe("http://localhost:3000");
  });

  it("keeps only the origin", () => {
    expect(parseSiteUrl("https://www.example.org/")).toBe("https://www.example.org");
    expect(parseSiteUrl("http://127.0.0.1:3210")).toBe("http://127.0.0.1:3210");
  });

  it("rejects anything but an http(s) origin, naming the variable", () => {
    for (const bad of ["www.example.org", "ftp://example.org", "javascript:alert(1)", "https://example.org/site"]) {
      expect(() => parseSiteUrl(bad)).toThrow(/^SITE_URL /);
    }
  });
});
