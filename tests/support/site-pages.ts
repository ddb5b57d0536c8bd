import { readdirSync } from "node:fs";
import path from "node:path";
import { articleSamplePaths } from "@/tests/support/article-pages";

/** Every public page: the home page and one per MDX file in content/. */
export function contentPaths(): string[] {
  return readdirSync(path.resolve(process.cwd(), "content"))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => `/${file.slice(0, -".mdx".length)}`)
    .sort();
}

/** The pages every walk checks: home, each content page, and one article page of each kind. */
export function publicPaths(): string[] {
  return ["/", ...contentPaths(), ...articleSamplePaths()];
}
