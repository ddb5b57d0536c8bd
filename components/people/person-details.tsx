import type { Person } from "@/lib/center/schema";
import { center } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { nameWithCredentials, personText } from "@/lib/people";

/** A person's heading, role, credentials (license numbers included) and bio, in one language. */
export function PersonDetails({ person, locale }: { person: Person; locale: Locale }) {
  const t = translator(locale, "articles");
  const { jobTitle, bio, credentials } = personText(person, locale);
  return (
    <header className="mt-4 max-w-[68ch]">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{nameWithCredentials(person)}</h1>
      <p className="mt-2 text-xl text-muted">
        {jobTitle}, {center.name}
      </p>
      {person.demo ? (
        <p className="mt-4 rounded-lg border-l-4 border-warm-700 bg-warm-50 p-4">{t("demoProfile")}</p>
      ) : null}
      <p className="mt-6 text-lg leading-relaxed">{bio}</p>
      {credentials.length ? (
        <>
          <h2 className="mt-8 text-2xl font-bold text-brand-900">{t("credentials")}</h2>
          <ul className="mt-3 list-disc space-y-1.5 pl-6">
            {credentials.map((c) => (
              <li key={c.abbreviation}>
                {t(`credentialKind.${c.kind}`)}: {c.name} ({c.abbreviation})
                {c.number ? `, ${t("licenseNumber", { number: c.number })}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-4">{t("notClinician", { name: person.name, firstName: person.name.split(" ")[0] })}</p>
      )}
    </header>
  );
}
