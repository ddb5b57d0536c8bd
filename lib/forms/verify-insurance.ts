import * as z from "zod/mini";
import { centerConfig } from "@/lib/center/config";
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
import { OTHER_CARRIER, carrierOptions } from "@/lib/forms/verify-insurance-fields";
import { formatUsPhone } from "@/lib/phone";

/** The server validates the config at start-up; the plain import keeps full zod out of the client. */
const { notAccepted } = centerConfig.insurance;
const admissionsPhone = formatUsPhone(centerConfig.phones.admissions);

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
