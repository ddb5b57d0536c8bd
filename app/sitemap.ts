import type { MetadataRoute } from "next";
import { loadArticles } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import { loadAllPageMeta } from "@/lib/content";
import { articleSitemap } from "@/lib/seo/article-sitemap";
import { buildSitemap } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = loadAllPageMeta();
  const articles = loadArticles().map((a) => ({ slug: a.slug, topic: a.meta.topic, reviewed: a.meta.reviewed }));
  return [
    ...buildSitemap(
      siteUrl,
      pages.map((page) => ({ slug: page.slug, updated: page.meta.updated })),
    ),
    ...articleSitemap(siteUrl, articles, center.people),
  ];
}
