import type { Metadata, Viewport } from "next";
import { brandColors } from "@/lib/brand";
import { center } from "@/lib/center/schema";
import { siteUrl } from "@/lib/seo/site-url";

const homeTitle = `${center.name}: intensive outpatient program`;

/** What every page inherits from the root layout; relative URLs below resolve against SITE_URL. */
export const siteMetadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: homeTitle, template: `%s | ${center.name}` },
  description: center.description,
  applicationName: center.name,
  formatDetection: { telephone: false },
  // The center's logo (public/logo.svg); favicon.ico and apple-icon.png in app/ are made from it.
  icons: { icon: [{ url: "/logo.svg", type: "image/svg+xml" }] },
  openGraph: { type: "website", siteName: center.name, locale: "en_US" },
  twitter: { card: "summary_large_image" },
};

export const siteViewport: Viewport = {
  themeColor: brandColors.brand[700],
  width: "device-width",
  initialScale: 1,
};

type PageSeo = { title: string; description: string; path: `/${string}` };

/**
 * A page's own title, description, canonical URL and share text. Open Graph is restated in
 * full because a page's `openGraph` replaces the layout's rather than merging with it; the
 * image comes from the nearest opengraph-image file.
 */
export function pageMetadata({ title, description, path }: PageSeo): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "website", siteName: center.name, locale: "en_US", url: path, title, description },
    twitter: { card: "summary_large_image", title, description },
  };
}

export function homeMetadata(): Metadata {
  const seo = pageMetadata({ title: homeTitle, description: center.description, path: "/" });
  return { ...seo, title: { absolute: homeTitle } };
}

/** For pages that must not appear in search results: confirmations, errors. */
export const noIndex: Metadata["robots"] = { index: false, follow: true };
