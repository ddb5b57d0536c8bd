import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePageMeta, type PageMeta } from "../../lib/content-schema";
import {
  articleRoutes,
  centerDetails,
  copiedFromSeeds,
  externalHosts,
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

const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(here, "../../content");

const expectedSlugs = [
  "what-is-iop",
  "is-iop-right-for-me",
  "a-day-in-iop",
  "iop-vs-php-vs-residential",
  "our-program",
  "admissions",
  "insurance-and-cost",
  "for-families",
  "for-professionals",
  "faq",
  "crisis-help",
  "contact",
  "privacy",
  "nondiscrimination",
  "accessibility",
  "alumni-and-aftercare",
  "editorial-policy",
];
/** Legal and clinical pages may read a little harder; everything else is for a reader in distress. */
const looserGrade = new Set(["privacy", "nondiscrimination", "accessibility", "for-professionals"]);
/** Pages that advise on fit or level of care must say it is not a diagnosis. */
const fitPages = [
  "what-is-iop",
  "is-iop-right-for-me",
  "iop-vs-php-vs-residential",
  "for-families",
  "for-professionals",
];
const formRoutes = ["/", "/request-a-call", "/verify-insurance", "/self-check"];

interface Page {
  slug: string;
  source: string;
  meta: PageMeta;
  body: string;
  /** Prose blocks (paragraphs, list items, headings) with markup removed. */
  prose: string[];
  /** Quoted strings inside JSX tags: table cells, callout titles. */
  jsxStrings: string[];
}

/** A page, or why its frontmatter could not be read. */
function loadPage(file: string): Page | string {
  const source = readFileSync(path.join(contentDir, file), "utf8");
  try {
    const { data, body } = splitFrontmatter(source);
    const jsxStrings: string[] = [];
    const meta = parsePageMeta(file, data);
    return { slug: file.replace(/\.mdx$/, ""), source, meta, body, prose: proseBlocks(body, jsxStrings), jsxStrings };
  } catch (error) {
    return `${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function faqBlocks(meta: PageMeta): string[] {
  return (meta.faq ?? []).flatMap((f) => [f.question, f.answer]);
}

const files = existsSync(contentDir)
  ? readdirSync(contentDir)
      .filter((f) => f.endsWith(".mdx"))
      .sort()
  : [];
const loaded = files.map(loadPage);
const pages = loaded.filter((p): p is Page => typeof p !== "string");
const unreadable = loaded.filter((p): p is string => typeof p === "string");

describe("the checks themselves", () => {
  it("flag promises but allow honest negations", () => {
    expect(outcomePromises("You will recover. Our success rate is high. 100% sober, guaranteed.")).toHaveLength(4);
    expect(
      outcomePromises("A check is not a guarantee of coverage. There is no guarantee. We can't guarantee it."),
    ).toEqual([]);
    expect(outcomePromises("Insurance is a guarantee of care.")).toHaveLength(1);
  });
  it("flag phone numbers but allow crisis lines and SAMHSA", () => {
    expect(phoneNumbers("Call (503) 555-0142, +15035550143, 503.555.0144 or 555-0145.")).toHaveLength(4);
    expect(
      phoneNumbers("Call 911, 988, 1-800-662-4357, TTY 1-800-487-4889 or 1-800-799-7233. Updated 2026-11-23."),
    ).toEqual([]);
  });
  it("grade hard prose above easy prose", () => {
    expect(gradeOf(["You can call us. We will talk.", "What to bring"])).toBeLessThan(3);
    expect(
      gradeOf([
        "Comprehensive individualized multidisciplinary interventions facilitate sustainable psychological rehabilitation.",
      ]),
    ).toBeGreaterThan(11);
  });
  it("strip JSX tags and keep their strings", () => {
    const strings: string[] = [];
    expect(proseBlocks('Call <Phone kind="admissions" /> now.\n\n<Table rows={[{ a: "x > y" }]} />', strings)).toEqual([
      "Call now.",
    ]);
    expect(strings).toEqual(["admissions", "x > y"]);
  });
});

describe("content pages", () => {
  it("have frontmatter that parses and passes the site's schema", () => {
    expect(unreadable).toEqual([]);
  });

  it("include every planned page", () => {
    expect(pages.map((p) => p.slug).sort()).toEqual([...expectedSlugs].sort());
  });

  it("have unique descriptions", () => {
    const seen = new Map<string, string>();
    const dupes = pages.flatMap((p) => {
      const other = seen.get(p.meta.description);
      seen.set(p.meta.description, p.slug);
      return other ? [`${other} and ${p.slug}`] : [];
    });
    expect(dupes, "pages sharing a description").toEqual([]);
  });

  it.skipIf(!existsSync(seedsDir))("share no run of 8 words with the seed pages", () => {
    const copies = pages.flatMap((p) => {
      const { title, heading = "", description } = p.meta;
      const text = [title, heading, description, ...faqBlocks(p.meta), ...p.prose, ...p.jsxStrings].join(" \n ");
      return copiedFromSeeds(`${p.slug}.mdx`, text);
    });
    expect(copies, "phrases copied from a seed").toEqual([]);
  });

  const grades = pages.map((p) => {
    const grade = gradeOf([...p.prose, ...faqBlocks(p.meta)]);
    return { slug: p.slug, grade, shown: grade.toFixed(1), limit: looserGrade.has(p.slug) ? 11 : 8.5 };
  });
  it.each(grades)("$slug reads at Flesch–Kincaid grade $shown (limit $limit)", ({ slug, grade, shown, limit }) => {
    expect(grade, `${slug}.mdx: grade ${shown} is above ${limit}; use shorter sentences and words`).toBeLessThanOrEqual(
      limit,
    );
  });

  it("promise no outcomes", () => {
    const hits = pages.flatMap((p) => outcomePromises(p.source).map((h) => `${p.slug}.mdx: "${h}"`));
    expect(hits, "outcome promises").toEqual([]);
  });

  it("hard-code no phone numbers or other center details", () => {
    const details = centerDetails();
    const hits = pages.flatMap((p) => [
      ...phoneNumbers(p.source).map((n) => `${p.slug}.mdx: phone-like "${n}"`),
      ...details.filter((d) => p.source.toLowerCase().includes(d)).map((d) => `${p.slug}.mdx: "${d}"`),
    ]);
    expect(hits, "use the config components instead").toEqual([]);
  });

  it("start at h2, never skip a heading level, and end with a next step that links somewhere", () => {
    expect(pages.flatMap((p) => outlineProblems(`${p.slug}.mdx`, p.body))).toEqual([]);
  });

  it("use descriptive links that go only to our pages or the allowed public sites", () => {
    const routes = new Set([...formRoutes, ...expectedSlugs.map((slug) => `/${slug}`), ...articleRoutes()]);
    const bad = pages.flatMap((p) =>
      markdownLinks(p.body).flatMap(([text, href]) => {
        if (vagueLinkText.test(text.trim())) return [`${p.slug}.mdx: vague link "${text}"`];
        const ok = href.startsWith("/") ? routes.has(href.split("#")[0]) : externalHosts.test(href);
        return ok ? [] : [`${p.slug}.mdx: link to ${href}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it("use only the MDX components the site provides", () => {
    expect(pages.flatMap((p) => unknownComponents(`${p.slug}.mdx`, p.body))).toEqual([]);
  });

  it("say 'not a diagnosis' wherever they advise on fit", () => {
    const missing = fitPages.filter(
      (slug) => !/not a diagnosis/i.test(pages.find((p) => p.slug === slug)?.source ?? ""),
    );
    expect(missing).toEqual([]);
  });

  it("keep FAQ entries on the FAQ page, 10 to 14 of them, in plain text", () => {
    const faq = pages.find((p) => p.slug === "faq")?.meta.faq ?? [];
    expect(faq.length).toBeGreaterThanOrEqual(10);
    expect(faq.length).toBeLessThanOrEqual(14);
    expect(faq.filter((f) => /[<>[\]*_`#]/.test(f.question + f.answer)).map((f) => f.question)).toEqual([]);
    expect(pages.filter((p) => p.slug !== "faq" && p.meta.faq).map((p) => p.slug)).toEqual([]);
  });
});

describe("every content file, in both languages", () => {
  it('ends a sentence after the hours with <AdmissionsHours endsSentence />, never a typed period ("p. m..")', () => {
    const files = readdirSync("content", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx"));
    const typed = files.filter((file) => /<AdmissionsHours\s*\/>\./.test(readFileSync(`content/${file}`, "utf8")));
    expect(typed).toEqual([]);
  });
});
