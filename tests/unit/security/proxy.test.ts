import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const policyFor = (path: string) =>
  proxy(new NextRequest(`http://127.0.0.1:3000${path}`)).headers.get("content-security-policy") ?? "";

describe("proxy's Content-Security-Policy", () => {
  it("leaves a card photo its own sandboxed, nothing-allowed policy", () => {
    for (const side of ["front", "back"]) {
      const policy = policyFor(`/staff/requests/LR-4K7M-Q9PD/photos/${side}`);
      expect(policy).toBe("default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox");
    }
  });

  it("gives pages the page policy, staff pages included", () => {
    for (const path of ["/", "/staff", "/staff/requests/LR-4K7M-Q9PD", "/staff/requests/LR-4K7M-Q9PD/export"]) {
      const policy = policyFor(path);
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).not.toContain("sandbox");
    }
  });
});
