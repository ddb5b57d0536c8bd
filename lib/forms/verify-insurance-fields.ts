import { centerConfig } from "@/lib/center-config";

/**
 * The insurance form's field names, labels and carrier choices, without the schema: the
 * form's client code needs these on first load, while zod only loads once someone starts
 * filling it in.
 */
export const verifyInsuranceFields = [
  "name",
  "phone",
  "email",
  "coverageFor",
  "relationship",
  "patientName",
  "patientDob",
  "policyholder",
  "holderName",
  "holderDob",
  "carrier",
  "carrierOther",
  "memberId",
  "groupNumber",
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
export const cardPhotoFields = ["cardFront", "cardBack"] as const;
export type CardPhotoField = (typeof cardPhotoFields)[number];

/** In the order the form shows the fields. */
export const verifyInsuranceLabels: Record<VerifyInsuranceField | CardPhotoField, string> = {
  name: "Your name",
  phone: "Phone number",
  email: "Email (optional)",
  coverageFor: "Whose coverage are we checking?",
  relationship: "How do you know them?",
  patientName: "Their name",
  patientDob: "Date of birth of the person who needs care",
  carrier: "Insurance company",
  carrierOther: "Name of the insurance company",
  memberId: "Member ID",
  groupNumber: "Group number (optional)",
  policyholder: "Who is the policyholder?",
  holderName: "Policyholder's name",
  holderDob: "Policyholder's date of birth",
  hasSecondary: "There is a second insurance plan",
  secondaryCarrier: "Second insurance company",
  secondaryMemberId: "Second plan's member ID",
  cardFront: "Front of the insurance card (optional)",
  cardBack: "Back of the insurance card (optional)",
  bestTime: "Best time to call",
  voicemailOk: "May we leave a voicemail?",
  consentCall: "You may call me at this number",
};

/** The id posted for a carrier that isn't in the list. */
export const OTHER_CARRIER = "other";
/**
 * Read from the plain config rather than lib/center.ts, which validates it with full zod:
 * that would put all of zod in this form's client bundle. The server validates the config
 * at start-up either way.
 */
const { accepted, notAccepted } = centerConfig.insurance;

/** Carrier choices for the form's select, in the order the config lists them. */
export const carrierOptions: ReadonlyArray<{ id: string; name: string }> = [
  ...accepted,
  ...notAccepted.map(({ id, name }) => ({ id, name })),
  { id: OTHER_CARRIER, name: "Other" },
];
