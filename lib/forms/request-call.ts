import * as z from "zod/mini";
import { bestTimes, relationships, subjects, yesNo } from "@/lib/forms/choices";
import {
  choice,
  consent,
  crossField,
  flag,
  optional,
  optionalEmail,
  optionalNote,
  personName,
  usPhone,
} from "@/lib/forms/fields";
import { fieldTexts } from "@/lib/forms/field-text";
import type { Locale } from "@/lib/i18n/locales";

/** The form's schema with its messages in one language; the server and the browser build the same one. */
function build(locale: Locale) {
  const ft = fieldTexts[locale];
  const relationshipMessage = ft.choose.relationshipCall;
  const fields = z.object(
    {
      name: personName(ft, ft.names.yourName),
      phone: usPhone(ft),
      email: optionalEmail(ft),
      about: choice(subjects, ft.choose.about),
      relationship: optional(choice(relationships, relationshipMessage), relationshipMessage),
      bestTime: choice(bestTimes, ft.choose.bestTime),
      note: optionalNote(ft, ft.names.note),
      voicemailOk: choice(yesNo, ft.choose.voicemail),
      textOk: choice(yesNo, ft.choose.textOk),
      consentCall: consent(ft.choose.consentCall),
      consentSms: z.optional(flag(ft.tickOrLeave(ft.choose.smsTick))),
    },
    { error: ft.fillIn },
  );

  return z.pipe(
    fields.check(
      crossField((v, report) => {
        if (v.about === "someone-else" && v.relationship === undefined) report("relationship", relationshipMessage);
      }),
    ),
    // A relationship the UI hid (about = self) is dropped rather than passed on to staff.
    z.transform((v) => ({
      ...v,
      relationship: v.about === "someone-else" ? v.relationship : undefined,
      consentSms: v.consentSms === true,
    })),
  );
}

const built = new Map<Locale, ReturnType<typeof build>>();

/**
 * Built once per language and reused: zod compiles each object schema when it first parses, so
 * a schema built per post cost more than ten times the parse (issue 25's burst profile).
 */
export function requestCallSchemaFor(locale: Locale): ReturnType<typeof build> {
  let schema = built.get(locale);
  if (!schema) {
    schema = build(locale);
    built.set(locale, schema);
  }
  return schema;
}

export const requestCallSchema = requestCallSchemaFor("en");

export type RequestCallInput = z.input<typeof requestCallSchema>;
export type RequestCallValues = z.output<typeof requestCallSchema>;
