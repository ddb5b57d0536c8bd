import "server-only";
import type { PayerRefusal } from "@/lib/eligibility/types";

/**
 * AAA errors (the payer's "request validation" segment of the 271) in plain words, with what a
 * coordinator can try next. Codes and meanings as Stedi lists them ("Payer AAA errors",
 * stedi.com/docs/healthcare/eligibility-troubleshooting, and its "AAA eligibility errors in
 * plain English" guide); the advice follows theirs: correct and check again for a mismatch,
 * wait for a payer that did not answer, and never resend unchanged what the payer refused.
 */
type Kind = PayerRefusal["kind"];

const CALL = "or call the payer with the card in hand.";

const byKind: Record<Kind, { words: string; next: string }> = {
  member: {
    words: "The payer found no member matching this member ID and name.",
    next: `Compare the member ID and the name with the card photo (0 and O, a missing prefix, a nickname, a second surname), correct them and check again, ${CALL}`,
  },
  "birth-date": {
    words: "The date of birth does not match the payer's record.",
    next: `Confirm the date of birth with the family (for a dependent, both the patient's and the policyholder's), correct it and check again, ${CALL}`,
  },
  "payer-unavailable": {
    words: "The payer's system did not answer.",
    next: `Check again in a few minutes, ${CALL}`,
  },
  provider: {
    words: "The payer refused the center's own details (its NPI, name or enrollment), not this person's.",
    next: "Verify this one by phone, and tell whoever manages the clearinghouse account: every check to this payer will fail the same way.",
  },
  other: {
    words: "The payer could not answer this check.",
    next: "Verify by phone: call the payer with the card in hand.",
  },
};

const kindOf: Record<string, Kind> = {
  // Member: not found, ID or name.
  "64": "member",
  "65": "member",
  "67": "member",
  "68": "member",
  "72": "member",
  "73": "member",
  "75": "member",
  "76": "member",
  "77": "member",
  "78": "member",
  // Date of birth.
  "58": "birth-date",
  "60": "birth-date",
  "71": "birth-date",
  // The payer (or the clearinghouse's link to it) did not answer.
  "42": "payer-unavailable",
  "80": "payer-unavailable",
  // The center's NPI, name, enrollment, or the payer ID in the config.
  "33": "provider",
  "41": "provider",
  "43": "provider",
  "44": "provider",
  "45": "provider",
  "46": "provider",
  "47": "provider",
  "50": "provider",
  "51": "provider",
  "79": "provider",
  "97": "provider",
  T4: "provider",
};

/** Codes are two characters; anything else from a payer is shown as "??" rather than echoed. */
export function describeRefusal(code: string | undefined): PayerRefusal {
  const safe = code && /^[A-Z0-9]{2}$/.test(code) ? code : "??";
  const kind = kindOf[safe] ?? "other";
  return { code: safe, kind, ...byKind[kind] };
}
