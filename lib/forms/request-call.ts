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

const relationshipMessage = "Please choose how you know the person you're asking about";

const fields = z.object(
  {
    name: personName("your name"),
    phone: usPhone(),
    email: optionalEmail(),
    about: choice(subjects, "Please tell us who the call is about"),
    relationship: optional(choice(relationships, relationshipMessage), relationshipMessage),
    bestTime: choice(bestTimes, "Please choose a good time for us to call"),
    note: optionalNote("your note"),
    voicemailOk: choice(yesNo, "Please tell us whether we may leave a voicemail"),
    textOk: choice(yesNo, "Please tell us whether we may text you"),
    consentCall: consent("Please confirm we may call you"),
    consentSms: z.optional(flag("Please tick the box if we may text you, or leave it empty")),
  },
  { error: "Please fill in the form and try again" },
);

export const requestCallSchema = z.pipe(
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

export type RequestCallInput = z.input<typeof requestCallSchema>;
export type RequestCallValues = z.output<typeof requestCallSchema>;
