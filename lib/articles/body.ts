import "server-only";
import type { MDXContent } from "mdx/types";
import type { Locale } from "@/lib/i18n/locales";

/** An article's compiled body, for the article routes alone (see loadPageMeta in lib/content.ts for why). */
export async function loadArticleBody(slug: string, locale: Locale): Promise<MDXContent> {
  const mod = (
    locale === "es"
      ? await import(`@/content/es/articulos/${slug}.mdx`)
      : await import(`@/content/articles/${slug}.mdx`)
  ) as { default: MDXContent };
  return mod.default;
}
