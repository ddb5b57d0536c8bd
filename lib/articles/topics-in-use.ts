import "server-only";
import { loadArticles } from "@/lib/articles/load";
import { topicPaths } from "@/lib/articles/paths";
import { topicSlugs, topicText, type ArticleTopic } from "@/lib/articles/topics";
import type { Locale } from "@/lib/i18n/locales";

export type TopicSummary = {
  topic: ArticleTopic;
  /** The topic's address segment in this language. */
  slug: string;
  label: string;
  description: string;
  count: number;
  paths: Record<Locale, `/${string}`>;
};

/** Topics that have at least one article, in the order topics.ts lists them: no empty topic pages. */
export function topicsInUse(locale: Locale = "en"): TopicSummary[] {
  const articles = loadArticles(locale);
  return topicSlugs.flatMap((topic) => {
    const count = articles.filter((a) => a.meta.topic === topic).length;
    const { slug, label, description } = topicText(topic, locale);
    return count ? [{ topic, slug, label, description, count, paths: topicPaths(topic) }] : [];
  });
}

export function findTopic(slug: string, locale: Locale): TopicSummary | undefined {
  return topicsInUse(locale).find((t) => t.slug === slug);
}
