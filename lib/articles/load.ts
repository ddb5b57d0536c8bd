import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { articleErrors, checkArticleMeta, type ArticleMeta } from "@/lib/articles/schema";
import { center, type Person } from "@/lib/center/schema";
import { readFrontmatter } from "@/lib/frontmatter";

const articlesDir = path.join(process.cwd(), "content", "articles");

export type Article = {
  slug: string;
  meta: ArticleMeta;
  author: Person;
  reviewer: Person;
};

function person(slug: string): Person {
  const found = center.people.find((p) => p.slug === slug);
  if (!found) throw new Error(`No person "${slug}" in lib/center/config.ts`);
  return found;
}

/**
 * Every article's checked frontmatter, newest first, read without compiling the bodies (see
 * loadPageMeta in lib/content.ts for why). Any bad file stops the build, with every bad file
 * and field named in one message.
 */
export const loadArticles = cache((): Article[] => {
  const checked = readdirSync(articlesDir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const file = `content/articles/${name}`;
      return {
        file,
        slug: name.slice(0, -".mdx".length),
        ...checkArticleMeta(readFrontmatter(path.join(articlesDir, name), file), center.people),
      };
    });
  const errors = articleErrors(checked);
  if (errors) throw new Error(errors);
  return checked
    .flatMap(({ slug, meta }) =>
      meta ? [{ slug, meta, author: person(meta.author), reviewer: person(meta.reviewer) }] : [],
    )
    .sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));
});

export function findArticle(slug: string): Article | undefined {
  return loadArticles().find((a) => a.slug === slug);
}

/** The articles a person wrote or reviewed, for their page. */
export function articlesBy(slug: string): Article[] {
  return loadArticles().filter((a) => a.author.slug === slug || a.reviewer.slug === slug);
}
