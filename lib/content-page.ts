import "server-only";
import type { MDXContent } from "mdx/types";
import { loadPageMeta, type PageSummary } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";

export type ContentPage = PageSummary & { Content: MDXContent };

/** A page with its body, for the content routes alone (see loadPageMeta for why). */
export async function loadPage(slug: string, locale: Locale = "en"): Promise<ContentPage> {
  const mod = (
    locale === "es" ? await import(`@/content/es/${slug}.mdx`) : await import(`@/content/${slug}.mdx`)
  ) as { default: MDXContent };
  return { ...loadPageMeta(slug, locale), Content: mod.default };
}
