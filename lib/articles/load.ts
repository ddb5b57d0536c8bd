import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { articlePath } from "@/lib/articles/paths";
import { articleErrors, checkArticleMeta, checkSpanishArticleMeta, type ArticleMeta } from "@/lib/articles/schema";
import { center, type Person } from "@/lib/center/schema";
import { readFrontmatter } from "@/lib/frontmatter";
import { locales, type Locale } from "@/lib/i18n/locales";
import { sectionError, twinSectionProblems } from "@/lib/sections";
import { matchTwins, twinError } from "@/lib/twins";

/** One folder per language, as for the pages (lib/content.ts). */
export const articleFolders = { en: "content/articles", es: "content/es/articulos" } as const satisfies Record<
  Locale,
  string
>;

export type Article = {
  slug: string;
  locale: Locale;
  /** The file, relative to the project, for editors (review-due). */
  file: string;
  /** A Spanish twin's meta is its English twin's with its own title, description and review date. */
  meta: ArticleMeta;
  /** This article's address in each language (the twin rule makes sure both exist). */
  paths: Record<Locale, `/${string}`>;
  author: Person;
  reviewer: Person;
};

function person(slug: string): Person {
  const found = center.people.find((p) => p.slug === slug);
  if (!found) throw new Error(`No person "${slug}" in lib/center/config.ts`);
  return found;
}

/** A missing folder holds no articles: a missing Spanish one shows as every English article lacking its twin. */
function readFolder(locale: Locale) {
  const dir = path.join(process.cwd(), articleFolders[locale]);
  return (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const file = `${articleFolders[locale]}/${name}`;
      return { file, slug: name.slice(0, -".mdx".length), frontmatter: readFrontmatter(path.join(dir, name), file) };
    });
}

const newestFirst = (a: Article, b: Article) =>
  b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug);

/**
 * Every article in both languages, checked, read without compiling the bodies (see
 * loadPageMeta in lib/content.ts for why). Any bad file stops the build, with every bad file,
 * field and twin mismatch named in one message: bad frontmatter in either language, an English
 * article without its Spanish twin, a twin naming no article, two twins claiming one, a twin
 * whose sections differ from its article's (lib/sections.ts).
 */
const loadAll = cache((): Record<Locale, Article[]> => {
  const english = readFolder("en").map((f) => ({ ...f, ...checkArticleMeta(f.frontmatter, center.people) }));
  const spanish = readFolder("es").map((f) => ({ ...f, ...checkSpanishArticleMeta(f.frontmatter) }));
  const { toSpanish, toEnglish, problems } = matchTwins(
    english.map((e) => e.slug),
    spanish.flatMap((s) => (s.meta ? [{ slug: s.slug, twin: s.meta.twin }] : [])),
    { english: articleFolders.en, spanish: articleFolders.es, noun: "an article" },
  );
  const published = new Map(english.map((e) => [e.slug, e.meta?.published]));
  const spanishChecked = spanish.map((s) => {
    const since = s.meta && published.get(s.meta.twin);
    const early = since && s.meta.reviewed < since;
    return early ? { ...s, problems: [`reviewed: cannot be before the English twin's published date (${since})`] } : s;
  });
  const sections = twinSectionProblems(
    [...toSpanish].map(([en, es]) => ({
      english: `${articleFolders.en}/${en}.mdx`,
      spanish: `${articleFolders.es}/${es}.mdx`,
    })),
  );
  const errors = [
    articleErrors([...english, ...spanishChecked]),
    problems.length ? twinError("Articles", problems) : "",
    sections.length ? sectionError("Articles", sections) : "",
  ];
  if (errors.some(Boolean)) throw new Error(errors.filter(Boolean).join("\n"));

  const pair = (enSlug: string) => ({ en: articlePath(enSlug, "en"), es: articlePath(toSpanish.get(enSlug)!, "es") });
  const en: Article[] = english.flatMap(({ slug, file, meta }) =>
    meta
      ? [
          {
            slug,
            locale: "en",
            file,
            meta,
            paths: pair(slug),
            author: person(meta.author),
            reviewer: person(meta.reviewer),
          },
        ]
      : [],
  );
  const enBySlug = new Map(en.map((a) => [a.slug, a]));
  const es: Article[] = spanish.flatMap(({ slug, file, meta }) => {
    const twin = meta && enBySlug.get(toEnglish.get(slug) ?? "");
    if (!meta || !twin) return [];
    const { title, description, reviewed } = meta;
    return [{ ...twin, slug, locale: "es", file, meta: { ...twin.meta, title, description, reviewed } }];
  });
  return { en: en.sort(newestFirst), es: es.sort(newestFirst) };
});

/** A language's articles, newest first. */
export function loadArticles(locale: Locale = "en"): Article[] {
  return loadAll()[locale];
}

/** Every article in both languages, each on its own review date (review-due, the staff view). */
export function loadEveryArticle(): Article[] {
  return locales.flatMap((locale) => loadArticles(locale));
}

export function findArticle(slug: string, locale: Locale = "en"): Article | undefined {
  return loadArticles(locale).find((a) => a.slug === slug);
}

/** The articles a person wrote or reviewed, for their page. */
export function articlesBy(slug: string, locale: Locale = "en"): Article[] {
  return loadArticles(locale).filter((a) => a.author.slug === slug || a.reviewer.slug === slug);
}
