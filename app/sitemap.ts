import type { MetadataRoute } from "next";
import { loadAllPageMeta } from "@/lib/content";
import { buildSitemap } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = loadAllPageMeta();
  return buildSitemap(
    siteUrl,
    pages.map((page) => ({ slug: page.slug, updated: page.meta.updated })),
  );
}
