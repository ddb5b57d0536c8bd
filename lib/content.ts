import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { parsePageMeta, type PageMeta } from "@/lib/content-schema";
import { readFrontmatter } from "@/lib/frontmatter";

const contentDir = path.join(process.cwd(), "content");

export type PageSummary = { slug: string; meta: PageMeta };

export function listSlugs(): string[] {
  return readdirSync(contentDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length))
    .sort();
}

/**
 * A page's checked frontmatter, read from the file without compiling its body. The footer,
 * the sitemap, social cards and metadata use this: importing the MDX modules there (even
 * from this module) would put every page body, and every component MDX can name, into each
 * route that lists pages. Only the content route loads bodies (lib/content-page.ts).
 */
export const loadPageMeta = cache((slug: string): PageSummary => {
  const file = `content/${slug}.mdx`;
  return { slug, meta: parsePageMeta(file, readFrontmatter(path.join(contentDir, `${slug}.mdx`), file)) };
});

export function loadAllPageMeta(): PageSummary[] {
  return listSlugs().map(loadPageMeta);
}
