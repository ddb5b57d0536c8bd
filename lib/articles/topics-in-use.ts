import "server-only";
import { loadArticles } from "@/lib/articles/load";
import { articleTopics, topicSlugs, type ArticleTopic } from "@/lib/articles/topics";

export type TopicSummary = { slug: ArticleTopic; label: string; description: string; count: number };

/** Topics that have at least one article, in the order topics.ts lists them: no empty topic pages. */
export function topicsInUse(): TopicSummary[] {
  const articles = loadArticles();
  return topicSlugs.flatMap((slug) => {
    const count = articles.filter((a) => a.meta.topic === slug).length;
    return count ? [{ slug, ...articleTopics[slug], count }] : [];
  });
}
