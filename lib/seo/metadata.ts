import type { Metadata, Viewport } from "next";
import { brandColors } from "@/lib/brand";
import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/seo/site-url";

const homeTitles: Record<Locale, string> = {
  en: `${center.name}: intensive outpatient program`,
  es: `${center.name}: programa ambulatorio intensivo`,
};

/** What every page inherits from its language's root layout; relative URLs resolve against SITE_URL. */
export function siteMetadataFor(locale: Locale): Metadata {
  return {
    metadataBase: new URL(siteUrl),
    title: { default: homeTitles[locale], template: `%s | ${center.name}` },
    description: centerText(locale).description,
    applicationName: center.name,
    formatDetection: { telephone: false },
    // The center's logo (public/logo.svg); favicon.ico and apple-icon.png in app/ are made from it.
    icons: { icon: [{ url: "/logo.svg", type: "image/svg+xml" }] },
    openGraph: { type: "website", siteName: center.name, locale: localeTags[locale].openGraph },
    twitter: { card: "summary_large_image" },
  };
}

export const siteMetadata: Metadata = siteMetadataFor("en");

export const siteViewport: Viewport = {
  themeColor: brandColors.brand[700],
  width: "device-width",
  initialScale: 1,
};

/** A page's address in both languages (lib/i18n/links.ts pagePair). */
export type PagePair = Record<Locale, `/${string}`>;

/** A page's words and its address in both languages (its language's is the canonical). */
type PageSeo = { title: string; description: string; locale?: Locale; paths: PagePair };

/** hreflang alternates both ways, English as x-default: the same on every page and in the sitemap. */
export function languageAlternates(paths: PagePair): Record<string, string> {
  return {
    [localeTags.en.hreflang]: paths.en,
    [localeTags.es.hreflang]: paths.es,
    "x-default": paths.en,
  };
}

/**
 * A page's own title, description, canonical URL (in its own language), hreflang alternates
 * and share text. Open Graph is restated in full because a page's `openGraph` replaces the
 * layout's rather than merging with it; the image comes from the nearest opengraph-image file.
 */
export function pageMetadata(seo: PageSeo): Metadata {
  const { title, description } = seo;
  const locale = seo.locale ?? "en";
  const path = seo.paths[locale];
  return {
    title,
    description,
    alternates: { canonical: path, languages: languageAlternates(seo.paths) },
    openGraph: {
      type: "website",
      siteName: center.name,
      locale: localeTags[locale].openGraph,
      alternateLocale: localeTags[locale === "en" ? "es" : "en"].openGraph,
      url: path,
      title,
      description,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export function homeMetadata(locale: Locale = "en"): Metadata {
  const title = homeTitles[locale];
  const seo = pageMetadata({
    title,
    description: centerText(locale).description,
    locale,
    paths: { en: "/", es: "/es" },
  });
  return { ...seo, title: { absolute: title } };
}

/** For pages that must not appear in search results: confirmations, errors. */
export const noIndex: Metadata["robots"] = { index: false, follow: true };
