import { readdirSync } from "node:fs";
import path from "node:path";
import { articleSamplePaths } from "@/tests/support/article-pages";

function slugsIn(folder: string): string[] {
  return readdirSync(path.resolve(process.cwd(), folder))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length));
}

/** Every content page in both languages: one per MDX file in content/ and content/es/. */
export function contentPaths(): string[] {
  return [...slugsIn("content").map((slug) => `/${slug}`), ...spanishContentPaths()].sort();
}

export function spanishContentPaths(): string[] {
  return slugsIn("content/es").map((slug) => `/es/${slug}`);
}

/** The pages every walk checks: both home pages, each content page in both languages, and one article page of each kind. */
export function publicPaths(): string[] {
  return ["/", "/es", ...contentPaths(), ...articleSamplePaths()];
}
