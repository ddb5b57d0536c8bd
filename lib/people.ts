import type { Person } from "@/lib/center/schema";

export function personPath(person: Pick<Person, "slug">): `/${string}` {
  return `/people/${person.slug}`;
}

/** "Dana Whitfield, LCSW, LADC": the name as a byline shows it. */
export function nameWithCredentials(person: Pick<Person, "name" | "credentials">): string {
  return [person.name, ...person.credentials.map((c) => c.abbreviation)].join(", ");
}
