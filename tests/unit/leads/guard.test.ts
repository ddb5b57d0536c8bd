import { describe, expect, it, vi } from "vitest";
import { consumeLimit } from "@/lib/db/rate-limiter";
import { resetServerSecretForTests } from "@/lib/db/server-secret";
import { resetEnvForTests } from "@/lib/env";
import { TOKEN_MAX_AGE_MS, checkFormToken, clientKey, issueFormToken, leadLimit, screenSubmission } from "@/lib/leads/guard";
import type { LeadKind } from "@/lib/leads/types";
import { describeEachEngine, loggedText, restartServer } from "./fixtures";

const issuedAt = new Date("2026-11-23T18:00:00Z");
const after = (ms: number) => new Date(issuedAt.getTime() + ms);

describeEachEngine("form tokens", () => {
  it("accept a form filled in at human speed, up to a tab left open overnight, and no longer", async () => {
    const token = await issueFormToken("call-request", issuedAt);
    expect(await checkFormToken(token, "call-request", after(1_000))).toEqual({ ok: false, reason: "too-fast" });
    const ok = await checkFormToken(token, "call-request", after(5_000));
    expect(ok).toMatchObject({ ok: true, token: { kind: "call-request", issuedAt, expiresAt: after(TOKEN_MAX_AGE_MS) } });
    expect((await checkFormToken(token, "call-request", after(14 * 3_600_000))).ok).toBe(true);
    expect(await checkFormToken(token, "call-request", after(TOKEN_MAX_AGE_MS + 1))).toEqual({ ok: false, reason: "expired" });
  });

  it("belong to one form and carry a nonce of their own", async () => {
    const call = await issueFormToken("call-request", issuedAt);
    expect(await checkFormToken(call, "insurance-check", after(5_000))).toEqual({ ok: false, reason: "wrong-form" });
    const [a, b] = await Promise.all([issueFormToken("call-request", issuedAt), issueFormToken("call-request", issuedAt)]);
    const nonce = async (t: string) => {
      const check = await checkFormToken(t, "call-request", after(5_000));
      return check.ok ? check.token.nonce : undefined;
    };
    expect(await nonce(a)).not.toBe(await nonce(b));
  });

  it("reject tampered, foreign, future and malformed tokens", async () => {
    const token = await issueFormToken("insurance-check", issuedAt);
    const parts = token.split(".");
    const resigned = [parts[0], String(Number(parts[1]) - 60_000), parts[2], parts[3]].join(".");
    const wrongKind = ["c", ...parts.slice(1)].join(".");
    for (const bad of [resigned, wrongKind, "", "not a token", `${token}x`]) {
      expect(await checkFormToken(bad, "insurance-check", after(5_000))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await checkFormToken(await issueFormToken("call-request", after(10 * 60_000)), "call-request", issuedAt)).toEqual({
      ok: false,
      reason: "invalid",
    });
    vi.stubEnv("FORM_SECRET", "another-secret-that-is-at-least-32-chars");
    resetEnvForTests();
    resetServerSecretForTests();
    expect(await checkFormToken(token, "insurance-check", after(5_000))).toEqual({ ok: false, reason: "invalid" });
  });

  it("are signed with one secret that every server on the database shares and that survives restarts", async () => {
    const token = await issueFormToken("call-request", issuedAt);
    await restartServer();
    expect((await checkFormToken(token, "call-request", after(5_000))).ok).toBe(true);
  });
});

describeEachEngine("screenSubmission", () => {
  it("stops a filled honeypot, bad tokens and instant submissions, and counts each reason in the log", async () => {
    const token = await issueFormToken("call-request", issuedAt);
    const now = after(10_000);
    expect(await screenSubmission({ kind: "call-request", token, honeypot: "https://spam.example", now })).toEqual({ ok: false, reason: "bot" });
    expect(await screenSubmission({ kind: "call-request", token: "x.y", honeypot: "", now })).toEqual({ ok: false, reason: "invalid-token" });
    expect(await screenSubmission({ kind: "call-request", token: "x.y", honeypot: "", now })).toEqual({ ok: false, reason: "invalid-token" });
    expect(await screenSubmission({ kind: "call-request", token, honeypot: "", now: after(500) })).toEqual({ ok: false, reason: "too-fast" });
    expect((await screenSubmission({ kind: "call-request", token, honeypot: "", now })).ok).toBe(true);
    const log = loggedText();
    const counts = [...log.matchAll(/call-request form refused \(invalid-token\), (\d+) since start/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(2);
    expect(counts[1]).toBe(counts[0] + 1);
    expect(log).toContain("call-request form refused (bot)");
    expect(log).not.toContain("spam.example");
  });
});

const consumeRateLimit = (kind: LeadKind, client: string) => {
  const { rule, key } = leadLimit(kind, client);
  return consumeLimit(rule, key);
};

describeEachEngine("rate limits", () => {
  it("allow 5 submissions per form per client in 10 minutes, then say how long to wait", async () => {
    const client = "203.0.113.7";
    for (let i = 0; i < 5; i++) expect(await consumeRateLimit("call-request", client)).toEqual({ allowed: true });
    const limited = await consumeRateLimit("call-request", client);
    expect(limited.allowed === false && limited.retryAfterSeconds).toBeGreaterThan(500);
    expect(await consumeRateLimit("insurance-check", client)).toEqual({ allowed: true });
    expect(await consumeRateLimit("call-request", "198.51.100.2")).toEqual({ allowed: true });
  });

  it("are counted in the database, so a second server (or a restart) does not reset them", async () => {
    vi.stubEnv("LEAD_RATE_LIMIT", "2");
    await restartServer();
    expect(await consumeRateLimit("call-request", "198.51.100.1")).toEqual({ allowed: true });
    await restartServer();
    expect(await consumeRateLimit("call-request", "198.51.100.1")).toEqual({ allowed: true });
    await restartServer();
    expect(await consumeRateLimit("call-request", "198.51.100.1")).toMatchObject({ allowed: false });
  });
});

const forwarded = (value: string | null) => new Headers(value === null ? {} : { "x-forwarded-for": value });

describe("clientKey", () => {
  it("takes the address the trusted proxy saw, whatever the client wrote before it", () => {
    resetEnvForTests();
    // nginx's $proxy_add_x_forwarded_for appends the socket address to what the client sent.
    expect(clientKey(forwarded("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientKey(forwarded("1.1.1.1, 2.2.2.2, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientKey(forwarded(null))).toBe("unknown");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    resetEnvForTests();
    expect(clientKey(forwarded("forged, 203.0.113.9, 10.0.0.5"))).toBe("203.0.113.9");
    expect(clientKey(forwarded("203.0.113.9"))).toBe("203.0.113.9");
    vi.unstubAllEnvs();
    resetEnvForTests();
  });
});
