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
import { fieldTexts } from "@/lib/forms/field-text";
import type { Locale } from "@/lib/i18n/locales";
import { OTHER_CARRIER, carrierOptions } from "@/lib/forms/verify-insurance-fields";
import { formatUsPhone } from "@/lib/phone";

/** The server validates the config at start-up; the plain import keeps full zod out of the client. */
const { notAccepted } = centerConfig.insurance;
const admissionsPhone = formatUsPhone(centerConfig.phones.admissions);

/** The form's schema with its messages in one language; the server and the browser build the same one. */
function build(locale: Locale) {
  const ft = fieldTexts[locale];
  const es = locale === "es";
  const carrierMessage = ft.choose.carrier;

  /** Someone on a plan we don't take hears it now, with what to do instead. */
  const carrier = z.string({ error: carrierMessage }).check(
    z.trim(),
    z.superRefine((id, ctx) => {
      const declined = notAccepted.find((plan) => plan.id === id);
      const guidance = declined && es ? centerConfig.es.insuranceGuidance[declined.id] : declined?.guidance;
      const message = declined
        ? `${guidance} ${ft.admissions}: ${admissionsPhone}.`
        : carrierOptions.some((option) => option.id === id)
          ? undefined
          : carrierMessage;
      if (message) ctx.addIssue({ code: "custom", message, input: id });
    }),
  );

  const n = ft.names;
  const relationshipMessage = ft.choose.relationshipCheck;
  const fields = z.object(
    {
      name: personName(ft, n.yourName),
      phone: usPhone(ft),
      email: optionalEmail(ft),
      coverageFor: choice(subjects, ft.choose.coverageFor),
      relationship: optional(choice(relationships, relationshipMessage), relationshipMessage),
      patientName: optional(personName(ft, n.theirName), ft.enter(n.theirName)),
      patientDob: dateOfBirth(ft, n.dob),
      policyholder: choice(policyholders, ft.choose.policyholder),
      holderName: optional(personName(ft, n.holderName), ft.enter(n.holderName)),
      holderDob: optional(dateOfBirth(ft, n.holderDob), ft.enter(n.holderDob)),
      carrier,
      carrierOther: optional(singleLine(ft, n.carrierName, 80), ft.enter(n.carrierName)),
      memberId: cardId(ft, n.memberId, 3, 30),
      groupNumber: optional(cardId(ft, n.groupNumber, 1, 30), ft.choose.groupOrBlank),
      hasSecondary: flag(ft.tickOrLeave(ft.choose.secondPlanTick)),
      secondaryCarrier: optional(singleLine(ft, n.secondCarrier, 80), ft.enter(n.secondCarrier)),
      secondaryMemberId: optional(cardId(ft, n.secondMemberId, 3, 30), ft.enter(n.secondMemberId)),
      bestTime: choice(bestTimes, ft.choose.bestTime),
      voicemailOk: choice(yesNo, ft.choose.voicemail),
      consentCall: consent(ft.choose.consentCall),
    },
    { error: ft.fillIn },
  );

  return z.pipe(
    fields.check(
      crossField((v, report) => {
        if (v.coverageFor === "someone-else") {
          if (v.relationship === undefined) report("relationship", relationshipMessage);
          if (v.patientName === undefined) report("patientName", ft.choose.patientName);
        }
        if (v.policyholder === "other") {
          if (v.holderName === undefined) report("holderName", ft.enter(n.holderName));
          if (v.holderDob === undefined) report("holderDob", ft.enter(n.holderDob));
        }
        if (v.carrier === OTHER_CARRIER && v.carrierOther === undefined) {
          report("carrierOther", ft.enter(n.carrierName));
        }
        if (v.hasSecondary === true) {
          if (v.secondaryCarrier === undefined) report("secondaryCarrier", ft.enter(n.secondCarrier));
          if (v.secondaryMemberId === undefined) report("secondaryMemberId", ft.enter(n.secondMemberId));
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
}

const built = new Map<Locale, ReturnType<typeof build>>();

/**
 * Built once per language and reused: zod compiles each object schema when it first parses, so
 * a schema built per post cost more than ten times the parse (issue 25's burst profile).
 */
export function verifyInsuranceSchemaFor(locale: Locale): ReturnType<typeof build> {
  let schema = built.get(locale);
  if (!schema) {
    schema = build(locale);
    built.set(locale, schema);
  }
  return schema;
}

export const verifyInsuranceSchema = verifyInsuranceSchemaFor("en");

export type VerifyInsuranceInput = z.input<typeof verifyInsuranceSchema>;
export type VerifyInsuranceValues = z.output<typeof verifyInsuranceSchema>;
