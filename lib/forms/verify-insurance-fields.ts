import { centerConfig } from "@/lib/center/config";

/**
 * The insurance form's field names (in the order the form shows them) and carrier choices,
 * without the schema: the form's client code needs these on first load, while zod only loads
 * once someone starts filling it in. The labels are written where the fields are rendered.
 */
export const verifyInsuranceFields = [
  "name",
  "phone",
  "email",
  "coverageFor",
  "relationship",
  "patientName",
  "patientDob",
  "carrier",
  "carrierOther",
  "memberId",
  "groupNumber",
  "policyholder",
  "holderName",
  "holderDob",
  "hasSecondary",
  "secondaryCarrier",
  "secondaryMemberId",
  "bestTime",
  "voicemailOk",
  "consentCall",
] as const;
export type VerifyInsuranceField = (typeof verifyInsuranceFields)[number];
export const verifyInsuranceBooleanFields = [
  "hasSecondary",
  "consentCall",
] as const satisfies readonly VerifyInsuranceField[];
/** File inputs, checked on the server by lib/leads/card-photos.ts rather than by the schema. */
const cardPhotoFields = ["cardFront", "cardBack"] as const;
export type CardPhotoField = (typeof cardPhotoFields)[number];

const callBackStart = verifyInsuranceFields.indexOf("bestTime");
/** Every field in the order the form shows it, card photos included: the error summary follows it. */
export const verifyInsuranceFormOrder: readonly (VerifyInsuranceField | CardPhotoField)[] = [
  ...verifyInsuranceFields.slice(0, callBackStart),
  ...cardPhotoFields,
  ...verifyInsuranceFields.slice(callBackStart),
];

/** The id posted for a carrier that isn't in the list. */
export const OTHER_CARRIER = "other";
/**
 * Read from the plain config rather than lib/center/schema.ts, which validates it with full zod:
 * that would put all of zod in this form's client bundle. The server validates the config
 * at start-up either way.
 */
const { accepted, notAccepted } = centerConfig.insurance;

/** Carrier choices for the form's select, in the order the config lists them. */
export const carrierOptions: ReadonlyArray<{ id: string; name: string }> = [
  ...accepted.map(({ id, name }) => ({ id, name })),
  ...notAccepted.map(({ id, name }) => ({ id, name })),
  { id: OTHER_CARRIER, name: "Other" },
];
