import { describe, expect, it, vi } from "vitest";
import { centerConfig } from "@/lib/center/config";
import { centerSchema } from "@/lib/center/schema";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { useTestStore } from "@/tests/unit/leads/fixtures";

useTestStore("sqlite");

const KEY = "sk-test-0123456789abcdef";

function eligibilityWith(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvForTests();
  return () => getEnv().eligibility;
}

describe("the clearinghouse settings", () => {
  it("are off without both variables, and half a configuration stops the server naming the missing one", () => {
    expect(eligibilityWith({ ELIGIBILITY_API_URL: "", ELIGIBILITY_API_KEY: "" })()).toBeUndefined();
    expect(
      eligibilityWith({
        ELIGIBILITY_API_URL: "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3",
      }),
    ).toThrow(/ELIGIBILITY_API_KEY: must be set when ELIGIBILITY_API_URL is/);
    expect(eligibilityWith({ ELIGIBILITY_API_URL: "", ELIGIBILITY_API_KEY: KEY })).toThrow(
      /ELIGIBILITY_API_URL: must be set when ELIGIBILITY_API_KEY is/,
    );
  });

  it("require TLS for any host but this machine, and never echo the key", () => {
    const url = "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3";
    expect(eligibilityWith({ ELIGIBILITY_API_URL: url, ELIGIBILITY_API_KEY: KEY })()).toEqual({ url, key: KEY });
    expect(eligibilityWith({ ELIGIBILITY_API_URL: "http://clearinghouse.example.org/v3" })).toThrow(
      /ELIGIBILITY_API_URL: must be https:\/\//,
    );
    expect(eligibilityWith({ ELIGIBILITY_API_URL: "http://10.0.0.7/v3" })).toThrow(
      /ELIGIBILITY_API_URL: must be https:\/\//,
    );
    expect(eligibilityWith({ ELIGIBILITY_API_URL: "http://127.0.0.1:4010/v3" })()).toMatchObject({
      url: "http://127.0.0.1:4010/v3",
    });
    expect(eligibilityWith({ ELIGIBILITY_API_URL: "http://localhost:4010/v3" })()).toMatchObject({
      url: "http://localhost:4010/v3",
    });

    const secretInUrl = eligibilityWith({ ELIGIBILITY_API_URL: `https://user:${KEY}@clearinghouse.example.org/v3` });
    expect(secretInUrl).toThrow(/must not hold credentials/);
    expect(secretInUrl).not.toThrow(new RegExp(KEY));
    const shortKey = eligibilityWith({ ELIGIBILITY_API_URL: url, ELIGIBILITY_API_KEY: "shortkey" });
    expect(shortKey).toThrow(/ELIGIBILITY_API_KEY: must be at least 16 characters/);
    expect(shortKey).not.toThrow(/shortkey/);
  });

  it("wait 30 s after a failure unless told otherwise, and refuse a wait that is not whole seconds from 1 to 900", () => {
    const retryFirst = (value: string) => {
      vi.stubEnv("ELIGIBILITY_RETRY_FIRST_SECONDS", value);
      resetEnvForTests();
      return () => getEnv().ELIGIBILITY_RETRY_FIRST_SECONDS;
    };
    expect(retryFirst("")()).toBe(30);
    expect(retryFirst("5")()).toBe(5);
    for (const bad of ["0", "2.5", "901", "soon"])
      expect(retryFirst(bad)).toThrow(/ELIGIBILITY_RETRY_FIRST_SECONDS: must be/);
  });
});

describe("the center's eligibility details", () => {
  it("refuse an NPI whose check digit is wrong and a malformed payer ID, naming the field", () => {
    const [aetna, ...rest] = centerConfig.insurance.accepted;
    const broken = {
      ...centerConfig,
      npi: "1999999983",
      insurance: { ...centerConfig.insurance, accepted: [{ ...aetna, payerId: "600 54" }, ...rest] },
    };
    expect(
      centerSchema
        .safeParse(broken)
        .error?.issues.map((i) => i.path.join("."))
        .sort(),
    ).toEqual(["insurance.accepted.0.payerId", "npi"]);
    expect(centerSchema.safeParse({ ...centerConfig, npi: "1234567893" }).success).toBe(true);
  });
});
