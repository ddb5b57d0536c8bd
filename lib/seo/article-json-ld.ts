import type { Article } from "@/lib/articles/load";
import { topicText } from "@/lib/articles/topics";
import type { Person } from "@/lib/center/schema";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { pathIn } from "@/lib/i18n/links";
import { translator } from "@/lib/i18n/translate";
import { personPath, personText } from "@/lib/people";
import { breadcrumbJsonLd, type JsonLd } from "@/lib/seo/structured-data";

/**
 * A person as schema.org sees them, in one language: their page there, job, and each
 * credential. The @id is the same in both languages (the English page's), so search engines
 * see one person with two pages, not two people.
 */
function personJsonLd(person: Person, siteUrl: string, locale: Locale): JsonLd {
  const url = new URL(personPath(person, locale), siteUrl).href;
  const words = personText(person, locale);
  return {
    "@type": "Person",
    "@id": `${new URL(personPath(person, "en"), siteUrl).href}#person`,
    name: person.name,
    url,
    jobTitle: words.jobTitle,
    description: words.bio,
    worksFor: { "@id": `${siteUrl}/#clinic` },
    ...(words.credentials.length
      ? {
          hasCredential: words.credentials.map((c) => ({
            "@type": "EducationalOccupationalCredential",
            credentialCategory: c.kind,
            name: `${c.name} (${c.abbreviation})`,
          })),
        }
      : {}),
  };
}

/** Home › Articles, in the page's language, then the trail's own steps. */
function articleCrumbs(siteUrl: string, locale: Locale, rest: Array<{ name: string; path: string }>): JsonLd {
  const url = (path: string) => new URL(path, siteUrl).href;
  return breadcrumbJsonLd(
    [
      { name: translator(locale, "content")("home"), path: appPages.home[locale] },
      { name: translator(locale, "articles")("articles"), path: appPages.articles[locale] },
      ...rest,
    ].map((crumb) => ({ name: crumb.name, url: url(crumb.path) })),
  );
}

/** The index's or a topic's breadcrumb trail. */
export function articleListJsonLd(siteUrl: string, locale: Locale, topic?: { label: string; path: string }): JsonLd {
  return articleCrumbs(siteUrl, locale, topic ? [{ name: topic.label, path: topic.path }] : []);
}

/**
 * An article as a MedicalWebPage, in its language: who wrote it, which clinician reviewed it
 * and when (a Spanish twin's own review), what it cites. A change is published only after a
 * review, so the review date is also the last change. No `image`: the social card's address
 * carries a suffix Next.js derives from the route group, which only the page's og:image knows.
 */
export function articleJsonLd(article: Article, siteUrl: string): JsonLd[] {
  const { meta, locale } = article;
  const path = article.paths[locale];
  const url = new URL(path, siteUrl).href;
  const page: JsonLd = {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": `${url}#article`,
    url,
    headline: meta.title,
    name: meta.title,
    description: meta.description,
    inLanguage: localeTags[locale].html,
    datePublished: meta.published,
    dateModified: meta.reviewed,
    lastReviewed: meta.reviewed,
    author: personJsonLd(article.author, siteUrl, locale),
    reviewedBy: personJsonLd(article.reviewer, siteUrl, locale),
    publisher: { "@id": `${siteUrl}/#clinic` },
    // The language's own WebSite node (lib/seo/structured-data.ts websiteJsonLd).
    isPartOf: { "@id": `${new URL(appPages.home[locale], siteUrl).href}#website` },
    about: { "@type": "Thing", name: topicText(meta.topic, locale).about },
    citation: meta.sources.map((s) => ({ "@type": "CreativeWork", name: s.title, url: s.url, publisher: s.publisher })),
  };
  return [page, articleCrumbs(siteUrl, locale, [{ name: meta.title, path }])];
}

export function personPageJsonLd(person: Person, siteUrl: string, locale: Locale): JsonLd[] {
  const url = (path: string) => new URL(path, siteUrl).href;
  return [
    { "@context": "https://schema.org", ...personJsonLd(person, siteUrl, locale) },
    breadcrumbJsonLd([
      { name: translator(locale, "content")("home"), url: url(appPages.home[locale]) },
      { name: translator(locale, "articles")("editorialPolicy"), url: url(pathIn("/editorial-policy", locale)) },
      { name: person.name, url: url(personPath(person, locale)) },
    ]),
  ];
}
