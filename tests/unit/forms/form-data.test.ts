import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { echoValues, flattenFieldErrors, readFormData } from "@/lib/forms/form-data";
import { requestCallSchema, type RequestCallInput } from "@/lib/forms/request-call";
import { requestCallBooleanFields, requestCallFields } from "@/lib/forms/request-call-fields";
import { verifyInsuranceSchema } from "@/lib/forms/verify-insurance";

function posted(entries: Array<[string, string | File]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const browserPost = posted([
  ["name", "  Maria Lopez "],
  ["phone", "503.555.0142"],
  ["email", ""],
  ["about", "self"],
  ["relationship", ""],
  ["bestTime", "evening"],
  ["note", "Hello\r\nthere"],
  ["voicemailOk", "no"],
  ["textOk", "yes"],
  ["consentCall", "on"],
  ["website", ""],
  ["formToken", "123.abc"],
  ["$ACTION_ID_abc", ""],
  ["cardFront", new File(["x"], "x.png")],
]);

describe("readFormData", () => {
  it("turns a browser post into what the schema expects", () => {
    expect(readFormData(browserPost, requestCallFields, requestCallBooleanFields)).toEqual({
      name: "Maria Lopez",
      phone: "503.555.0142",
      email: "",
      about: "self",
      relationship: "",
      bestTime: "evening",
      note: "Hello\r\nthere",
      voicemailOk: "no",
      textOk: "yes",
      consentCall: true,
      consentSms: false,
    });
    expect(
      requestCallSchema.parse(readFormData(browserPost, requestCallFields, requestCallBooleanFields)),
    ).toMatchObject({
      phone: "+15035550142",
      note: "Hello\nthere",
      consentCall: true,
      consentSms: false,
    });
  });

  it("leaves out File entries even under a declared name", () => {
    const data = posted([["name", new File(["x"], "name.txt")]]);
    expect(readFormData(data, ["name"], [])).toEqual({});
  });
});

describe("echoValues and flattenFieldErrors", () => {
  it("echo only the form's own fields, ticked boxes as 'on'", () => {
    const echoed = echoValues(browserPost, requestCallFields, requestCallBooleanFields);
    expect(echoed).toMatchObject({ name: "Maria Lopez", consentCall: "on" });
    expect(echoed).not.toHaveProperty("consentSms");
    expect(echoed).not.toHaveProperty("formToken");
    expect(echoed).not.toHaveProperty("email");
  });

  it("map schema errors to field names", () => {
    const result = requestCallSchema.safeParse({
      ...readFormData(browserPost, requestCallFields, requestCallBooleanFields),
      phone: "555-0142",
      consentCall: false,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(flattenFieldErrors(result.error)).toEqual({
      phone: ["Please include the area code, like (503) 555-0100"],
      consentCall: ["Please confirm we may call you"],
    });
  });
});

describe("zodResolver (react-hook-form) with the zod/mini schemas", () => {
  const options = { fields: {}, shouldUseNativeValidation: false } as const;

  it("returns the parsed values when the form is valid", async () => {
    const input: RequestCallInput = {
      name: "José",
      phone: "(503) 555-0142",
      about: "someone-else",
      relationship: "friend",
      bestTime: "asap",
      voicemailOk: "yes",
      textOk: "yes",
      consentCall: true,
      consentSms: true,
    };
    const result = await zodResolver(requestCallSchema)(input, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ phone: "+15035550142", relationship: "friend" });
  });

  it("returns per-field messages, conditional ones included", async () => {
    const result = await zodResolver(verifyInsuranceSchema)(
      {
        name: "",
        phone: "555-0142",
        coverageFor: "someone-else",
        patientDob: "1990-01-01",
        policyholder: "patient",
        carrier: "medicaid",
        memberId: "ABC-123",
        hasSecondary: false,
        bestTime: "asap",
        voicemailOk: "yes",
        consentCall: false,
      },
      undefined,
      options,
    );
    expect(result.values).toEqual({});
    expect(result.errors.phone?.message).toBe("Please include the area code, like (503) 555-0100");
    expect(result.errors.patientName?.message).toBe("Please enter the name of the person who needs care");
    expect(result.errors.carrier?.message).toMatch(/^We are not in network with Medicaid/);
    expect(result.errors.consentCall?.message).toBe("Please confirm we may call you");
  });
});
