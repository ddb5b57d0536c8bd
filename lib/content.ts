import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { parsePageMeta, type PageMeta } from "@/lib/content-schema";
import { readFrontmatter } from "@/lib/frontmatter";
import type { Locale } from "@/lib/i18n/locales";
import { sectionError, twinSectionProblems } from "@/lib/sections";
import { matchTwins, twinError, type Twins } from "@/lib/twins";

/**
 * One folder per language: English pages in content/, their Spanish twins in content/es/.
 * Articles (content/articles/, content/es/articulos/) are loaded by lib/articles/load.ts.
 */
function contentDir(locale: Locale): string {
  return locale === "es" ? path.join(process.cwd(), "content", "es") : path.join(process.cwd(), "content");
}

export type PageSummary = { slug: string; locale: Locale; meta: PageMeta };

export function listSlugs(locale: Locale = "en"): string[] {
  return readdirSync(contentDir(locale))
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
export const loadPageMeta = cache((slug: string, locale: Locale = "en"): PageSummary => {
  const file = path.relative(process.cwd(), path.join(contentDir(locale), `${slug}.mdx`));
  const meta = parsePageMeta(file, readFrontmatter(path.join(contentDir(locale), `${slug}.mdx`), file));
  if (locale === "en" && meta.twin) throw new Error(`${file}: only Spanish pages name a twin (content/es/)`);
  if (locale === "es" && !meta.twin) throw new Error(`${file}: a Spanish page must name its English twin (twin: slug)`);
  return { slug, locale, meta };
});

export function loadAllPageMeta(locale: Locale = "en"): PageSummary[] {
  return listSlugs(locale).map((slug) => loadPageMeta(slug, locale));
}

/**
 * Every English page paired with its Spanish twin. Throws (so the build fails) when an English
 * page has no twin, a twin names no English page, or two Spanish pages claim the same one, and
 * when a twin's sections differ from its English page's (lib/sections.ts): a section id with no
 * twin section, different safety blocks, a plain `##` heading.
 */
export const contentTwins = cache((): Twins => {
  const spanish = loadAllPageMeta("es").map(({ slug, meta }) => ({ slug, twin: meta.twin ?? "" }));
  const { problems, ...twins } = matchTwins(listSlugs("en"), spanish, {
    english: "content",
    spanish: "content/es",
    noun: "a page",
  });
  const sections = twinSectionProblems(
    [...twins.toSpanish].map(([english, spanish]) => ({
      english: `content/${english}.mdx`,
      spanish: `content/es/${spanish}.mdx`,
    })),
  );
  const errors = [
    problems.length ? twinError("Pages", problems) : "",
    sections.length ? sectionError("Pages", sections) : "",
  ].filter(Boolean);
  if (errors.length) throw new Error(errors.join("\n"));
  return twins;
});
