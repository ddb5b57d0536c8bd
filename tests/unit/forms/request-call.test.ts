import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { requestCallSchema, requestCallSchemaFor, type RequestCallInput } from "@/lib/forms/request-call";

const valid: RequestCallInput = {
  name: "Maria Lopez",
  phone: "(503) 555-0142",
  email: "",
  about: "self",
  bestTime: "asap",
  note: "",
  voicemailOk: "yes",
  textOk: "no",
  consentCall: true,
};

function errors(input: unknown): Record<string, string[] | undefined> {
  const result = requestCallSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

const parse = (overrides: Record<string, unknown>) => requestCallSchema.parse({ ...valid, ...overrides });

describe("request a call: names", () => {
  it.each(["José", "O’Brien", "O'Brien", "Nguyễn Văn An", "李小龙", "Anne-Marie St. John", "Zoë Saldaña"])(
    "accepts %s",
    (name) => {
      expect(parse({ name }).name).toBe(name.normalize("NFC"));
    },
  );

  it("trims and composes (NFC) the name", () => {
    expect(parse({ name: "  Nguye\u0302\u0303n  " }).name).toBe("Nguyễn");
  });

  it.each([
    ["", "Please enter your name"],
    ["   ", "Please enter your name"],
    ["a".repeat(101), "Please shorten your name to 100 characters or fewer"],
    ["<script>alert(1)</script>", "Please use only letters, spaces, apostrophes, hyphens and periods in your name"],
    [
      "Eve\r\nBcc: victim@example.com",
      "Please use only letters, spaces, apostrophes, hyphens and periods in your name",
    ],
    ["R2-D2", "Please use only letters, spaces, apostrophes, hyphens and periods in your name"],
    ["---", "Please use only letters, spaces, apostrophes, hyphens and periods in your name"],
  ])("refuses %j", (name, message) => {
    expect(errors({ ...valid, name }).name).toEqual([message]);
  });

  it("accepts exactly 100 characters", () => {
    expect(parse({ name: "a".repeat(100) }).name).toHaveLength(100);
  });
});

describe("request a call: phone numbers", () => {
  it.each(["(503) 555-0142", "503.555.0142", "+1 503 555 0142", "1-503-555-0142", "5035550142", " 503 555 0142 "])(
    "normalizes %j to +15035550142",
    (phone) => {
      expect(parse({ phone }).phone).toBe("+15035550142");
    },
  );

  it.each([
    ["555-0142", "Please include the area code, like (503) 555-0100"],
    ["123-456-7890", "Please check the phone number: we need a US number we can call, like (503) 555-0100"],
    ["503-155-0142", "Please check the phone number: we need a US number we can call, like (503) 555-0100"],
    ["503-555-CALL", "Please use only numbers in the phone number, like (503) 555-0100"],
    ["+44 20 7946 0958", "Please check the phone number: we need a US number we can call, like (503) 555-0100"],
    ["", "Please enter a phone number we can call, like (503) 555-0100"],
    ["503-555-0142\r\nBcc: x", "Please use only numbers in the phone number, like (503) 555-0100"],
  ])("refuses %j", (phone, message) => {
    expect(errors({ ...valid, phone }).phone).toEqual([message]);
  });
});

describe("request a call: other fields", () => {
  it("turns blank optional fields into undefined", () => {
    const values = parse({ email: "  ", note: " \n " });
    expect(values.email).toBeUndefined();
    expect(values.note).toBeUndefined();
    expect(values.consentSms).toBe(false);
  });

  it("checks email, and refuses line breaks in it", () => {
    expect(parse({ email: " maria@example.com " }).email).toBe("maria@example.com");
    const message = ["Please enter an email address like name@example.com, or leave it blank"];
    expect(errors({ ...valid, email: "maria@" }).email).toEqual(message);
    expect(errors({ ...valid, email: "maria@example.com\r\nBcc: x@example.com" }).email).toEqual(message);
    expect(errors({ ...valid, email: `${"a".repeat(250)}@example.com` }).email).toEqual(message);
  });

  it("keeps line breaks in the note, drops other control characters, and bounds it", () => {
    expect(parse({ note: "line one\r\nline two\ttabbed\u0000\u0007\u202E" }).note).toBe("line one\nline two\ttabbed");
    expect(parse({ note: "x".repeat(1000) }).note).toHaveLength(1000);
    expect(errors({ ...valid, note: "x".repeat(1001) }).note).toEqual([
      "Please shorten your note to 1,000 characters or fewer",
    ]);
  });

  it("needs the relationship only when the call is about someone else, and drops it otherwise", () => {
    expect(errors({ ...valid, about: "someone-else" }).relationship).toEqual([
      "Please choose how you know the person you're asking about",
    ]);
    expect(errors({ ...valid, about: "someone-else", relationship: "" }).relationship).toHaveLength(1);
    expect(errors({ ...valid, about: "someone-else", relationship: "cousin" }).relationship).toHaveLength(1);
    expect(parse({ about: "someone-else", relationship: "sibling" }).relationship).toBe("sibling");
    expect(parse({ about: "self", relationship: "sibling" }).relationship).toBeUndefined();
  });

  it("requires consent to call, and every choice", () => {
    expect(errors({ ...valid, consentCall: false }).consentCall).toEqual(["Please confirm we may call you"]);
    const missing = errors({ name: "Maria", phone: "5035550142" });
    expect(Object.keys(missing).sort()).toEqual(["about", "bestTime", "consentCall", "textOk", "voicemailOk"]);
    expect(missing.voicemailOk).toEqual(["Please tell us whether we may leave a voicemail"]);
    expect(errors({ ...valid, bestTime: "midnight" }).bestTime).toEqual(["Please choose a good time for us to call"]);
  });

  it("reports wrong types field by field, with the same friendly messages", () => {
    const wrong = errors({ ...valid, name: 42, phone: ["503"], consentCall: "yes", email: 7, about: null });
    expect(wrong.name).toEqual(["Please enter your name"]);
    expect(wrong.phone).toEqual(["Please enter a phone number we can call, like (503) 555-0100"]);
    expect(wrong.consentCall).toEqual(["Please confirm we may call you"]);
    expect(wrong.email).toHaveLength(1);
    expect(wrong.about).toEqual(["Please tell us who the call is about"]);
    expect(requestCallSchema.safeParse("not an object").error?.issues).toMatchObject([
      { code: "invalid_type", path: [], message: "Please fill in the form and try again" },
    ]);
  });

  it("shows every problem at once, conditional ones included", () => {
    const all = errors({ ...valid, name: "", about: "someone-else", consentCall: false });
    expect(Object.keys(all).sort()).toEqual(["consentCall", "name", "relationship"]);
  });

  it("ignores fields it doesn't know", () => {
    expect(parse({ website: "spam", formToken: "x" })).not.toHaveProperty("website");
  });
});

describe("request a call: the schema per language", () => {
  // Building one per post cost more than ten times the parse during a burst (issue 25).
  it("is built once per language and reused", () => {
    expect(requestCallSchemaFor("es")).toBe(requestCallSchemaFor("es"));
    expect(requestCallSchemaFor("en")).toBe(requestCallSchema);
    expect(requestCallSchemaFor("es")).not.toBe(requestCallSchema);
  });
});
