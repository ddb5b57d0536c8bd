import * as z from "zod/mini";
import { centerConfig } from "@/lib/center-config";
import { bestTimes, policyholders, relationships, subjects, yesNo } from "@/lib/forms/choices";
import {
  cardId,
  choice,
  consent,
  crossField,
  dateOfBirth,
  flag,
  optional,
  optionalEmail,
  personName,
  singleLine,
  usPhone,
} from "@/lib/forms/fields";
import { formatUsPhone } from "@/lib/phone";

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
const admissionsPhone = formatUsPhone(centerConfig.phones.admissions);

/** Carrier choices for the form's select, in the order the config lists them. */
export const carrierOptions: ReadonlyArray<{ id: string; name: string }> = [
  ...accepted,
  ...notAccepted.map(({ id, name }) => ({ id, name })),
  { id: OTHER_CARRIER, name: "Other" },
];

const carrierMessage = "Please choose your insurance company from the list, or choose “Other”";

/** Someone on a plan we don't take hears it now, with what to do instead. */
const carrier = z.string({ error: carrierMessage }).check(
  z.trim(),
  z.superRefine((id, ctx) => {
    const declined = notAccepted.find((plan) => plan.id === id);
    const message = declined
      ? `${declined.guidance} Admissions: ${admissionsPhone}.`
      : carrierOptions.some((option) => option.id === id)
        ? undefined
        : carrierMessage;
    if (message) ctx.addIssue({ code: "custom", message, input: id });
  }),
);

const relationshipMessage = "Please choose how you know the person who needs care";
const patientName = personName("their name");
const holderName = personName("the policyholder's name");
const holderDob = dateOfBirth("the policyholder's date of birth");
const carrierOther = singleLine("the name of the insurance company", 80);
const secondaryCarrier = singleLine("the second insurance company", 80);
const secondaryMemberId = cardId("the second plan's member ID", 3, 30);

const fields = z.object(
  {
    name: personName("your name"),
    phone: usPhone(),
    email: optionalEmail(),
    coverageFor: choice(subjects, "Please tell us whose coverage we're checking"),
    relationship: optional(choice(relationships, relationshipMessage), relationshipMessage),
    patientName: optional(patientName, "Please enter their name"),
    patientDob: dateOfBirth("the date of birth"),
    policyholder: choice(policyholders, "Please tell us who the policyholder is"),
    holderName: optional(holderName, "Please enter the policyholder's name"),
    holderDob: optional(holderDob, "Please enter the policyholder's date of birth"),
    carrier,
    carrierOther: optional(carrierOther, "Please enter the name of the insurance company"),
    memberId: cardId("the member ID", 3, 30),
    groupNumber: optional(cardId("the group number", 1, 30), "Please enter the group number, or leave it blank"),
    hasSecondary: flag("Please tick the box if there is a second plan, or leave it empty"),
    secondaryCarrier: optional(secondaryCarrier, "Please enter the second insurance company"),
    secondaryMemberId: optional(secondaryMemberId, "Please enter the second plan's member ID"),
    bestTime: choice(bestTimes, "Please choose a good time for us to call"),
    voicemailOk: choice(yesNo, "Please tell us whether we may leave a voicemail"),
    consentCall: consent("Please confirm we may call you"),
  },
  { error: "Please fill in the form and try again" },
);

export const verifyInsuranceSchema = z.pipe(
  fields.check(
    crossField((v, report) => {
      if (v.coverageFor === "someone-else") {
        if (v.relationship === undefined) report("relationship", relationshipMessage);
        if (v.patientName === undefined) report("patientName", "Please enter the name of the person who needs care");
      }
      if (v.policyholder === "other") {
        if (v.holderName === undefined) report("holderName", "Please enter the policyholder's name");
        if (v.holderDob === undefined) report("holderDob", "Please enter the policyholder's date of birth");
      }
      if (v.carrier === OTHER_CARRIER && v.carrierOther === undefined) {
        report("carrierOther", "Please enter the name of the insurance company");
      }
      if (v.hasSecondary === true) {
        if (v.secondaryCarrier === undefined) report("secondaryCarrier", "Please enter the second insurance company");
        if (v.secondaryMemberId === undefined) report("secondaryMemberId", "Please enter the second plan's member ID");
      }
    }),
  ),
  // Answers to questions the UI hid are dropped, so staff never act on a stale value.
  z.transform((v) => {
    const forSomeoneElse = v.coverageFor === "someone-else";
    const otherHolder = v.policyholder === "other";
    return {
      ...v,
      relationship: forSomeoneElse ? v.relationship : undefined,
      patientName: forSomeoneElse ? v.patientName : undefined,
      holderName: otherHolder ? v.holderName : undefined,
      holderDob: otherHolder ? v.holderDob : undefined,
      carrierOther: v.carrier === OTHER_CARRIER ? v.carrierOther : undefined,
      secondaryCarrier: v.hasSecondary ? v.secondaryCarrier : undefined,
      secondaryMemberId: v.hasSecondary ? v.secondaryMemberId : undefined,
    };
  }),
);

export type VerifyInsuranceInput = z.input<typeof verifyInsuranceSchema>;
export type VerifyInsuranceValues = z.output<typeof verifyInsuranceSchema>;
