import { renderSocialCard } from "@/components/seo/social-card";
import { listSlugs, loadPageMeta } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** The social card of a content page, for both languages' opengraph-image routes. */
export function contentCardParams(locale: Locale) {
  return listSlugs(locale).map((slug) => ({ slug }));
}

export function renderContentCard(slug: string, locale: Locale) {
  const { meta } = loadPageMeta(slug, locale);
  return renderSocialCard({ eyebrow: translator(locale, "sections")(meta.section), title: meta.title, locale });
}
