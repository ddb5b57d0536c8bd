import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { centerConfig } from "../../lib/center/config";
import { parsePageMeta, type PageMeta } from "../../lib/content-schema";

const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(here, "../../content");
const seedsDir = path.resolve(here, "../../../shared/seeds");

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
const mdxComponents = new Set([
  "CenterName",
  "Phone",
  "Address",
  "AdmissionsHours",
  "SessionBlocks",
  "WeeklySchedule",
  "AcceptedInsurance",
  "NotAcceptedInsurance",
  "IfSameDayAssessment",
  "LeadRetentionDays",
  "License",
  "Callout",
  "ComparisonTable",
  "CrisisLines",
  "CallToAction",
  "FaqList",
  "SelfCheck",
  "span",
]);
const formRoutes = ["/", "/request-a-call", "/verify-insurance", "/self-check"];
const externalHosts = /^https:\/\/(www\.)?(988lifeline\.org|samhsa\.gov|findtreatment\.gov|hhs\.gov|ecfr\.gov)(\/|$)/;
const ngram = 8;

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

function splitFrontmatter(source: string): { data: unknown; body: string } {
  const lines = source.split(/\r?\n/);
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close < 0) throw new Error("frontmatter must open and close with a --- line");
  return { data: parseYaml(lines.slice(1, close).join("\n")), body: lines.slice(close + 1).join("\n") };
}

/** Replaces each JSX tag with a space (quote- and brace-aware) and collects its quoted strings. */
function stripJsx(src: string, strings: string[] = []): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    if (src[i] !== "<" || !/[A-Za-z/]/.test(src[i + 1] ?? "")) {
      out += src[i++];
      continue;
    }
    let depth = 0;
    let quote = "";
    let start = 0;
    let j = i + 1;
    for (; j < src.length; j++) {
      const c = src[j];
      if (quote) {
        if (c === quote) {
          quote = "";
          strings.push(src.slice(start, j));
        }
      } else if (c === '"' || c === "'" || c === "`") {
        quote = c;
        start = j + 1;
      } else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    out += " ";
    i = j + 1;
  }
  return out;
}

