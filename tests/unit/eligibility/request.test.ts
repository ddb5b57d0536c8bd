import { describe, expect, it } from "vitest";
import { buildEligibilityRequest } from "@/lib/eligibility/request";
import { splitName, subjectOf } from "@/lib/eligibility/subject";
import { insuranceValues } from "@/tests/unit/leads/fixtures-values";

const provider = { organizationName: "Lumen Ridge Recovery", npi: "1999999984" };

describe("the 270 request", () => {
  it("asks about the policyholder with the patient as dependent, and nothing but names, dates of birth and the member ID", () => {
    const request = buildEligibilityRequest("60054", subjectOf(insuranceValues()), provider);
    expect(request).toEqual({
      controlNumber: expect.stringMatching(/^\d{9}$/),
      tradingPartnerServiceId: "60054",
      provider,
      subscriber: { memberId: "W123-456789", firstName: "Maria", lastName: "Lopez", dateOfBirth: "19700211" },
      dependents: [{ firstName: "Daniel", lastName: "Lopez", dateOfBirth: "20010423" }],
      encounter: { serviceTypeCodes: ["MH", "AI"] },
    });
    // The group number, phone, email and the visitor's own name never leave.
    expect(JSON.stringify(request)).not.toMatch(/G-100|555|example\.com/);
  });

  it("asks about the patient alone when they hold the policy, with staff corrections applied", () => {
    const values = insuranceValues({
      coverageFor: "self",
      name: "José Ramírez Jr.",
      patientDob: "1990-07-04",
      policyholder: "patient",
    });
    expect(buildEligibilityRequest("87726", subjectOf(values), provider)).toMatchObject({
      subscriber: { memberId: "W123-456789", firstName: "Jose", lastName: "Ramirez", dateOfBirth: "19900704" },
    });
    const corrected = buildEligibilityRequest(
      "87726",
      subjectOf(values, { memberId: "W123456789", dateOfBirth: "1990-04-07" }),
      provider,
    );
    expect(corrected.subscriber).toMatchObject({ memberId: "W123456789", dateOfBirth: "19900407" });
    expect(corrected).not.toHaveProperty("dependents");
  });

  it("corrects the patient's date of birth, not the policyholder's, for a dependent", () => {
    const request = buildEligibilityRequest(
      "60054",
      subjectOf(insuranceValues(), { dateOfBirth: "2001-04-24" }),
      provider,
    );
    expect(request.subscriber.dateOfBirth).toBe("19700211");
    expect(request.dependents?.[0].dateOfBirth).toBe("20010424");
  });

  it("splits names as payers file them", () => {
    expect(splitName("María José Gómez")).toEqual({ firstName: "Maria", lastName: "Gomez" });
    expect(splitName("Gómez, María José")).toEqual({ firstName: "Maria", lastName: "Gomez" });
    expect(splitName("  Lee   Chen  III ")).toEqual({ firstName: "Lee", lastName: "Chen" });
    expect(splitName("D'Angelo O'Neil-Smith")).toEqual({ firstName: "D'Angelo", lastName: "O'Neil-Smith" });
    expect(splitName("Madonna")).toEqual({ lastName: "Madonna" });
  });
});
