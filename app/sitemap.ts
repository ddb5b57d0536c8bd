import type { MetadataRoute } from "next";
import { loadArticles } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import { contentTwins, loadAllPageMeta, loadPageMeta } from "@/lib/content";
import { articleSitemap } from "@/lib/seo/article-sitemap";
import { buildSitemap } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const twins = contentTwins();
  const articles = loadArticles().map((a) => ({ slug: a.slug, topic: a.meta.topic, reviewed: a.meta.reviewed }));
  return [
    ...buildSitemap(
      siteUrl,
      loadAllPageMeta("en").map((page) => {
        const spanish = twins.toSpanish.get(page.slug) ?? "";
        return {
          paths: { en: `/${page.slug}`, es: `/es/${spanish}` },
          updated: { en: page.meta.updated, es: loadPageMeta(spanish, "es").meta.updated },
        };
      }),
    ),
    // The articles and people pages are in English only for now.
    ...articleSitemap(siteUrl, articles, center.people),
  ];
}
