import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { getFormSecret, resetEnvForTests } from "@/lib/env";
import { checkFormToken, consumeRateLimit, issueFormToken, screenSubmission } from "@/lib/leads";
import { resetRateLimitsForTests } from "@/lib/leads/guard";
import { useTestDataDir } from "./fixtures";

const dataDir = useTestDataDir();
const issuedAt = new Date("2026-11-23T18:00:00Z");
const after = (ms: number) => new Date(issuedAt.getTime() + ms);

describe("form tokens", () => {
  it("accepts a form filled in at human speed, even from a tab left open overnight", () => {
    const token = issueFormToken(issuedAt);
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(checkFormToken(token, after(1_000))).toBe("too-fast");
    expect(checkFormToken(token, after(5_000))).toBe("ok");
    expect(checkFormToken(token, after(23 * 3_600_000))).toBe("ok");
    expect(checkFormToken(token, after(30 * 3_600_000))).toBe("ok");
  });

  it("rejects tampered, foreign and malformed tokens", () => {
    const token = issueFormToken(issuedAt);
    const [time, mac] = token.split(".");
    const flipped = `${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`;
    expect(checkFormToken(`${time}.${flipped}`, after(5_000))).toBe("invalid");
    expect(checkFormToken(`${Number(time) - 60_000}.${mac}`, after(5_000))).toBe("invalid");
    expect(checkFormToken("", after(5_000))).toBe("invalid");
    expect(checkFormToken("not a token", after(5_000))).toBe("invalid");

    vi.stubEnv("FORM_SECRET", "another-secret-that-is-at-least-32-chars");
    resetEnvForTests();
    expect(checkFormToken(token, after(5_000))).toBe("invalid");
  });

  it("refuses a token from the future beyond clock skew", () => {
    const token = issueFormToken(after(10 * 60_000));
    expect(checkFormToken(token, issuedAt)).toBe("invalid");
  });

  it("keeps a generated secret in DATA_DIR/form-secret, readable only by the owner", async () => {
    const secret = getFormSecret();
    const file = path.join(dataDir.path, "form-secret");
    expect(await fs.readFile(file, "utf8")).toBe(secret);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    resetEnvForTests();
    expect(getFormSecret()).toBe(secret);
  });
});

describe("screenSubmission", () => {
  it("stops a filled honeypot, bad tokens and instant submissions", () => {
    const token = issueFormToken(issuedAt);
    const now = after(10_000);
    expect(screenSubmission({ token, honeypot: "https://spam.example", now })).toEqual({ ok: false, reason: "bot" });
    expect(screenSubmission({ token: "x.y", honeypot: "", now })).toEqual({ ok: false, reason: "invalid-token" });
    expect(screenSubmission({ token, honeypot: "", now: after(500) })).toEqual({ ok: false, reason: "too-fast" });
    expect(screenSubmission({ token, honeypot: "", now })).toEqual({ ok: true });
  });
});

describe("consumeRateLimit", () => {
  it("allows 5 submissions per form per client in 10 minutes, then says how long to wait", async () => {
    resetRateLimitsForTests();
    const clientKey = "203.0.113.7";
    for (let i = 0; i < 5; i++) expect(await consumeRateLimit("call-request", clientKey)).toEqual({ allowed: true });
    const limited = await consumeRateLimit("call-request", clientKey);
    expect(limited).toMatchObject({ allowed: false });
    expect(limited.allowed === false && limited.retryAfterSeconds).toBeGreaterThan(500);
    expect(await consumeRateLimit("insurance-check", clientKey)).toEqual({ allowed: true });
    expect(await consumeRateLimit("call-request", `${clientKey}-other`)).toEqual({ allowed: true });
  });

  it("takes its limit from LEAD_RATE_LIMIT", async () => {
    vi.stubEnv("LEAD_RATE_LIMIT", "2");
    resetEnvForTests();
    resetRateLimitsForTests();
    expect(await consumeRateLimit("call-request", "198.51.100.1")).toEqual({ allowed: true });
    expect(await consumeRateLimit("call-request", "198.51.100.1")).toEqual({ allowed: true });
    expect(await consumeRateLimit("call-request", "198.51.100.1")).toMatchObject({ allowed: false });
  });
});
