import { topicText, type ArticleTopic } from "@/lib/articles/topics";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";

type PagePair = Record<Locale, `/${string}`>;

/** Where the articles live in each language: the index, its feed, each article and each topic. */
export function articlePath(slug: string, locale: Locale): `/${string}` {
  return `${appPages.articles[locale]}/${slug}`;
}

export function feedPath(locale: Locale): `/${string}` {
  return `${appPages.articles[locale]}/feed.xml`;
}

const topicsFolder = { en: "topics", es: "temas" } as const satisfies Record<Locale, string>;

export function topicPath(topic: ArticleTopic, locale: Locale): `/${string}` {
  return `${appPages.articles[locale]}/${topicsFolder[locale]}/${topicText(topic, locale).slug}`;
}

export function topicPaths(topic: ArticleTopic): PagePair {
  return { en: topicPath(topic, "en"), es: topicPath(topic, "es") };
}
