import { requestCallSchema, type RequestCallInput } from "@/lib/forms/request-call";
import { verifyInsuranceSchema, type VerifyInsuranceInput } from "@/lib/forms/verify-insurance";

/** Valid form values and card-photo bytes, shared by the unit tests and the fault-test workers. */
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

const validInsuranceCheck: VerifyInsuranceInput = {
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

