import type { MetadataRoute } from "next";
import { loadEveryArticle } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import { contentTwins, loadAllPageMeta, loadPageMeta } from "@/lib/content";
import { articleSitemap } from "@/lib/seo/article-sitemap";
import { buildSitemap } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const twins = contentTwins();
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
    ...articleSitemap(siteUrl, loadEveryArticle(), center.people),
  ];
}
