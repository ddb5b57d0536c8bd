import { describe, expect, it } from "vitest";
import { centerConfig } from "@/lib/center/config";
import { findDemoValues, isPublicAddress } from "@/lib/center/demo-values";

describe("demo values in the center config", () => {
  it("finds every kind the shipped config holds, naming the field", () => {
    const found = findDemoValues(centerConfig);
    expect(found).toContain('phones.admissions: "+15035550142" is a 555-01xx demo phone number');
    expect(found).toContain('email: "admissions@example.org" is an example.org demo address');
    expect(found.some((line) => line.startsWith("license.number:") && line.includes("EXAMPLE-"))).toBe(true);
    expect(found.some((line) => /^people\[0\]: .* is a demo person$/.test(line))).toBe(true);
    expect(found.some((line) => /^people\[0\]\.credentials\[0\]\.number: /.test(line))).toBe(true);
    expect(found.some((line) => line.startsWith("address.street:"))).toBe(true);
    expect(found.some((line) => line.startsWith("accreditations[0]:"))).toBe(true);
  });

  it("passes a center that replaced them all", () => {
    const real = {
      phones: { admissions: "+15038675309", text: "(503) 867-5310" },
      email: "admissions@riverbend-care.org",
      license: { agency: "Oregon Health Authority", number: "BH-2231" },
      people: [{ name: "Ana Ruiz", demo: false, credentials: [{ number: "LCSW-88412" }] }],
      // 555 numbers outside 0100-0199 are real numbers.
      fax: "+15035551234",
    };
    expect(findDemoValues(real)).toEqual([]);
  });
});

describe("which site addresses are public", () => {
  it.each([
    ["https://www.riverbend-care.org", true],
    ["https://iop.clinic", true],
    ["http://localhost:3000", false],
    ["http://127.0.0.1:3210", false],
    ["http://[::1]:3000", false],
    ["https://www.example.org", false],
    ["https://staging.example.com", false],
    ["https://site.test", false],
  ])("%s → %s", (url, expected) => {
    expect(isPublicAddress(url)).toBe(expected);
  });
});
