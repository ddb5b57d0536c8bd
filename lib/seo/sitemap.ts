import type { MetadataRoute } from "next";
import { standalonePages } from "@/lib/navigation";

/** Public pages that are not MDX content. Confirmation pages are left out on purpose. */
export const standalonePagePaths = standalonePages.map((link) => link.href);

type ContentEntry = { slug: string; updated: string };

/** Home, every content page (dated by its `updated`), then the standalone pages. */
export function buildSitemap(siteUrl: string, pages: ContentEntry[]): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).href;
  return [
    { url: url("/") },
    ...pages.map((page) => ({ url: url(`/${page.slug}`), lastModified: page.updated })),
    ...standalonePagePaths.map((path) => ({ url: url(path) })),
  ];
}
