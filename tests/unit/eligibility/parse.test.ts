import { describe, expect, it } from "vitest";
import { parseEligibilityAnswer } from "@/lib/eligibility/parse";
import {
  activeAnswer,
  carveOutAnswer,
  inactiveAnswer,
  notCoveredAnswer,
  rejectedAnswer,
  type Asked,
} from "@/tests/support/eligibility-fixtures";

const asked: Asked = {
  payerId: "60054",
  controlNumber: "000123456",
  npi: "1999999984",
  organizationName: "Lumen Ridge Recovery",
  memberId: "ACT204883101",
  subscriber: { firstName: "Daniel", lastName: "Lopez", dateOfBirth: "20010423" },
};

const planWide = {
  coverageBegins: "2026-01-01",
  coverageEnds: "2026-12-31",
  payerName: "AETNA",
  plan: "OPEN ACCESS SELECT PPO",
  groupNumber: "0867530-010-00001",
  groupName: "CASCADIA TIMBER WORKS LLC",
  deductibleCents: 150_000,
  deductibleMetCents: 60_000,
  oopMaxCents: 400_000,
  oopMetCents: 125_055,
  traceNumber: "60054-000123456",
};

describe("a 271 read as a VOB draft", () => {
  it("active, in network: individual in-network amounts, the IOP copay, prior authorization and the payer's remarks", () => {
    expect(parseEligibilityAnswer(activeAnswer(asked))).toEqual({
      kind: "benefits",
      draft: {
        outcome: "active",
        coverage: "active",
        ...planWide,
        network: "in",
        copayCents: 4_000,
        coinsurancePercent: 0,
        costServiceType: "CJ",
        priorAuth: "yes",
        notes: ["PRIOR AUTHORIZATION REQUIRED FOR INTENSIVE OUTPATIENT SERVICES", "COPAY APPLIES PER DAY OF SERVICE"],
        carveOut: undefined,
      },
    });
  });

  it("reads the out-of-network amounts when the payer says the center is out of network", () => {
    const answer = activeAnswer(asked) as { benefitsInformation: Array<Record<string, unknown>> };
    answer.benefitsInformation[0] = {
      ...answer.benefitsInformation[0],
      additionalInformation: [{ description: "PROVIDER IS OUT OF NETWORK FOR MEMBER" }],
    };
    const result = parseEligibilityAnswer(answer);
    expect(result?.kind === "benefits" && result.draft).toMatchObject({
      network: "out",
      deductibleCents: 300_000,
      oopMaxCents: 900_000,
      coinsurancePercent: 40,
      costServiceType: "CJ",
    });
    expect(result?.kind === "benefits" && result.draft.copayCents).toBeUndefined();
  });

  it("leaves the network unknown without a remark, and reads a dependent's answer the same way", () => {
    const answer = activeAnswer({
      ...asked,
      dependent: { firstName: "Daniel", lastName: "Lopez", dateOfBirth: "20010423" },
      subscriber: { firstName: "Maria", lastName: "Lopez", dateOfBirth: "19700211" },
    }) as {
      benefitsInformation: Array<Record<string, unknown>>;
    };
    answer.benefitsInformation[0] = { ...answer.benefitsInformation[0], additionalInformation: [] };
    const result = parseEligibilityAnswer(answer);
    expect(result?.kind === "benefits" && result.draft).toMatchObject({
      outcome: "active",
      network: "unknown",
      deductibleCents: 150_000,
      copayCents: 4_000,
      groupNumber: "0867530-010-00001",
    });
  });

  it("inactive: the plan year that ended", () => {
    const result = parseEligibilityAnswer(inactiveAnswer(asked));
    expect(result?.kind === "benefits" && result.draft).toMatchObject({
      outcome: "inactive",
      coverage: "inactive",
      coverageBegins: "2025-01-01",
      coverageEnds: "2025-12-31",
      priorAuth: "unknown",
      notes: [],
    });
  });

  it("carve-out: names the behavioral health manager, its phone and the member's ID there", () => {
    const result = parseEligibilityAnswer(carveOutAnswer(asked));
    expect(result?.kind === "benefits" && result.draft).toMatchObject({
      outcome: "carve-out",
      coverage: "active",
      carveOut: { name: "BRIGHTPATH BEHAVIORAL HEALTH", phone: "8005550199", memberId: "BPB204883101" },
      notes: ["BEHAVIORAL HEALTH BENEFITS ADMINISTERED BY BRIGHTPATH BEHAVIORAL HEALTH"],
    });
    expect(result?.kind === "benefits" && result.draft.copayCents).toBeUndefined();
  });

  it("the payer itself named beside a benefit is not a carve-out", () => {
    const answer = activeAnswer(asked) as { benefitsInformation: Array<Record<string, unknown>> };
    answer.benefitsInformation[1] = {
      ...answer.benefitsInformation[1],
      benefitsRelatedEntities: [
        {
          entityIdentifier: "Payer",
          entityName: "AETNA INC",
          entityIdentification: "PI",
          entityIdentificationValue: "60054",
        },
      ],
    };
    const result = parseEligibilityAnswer(answer);
    expect(result?.kind === "benefits" && result.draft.outcome).toBe("active");
  });

  it("needs a call when outpatient substance-use care is listed as not covered", () => {
    const result = parseEligibilityAnswer(notCoveredAnswer(asked));
    expect(result?.kind === "benefits" && result.draft).toMatchObject({ outcome: "needs-call", coverage: "active" });
  });

  it("AAA errors, from any level, are a refusal in plain words with what to try next", () => {
    expect(parseEligibilityAnswer(rejectedAnswer(asked, "notFound"))).toEqual({
      kind: "rejected",
      refusals: [
        {
          code: "75",
          kind: "member",
          words: "The payer found no member matching this member ID and name.",
          next: expect.stringMatching(/member ID and the name with the card photo.*check again/),
        },
      ],
    });
    const refusal = (which: Parameters<typeof rejectedAnswer>[1]) => {
      const result = parseEligibilityAnswer(rejectedAnswer(asked, which));
      return result?.kind === "rejected" ? result.refusals.map((r) => [r.code, r.kind]) : result;
    };
    expect(refusal("wrongBirthDate")).toEqual([["71", "birth-date"]]);
    expect(refusal("payerDown")).toEqual([["42", "payer-unavailable"]]);
    expect(refusal("provider")).toEqual([["43", "provider"]]);
    // Only at its own level (a payer that does not bubble it up) still counts.
    const atLevelOnly = rejectedAnswer(asked, "wrongBirthDate");
    delete atLevelOnly.errors;
    expect(parseEligibilityAnswer(atLevelOnly)).toMatchObject({ kind: "rejected", refusals: [{ code: "71" }] });
  });

  it("shows an unknown or malformed AAA code as ?? rather than echoing it", () => {
    const answer = { ...rejectedAnswer(asked, "notFound"), errors: [{ code: "<script>", followupAction: "x" }] };
    const result = parseEligibilityAnswer(answer);
    expect(result?.kind === "rejected" && result.refusals.map((r) => [r.code, r.kind])).toEqual([
      ["??", "other"],
      ["75", "member"],
    ]);
  });

  it("keeps what it can read of a non-compliant answer, and refuses what is not a 271", () => {
    const messy = {
      planStatus: [{ statusCode: 1, serviceTypeCodes: ["30"] }],
      benefitsInformation: [
        "not an object",
        {
          code: "C",
          coverageLevelCode: "IND",
          serviceTypeCodes: ["30"],
          timeQualifierCode: "23",
          benefitAmount: 2500,
          inPlanNetworkIndicatorCode: "Y",
        },
        { code: "B", serviceTypeCodes: "MH", benefitAmount: "abc" },
      ],
      planDateInformation: { plan: "20260101-20261231" },
    };
    expect(parseEligibilityAnswer(messy)).toEqual({
      kind: "benefits",
      draft: expect.objectContaining({
        outcome: "active",
        coverage: "active",
        deductibleCents: 250_000,
        coverageBegins: "2026-01-01",
        coverageEnds: "2026-12-31",
        copayCents: undefined,
      }),
    });
    expect(parseEligibilityAnswer("<html>Bad gateway</html>")).toBeUndefined();
    expect(parseEligibilityAnswer(null)).toBeUndefined();
  });

  it("needs a call when an answer says nothing about coverage", () => {
    const result = parseEligibilityAnswer({ benefitsInformation: [] });
    expect(result?.kind === "benefits" && result.draft).toMatchObject({
      outcome: "needs-call",
      coverage: "unknown",
      network: "unknown",
      priorAuth: "unknown",
    });
  });
});
