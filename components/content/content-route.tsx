import type { Metadata } from "next";
import { ContentPageView } from "@/components/content/content-page-view";
import { JsonLd } from "@/components/seo/json-ld";
import { contentTwins, listSlugs, loadPageMeta } from "@/lib/content";
import { loadPage } from "@/lib/content-page";
import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { contentPageJsonLd } from "@/lib/seo/content-json-ld";
import { pageMetadata, type PagePair } from "@/lib/seo/metadata";

/**
 * The content route, shared by app/(site)/[slug] and app/(site-es)/es/[slug]. Listing a
 * language's pages checks every twin pair first, so a page without its twin fails the build.
 */
export function contentParams(locale: Locale) {
  contentTwins();
  return listSlugs(locale).map((slug) => ({ slug }));
}

function contentPaths(slug: string, locale: Locale): PagePair {
  const twins = contentTwins();
  const english = locale === "en" ? slug : twins.toEnglish.get(slug);
  const spanish = english === undefined ? undefined : twins.toSpanish.get(english);
  if (english === undefined || spanish === undefined) throw new Error(`No twin for ${locale} page ${slug}`);
  return { en: `/${english}`, es: `/es/${spanish}` };
}

export function contentMetadata(slug: string, locale: Locale): Metadata {
  const { meta } = loadPageMeta(slug, locale);
  return pageMetadata({ title: meta.title, description: meta.description, locale, paths: contentPaths(slug, locale) });
}

export async function ContentRoute({ slug, locale }: { slug: string; locale: Locale }) {
  setRequestLocale(locale);
  const page = await loadPage(slug, locale);
  const paths = contentPaths(slug, locale);
  return (
    <>
      <JsonLd data={contentPageJsonLd(page, paths[locale])} />
      <ContentPageView page={page} paths={paths} />
    </>
  );
}
