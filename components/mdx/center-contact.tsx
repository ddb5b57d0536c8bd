import { AdmissionsHoursText } from "@/components/layout/admissions-hours-text";
import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formatUsPhone, smsHref, telHref } from "@/lib/phone";

export function CenterName() {
  return <>{center.name}</>;
}

/** How long form submissions are kept: the same number the server's daily purge uses. */
export function LeadRetentionDays() {
  return <>{translator(getRequestLocale(), "center")("days", { count: center.leadRetentionDays })}</>;
}

type PhoneKind = "admissions" | "text" | "referral" | "fax";

export function Phone({ kind = "admissions" }: { kind?: PhoneKind }) {
  const number = center.phones[kind];
  if (!number) return <>{translator(getRequestLocale(), "center")("ourLine")}</>;
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
      <p className="mt-2 text-muted">{centerText(getRequestLocale()).directions}</p>
    </div>
  );
}

/** In MDX at the end of a sentence, write `<AdmissionsHours endsSentence />` and no period after it. */
export function AdmissionsHours({ endsSentence }: { endsSentence?: boolean }) {
  return <AdmissionsHoursText endsSentence={endsSentence} />;
}

export function IfSameDayAssessment({ children }: { children: React.ReactNode }) {
  return center.sameDayAssessment ? <>{children}</> : null;
}

export function License() {
  const locale = getRequestLocale();
  const t = translator(locale, "center");
  const { licenseAgency, accreditations } = centerText(locale);
  return (
    <>
      {t("licensed", { name: center.name, agency: licenseAgency, number: center.license.number })}
      {accreditations.length > 0 ? t("accreditation", { list: accreditations.join(", ") }) : null}.
    </>
  );
}

const rightToLeft = new Set(["ar", "fa", "he", "ur"]);

/**
 * The Section 1557 notice of available help (the 2024 rule): free language help and free aids
 * and services, the relay line for TTY users, then the config's taglines, each in its own
 * language, with the admissions number.
 */
export function LanguageTaglines() {
  const t = translator(getRequestLocale(), "center");
  return (
    <>
      <p>
        {t("aidsNotice")} <Phone kind="admissions" />.
      </p>
      <p>
        {t("ttyNotice")} <Phone kind="admissions" />.
      </p>
      <ul>
        {center.languages.taglines.map((tagline) => (
          <li key={tagline.lang}>
            <span lang={tagline.lang} dir={rightToLeft.has(tagline.lang) ? "rtl" : undefined}>
              {tagline.text}
            </span>{" "}
            <Phone kind="admissions" />
          </li>
        ))}
      </ul>
    </>
  );
}
