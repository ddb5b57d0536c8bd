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

describe("proxy and posts to the staff area from other sites", () => {
  const post = (path: string, origin: string | undefined) =>
    proxy(
      new NextRequest(`http://127.0.0.1:3000${path}`, {
        method: "POST",
        headers: {
          host: "127.0.0.1:3000",
          ...(origin ? { origin } : {}),
          "content-type": "multipart/form-data",
          "content-length": "120",
        },
      }),
    );

  it("refuses them with a page that says so", async () => {
    for (const origin of ["https://evil.example", "null", "http://127.0.0.1:3001"]) {
      const response = post("/staff/requests/LR-4K7M-Q9PD", origin);
      expect(response.status, origin).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toMatch(/Refused: this came from another website[\s\S]*Nothing was changed/);
    }
  });

  it("lets the site's own posts through to the action", () => {
    expect(post("/staff/requests/LR-4K7M-Q9PD", "http://127.0.0.1:3000").status).toBe(200);
    expect(post("/staff/sign-in", undefined).status).toBe(200);
  });
});
