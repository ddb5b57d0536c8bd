import "server-only";
import type { MDXContent } from "mdx/types";

/** An article's compiled body, for the article route alone (see loadPageMeta in lib/content.ts for why). */
export async function loadArticleBody(slug: string): Promise<MDXContent> {
  const mod = (await import(`@/content/articles/${slug}.mdx`)) as { default: MDXContent };
  return mod.default;
}
