import { describe, expect, it } from "vitest";
import { categorize, smtpOptions } from "@/lib/leads/mailer";
import { parseReference, newReference } from "@/lib/leads/reference";
import { leadRows, leadSubject } from "@/lib/leads/summary";
import type { StoredLead } from "@/lib/leads/types";
import { callRequestValues, insuranceValues } from "./fixtures";

describe("SMTP transport options", () => {
  it("requires TLS for any host but this machine, and keeps timeouts short", () => {
    const remote = smtpOptions("smtp://user:p%40ss@mail.example.org:587", false);
    expect(remote).toMatchObject({ host: "mail.example.org", port: 587, secure: false, requireTLS: true });
    expect(remote.auth).toEqual({ user: "user", pass: "p@ss" });
    expect(remote.connectionTimeout).toBeLessThanOrEqual(10_000);
    expect(remote.greetingTimeout).toBeLessThanOrEqual(10_000);
    expect(smtpOptions("smtps://mail.example.org", false)).toMatchObject({ secure: true, requireTLS: false });
    expect(smtpOptions("smtp://127.0.0.1:2525", true)).toMatchObject({ requireTLS: false, auth: undefined });
    expect(smtpOptions("smtp://[::1]:25", true)).toMatchObject({ host: "::1" });
  });
});

describe("failure categories", () => {
  it.each([
    [{ code: "ESOCKET", originalCode: "ECONNREFUSED" }, "connection"],
    [{ code: "ETIMEDOUT" }, "timeout"],
    [{ code: "ETLS" }, "tls"],
    [{ code: "EAUTH", responseCode: 535, permanent: true }, "rejected-permanent"],
    [{ code: "EAUTH" }, "auth"],
    [{ code: "EENVELOPE", responseCode: 451, permanent: false }, "rejected-temporary"],
    [{ code: "EMESSAGE", responseCode: 554 }, "rejected-permanent"],
    [{ code: "EMESSAGE", responseCode: 503 }, "rejected-temporary"],
    [{ code: "ENOSPC" }, "storage"],
    [{ code: "EMESSAGE", responseCode: 552 }, "too-large"],
    [{ code: "EMESSAGE", responseCode: 554, response: "554 5.3.4 Message too big for system" }, "too-large"],
    [new Error("who knows"), "unknown"],
    ["a string", "unknown"],
  ])("%o → %s", (error, category) => {
    expect(categorize(error)).toBe(category);
  });
});

describe("references", () => {
  it("are short, prefixed and free of look-alike characters", () => {
    for (let i = 0; i < 200; i++) expect(newReference()).toMatch(/^LR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it("are read back the way staff type them", () => {
    expect(parseReference("lr-4k7m-q9pd")).toBe("LR-4K7M-Q9PD");
    expect(parseReference(" LR 4K7M Q9PD ")).toBe("LR-4K7M-Q9PD");
    expect(parseReference("LR4K7MQ9PD")).toBe("LR-4K7M-Q9PD");
    expect(parseReference("LR-4K7M-Q9P0")).toBeUndefined();
    expect(parseReference("../etc/passwd")).toBeUndefined();
  });
});

describe("subject and rows", () => {
  const stored = (name: string): StoredLead => ({
    reference: "LR-4K7M-Q9PD",
    receivedAt: new Date("2026-11-23T22:05:00.000Z"),
    sourcePage: "/",
    language: "en",
    repeatCaller: false,
    kind: "call-request",
    values: { ...callRequestValues(), name },
  });

  it("keeps a subject on one line even if a stored name had line breaks", () => {
    const subject = leadSubject(stored("Eve\r\nBcc: victim@example.com"), "full");
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe("Call request: Eve · call morning (voicemail OK) · LR-4K7M-Q9PD");
  });

  it("shows the submission time in the center's zone and the callback promise", () => {
    const rows = leadRows(stored("Maria Lopez"), "full", "https://www.example.org");
    expect(rows).toContainEqual({ label: "Received", value: "Mon, Nov 23, 2026, 2:05 PM PST" });
    expect(rows).toContainEqual({ label: "We said we'd call", value: "within about 15 minutes" });
  });

  it("names an 'other' carrier by what the visitor typed", () => {
    const lead: StoredLead = {
      reference: "LR-4K7M-Q9PD",
      receivedAt: new Date("2026-11-23T22:05:00.000Z"),
      sourcePage: "/",
      language: "en",
      repeatCaller: false,
      kind: "insurance-check",
      values: insuranceValues({ carrier: "other", carrierOther: "Moda Health" }),
      cardPhotos: [],
    };
    expect(leadSubject(lead, "full")).toBe("Insurance check: Maria · Other: Moda Health · LR-4K7M-Q9PD");
  });

  it("in contact detail names nobody and carries nothing about anyone's health", () => {
    const lead = stored("Maria Lopez");
    expect(leadSubject(lead, "contact")).toBe("Call request · call morning · LR-4K7M-Q9PD");
    const text = JSON.stringify(leadRows(lead, "contact", "https://www.example.org"));
    for (const secret of ["Maria", "555", "maria@example.com", "if possible"]) expect(text).not.toContain(secret);
    expect(leadRows(lead, "contact", "https://www.example.org")).toContainEqual({
      label: "Open in the inbox",
      value: "https://www.example.org/staff/requests/LR-4K7M-Q9PD",
      href: "https://www.example.org/staff/requests/LR-4K7M-Q9PD",
    });
  });

  it("tells admissions when the same number already sent another request", () => {
    const rows = leadRows({ ...stored("Maria Lopez"), repeatCaller: true }, "contact", "https://www.example.org");
    expect(rows).toContainEqual({ label: "Same number", value: "Another request from this number is on file" });
  });
});
