import { AdmissionsHoursText } from "@/components/layout/admissions-hours-text";
import { center } from "@/lib/center/schema";
import { formatUsPhone, smsHref, telHref } from "@/lib/phone";

export function CenterName() {
  return <>{center.name}</>;
}

/** How long form submissions are kept: the same number the server's daily purge uses. */
export function LeadRetentionDays() {
  return <>{center.leadRetentionDays} days</>;
}

type PhoneKind = "admissions" | "text" | "referral" | "fax";

export function Phone({ kind = "admissions" }: { kind?: PhoneKind }) {
  const number = center.phones[kind];
  if (!number) return <>our admissions line</>;
  const display = formatUsPhone(number);
  if (kind === "fax") return <span className="whitespace-nowrap">{display}</span>;
  const href = kind === "text" ? smsHref(number) : telHref(number);
  return (
    <a href={href} className="whitespace-nowrap">
      {display}
    </a>
  );
}

export function Address() {
  const { address } = center;
  return (
    <div className="rounded-lg border border-line bg-white p-4">
      <address className="not-italic">
        <strong>{center.name}</strong>
        <br />
        {address.street}
        {address.unit ? `, ${address.unit}` : null}
        <br />
        {address.city}, {address.region} {address.postalCode}
      </address>
      <p className="mt-2 text-muted">{address.directions}</p>
    </div>
  );
}

export function AdmissionsHours() {
  return <AdmissionsHoursText />;
}

export function IfSameDayAssessment({ children }: { children: React.ReactNode }) {
  return center.sameDayAssessment ? <>{children}</> : null;
}

export function License() {
  const { license, accreditations } = center;
  return (
    <>
      {center.name} is licensed by the {license.agency} (license {license.number})
      {accreditations.length > 0 ? `. Accreditation: ${accreditations.join(", ")}` : null}.
    </>
  );
}
