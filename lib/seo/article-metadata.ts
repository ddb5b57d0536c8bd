import type { Metadata } from "next";
import type { Article } from "@/lib/articles/load";
import { feedPath } from "@/lib/articles/feed";
import { absoluteUrl } from "@/lib/seo/site-url";
import { pageMetadata } from "@/lib/seo/metadata";
import { personPath } from "@/lib/people";

/** Pages that list articles point feed readers at the Atom feed. */
export function withFeedLink(metadata: Metadata, feedTitle: string): Metadata {
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { "application/atom+xml": [{ url: feedPath, title: feedTitle }] } },
  };
}

/** An article's metadata: shared as an article, with its dates and author. */
export function articleMetadata(article: Article): Metadata {
  const { meta } = article;
  const base = pageMetadata({ title: meta.title, description: meta.description, path: `/articles/${article.slug}` });
  return {
    ...base,
    authors: [{ name: article.author.name, url: personPath(article.author) }],
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: meta.published,
      modifiedTime: meta.reviewed,
      authors: [absoluteUrl(personPath(article.author))],
    },
  };
}
