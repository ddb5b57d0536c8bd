import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { verifyInsuranceSchema, verifyInsuranceSchemaFor, type VerifyInsuranceInput } from "@/lib/forms/verify-insurance";
import { carrierOptions } from "@/lib/forms/verify-insurance-fields";

const forSelf: VerifyInsuranceInput = {
  name: "Daniel Lopez",
  phone: "503-555-0177",
  email: "",
  coverageFor: "self",
  patientDob: "1990-06-15",
  policyholder: "patient",
  carrier: "bcbs",
  memberId: "XYZ 123-456",
  groupNumber: "",
  hasSecondary: false,
  bestTime: "evening",
  voicemailOk: "yes",
  consentCall: true,
};

function errors(input: unknown): Record<string, string[] | undefined> {
  const result = verifyInsuranceSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}
const parse = (overrides: Record<string, unknown>) => verifyInsuranceSchema.parse({ ...forSelf, ...overrides });

describe("verify insurance: who is covered", () => {
  it("accepts the caller as the patient without a patient name", () => {
    const values = parse({});
    expect(values).toMatchObject({ coverageFor: "self", phone: "+15035550177", memberId: "XYZ 123-456" });
    expect(values.patientName).toBeUndefined();
    expect(values.groupNumber).toBeUndefined();
  });

  it("needs relationship and patient name when the coverage is someone else's", () => {
    expect(errors({ ...forSelf, coverageFor: "someone-else" })).toEqual({
      relationship: ["Please choose how you know the person who needs care"],
      patientName: ["Please enter the name of the person who needs care"],
    });
    const values = parse({ coverageFor: "someone-else", relationship: "child", patientName: "Ana Lopez" });
    expect(values).toMatchObject({ relationship: "child", patientName: "Ana Lopez" });
    expect(parse({ relationship: "child", patientName: "Ana" }).patientName).toBeUndefined();
  });

  it("checks the patient name like any name", () => {
    expect(
      errors({ ...forSelf, coverageFor: "someone-else", relationship: "child", patientName: "<b>Ana</b>" }).patientName,
    ).toEqual(["Please use only letters, spaces, apostrophes, hyphens and periods in their name"]);
  });
});

describe("verify insurance: dates of birth", () => {
  const thisYear = new Date().getFullYear();
  it.each([
    ["", "Please enter the date of birth"],
    ["06/15/1990", "Please enter the date of birth with year, month and day, like 1985-04-23"],
    ["1990-02-30", "Please check the date of birth: that date doesn't exist"],
    ["2023-02-29", "Please check the date of birth: that date doesn't exist"],
    [`${thisYear + 1}-01-01`, "Please check the date of birth: it needs to be in the past"],
    [`${thisYear - 121}-01-01`, "Please check the year in the date of birth"],
  ])("refuses %j", (patientDob, message) => {
    expect(errors({ ...forSelf, patientDob }).patientDob).toEqual([message]);
  });

  it("accepts a leap day and someone who is 120", () => {
    expect(parse({ patientDob: "2000-02-29" }).patientDob).toBe("2000-02-29");
    expect(parse({ patientDob: `${thisYear - 120}-01-01` }).patientDob).toBe(`${thisYear - 120}-01-01`);
  });

  it("needs the policyholder's name and date of birth when it isn't the patient", () => {
    expect(errors({ ...forSelf, policyholder: "other" })).toEqual({
      holderName: ["Please enter the policyholder's name"],
      holderDob: ["Please enter the policyholder's date of birth"],
    });
    expect(
      errors({ ...forSelf, policyholder: "other", holderName: "Maria Lopez", holderDob: "3000-01-01" }).holderDob,
    ).toEqual(["Please check the policyholder's date of birth: it needs to be in the past"]);
    const values = parse({ policyholder: "patient", holderName: "Maria Lopez", holderDob: "1970-01-01" });
    expect(values.holderName).toBeUndefined();
    expect(values.holderDob).toBeUndefined();
  });
});

