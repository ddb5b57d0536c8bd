import type { RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * What happened on a call attempt. A voicemail or a text is offered only when the visitor
 * said yes to it on the form: leaving either is telling a household that someone called a
 * treatment center.
 */
const ATTEMPT_OUTCOMES = ["no-answer", "left-voicemail", "texted", "reached", "wrong-number"] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

export const outcomeLabels: Record<AttemptOutcome, string> = {
  "no-answer": "No answer",
  "left-voicemail": "Left voicemail",
  texted: "Texted",
  reached: "Reached",
  "wrong-number": "Wrong number",
};

export type ContactConsent = { voicemail: boolean; texts: boolean };

/**
 * The one answer to "may we leave a voicemail / text?" for every staff surface. A text needs
 * both a yes to texts and the SMS consent ticked (only the call form asks either).
 */
export function contactConsent(
  kind: string,
  values: { voicemailOk?: string; textOk?: string; consentSms?: boolean },
): ContactConsent {
  return {
    voicemail: values.voicemailOk === "yes",
    texts: kind === "call-request" && values.textOk === "yes" && values.consentSms === true,
  };
}

export function allowedOutcomes(consent: ContactConsent): AttemptOutcome[] {
  return ATTEMPT_OUTCOMES.filter(
    (o) => (o !== "left-voicemail" || consent.voicemail) && (o !== "texted" || consent.texts),
  );
}

export function isAttemptOutcome(value: unknown): value is AttemptOutcome {
  return typeof value === "string" && (ATTEMPT_OUTCOMES as readonly string[]).includes(value);
}

/** The status an attempt moves a request to: only ever forward from the first stages; a reach reopens a lost one. */
export function statusAfterAttempt(current: RequestStatus, outcome: AttemptOutcome): RequestStatus {
  if (current === "lost") return outcome === "reached" ? "reached" : "lost";
  if (current !== "new" && current !== "tried-to-reach") return current;
  return outcome === "reached" ? "reached" : "tried-to-reach";
}
