import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { parse as parseYaml } from "yaml";
import { centerConfig } from "../../lib/center/config";

/**
 * The checks every English page and article is held to (tests/unit/content-quality.test.ts,
 * tests/unit/article-quality.test.ts): prose extracted from MDX, its reading grade, outcome
 * promises, hard-coded center details, and runs of words copied from the seed pages.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
export const seedsDir = path.resolve(here, "../../../shared/seeds");

/** The components MDX content may use (mdx-components.tsx), and lang-marked spans. */
const mdxComponents = new Set([
  "CenterName",
  "LanguageTaglines",
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
  "AftercareOptions",
  "EditorialTeam",
  "ReviewInterval",
  "H2",
  "OverdoseSteps",
  "NaloxoneFacts",
  "WithdrawalWarning",
  "RecoveryMedications",
  "LethalMeansSafety",
  "Lifeline988",
  "AdultConsent",
  "span",
]);

/** `<H2 id="…">Heading</H2>` read as the markdown `## Heading` it renders like, for the prose and outline checks. */
function sectionHeadingsAsMarkdown(body: string): string {
  return body.replace(/^<H2\s+id="[^"]*"\s*>(.*?)<\/H2>\s*$/gm, "## $1");
}

export const vagueLinkText = /^(click here|here|read more|more|this page|link)$/i;

export function splitFrontmatter(source: string): { data: unknown; body: string } {
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
export function proseBlocks(body: string, jsxStrings: string[] = []): string[] {
  const english = sectionHeadingsAsMarkdown(body)
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
export function gradeOf(blocks: string[]): number {
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
export function outcomePromises(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b(guarantee[ds]?|cure[ds]?|success rates?|proven to|you will recover)\b|100\s?%/gi)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/^guarantee/i.test(m[0]) && negatedGuarantee.test(before)) continue;
    found.push(`${before.trim().split(/\s+/).slice(-3).join(" ")} ${m[0]}`.trim());
  }
  return found;
}

const allowedNumbers = ["8006624357", "8004874889", "8007997233"];

/**
 * Anything that looks like a phone number, except SAMHSA's helpline and its TTY line and the
 * National Domestic Violence Hotline: real public lines, never the center's.
 */
export function phoneNumbers(text: string): string[] {
  const pattern =
    /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\+?\b\d{10,11}\b|\b\d{3}[.-]\d{4}\b/g;
  return [...text.matchAll(pattern)]
    .map((m) => m[0])
    .filter((n) => !allowedNumbers.some((ok) => n.replace(/\D/g, "").endsWith(ok)));
}

/** Center details that belong in the config and its components, never in page text. */
export function centerDetails(): string[] {
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

const ngram = 8;

/** Every run of 8 words in the seed pages, with the seed it came from. */
function loadSeedGrams(): Map<string, string> {
  const grams = new Map<string, string>();
  if (!existsSync(seedsDir)) return grams;
  for (const seed of readdirSync(seedsDir)) {
    const w = words(readFileSync(path.join(seedsDir, seed), "utf8"));
    for (let i = 0; i + ngram <= w.length; i++) grams.set(w.slice(i, i + ngram).join(" "), seed);
  }
  return grams;
}

let seedGrams: Map<string, string> | undefined;

/** Each passage of `text` that repeats 8 or more words of a seed page, reported once per passage. */
export function copiedFromSeeds(label: string, text: string): string[] {
  seedGrams ??= loadSeedGrams();
  const grams = seedGrams;
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + ngram <= w.length; i++) {
    const seed = grams.get(w.slice(i, i + ngram).join(" "));
    if (!seed) continue;
    // Grow the hit to the whole copied run so each copied passage is reported once.
    let end = i + ngram;
    while (end < w.length && grams.has(w.slice(end - ngram + 1, end + 1).join(" "))) end++;
    hits.push(`${label}: "${w.slice(i, end).join(" ")}" (seed ${seed})`);
    i = end - ngram;
  }
  return hits;
}

/** Headings start at h2 and never skip a level; the last h2 section links somewhere or gives the phone. */
export function outlineProblems(label: string, source: string): string[] {
  const body = sectionHeadingsAsMarkdown(source);
  const levels = [...body.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1].length);
  const out: string[] = [];
  levels.forEach((level, i) => {
    const prev = i === 0 ? 1 : levels[i - 1];
    if (level === 1 || level > prev + 1) out.push(`${label}: heading ${i + 1} is h${level} after h${prev}`);
  });
  const last = body.split(/^## /m).at(-1) ?? "";
  if (levels.length === 0 || !/\]\(|<Phone\b/.test(last)) out.push(`${label}: last h2 section has no link or phone`);
  return out;
}

/** Markdown links in a body, as [text, href]. */
export function markdownLinks(body: string): [string, string][] {
  return [...body.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].map(([, text, href]) => [text, href]);
}

/** Tags used in a body that the site's MDX components do not provide. */
export function unknownComponents(label: string, body: string): string[] {
  return [...body.matchAll(/<([A-Za-z][\w.]*)/g)]
    .map((m) => m[1])
    .filter((tag) => !mdxComponents.has(tag))
    .map((tag) => `${label}: <${tag}>`);
}

/** Public sites content may link to: crisis lines, public health agencies, federal rules, the ASAM Criteria. */
export const externalHosts =
  /^https:\/\/(www\.)?(988lifeline\.org|samhsa\.gov|findtreatment\.gov|hhs\.gov|ecfr\.gov|asam\.org)(\/|$)/;

const articlesDir = path.resolve(here, "../../content/articles");

/** The article index and each article's path, for checking internal links. */
export function articleRoutes(): string[] {
  const slugs = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((f) => f.endsWith(".mdx"))
        .map((f) => f.slice(0, -".mdx".length))
    : [];
  return ["/articles", ...slugs.map((slug) => `/articles/${slug}`)];
}
