/**
 * The request-a-call form's field names and labels, without the schema: the form's client
 * code needs these on first load, while zod only loads once someone starts filling it in.
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

export const requestCallLabels: Record<RequestCallField, string> = {
  name: "Your name",
  phone: "Phone number",
  email: "Email (optional)",
  about: "Who is this call about?",
  relationship: "How do you know them?",
  bestTime: "Best time to call",
  note: "Anything you'd like us to know? (optional)",
  voicemailOk: "May we leave a voicemail?",
  textOk: "May we text you?",
  consentCall: "You may call me at this number",
  consentSms: "You may also send me text messages",
};
