import type { MetadataRoute } from "next";
import { loadAllPages } from "@/lib/content";
import { buildSitemap } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await loadAllPages();
  return buildSitemap(
    siteUrl,
    pages.map((page) => ({ slug: page.slug, updated: page.meta.updated })),
  );
}
