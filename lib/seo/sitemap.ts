import type { MetadataRoute } from "next";
import { appPages } from "@/lib/i18n/paths";
import { locales } from "@/lib/i18n/locales";
import { languageAlternates, type PagePair } from "@/lib/seo/metadata";

/** Public pages that are not MDX content, in both languages. Confirmation pages are left out on purpose. */
const standalonePagePairs: PagePair[] = [appPages.requestCall, appPages.verifyInsurance, appPages.selfCheck];
export const standalonePagePaths = standalonePagePairs.flatMap((pair) => [pair.en, pair.es]);

type ContentEntry = { paths: PagePair; updated: Record<"en" | "es", string> };

/**
 * Every page in both languages: home, each content page (dated by its `updated`), then the
 * standalone pages. Each entry lists both languages and x-default, as the pages' own
 * hreflang links do.
 */
export function buildSitemap(siteUrl: string, pages: ContentEntry[]): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).href;
  const entry = (paths: PagePair, updated?: ContentEntry["updated"]) =>
    locales.map((locale) => ({
      url: url(paths[locale]),
      ...(updated ? { lastModified: updated[locale] } : {}),
      alternates: {
        languages: Object.fromEntries(Object.entries(languageAlternates(paths)).map(([tag, path]) => [tag, url(path)])),
      },
    }));
  return [
    ...entry(appPages.home),
    ...pages.flatMap((page) => entry(page.paths, page.updated)),
    ...standalonePagePairs.flatMap((paths) => entry(paths)),
  ];
}
