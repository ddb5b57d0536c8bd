import type { Article } from "@/lib/articles/load";
import { articleTopics } from "@/lib/articles/topics";
import type { Person } from "@/lib/center/schema";
import { personPath } from "@/lib/people";
import { breadcrumbJsonLd, type JsonLd } from "@/lib/seo/structured-data";

/** A person as schema.org sees them: their page, job, and each credential. */
function personJsonLd(person: Person, siteUrl: string): JsonLd {
  const url = new URL(personPath(person), siteUrl).href;
  return {
    "@type": "Person",
    "@id": `${url}#person`,
    name: person.name,
    url,
    jobTitle: person.jobTitle,
    description: person.bio,
    worksFor: { "@id": `${siteUrl}/#clinic` },
    ...(person.credentials.length
      ? {
          hasCredential: person.credentials.map((c) => ({
            "@type": "EducationalOccupationalCredential",
            credentialCategory: c.kind,
            name: `${c.name} (${c.abbreviation})`,
          })),
        }
      : {}),
  };
}

/**
 * An article as a MedicalWebPage: who wrote it, which clinician reviewed it and when, what it
 * cites. A change is published only after a review, so the review date is also the last change.
 */
export function articleJsonLd(article: Article, siteUrl: string): JsonLd[] {
  const { meta } = article;
  const url = new URL(`/articles/${article.slug}`, siteUrl).href;
  const page: JsonLd = {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": `${url}#article`,
    url,
    headline: meta.title,
    name: meta.title,
    description: meta.description,
    inLanguage: "en-US",
    image: `${url}/opengraph-image`,
    datePublished: meta.published,
    dateModified: meta.reviewed,
    lastReviewed: meta.reviewed,
    author: personJsonLd(article.author, siteUrl),
    reviewedBy: personJsonLd(article.reviewer, siteUrl),
    publisher: { "@id": `${siteUrl}/#clinic` },
    isPartOf: { "@id": `${siteUrl}/#website` },
    about: { "@type": "Thing", name: articleTopics[meta.topic].about },
    citation: meta.sources.map((s) => ({ "@type": "CreativeWork", name: s.title, url: s.url, publisher: s.publisher })),
  };
  const crumbs = breadcrumbJsonLd([
    { name: "Home", url: new URL("/", siteUrl).href },
    { name: "Articles", url: new URL("/articles", siteUrl).href },
    { name: meta.title, url },
  ]);
  return [page, crumbs];
}

export function personPageJsonLd(person: Person, siteUrl: string): JsonLd[] {
  return [
    { "@context": "https://schema.org", ...personJsonLd(person, siteUrl) },
    breadcrumbJsonLd([
      { name: "Home", url: new URL("/", siteUrl).href },
      { name: "Editorial policy", url: new URL("/editorial-policy", siteUrl).href },
      { name: person.name, url: new URL(personPath(person), siteUrl).href },
    ]),
  ];
}
