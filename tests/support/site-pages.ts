import { readdirSync } from "node:fs";
import path from "node:path";

/** Every public page: the home page and one per MDX file in content/. */
export function contentPaths(): string[] {
  return readdirSync(path.resolve(process.cwd(), "content"))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => `/${file.slice(0, -".mdx".length)}`)
    .sort();
}

export function publicPaths(): string[] {
  return ["/", ...contentPaths()];
}
