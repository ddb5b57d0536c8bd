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
import type { RequestCallInput } from "@/lib/forms/request-call";
import type { VerifyInsuranceInput } from "@/lib/forms/verify-insurance";
import { stopLeadDelivery } from "@/lib/leads/delivery";
import type { LeadInput } from "@/lib/leads/types";

/** Shared set-up for pipeline tests: a fresh database, DATA_DIR and environment per test, on either engine. */

export { callRequestValues, cardBytes, insuranceValues, validCallRequest } from "./fixtures-values";
import { callRequestValues, insuranceValues } from "./fixtures-values";

export type Engine = "sqlite" | "postgres";
/** The engines this run covers (vitest.config.ts): both for the test command, SQLite alone for `npm test`. */
const engines = inject("engines");

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

/** Tests of one engine alone, run when the run covers that engine. */
export function describeOnEngine(engine: Engine, name: string, body: (store: TestStore) => void): void {
  if (engines.includes(engine)) describe(name, () => body(useTestStore(engine)));
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

function databaseUrl(name: string): string {
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
  return { kind: "call-request", values: callRequestValues(overrides), sourcePage, language: "en", ...token() };
}

export function insuranceLead(
  overrides: Partial<VerifyInsuranceInput> = {},
  cardPhotos: Extract<LeadInput, { kind: "insurance-check" }>["cardPhotos"] = [],
): LeadInput {
  return { kind: "insurance-check", values: insuranceValues(overrides), cardPhotos, sourcePage: "/verify-insurance", language: "en", ...token() };
}

function token(): { tokenNonce: string; tokenExpiresAt: Date } {
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
