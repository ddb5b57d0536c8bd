import type { Person } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";

const peopleFolder = { en: "/people", es: "/es/personas" } as const satisfies Record<Locale, string>;

/** A person's page; the slug (their name) is the same in both languages. */
export function personPath(person: Pick<Person, "slug">, locale: Locale = "en"): `/${string}` {
  return `${peopleFolder[locale]}/${person.slug}`;
}

export function personPaths(person: Pick<Person, "slug">): Record<Locale, `/${string}`> {
  return { en: personPath(person, "en"), es: personPath(person, "es") };
}

/** "Dana Whitfield, LCSW, LADC": the name as a byline shows it. */
export function nameWithCredentials(person: Pick<Person, "name" | "credentials">): string {
  return [person.name, ...person.credentials.map((c) => c.abbreviation)].join(", ");
}

/** A person's written words in one language: the English values, or their `es` counterparts. */
export function personText(person: Person, locale: Locale) {
  const es = locale === "es";
  return {
    jobTitle: es ? person.es.jobTitle : person.jobTitle,
    bio: es ? person.es.bio : person.bio,
    credentials: person.credentials.map((c) => ({ ...c, name: es ? c.es.name : c.name })),
  };
}
