import "server-only";
import type { MDXContent } from "mdx/types";
import { loadPageMeta, type PageSummary } from "@/lib/content";

export type ContentPage = PageSummary & { Content: MDXContent };

/** A page with its body, for the content route alone (see loadPageMeta for why). */
export async function loadPage(slug: string): Promise<ContentPage> {
  const mod = (await import(`@/content/${slug}.mdx`)) as { default: MDXContent };
  return { ...loadPageMeta(slug), Content: mod.default };
}
