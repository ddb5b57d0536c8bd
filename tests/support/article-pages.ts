import { loadArticles } from "@/lib/articles/load";
import { articleTopics, type ArticleTopic } from "@/lib/articles/topics";
import { center } from "@/lib/center/schema";

/** The articles as the site lists them: newest first, each with its author and reviewer. */
export const articles = loadArticles();
/** Their Spanish twins, newest first: the same topics, people and publication dates. */
export const spanishArticles = loadArticles("es");

export const topicSlugsInUse = [...new Set(articles.map((a) => a.meta.topic))].sort();

export const spanishTopicPath = (topic: ArticleTopic) => `/es/articulos/temas/${articleTopics[topic].es.slug}`;

/** Each article page in English and its Spanish twin, as the pages must name each other. */
export function articlePairs(): Array<{ en: string; es: string }> {
  return [
    { en: "/articles", es: "/es/articulos" },
    ...topicSlugsInUse.map((topic) => ({ en: `/articles/topics/${topic}`, es: spanishTopicPath(topic) })),
    ...articles.map((a) => ({
      en: `/articles/${a.slug}`,
      es: `/es/articulos/${spanishArticles.find((s) => s.paths.en === `/articles/${a.slug}`)?.slug}`,
    })),
    ...center.people.map((p) => ({ en: `/people/${p.slug}`, es: `/es/personas/${p.slug}` })),
  ];
}

/** Every page the articles add, in both languages: the index, topics, articles and people (all in the sitemap). */
export function articleSitePaths(): string[] {
  return articlePairs().flatMap((pair) => [pair.en, pair.es]);
}

/** One page of each kind in each language, for the checks that need only a sample (no page-specific JavaScript). */
export function articleSamplePaths(): string[] {
  const newest = articles[0];
  const newestEs = spanishArticles[0];
  return [
    "/articles",
    `/articles/topics/${newest.meta.topic}`,
    `/articles/${newest.slug}`,
    `/people/${newest.reviewer.slug}`,
    "/es/articulos",
    spanishTopicPath(newestEs.meta.topic),
    `/es/articulos/${newestEs.slug}`,
    `/es/personas/${newestEs.reviewer.slug}`,
  ];
}
