import type { MetadataRoute } from "next";
import type { Person } from "@/lib/center/schema";
import { personPath } from "@/lib/people";

type ArticleEntry = { slug: string; topic: string; reviewed: string };

function latest(dates: string[]): string | undefined {
  return dates.sort().at(-1);
}

/**
 * The article index, each topic page, each article (dated by its last clinical review: its
 * last change) and each person's page. A list page is as new as its newest article.
 */
export function articleSitemap(siteUrl: string, articles: ArticleEntry[], people: Person[]): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).href;
  const topics = [...new Set(articles.map((a) => a.topic))];
  return [
    { url: url("/articles"), lastModified: latest(articles.map((a) => a.reviewed)) },
    ...topics.map((topic) => ({
      url: url(`/articles/topics/${topic}`),
      lastModified: latest(articles.filter((a) => a.topic === topic).map((a) => a.reviewed)),
    })),
    ...articles.map((a) => ({ url: url(`/articles/${a.slug}`), lastModified: a.reviewed })),
    ...people.map((person) => ({ url: url(personPath(person)) })),
  ];
}
