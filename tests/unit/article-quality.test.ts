import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkArticleMeta, type ArticleMeta } from "../../lib/articles/schema";
import { center } from "../../lib/center/schema";
import {
  articleRoutes,
  centerDetails,
  copiedFromSeeds,
  gradeOf,
  markdownLinks,
  outcomePromises,
  outlineProblems,
  phoneNumbers,
  proseBlocks,
  seedsDir,
  splitFrontmatter,
  unknownComponents,
  vagueLinkText,
} from "../support/content-checks";

/** The articles are held to the content pages' rules (content-quality.test.ts), plus their own. */
const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(here, "../../content");
const articlesDir = path.join(contentDir, "articles");

/** The six topics the issue asked for, each by the article that covers it. */
const requiredArticles = [
  "how-to-tell-if-iop-fits",
  "a-week-in-iop-day-by-day",
  "stepping-down-from-residential-or-php",
  "relapse-prevention-in-iop",
  "life-after-iop-aftercare-and-alumni",
  "how-families-can-help-during-iop",
];
/** Articles that guide a reader on fit, level of care or warning signs must say they are not a diagnosis. */
const fitArticles = [
  "how-to-tell-if-iop-fits",
  "stepping-down-from-residential-or-php",
  "how-families-can-help-during-iop",
  "relapse-prevention-in-iop",
];
/**
 * Where an English article gives safety facts a clinician would look for, the shared block
 * that carries them in both languages (components/safety), so neither twin retypes or drops them.
 */
const safetyBlocks: Record<string, string[]> = {
  "relapse-prevention-in-iop": ["RecoveryMedications", "NaloxoneFacts", "OverdoseSteps", "Lifeline988"],
  "stepping-down-from-residential-or-php": ["NaloxoneFacts", "RecoveryMedications", "Lifeline988"],
  "how-families-can-help-during-iop": [
    "LethalMeansSafety",
    "NaloxoneFacts",
    "AdultConsent",
    "Lifeline988",
    "OverdoseSteps",
  ],
  "how-to-tell-if-iop-fits": ["WithdrawalWarning", "Lifeline988"],
};
/** The pages that describe the program; every article links to at least one. */
const programPages = [
  "/what-is-iop",
  "/is-iop-right-for-me",
  "/a-day-in-iop",
  "/iop-vs-php-vs-residential",
  "/our-program",
  "/alumni-and-aftercare",
  "/for-families",
  "/admissions",
  "/insurance-and-cost",
];
const formRoutes = ["/request-a-call", "/verify-insurance", "/self-check"];
const citedOrLinked =
  /^https:\/\/(www\.)?(988lifeline\.org|samhsa\.gov|findtreatment\.gov|([a-z]+\.)*nih\.gov|asam\.org)(\/|$)/;

type Article = { slug: string; source: string; body: string; meta?: ArticleMeta; problems: string[]; prose: string[] };

const articles: Article[] = readdirSync(articlesDir)
  .filter((f) => f.endsWith(".mdx"))
  .sort()
  .map((file) => {
    const source = readFileSync(path.join(articlesDir, file), "utf8");
    const { data, body } = splitFrontmatter(source);
    const checked = checkArticleMeta(data, center.people);
    return { slug: file.slice(0, -".mdx".length), source, body, ...checked, prose: proseBlocks(body) };
  });
const contentRoutes = readdirSync(contentDir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => `/${f.slice(0, -".mdx".length)}`);

