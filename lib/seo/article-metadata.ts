import type { Metadata } from "next";
import type { Article } from "@/lib/articles/load";
import { feedPath } from "@/lib/articles/paths";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { personPath } from "@/lib/people";
import { absoluteUrl } from "@/lib/seo/site-url";
import { pageMetadata, type PagePair } from "@/lib/seo/metadata";

type ListPage = { title: string; description: string; locale: Locale; paths: PagePair };

/** The index and topic pages: hreflang both ways, and a pointer for feed readers to the language's Atom feed. */
export function articleListMetadata({ locale, ...seo }: ListPage): Metadata {
  const metadata = pageMetadata({ ...seo, locale });
  const feedTitle = translator(locale, "articles")("indexTitle");
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { "application/atom+xml": [{ url: feedPath(locale), title: feedTitle }] },
    },
  };
}

/** An article's metadata: shared as an article, with its dates and author, and its twin as the alternate. */
export function articleMetadata(article: Article): Metadata {
  const { meta, locale } = article;
  const base = pageMetadata({ title: meta.title, description: meta.description, locale, paths: article.paths });
  return {
    ...base,
    authors: [{ name: article.author.name, url: personPath(article.author, locale) }],
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: meta.published,
      modifiedTime: meta.reviewed,
      authors: [absoluteUrl(personPath(article.author, locale))],
    },
  };
}
