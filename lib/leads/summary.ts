import "server-only";
import { describeCallback, formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { bestTimeLabels, relationshipLabels, yesNoLabels, type Relationship } from "@/lib/forms/choices";
import { OTHER_CARRIER } from "@/lib/forms/verify-insurance-fields";
import { formatUsPhone } from "@/lib/phone";
import { leadKindLabels, type StoredLead } from "@/lib/leads/types";

/**
 * A lead as labelled rows, the one source for the email's text and HTML parts and the
 * CLI's `show`. "contact" detail is built from scratch rather than by filtering "full", so
 * nothing new added to "full" can leak into it.
 */
export type Detail = "full" | "contact";
export type Row = { label: string; value: string; tel?: string; href?: string; multiline?: boolean };

export function kindName(lead: StoredLead): string {
  return leadKindLabels[lead.kind];
}

/** First word of the name, on one line, short: the only part of a name that goes in a subject. */
export function firstName(name: string): string {
  return oneLine(name).split(" ")[0].slice(0, 40);
}

/** In `contact` detail the subject names nobody: it is all a mailbox without a BAA may hold. */
export function leadSubject(lead: StoredLead, detail: Detail): string {
  const { values } = lead;
  const spanish = lead.language === "es" ? " · Prefers Spanish" : "";
  const when = `call ${values.bestTime === "asap" ? "ASAP" : values.bestTime}${spanish}`;
  if (detail === "contact") return oneLine(`${kindName(lead)} · ${when} · ${lead.reference}`);
  const voicemail = values.voicemailOk === "yes" ? "voicemail OK" : "no voicemail";
  const middle = lead.kind === "insurance-check" ? `${carrierName(lead.values)}${spanish}` : `${when} (${voicemail})`;
  return oneLine(`${kindName(lead)}: ${firstName(values.name)} · ${middle} · ${lead.reference}`);
}

/** Where staff read a request in full. */
export function inboxUrl(siteUrl: string, reference: string): string {
  return `${siteUrl}/staff/requests/${reference}`;
}

export type RowOptions = {
  /** The card photos were left out of the email (too large); they stay on the server. */
  photosOmitted?: boolean;
};

export function leadRows(lead: StoredLead, detail: Detail, siteUrl: string, options: RowOptions = {}): Row[] {
  const { receivedAt, values } = lead;
  const inbox = inboxUrl(siteUrl, lead.reference);
  const head: Row[] = [
    { label: "Reference", value: lead.reference },
    { label: "Received", value: formatInCenterZone(receivedAt, center) },
    { label: "We said we'd call", value: describeCallback(receivedAt, center).text },
    ...(lead.repeatCaller ? [{ label: "Same number", value: "Another request from this number is on file" }] : []),
    // Said in contact mode too: a language preference reveals nothing about anyone's health.
    ...(lead.language === "es" ? [{ label: "Language", value: "Prefers Spanish (Español): the form was filled in in Spanish" }] : []),
  ];
  const preferences: Row[] = [
    { label: "Best time to call", value: bestTimeLabels[values.bestTime] },
    { label: "Voicemail OK", value: yesNoLabels[values.voicemailOk] },
    ...(lead.kind === "call-request" ? [{ label: "Texts OK", value: yesNoLabels[lead.values.textOk] }] : []),
  ];
  const phone: Row = { label: "Phone", value: formatUsPhone(values.phone), tel: values.phone };

  const open: Row = { label: "Open in the inbox", value: inbox, href: inbox };
  // Only what says a request is waiting: no name, number or anything about anyone's health.
  if (detail === "contact") {
    return [...head, { label: "Kind", value: kindName(lead) }, { label: "Best time to call", value: bestTimeLabels[values.bestTime] }, open];
  }

  const page: Row = { label: "Sent from", value: `${siteUrl}${lead.sourcePage}`, href: `${siteUrl}${lead.sourcePage}` };
  const email: Row[] = values.email ? [{ label: "Email", value: values.email }] : [];
  if (lead.kind === "call-request") {
    const v = lead.values;
    return [
      ...head,
      { label: "Name", value: v.name },
      phone,
      ...email,
      { label: "Call is about", value: v.about === "self" ? "The caller" : `Someone else (${caller(v.relationship)})` },
      ...preferences,
      { label: "Consent", value: `May call: yes · SMS consent: ${v.consentSms ? "yes" : "no"}` },
      ...(v.note ? [{ label: "Note", value: v.note, multiline: true }] : []),
      page,
      open,
    ];
  }
  const v = lead.values;
  const photos = lead.cardPhotos.map((p) => p.side).join(" and ");
  return [
    ...head,
    { label: "Caller", value: v.name },
    phone,
    ...email,
    {
      label: "Coverage for",
      value: v.coverageFor === "self" ? "The caller" : `${v.patientName ?? "?"} (${caller(v.relationship)})`,
    },
    { label: "Patient's date of birth", value: v.patientDob },
    {
      label: "Policyholder",
      value: v.policyholder === "patient" ? "The patient" : `${v.holderName ?? "?"}, born ${v.holderDob ?? "?"}`,
    },
    { label: "Insurance", value: carrierName(v) },
    { label: "Member ID", value: v.memberId },
    ...(v.groupNumber ? [{ label: "Group number", value: v.groupNumber }] : []),
    {
      label: "Second plan",
      value: v.hasSecondary ? `${v.secondaryCarrier ?? "?"}, member ID ${v.secondaryMemberId ?? "?"}` : "None",
    },
    ...preferences,
    {
      label: "Card photos",
      value: !photos ? "None" : options.photosOmitted ? `${photos}: too large for email, kept on the server (open in the inbox)` : `${photos} attached`,
    },
    page,
    open,
  ];
}

export function carrierName(values: { carrier: string; carrierOther?: string }): string {
  if (values.carrier === OTHER_CARRIER) return `Other: ${values.carrierOther ?? "?"}`;
  const all = [...center.insurance.accepted, ...center.insurance.notAccepted];
  return all.find((c) => c.id === values.carrier)?.name ?? values.carrier;
}

function caller(relationship: Relationship | undefined): string {
  if (!relationship) return "relationship not given";
  return relationship === "other"
    ? "caller: other relationship"
    : `caller is their ${relationshipLabels[relationship].toLowerCase()}`;
}

/** Headers can't carry line breaks; schema-checked values have none, this is the backstop. */
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
