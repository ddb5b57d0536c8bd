import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { requestCallSchema, type RequestCallInput } from "@/lib/forms/request-call";
import { verifyInsuranceSchema, type VerifyInsuranceInput } from "@/lib/forms/verify-insurance";
import { stopLeadDelivery } from "@/lib/leads";

/** Shared set-up for pipeline tests: a fresh DATA_DIR and environment per test. */

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

export type TestDataDir = { path: string };

/**
 * Gives each test its own DATA_DIR (file-mode mail unless a test sets SMTP_URL) and stops
 * the delivery loop after it, so no timer or pass outlives the test.
 */
export function useTestDataDir(): TestDataDir {
  const dir: TestDataDir = { path: "" };
  beforeEach(async () => {
    dir.path = await fs.mkdtemp(path.join(os.tmpdir(), "leads-test-"));
    vi.stubEnv("DATA_DIR", dir.path);
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("LEAD_EMAIL_DETAIL", "full");
    vi.stubEnv("SITE_URL", "https://www.example.org");
    vi.stubEnv("ADMISSIONS_EMAIL", "admissions@example.org");
    vi.stubEnv("FORM_SECRET", "");
    resetEnvForTests();
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await stopLeadDelivery();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    resetEnvForTests();
    await fs.rm(dir.path, { recursive: true, force: true });
  });
  return dir;
}

/** Everything the pipeline logged during the test, one string. */
export function loggedText(): string {
  return [console.info, console.warn, console.error, console.log]
    .flatMap((fn) => (vi.isMockFunction(fn) ? fn.mock.calls : []))
    .map((args) => args.map(String).join(" "))
    .join("\n");
}

export async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(file, "utf8")) as Record<string, unknown>;
}