function inlineText(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/&[a-z]+;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Turns an MDX body into English prose blocks: one per heading, list item, table cell or paragraph. */
function proseBlocks(body: string, jsxStrings: string[] = []): string[] {
  const english = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
    .replace(/<span\s+lang="(?!en)[^"]*">[\s\S]*?<\/span>/g, " ");
  const text = stripJsx(english, jsxStrings);
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim().replace(/^>\s?/, "");
    if (!line) flush();
    else if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line)) {
      flush();
      blocks.push(line.replace(/^(#{1,6}|[-*+]|\d+[.)])\s+/, ""));
    } else if (line.startsWith("|")) {
      flush();
      if (!/^[|\s:-]+$/.test(line)) blocks.push(...line.split("|").filter((cell) => cell.trim()));
    } else paragraph.push(line);
  }
  flush();
  return blocks.map(inlineText).filter(Boolean);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Flesch–Kincaid grade; a block without closing punctuation (heading, list item) counts as a sentence. */
function gradeOf(blocks: string[]): number {
  const text = blocks.map((b) => (/[.!?]["”’)]?$/.test(b) ? b : `${b}.`)).join(" ");
  const tokens = text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g) ?? [];
  return fleschKincaid({
    sentence: (text.match(/[.!?]+["”’)]?(?=\s|$)/g) ?? []).length,
    word: tokens.length,
    syllable: tokens.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0),
  });
}

const negatedGuarantee =
  /\b(no|not|never|cannot|can't|can’t|isn't|isn’t|doesn't|doesn’t|don't|don’t|won't|won’t)\s+(a\s+|an\s+|any\s+)?$/i;

/** Phrases that promise an outcome. "Not a guarantee" and "no guarantee" are honest and allowed. */
function outcomePromises(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b(guarantee[ds]?|cure[ds]?|success rates?|proven to|you will recover)\b|100\s?%/gi)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/^guarantee/i.test(m[0]) && negatedGuarantee.test(before)) continue;
    found.push(`${before.trim().split(/\s+/).slice(-3).join(" ")} ${m[0]}`.trim());
  }
  return found;
}

const allowedNumbers = ["8006624357", "8004874889"];

/** Anything that looks like a phone number, except SAMHSA's helpline and its TTY line. */
function phoneNumbers(text: string): string[] {
  const pattern =
    /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\+?\b\d{10,11}\b|\b\d{3}[.-]\d{4}\b/g;
  return [...text.matchAll(pattern)]
    .map((m) => m[0])
    .filter((n) => !allowedNumbers.some((ok) => n.replace(/\D/g, "").endsWith(ok)));
}

/** Center details that belong in the config and its components, never in page text. */
function centerDetails(): string[] {
  const c = centerConfig;
  const details = [
    "Lumen Ridge",
    c.name,
    c.shortName,
    c.email,
    c.address.street,
    c.license.number,
    ...Object.values(c.phones).flatMap((p) => (p ? [p, p.slice(2)] : [])),
    ...c.insurance.accepted.map((carrier) => carrier.name),
  ];
  return [...new Set(details.map((d) => d.toLowerCase()))];
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
    expect(phoneNumbers("Call 911, 988, 1-800-662-4357 or TTY 1-800-487-4889. Updated 2026-11-23.")).toEqual([]);
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
    const seedGrams = new Map<string, string>();
    for (const seed of readdirSync(seedsDir)) {
      const w = words(readFileSync(path.join(seedsDir, seed), "utf8"));
      for (let i = 0; i + ngram <= w.length; i++) seedGrams.set(w.slice(i, i + ngram).join(" "), seed);
    }
    const copies = pages.flatMap((p) => {
      const { title, heading = "", description } = p.meta;
      const w = words([title, heading, description, ...faqBlocks(p.meta), ...p.prose, ...p.jsxStrings].join(" \n "));
      const hits: string[] = [];
      for (let i = 0; i + ngram <= w.length; i++) {
        const seed = seedGrams.get(w.slice(i, i + ngram).join(" "));
        if (!seed) continue;
        // Grow the hit to the whole copied run so each copied passage is reported once.
        let end = i + ngram;
        while (end < w.length && seedGrams.has(w.slice(end - ngram + 1, end + 1).join(" "))) end++;
        hits.push(`${p.slug}.mdx: "${w.slice(i, end).join(" ")}" (seed ${seed})`);
        i = end - ngram;
      }
      return hits;
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
    const problems = pages.flatMap((p) => {
      const levels = [...p.body.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1].length);
      const out: string[] = [];
      levels.forEach((level, i) => {
        const prev = i === 0 ? 1 : levels[i - 1];
        if (level === 1 || level > prev + 1) out.push(`${p.slug}.mdx: heading ${i + 1} is h${level} after h${prev}`);
      });
      const last = p.body.split(/^## /m).at(-1) ?? "";
      if (levels.length === 0 || !/\]\(|<Phone\b/.test(last))
        out.push(`${p.slug}.mdx: last h2 section has no link or phone`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it("use descriptive links that go only to our pages or the allowed public sites", () => {
    const routes = new Set([...formRoutes, ...expectedSlugs.map((slug) => `/${slug}`)]);
    const bad = pages.flatMap((p) =>
      [...p.body.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].flatMap(([, text, href]) => {
        if (/^(click here|here|read more|more|this page|link)$/i.test(text.trim()))
          return [`${p.slug}.mdx: vague link "${text}"`];
        const ok = href.startsWith("/") ? routes.has(href.split("#")[0]) : externalHosts.test(href);
        return ok ? [] : [`${p.slug}.mdx: link to ${href}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it("use only the MDX components the site provides", () => {
    const unknown = pages.flatMap((p) =>
      [...p.body.matchAll(/<([A-Za-z][\w.]*)/g)]
        .map((m) => m[1])
        .filter((tag) => !mdxComponents.has(tag))
        .map((tag) => `${p.slug}.mdx: <${tag}>`),
    );
    expect(unknown).toEqual([]);
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
