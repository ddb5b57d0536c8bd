import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { useTestStore } from "./fixtures";

useTestStore("sqlite");

function envWith(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvForTests();
  return getEnv;
}

describe("getEnv", () => {
  it("fills in defaults", () => {
    for (const name of ["ADMISSIONS_EMAIL", "MAIL_FROM", "SITE_URL", "LEAD_EMAIL_DETAIL", "DATA_DIR"])
      vi.stubEnv(name, "");
    resetEnvForTests();
    expect(getEnv()).toMatchObject({
      SMTP_URL: undefined,
      ADMISSIONS_EMAIL: "admissions@example.org",
      MAIL_FROM: '"Lumen Ridge Recovery website" <no-reply@example.org>',
      DATA_DIR: path.resolve(".data"),
      SITE_URL: "http://localhost:3000",
      siteHost: "localhost",
      LEAD_EMAIL_DETAIL: "full",
      FORM_SECRET: undefined,
    });
  });

  it("names each bad variable without echoing its value", () => {
    const read = envWith({
      SMTP_URL: "https://user:hunter2-secret@mail.example.org",
      ADMISSIONS_EMAIL: "not an email",
      LEAD_EMAIL_DETAIL: "everything",
      FORM_SECRET: "too-short",
      SITE_URL: "ftp://example.org",
    });
    expect(read).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(read).toThrow(/ADMISSIONS_EMAIL/);
    expect(read).toThrow(/LEAD_EMAIL_DETAIL: must be "full" or "contact"/);
    expect(read).toThrow(/FORM_SECRET: must be at least 32 characters/);
    expect(read).toThrow(/SITE_URL/);
    expect(read).not.toThrow(/hunter2/);
  });

  it("knows a local SMTP server from a remote one and strips SITE_URL's trailing slash", () => {
    expect(envWith({ SMTP_URL: "smtp://127.0.0.1:2525", SITE_URL: "https://www.example.org/" })()).toMatchObject({
      smtpIsLocal: true,
      SITE_URL: "https://www.example.org",
      siteHost: "www.example.org",
    });
    expect(envWith({ SMTP_URL: "smtp://mail.example.org:587" })().smtpIsLocal).toBe(false);
    expect(envWith({ SMTP_URL: "smtp://mail.example.org:587?requireTLS=false" })).toThrow(
      /SMTP_URL: must not have \?query/,
    );
  });

  it("refuses to start a production server without its mail settings, unless it is a local preview", () => {
    vi.stubEnv("NODE_ENV", "production");
    for (const name of ["SMTP_URL", "ADMISSIONS_EMAIL", "MAIL_FROM", "LEAD_EMAIL_DETAIL", "SITE_URL"]) vi.stubEnv(name, "");
    resetEnvForTests();
    expect(getEnv).toThrow(/SMTP_URL: must be set[\s\S]*ADMISSIONS_EMAIL[\s\S]*MAIL_FROM[\s\S]*LEAD_EMAIL_DETAIL[\s\S]*SITE_URL/);
    expect(envWith({ LOCAL_PREVIEW: "1" })().SMTP_URL).toBeUndefined();
    vi.stubEnv("LOCAL_PREVIEW", "");
    const complete = envWith({
      SMTP_URL: "smtps://mail.example.org",
      ADMISSIONS_EMAIL: "intake@example.org",
      MAIL_FROM: "Site <no-reply@example.org>",
      LEAD_EMAIL_DETAIL: "contact",
      SITE_URL: "https://www.example.org",
    });
    expect(complete().LEAD_EMAIL_DETAIL).toBe("contact");
  });

  it("checks the database and proxy settings", () => {
    expect(envWith({ DATABASE_URL: "mysql://db/leads" })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(envWith({ DATABASE_URL: "postgres://site:pw@db.internal/leads", TRUSTED_PROXY_HOPS: "0" })).toThrow(/TRUSTED_PROXY_HOPS: must be 1 or more/);
    expect(envWith({ TRUSTED_PROXY_HOPS: "2", DATABASE_URL: "postgresql://db/leads" })()).toMatchObject({ TRUSTED_PROXY_HOPS: 2 });
  });
});

describe("startServer", () => {
  async function startWith(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
    resetEnvForTests();
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const { startServer } = await import("@/lib/server-start");
    const outcome = await startServer().then(
      () => "started",
      () => "refused",
    );
    const printed = errors.mock.calls.flat().join("\n");
    const exitCode = exit.mock.calls[0]?.[0];
    exit.mockRestore();
    errors.mockRestore();
    return { outcome, printed, exitCode };
  }

  afterEach(async () => {
    const { stopLeadDelivery } = await import("@/lib/leads/delivery");
    await stopLeadDelivery();
  });

  it("refuses to publish the demo config under a public address, naming each field", async () => {
    const { outcome, printed, exitCode } = await startWith({ SITE_URL: "https://www.lumen-ridge-recovery.org" });
    expect(outcome).toBe("refused");
    expect(exitCode).toBe(1);
    expect(printed).toMatch(/still has demo values/);
    expect(printed).toMatch(/phones\.admissions: "\+15035550142" is a 555-01xx demo phone number/);
    expect(printed).toMatch(/people\[0\]: Dana Whitfield is a demo person/);
    expect(printed).toMatch(/license\.number: "EXAMPLE-0000"/);
  });

  it("starts under a local address, and as a local preview under a public one", async () => {
    expect((await startWith({ SITE_URL: "http://127.0.0.1:3210" })).outcome).toBe("started");
    expect((await startWith({ SITE_URL: "https://www.lumen-ridge-recovery.org", LOCAL_PREVIEW: "1" })).outcome).toBe(
      "started",
    );
  });
});
