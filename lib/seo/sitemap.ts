import type { MetadataRoute } from "next";
import { appPages } from "@/lib/i18n/paths";
import { locales } from "@/lib/i18n/locales";
import { languageAlternates, type PagePair } from "@/lib/seo/metadata";

/** Public pages that are not MDX content, in both languages. Confirmation pages are left out on purpose. */
const standalonePagePairs: PagePair[] = [appPages.requestCall, appPages.verifyInsurance, appPages.selfCheck];
export const standalonePagePaths = standalonePagePairs.flatMap((pair) => [pair.en, pair.es]);

type ContentEntry = { paths: PagePair; updated: Record<"en" | "es", string> };

/** One page's entries, one per language, each listing both languages and x-default as the page's own hreflang links do. */
export function sitemapPair(
  siteUrl: string,
  paths: PagePair,
  updated?: Partial<Record<"en" | "es", string>>,
): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).href;
  return locales.map((locale) => ({
    url: url(paths[locale]),
    ...(updated?.[locale] ? { lastModified: updated[locale] } : {}),
    alternates: {
      languages: Object.fromEntries(Object.entries(languageAlternates(paths)).map(([tag, path]) => [tag, url(path)])),
    },
  }));
}

/**
 * Every page in both languages: home, each content page (dated by its `updated`), then the
 * standalone pages.
 */
export function buildSitemap(siteUrl: string, pages: ContentEntry[]): MetadataRoute.Sitemap {
  const entry = (paths: PagePair, updated?: ContentEntry["updated"]) => sitemapPair(siteUrl, paths, updated);
  return [
    ...entry(appPages.home),
    ...pages.flatMap((page) => entry(page.paths, page.updated)),
    ...standalonePagePairs.flatMap((paths) => entry(paths)),
  ];
}
