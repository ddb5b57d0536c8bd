import type { ContentPage } from "@/lib/content-page";
import { absoluteUrl } from "@/lib/seo/site-url";
import { breadcrumbJsonLd, faqPageJsonLd, type JsonLd } from "@/lib/seo/structured-data";

/** A content page's breadcrumb trail (as shown above its h1) and, if its frontmatter has one, its FAQ. */
export function contentPageJsonLd({ slug, meta }: Pick<ContentPage, "slug" | "meta">): JsonLd[] {
  const url = absoluteUrl(`/${slug}`);
  const crumbs = breadcrumbJsonLd([
    { name: "Home", url: absoluteUrl("/") },
    { name: meta.navLabel, url },
  ]);
  return meta.faq?.length ? [crumbs, faqPageJsonLd(meta.faq, url)] : [crumbs];
}
