import { afterEach, vi } from "vitest";
import type { VerifyInsuranceInput } from "@/lib/forms/verify-insurance";
import { storeLead } from "@/lib/leads/store";
import { startFakeClearinghouse, type FakeClearinghouse, type FakeClearinghouseOptions } from "@/tests/support/fake-clearinghouse";
import { insuranceLead, restartServer } from "@/tests/unit/leads/fixtures";

const KEY = "test-key-0123456789abcdef";

/** Quick client retries, so a failing clearinghouse costs a test milliseconds. */
export const fastClient = { retries: 0, backoffMs: 5 };

let fake: FakeClearinghouse | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake clearinghouse on 127.0.0.1, and the site configured to use it (as after a restart). */
export async function useClearinghouse(
  env: Record<string, string> = {},
  latencyMs: FakeClearinghouseOptions["latencyMs"] = 0,
): Promise<FakeClearinghouse> {
  fake = await startFakeClearinghouse({ key: KEY, slowMs: 50, latencyMs });
  vi.stubEnv("ELIGIBILITY_API_URL", fake.url);
  vi.stubEnv("ELIGIBILITY_API_KEY", KEY);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  await restartServer();
  return fake;
}

let phones = 0;

/** An insurance request stored as the form's action stores it; a phone of its own, so no two are duplicates. */
export async function storeInsurance(overrides: Partial<VerifyInsuranceInput> = {}, now = new Date()): Promise<string> {
  phones += 1;
  const result = await storeLead(
    insuranceLead({ phone: `503-555-${String(2000 + phones).slice(-4)}`, ...overrides }),
    now,
  );
  if (result.outcome !== "stored") throw new Error(result.outcome);
  return result.reference;
}