describe("articles", () => {
  it("include the six planned topics, each with frontmatter the build accepts", () => {
    expect(articles.map((a) => a.slug)).toEqual(expect.arrayContaining(requiredArticles));
    expect(articles.filter((a) => a.problems.length).map((a) => `${a.slug}: ${a.problems.join("; ")}`)).toEqual([]);
  });

  it.skipIf(!existsSync(seedsDir))("share no run of 8 words with the seed pages", () => {
    const copies = articles.flatMap((a) =>
      copiedFromSeeds(`${a.slug}.mdx`, [a.meta?.title ?? "", a.meta?.description ?? "", ...a.prose].join(" \n ")),
    );
    expect(copies, "phrases copied from a seed").toEqual([]);
  });

  const grades = articles.map((a) => {
    const grade = gradeOf([a.meta?.description ?? "", ...a.prose]);
    return { slug: a.slug, grade, shown: grade.toFixed(1) };
  });
  it.each(grades)("$slug reads at Flesch–Kincaid grade $shown (limit 8.5)", ({ slug, grade, shown }) => {
    expect(grade, `${slug}.mdx: grade ${shown}; use shorter sentences and words`).toBeLessThanOrEqual(8.5);
  });

  it("promise no outcomes and hard-code no center details or phone numbers", () => {
    const details = centerDetails();
    const hits = articles.flatMap((a) => [
      ...outcomePromises(a.source).map((h) => `${a.slug}.mdx: "${h}"`),
      ...phoneNumbers(a.source).map((n) => `${a.slug}.mdx: phone-like "${n}"`),
      ...details.filter((d) => a.source.toLowerCase().includes(d)).map((d) => `${a.slug}.mdx: "${d}"`),
    ]);
    expect(hits).toEqual([]);
  });

  it("start at h2, never skip a level, end with a next step, and use only the site's components", () => {
    expect(
      articles.flatMap((a) => [
        ...outlineProblems(`${a.slug}.mdx`, a.body),
        ...unknownComponents(`${a.slug}.mdx`, a.body),
      ]),
    ).toEqual([]);
  });

  it("link descriptively, only to our pages or public health sites, and to at least one program page", () => {
    const routes = new Set(["/", ...formRoutes, ...contentRoutes, ...articleRoutes()]);
    const bad = articles.flatMap((a) => {
      const links = markdownLinks(a.body);
      const problems = links.flatMap(([text, href]) => {
        if (vagueLinkText.test(text.trim())) return [`${a.slug}.mdx: vague link "${text}"`];
        const ok = href.startsWith("/") ? routes.has(href.split("#")[0]) : citedOrLinked.test(href);
        return ok ? [] : [`${a.slug}.mdx: link to ${href}`];
      });
      if (!links.some(([, href]) => programPages.includes(href)))
        problems.push(`${a.slug}.mdx: no link to a program page`);
      return problems;
    });
    expect(bad).toEqual([]);
  });

  it("point to crisis help in the text, and say 'not a diagnosis' where they guide", () => {
    expect(articles.filter((a) => !/<(Lifeline988|CrisisLines)\b/.test(a.body)).map((a) => a.slug)).toEqual([]);
    expect(
      fitArticles.filter((slug) => !/not a diagnosis/i.test(articles.find((a) => a.slug === slug)?.source ?? "")),
    ).toEqual([]);
  });

  it.each(Object.entries(safetyBlocks))("%s carries its safety blocks", (slug, blocks) => {
    const body = articles.find((a) => a.slug === slug)?.body ?? "";
    expect(blocks.filter((block) => !new RegExp(`<${block}\\b`).test(body))).toEqual([]);
  });
});

/** The Spanish twins' bodies (their sections and safety blocks must match the English: lib/sections.ts, run by the build). */
const spanishDir = path.join(contentDir, "es", "articulos");
const twins = readdirSync(spanishDir)
  .filter((f) => f.endsWith(".mdx"))
  .sort()
  .map((file) => ({ file, body: splitFrontmatter(readFileSync(path.join(spanishDir, file), "utf8")).body }));

describe("Spanish twins", () => {
  // Stricter than the file-wide rule (tests/support/spanish-988.ts): each paragraph that names 988 says how.
  it("say how to reach 988 in Spanish in every paragraph that names it: press 2, or text AYUDA", () => {
    const loose = twins.flatMap(({ file, body }) =>
      body
        .replace(/<[A-Z][^>]*\/>/g, "")
        .split(/\n\s*\n/)
        .filter((paragraph) => /988/.test(paragraph) && !(/marque 2/.test(paragraph) && /AYUDA/.test(paragraph)))
        .map((paragraph) => `${file}: ${paragraph.trim().slice(0, 80)}`),
    );
    expect(loose).toEqual([]);
  });
});
