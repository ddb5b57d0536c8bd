import type { ContentPage } from "@/lib/content-page";
import { appPages } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translate";
import { absoluteUrl } from "@/lib/seo/site-url";
import { breadcrumbJsonLd, faqPageJsonLd, type JsonLd } from "@/lib/seo/structured-data";

/** A content page's breadcrumb trail (as shown above its h1) and, if its frontmatter has one, its FAQ. */
export function contentPageJsonLd({ meta, locale }: Pick<ContentPage, "meta" | "locale">, path: string): JsonLd[] {
  const url = absoluteUrl(path);
  const crumbs = breadcrumbJsonLd([
    { name: translator(locale, "content")("home"), url: absoluteUrl(appPages.home[locale]) },
    { name: meta.navLabel, url },
  ]);
  return meta.faq?.length ? [crumbs, faqPageJsonLd(meta.faq, url, locale)] : [crumbs];
}