describe("verify insurance: plans and IDs", () => {
  it("offers the center's accepted and declined plans plus Other", () => {
    expect(carrierOptions.map((c) => c.id)).toEqual([
      "aetna",
      "bcbs",
      "cigna",
      "unitedhealthcare",
      "optum",
      "tricare",
      "medicaid",
      "medicare",
      "other",
    ]);
  });

  it("tells someone on a plan we don't take, right away, what to do instead", () => {
    expect(errors({ ...forSelf, carrier: "medicaid" }).carrier).toEqual([
      "We are not in network with Medicaid. Call us anyway: we will help you find a program near you that takes your plan, or you can search findtreatment.gov. Admissions: (503) 555-0142.",
    ]);
    expect(errors({ ...forSelf, carrier: "medicare" }).carrier?.[0]).toMatch(
      /^We do not take Medicare\..*\(503\) 555-0142\.$/,
    );
  });

  it("refuses an unknown carrier and needs a name for Other", () => {
    expect(errors({ ...forSelf, carrier: "acme" }).carrier).toEqual([
      "Please choose your insurance company from the list, or choose “Other”",
    ]);
    expect(errors({ ...forSelf, carrier: "other" })).toEqual({
      carrierOther: ["Please enter the name of the insurance company"],
    });
    expect(errors({ ...forSelf, carrier: "other", carrierOther: "Moda\r\nHealth" }).carrierOther).toEqual([
      "Please keep the name of the insurance company on one line",
    ]);
    expect(errors({ ...forSelf, carrier: "other", carrierOther: "M".repeat(81) }).carrierOther).toHaveLength(1);
    expect(parse({ carrier: "other", carrierOther: "Moda Health" }).carrierOther).toBe("Moda Health");
    expect(parse({ carrier: "aetna", carrierOther: "Moda Health" }).carrierOther).toBeUndefined();
  });

  it.each([
    ["", "Please enter the member ID from the insurance card"],
    ["AB", "Please check the member ID: it should be 3 to 30 characters, as printed on the card"],
    ["A".repeat(31), "Please check the member ID: it should be 3 to 30 characters, as printed on the card"],
    ["ABC/123", "Please use only letters, numbers, spaces and hyphens in the member ID"],
    ["ABC\n123", "Please use only letters, numbers, spaces and hyphens in the member ID"],
  ])("refuses member ID %j", (memberId, message) => {
    expect(errors({ ...forSelf, memberId }).memberId).toEqual([message]);
  });

  it("bounds the optional group number", () => {
    expect(parse({ groupNumber: "G-1" }).groupNumber).toBe("G-1");
    expect(errors({ ...forSelf, groupNumber: "G".repeat(31) }).groupNumber).toHaveLength(1);
  });

  it("needs the second plan's details only when there is one", () => {
    expect(errors({ ...forSelf, hasSecondary: true })).toEqual({
      secondaryCarrier: ["Please enter the second insurance company"],
      secondaryMemberId: ["Please enter the second plan's member ID"],
    });
    const both = parse({ hasSecondary: true, secondaryCarrier: "Cigna", secondaryMemberId: "C-998877" });
    expect(both).toMatchObject({ secondaryCarrier: "Cigna", secondaryMemberId: "C-998877" });
    const none = parse({ hasSecondary: false, secondaryCarrier: "Cigna", secondaryMemberId: "C-998877" });
    expect(none.secondaryCarrier).toBeUndefined();
  });

  it("requires consent and the choices, reporting everything at once", () => {
    const all = errors({
      ...forSelf,
      consentCall: false,
      voicemailOk: undefined,
      hasSecondary: true,
      carrier: "medicare",
    });
    expect(Object.keys(all).sort()).toEqual([
      "carrier",
      "consentCall",
      "secondaryCarrier",
      "secondaryMemberId",
      "voicemailOk",
    ]);
    expect(errors({ ...forSelf, hasSecondary: "on" }).hasSecondary).toHaveLength(1);
  });
});

describe("insurance check: the schema per language", () => {
  // Building one per post cost more than ten times the parse during a burst (issue 25).
  it("is built once per language and reused", () => {
    expect(verifyInsuranceSchemaFor("es")).toBe(verifyInsuranceSchemaFor("es"));
    expect(verifyInsuranceSchemaFor("en")).toBe(verifyInsuranceSchema);
    expect(verifyInsuranceSchemaFor("es")).not.toBe(verifyInsuranceSchema);
  });
});
