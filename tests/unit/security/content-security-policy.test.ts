import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { securityHeaders } from "@/lib/security/headers";
import { inlineScriptHashes } from "@/lib/security/static-page-scripts";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text, and nothing else", () => {
    const payload = 'self.__next_f.push([1,"caf\u00e9 \\u003c/script>"])';
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"WebSite"}</script>',
      '<script id="_R_">(self.__next_f=self.__next_f||[]).push([0])</script>',
      `<script>${payload}</script>`,
      `<script>${payload}</script>`,
      "<script></script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha256("(self.__next_f=self.__next_f||[]).push([0])"), sha256(payload)]);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows only the site itself, plus one response's nonce and hashes", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", scriptHashes: ["sha256-xyz="] });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'sha256-xyz='");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("loosens only what next dev needs", () => {
    expect(contentSecurityPolicy({ development: true })).toMatch(/script-src 'self' 'unsafe-eval';/);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS from production builds only", () => {
    const names = (production: boolean) => securityHeaders({ production }).map((h) => h.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
  });
});
