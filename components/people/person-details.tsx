import type { Person } from "@/lib/center/schema";
import { center } from "@/lib/center/schema";
import { nameWithCredentials } from "@/lib/people";

const kindLabels = { license: "License", degree: "Degree", certification: "Certification" } as const;

/** A person's heading, role, credentials (license numbers included) and bio. */
export function PersonDetails({ person }: { person: Person }) {
  return (
    <header className="mt-4 max-w-[68ch]">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{nameWithCredentials(person)}</h1>
      <p className="mt-2 text-xl text-muted">
        {person.jobTitle}, {center.name}
      </p>
      {person.demo ? (
        <p className="mt-4 rounded-lg border-l-4 border-warm-700 bg-warm-50 p-4">
          Demo profile: this is a made-up person, shown so the site can be tried out. The center replaces it with its
          real staff before going live.
        </p>
      ) : null}
      <p className="mt-6 text-lg leading-relaxed">{person.bio}</p>
      {person.credentials.length ? (
        <>
          <h2 className="mt-8 text-2xl font-bold text-brand-900">Credentials</h2>
          <ul className="mt-3 list-disc space-y-1.5 pl-6">
            {person.credentials.map((c) => (
              <li key={c.abbreviation}>
                {kindLabels[c.kind]}: {c.name} ({c.abbreviation}){c.number ? `, number ${c.number}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-4">
          {person.name} is not a clinician. A licensed clinician reviews everything {person.name.split(" ")[0]} writes
          before it is published.
        </p>
      )}
    </header>
  );
}
