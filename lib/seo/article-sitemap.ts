import type { MetadataRoute } from "next";
import type { Article } from "@/lib/articles/load";
import { topicPaths } from "@/lib/articles/paths";
import type { Person } from "@/lib/center/schema";
import { appPages } from "@/lib/i18n/paths";
import { locales, type Locale } from "@/lib/i18n/locales";
import { personPaths } from "@/lib/people";
import { sitemapPair } from "@/lib/seo/sitemap";

type ArticleEntry = Pick<Article, "locale" | "paths"> & { meta: Pick<Article["meta"], "topic" | "reviewed"> };

/** The latest review in each language among `articles`: a list page is as new as its newest article. */
function latest(articles: ArticleEntry[]): Record<Locale, string | undefined> {
  const newest = (locale: Locale) =>
    articles
      .filter((a) => a.locale === locale)
      .map((a) => a.meta.reviewed)
      .sort()
      .at(-1);
  return Object.fromEntries(locales.map((locale) => [locale, newest(locale)])) as Record<Locale, string | undefined>;
}

/**
 * The article index, each topic page, each article (dated by its last clinical review in that
 * language: its last change) and each person's page, in both languages with their alternates.
 */
export function articleSitemap(siteUrl: string, articles: ArticleEntry[], people: Person[]): MetadataRoute.Sitemap {
  const topics = [...new Set(articles.map((a) => a.meta.topic))];
  const english = articles.filter((a) => a.locale === "en");
  // An article and its twin share their paths; each language is dated by its own review.
  const reviewOf = (paths: ArticleEntry["paths"], locale: Locale) =>
    articles.find((a) => a.locale === locale && a.paths.en === paths.en)?.meta.reviewed;
  return [
    ...sitemapPair(siteUrl, appPages.articles, latest(articles)),
    ...topics.flatMap((topic) =>
      sitemapPair(siteUrl, topicPaths(topic), latest(articles.filter((a) => a.meta.topic === topic))),
    ),
    ...english.flatMap(({ paths }) =>
      sitemapPair(siteUrl, paths, { en: reviewOf(paths, "en"), es: reviewOf(paths, "es") }),
    ),
    ...people.flatMap((person) => sitemapPair(siteUrl, personPaths(person))),
  ];
}
