import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe, inject, vi } from "vitest";
import { closeDatabase } from "@/lib/db/connection";
import { resetRateLimitersForTests } from "@/lib/db/rate-limiter";
import { resetServerSecretForTests } from "@/lib/db/server-secret";
import { resetEnvForTests } from "@/lib/env";
import { requestCallSchema, type RequestCallInput } from "@/lib/forms/request-call";
import { verifyInsuranceSchema, type VerifyInsuranceInput } from "@/lib/forms/verify-insurance";
import { stopLeadDelivery } from "@/lib/leads/delivery";
import type { LeadInput } from "@/lib/leads/types";

/** Shared set-up for pipeline tests: a fresh database, DATA_DIR and environment per test, on either engine. */

export const validCallRequest: RequestCallInput = {
  name: "Maria Lopez",
  phone: "(503) 555-0142",
  email: "maria@example.com",
  about: "someone-else",
  relationship: "parent",
  bestTime: "morning",
  note: "She prefers evenings <b>if possible</b>",
  voicemailOk: "yes",
  textOk: "no",
  consentCall: true,
  consentSms: false,
};

export const validInsuranceCheck: VerifyInsuranceInput = {
  name: "Maria Lopez",
  phone: "503-555-0177",
  email: "maria@example.com",
  coverageFor: "someone-else",
  relationship: "parent",
  patientName: "Daniel Lopez",
  patientDob: "2001-04-23",
  policyholder: "other",
  holderName: "Maria Lopez",
  holderDob: "1970-02-11",
  carrier: "aetna",
  memberId: "W123-456789",
  groupNumber: "G-100",
  hasSecondary: false,
  bestTime: "afternoon",
  voicemailOk: "no",
  consentCall: true,
};

export const callRequestValues = (overrides: Partial<RequestCallInput> = {}) =>
  requestCallSchema.parse({ ...validCallRequest, ...overrides });

export const insuranceValues = (overrides: Partial<VerifyInsuranceInput> = {}) =>
  verifyInsuranceSchema.parse({ ...validInsuranceCheck, ...overrides });

/** A 1×1 PNG and the opening bytes of the other formats the card check accepts. */
export const cardBytes = {
  png: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]),
    Buffer.alloc(64),
    Buffer.from([0xff, 0xd9]),
  ]),
  pdf: Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  heic: Buffer.concat([
    Buffer.from([0x00, 0x00, 0x00, 0x18]),
    Buffer.from("ftypheic"),
    Buffer.from([0x00, 0x00, 0x00, 0x00]),
    Buffer.from("mif1heic"),
    Buffer.alloc(32),
  ]),
};

export type Engine = "sqlite" | "postgres";
export const engines: Engine[] = ["sqlite", "postgres"];

export type TestStore = { engine: Engine; dataDir: string };

/**
 * Each test gets its own DATA_DIR (file-mode mail unless it sets SMTP_URL) and its own
 * database: a SQLite file there, or a new database on the run's PostgreSQL server. The
 * delivery loop and every connection are closed after it, so nothing outlives the test.
 */
export function useTestStore(engine: Engine): TestStore {
  const store: TestStore = { engine, dataDir: "" };
  let database: string | undefined;
  beforeEach(async () => {
    store.dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "leads-test-"));
    vi.stubEnv("DATA_DIR", store.dataDir);
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("LEAD_EMAIL_DETAIL", "full");
    vi.stubEnv("SITE_URL", "https://www.example.org");
    vi.stubEnv("ADMISSIONS_EMAIL", "admissions@example.org");
    vi.stubEnv("FORM_SECRET", "");
    vi.stubEnv("DATABASE_URL", "");
    if (engine === "postgres") {
      database = `test_${randomBytes(6).toString("hex")}`;
      await adminQuery(`CREATE DATABASE ${database}`);
      vi.stubEnv("DATABASE_URL", databaseUrl(database));
    }
    resetAll();
    for (const level of ["log", "info", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await stopLeadDelivery();
    await closeDatabase();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    resetAll();
    await fs.rm(store.dataDir, { recursive: true, force: true });
    if (database) await adminQuery(`DROP DATABASE ${database} WITH (FORCE)`);
    database = undefined;
  });
  return store;
}

/** The same tests on SQLite and on PostgreSQL. */
export function describeEachEngine(name: string, body: (store: TestStore) => void): void {
  for (const engine of engines) describe(`${name} (${engine})`, () => body(useTestStore(engine)));
}

/** After changing environment variables mid-test: what a restarted server would see. */
export async function restartServer(): Promise<void> {
  await stopLeadDelivery();
  await closeDatabase();
  resetAll();
}

function resetAll(): void {
  resetEnvForTests();
  resetServerSecretForTests();
  resetRateLimitersForTests();
}

export function databaseUrl(name: string): string {
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client(inject("postgresUrl"));
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let nonces = 0;

/** A call request as the action hands it over, with a fresh token nonce. */
export function callLead(overrides: Partial<RequestCallInput> = {}, sourcePage = "/request-a-call"): LeadInput {
  return { kind: "call-request", values: callRequestValues(overrides), sourcePage, ...token() };
}

export function insuranceLead(
  overrides: Partial<VerifyInsuranceInput> = {},
  cardPhotos: Extract<LeadInput, { kind: "insurance-check" }>["cardPhotos"] = [],
): LeadInput {
  return { kind: "insurance-check", values: insuranceValues(overrides), cardPhotos, sourcePage: "/verify-insurance", ...token() };
}

export function token(): { tokenNonce: string; tokenExpiresAt: Date } {
  nonces += 1;
  return { tokenNonce: `nonce-${nonces}-${randomBytes(4).toString("hex")}`, tokenExpiresAt: new Date(Date.now() + 86_400_000) };
}

/** Everything the pipeline logged during the test, one string. */
export function loggedText(): string {
  return [console.info, console.warn, console.error, console.log]
    .flatMap((fn) => (vi.isMockFunction(fn) ? fn.mock.calls : []))
    .map((args) => args.map(String).join(" "))
    .join("\n");
}
