import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { PersonDetails } from "@/components/people/person-details";
import { JsonLd } from "@/components/seo/json-ld";
import { articlesBy } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";
import { pathIn } from "@/lib/i18n/links";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { nameWithCredentials, personPaths, personText } from "@/lib/people";
import { personPageJsonLd } from "@/lib/seo/article-json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/seo/site-url";

/** A person's page, shared by /people/[slug] and /es/personas/[slug]. */
export function personParams(): Array<{ slug: string }> {
  return center.people.map(({ slug }) => ({ slug }));
}

function findPerson(slug: string) {
  return center.people.find((p) => p.slug === slug);
}

export function personMetadata(slug: string, locale: Locale): Metadata {
  const person = findPerson(slug);
  if (!person) return {};
  const jobTitle = personText(person, locale).jobTitle.toLowerCase();
  // The job title sets the two languages' titles apart (the name and credentials are the same in both).
  return pageMetadata({
    title: `${nameWithCredentials(person)}, ${jobTitle}`,
    description: translator(locale, "articles")("personDescription", {
      name: person.name,
      jobTitle,
      center: center.name,
      firstName: person.name.split(" ")[0],
    }),
    locale,
    paths: personPaths(person),
  });
}

export function PersonView({ slug, locale }: { slug: string; locale: Locale }) {
  setRequestLocale(locale);
  const person = findPerson(slug);
  if (!person) notFound();
  const t = translator(locale, "articles");
  const theirs = articlesBy(person.slug, locale);
  const lists = [
    {
      id: "written-title",
      heading: t("articlesBy", { name: person.name }),
      articles: theirs.filter((a) => a.author.slug === person.slug),
    },
    {
      id: "reviewed-title",
      heading: t("articlesReviewedBy", { name: person.name }),
      articles: theirs.filter((a) => a.reviewer.slug === person.slug),
    },
  ];
  return (
    <ReadingFrame locale={locale} paths={personPaths(person)}>
      <JsonLd data={personPageJsonLd(person, siteUrl, locale)} />
      <Breadcrumbs
        locale={locale}
        trail={[
          { href: appPages.home[locale], label: translator(locale, "content")("home") },
          { href: pathIn("/editorial-policy", locale), label: t("editorialPolicy") },
        ]}
        current={person.name}
      />
      <PersonDetails person={person} locale={locale} />
      {lists.map((list) =>
        list.articles.length ? (
          <section key={list.id} aria-labelledby={list.id} className="mt-10">
            <h2 id={list.id} className="text-2xl font-bold text-brand-900">
              {list.heading}
            </h2>
            <ArticleList articles={list.articles} headingLevel={3} />
          </section>
        ) : null,
      )}
    </ReadingFrame>
  );
}
