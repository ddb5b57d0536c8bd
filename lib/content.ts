import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { parse as parseYaml } from "yaml";
import { parsePageMeta, type PageMeta } from "@/lib/content-schema";

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
  const lines = readFileSync(path.join(contentDir, `${slug}.mdx`), "utf8").split(/\r?\n/);
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close < 0)
    throw new Error(`Invalid frontmatter in ${file}: it must open and close with a --- line`);
  return { slug, meta: parsePageMeta(file, parseYaml(lines.slice(1, close).join("\n"))) };
});

export function loadAllPageMeta(): PageSummary[] {
  return listSlugs().map(loadPageMeta);
}
