/**
 * The request-a-call form's field names, in the order the form shows them, without the schema:
 * the form's client code needs these on first load, while zod only loads once someone starts
 * filling it in. The labels are written where the fields are rendered.
 */
export const requestCallFields = [
  "name",
  "phone",
  "email",
  "about",
  "relationship",
  "bestTime",
  "note",
  "voicemailOk",
  "textOk",
  "consentCall",
  "consentSms",
] as const;
export type RequestCallField = (typeof requestCallFields)[number];
/** Checkboxes: posted as "on" when ticked and not at all otherwise. */
export const requestCallBooleanFields = ["consentCall", "consentSms"] as const satisfies readonly RequestCallField[];
