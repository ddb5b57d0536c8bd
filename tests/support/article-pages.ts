import { loadArticles } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";

/** The articles as the site lists them: newest first, each with its author and reviewer. */
export const articles = loadArticles();

export const topicSlugsInUse = [...new Set(articles.map((a) => a.meta.topic))].sort();

/** Every page the articles add: the index, topics, articles and people (all in the sitemap). */
export function articleSitePaths(): string[] {
  return [
    "/articles",
    ...topicSlugsInUse.map((topic) => `/articles/topics/${topic}`),
    ...articles.map((a) => `/articles/${a.slug}`),
    ...center.people.map((p) => `/people/${p.slug}`),
  ];
}

/** One page of each kind, for the walks that check every public page (axe, markup, metadata, requests). */
export function articleSamplePaths(): string[] {
  const newest = articles[0];
  return [
    "/articles",
    `/articles/topics/${newest.meta.topic}`,
    `/articles/${newest.slug}`,
    `/people/${newest.reviewer.slug}`,
  ];
}
