import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { MDXContent } from "mdx/types";
import { parsePageMeta, type PageMeta } from "@/lib/content-schema";

const contentDir = path.join(process.cwd(), "content");

export type ContentPage = { slug: string; meta: PageMeta; Content: MDXContent };

export function listSlugs(): string[] {
  return readdirSync(contentDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length))
    .sort();
}

export async function loadPage(slug: string): Promise<ContentPage> {
  const mod = (await import(`@/content/${slug}.mdx`)) as { default: MDXContent; frontmatter?: unknown };
  return { slug, meta: parsePageMeta(`content/${slug}.mdx`, mod.frontmatter), Content: mod.default };
}

export async function loadAllPages(): Promise<ContentPage[]> {
  return Promise.all(listSlugs().map(loadPage));
}
