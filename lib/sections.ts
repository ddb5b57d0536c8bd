import "server-only";
import { statSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * Section twins: every page and article marks its sections with `<H2 id="kebab-id">`, the same
 * id in both languages, and each Spanish section carries the same safety blocks as its English
 * twin. Read with the MDX parser the build uses, so a tag inside a callout or a list counts and
 * one inside a code span or a comment does not.
 */

/** The components that carry safety content; a twin section must hold the same ones. */
const safetyBlocks = [
  "CrisisLines",
  "OverdoseSteps",
  "NaloxoneFacts",
  "WithdrawalWarning",
  "RecoveryMedications",
  "LethalMeansSafety",
  "Lifeline988",
  "AdultConsent",
] as const;
const isSafetyBlock = (name: string): boolean => (safetyBlocks as readonly string[]).includes(name);

/** The part of a page before its first `<H2>` (an intro, a callout), compared like a section. */
const intro = "";

type Section = {
  id: string;
  heading: string;
  /** The safety blocks in it, as written (`<WithdrawalWarning only="opioids" />`), sorted. */
  blocks: string[];
};
export type FileSections = { file: string; sections: Section[]; problems: string[] };

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter);

type Node = Root | RootContent;
const childrenOf = (node: Node): RootContent[] => ("children" in node ? node.children : []);
const textOf = (node: Node): string =>
  "value" in node && node.type !== "mdxFlowExpression" && node.type !== "mdxTextExpression"
    ? node.value
    : childrenOf(node).map(textOf).join("");

function blockName(node: Node): string | undefined {
  if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || !node.name) return undefined;
  if (!isSafetyBlock(node.name)) return undefined;
  const props = node.attributes
    .flatMap((a) => (a.type === "mdxJsxAttribute" && typeof a.value === "string" ? [`${a.name}="${a.value}"`] : []))
    .sort();
  return `<${[node.name, ...props].join(" ")} />`;
}

function blocksIn(node: Node): string[] {
  const own = blockName(node);
  return [...(own ? [own] : []), ...childrenOf(node).flatMap(blocksIn)];
}

type JsxElement = Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;
const isH2 = (node: RootContent): node is JsxElement =>
  (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "H2";

/**
 * A top-level `<H2>`: on lines of its own it parses as a block; on one line with its text it
 * parses as a paragraph holding only the element, which MDX unwraps when it compiles.
 */
function sectionHeading(node: RootContent): JsxElement | undefined {
  if (isH2(node)) return node;
  if (node.type !== "paragraph") return undefined;
  const content = node.children.filter((child) => !(child.type === "text" && !child.value.trim()));
  return content.length === 1 && isH2(content[0]) ? content[0] : undefined;
}

function idOf(node: JsxElement): unknown {
  const attribute = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id");
  return attribute?.value;
}

function nestedH2s(node: RootContent): RootContent[] {
  return isH2(node) ? [node] : childrenOf(node).flatMap(nestedH2s);
}

/** A file's sections in order, and every way its headings break the rule, each naming the file and line. */
export function readSections(file: string, source: string): FileSections {
  const tree = parser.parse(source);
  const problems: string[] = [];
  const sections: Section[] = [{ id: intro, heading: "", blocks: [] }];
  const at = (node: Node) => `${file}:${node.position?.start.line ?? "?"}`;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      const text = textOf(node);
      problems.push(`${at(node)}: "## ${text}" is a plain heading; use <H2 id="…">${text}</H2>`);
    }
    const h2 = sectionHeading(node);
    if (h2) {
      const id = idOf(h2);
      const heading = textOf(h2).trim();
      if (typeof id !== "string" || !kebab.test(id))
        problems.push(`${at(node)}: <H2> "${heading}" needs an id of lowercase words and hyphens (id="like-this")`);
      else if (sections.some((s) => s.id === id)) problems.push(`${at(node)}: the section id "${id}" is used twice`);
      else sections.push({ id, heading, blocks: [] });
      continue;
    }
    for (const nested of childrenOf(node).flatMap(nestedH2s))
      problems.push(`${at(nested)}: <H2> must stand on its own, not inside another element`);
    sections.at(-1)!.blocks.push(...blocksIn(node));
  }
  for (const section of sections) section.blocks.sort();
  return { file, sections, problems };
}

const named = (section: Section) =>
  section.id === intro ? "the part before the first <H2>" : `section "${section.id}"`;

/** How two blocks lists differ, as "<X /> 1 here, 0 there" items. */
function blockDifference(english: string[], spanish: string[]): string[] {
  const count = (list: string[], block: string) => list.filter((b) => b === block).length;
  return [...new Set([...english, ...spanish])]
    .sort()
    .filter((block) => count(english, block) !== count(spanish, block))
    .map((block) => `${block} ${count(english, block)} in English, ${count(spanish, block)} in Spanish`);
}

/**
 * Every way a Spanish twin's sections differ from its English file's: an English section id with
 * no Spanish section, a Spanish section id with no English one, and a shared section (or the
 * intro) whose safety blocks differ. Each line names the file and the id.
 */
export function compareSections(english: FileSections, spanish: FileSections): string[] {
  const spanishById = new Map(spanish.sections.map((s) => [s.id, s]));
  const englishIds = new Set(english.sections.map((s) => s.id));
  const problems: string[] = [];
  for (const section of english.sections) {
    const twin = spanishById.get(section.id);
    if (!twin) {
      problems.push(
        `${spanish.file} has no section "${section.id}" (the twin of "${section.heading}" in ${english.file})`,
      );
      continue;
    }
    const differences = blockDifference(section.blocks, twin.blocks);
    if (differences.length)
      problems.push(
        `${spanish.file}, ${named(section)}: safety blocks differ from ${english.file}: ${differences.join("; ")}`,
      );
  }
  for (const section of spanish.sections)
    if (!englishIds.has(section.id))
      problems.push(`${spanish.file} has a section "${section.id}" that ${english.file} does not have`);
  return problems;
}

/** The build's message for sections that break the rule, every problem on its own line. */
export function sectionError(what: string, problems: readonly string[]): string {
  return `${what}: sections and their twins do not match:\n  - ${problems.join("\n  - ")}`;
}

/**
 * Each file parsed once per version (its size and modification time): the loaders run on every
 * page the build renders, and a dev server should see an edit at once.
 */
const parsed = new Map<string, { stamp: string; sections: FileSections }>();
function sectionsOfFile(file: string): FileSections {
  const full = path.join(process.cwd(), file);
  const { mtimeMs, size } = statSync(full);
  const stamp = `${mtimeMs}:${size}`;
  const known = parsed.get(file);
  if (known?.stamp === stamp) return known.sections;
  const sections = readSections(file, readFileSync(full, "utf8"));
  parsed.set(file, { stamp, sections });
  return sections;
}

/** Every section problem in these twin files (paths relative to the project), both files' own and the pair's. */
export function twinSectionProblems(pairs: ReadonlyArray<{ english: string; spanish: string }>): string[] {
  return pairs.flatMap(({ english, spanish }) => {
    const en = sectionsOfFile(english);
    const es = sectionsOfFile(spanish);
    return [...en.problems, ...es.problems, ...compareSections(en, es)];
  });
}
