import { z } from "zod";
import type { Person } from "@/lib/center/schema";
import { topicSlugs } from "@/lib/articles/topics";
import { reviewScopes } from "@/lib/center/review-scopes";

/** Hosts an article may cite: public health agencies, the clinicians' standard, and indexed research. */
const sourceHosts = [
  "samhsa.gov",
  "findtreatment.gov",
  "nida.nih.gov",
  "nih.gov",
  "ncbi.nlm.nih.gov",
  "pubmed.ncbi.nlm.nih.gov",
  "asam.org",
  "988lifeline.org",
  "cdc.gov",
  "niaaa.nih.gov",
  "fda.gov",
] as const;

const citedUrl = z.url({ protocol: /^https$/ }).refine(
  (href) => {
    const host = new URL(href).hostname.replace(/^www\./, "");
    return sourceHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
  },
  { message: `cite a public source (${sourceHosts.join(", ")})` },
);

const title = z.string().min(10).max(70);
const description = z.string().min(50).max(170);
/** ISO dates. A change is published only after a clinical review, so `reviewed` is also the last change. */
const isoDate = z.iso.date();

const articleMetaSchema = z
  .strictObject({
    title,
    description,
    topic: z.enum(topicSlugs),
    /** Slug of a person in lib/center/config.ts `people`. */
    author: z.string().min(1),
    /** Slug of a clinical reviewer in the same list, one whose reviewScope includes this article's. */
    reviewer: z.string().min(1),
    /** What the article covers: "medical" for withdrawal, medication or overdose, which a prescriber reviews. */
    reviewScope: z.enum(reviewScopes),
    published: isoDate,
    reviewed: isoDate,
    sources: z.array(z.strictObject({ title: z.string().min(5), publisher: z.string().min(2), url: citedUrl })).min(2),
  })
  .refine((meta) => meta.reviewed >= meta.published, {
    message: "cannot be before the published date",
    path: ["reviewed"],
  });

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/**
 * A Spanish twin's own frontmatter: its words, the English article it translates, and its own
 * clinical review (the Spanish text is checked on its own). Topic, people, publication date
 * and sources are the English twin's.
 */
const spanishArticleMetaSchema = z.strictObject({
  title,
  description,
  twin: z.string().regex(/^[a-z0-9-]+$/, "the English article's slug (its file name)"),
  reviewed: isoDate,
});

export type SpanishArticleMeta = z.infer<typeof spanishArticleMetaSchema>;

type Checked<T> = { meta: T; problems: [] } | { meta?: undefined; problems: string[] };

function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join(".") || "(frontmatter)"}: ${i.message}`);
}

/** A Spanish twin's frontmatter, problems as lines naming the field (see checkArticleMeta). */
export function checkSpanishArticleMeta(frontmatter: unknown): Checked<SpanishArticleMeta> {
  const result = spanishArticleMetaSchema.safeParse(frontmatter);
  return result.success ? { meta: result.data, problems: [] } : { problems: issueLines(result.error) };
}

/**
 * One article's frontmatter, checked against the schema and the people list: the author must
 * be a person in the config, the reviewer a clinical reviewer there who reviews what the
 * article covers (a withdrawal or medication article goes to a prescriber). Problems come back as
 * lines naming the field, so a build can report every bad file at once.
 */
export function checkArticleMeta(frontmatter: unknown, people: readonly Person[]): Checked<ArticleMeta> {
  const result = articleMetaSchema.safeParse(frontmatter);
  if (!result.success) return { problems: issueLines(result.error) };
  const meta = result.data;
  const problems: string[] = [];
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  if (!bySlug.has(meta.author))
    problems.push(`author: "${meta.author}" is not in the people list (lib/center/config.ts)`);
  const reviewer = bySlug.get(meta.reviewer);
  if (!reviewer) problems.push(`reviewer: "${meta.reviewer}" is not in the people list (lib/center/config.ts)`);
  else if (!reviewer.clinicalReviewer) problems.push(`reviewer: "${meta.reviewer}" is not a clinical reviewer`);
  else if (!reviewer.reviewScope.includes(meta.reviewScope))
    problems.push(
      `reviewer: "${meta.reviewer}" does not review ${meta.reviewScope} articles (their reviewScope: ${reviewer.reviewScope.join(", ")})`,
    );
  if (meta.reviewer === meta.author) problems.push("reviewer: must be someone other than the author");
  return problems.length ? { problems } : { meta, problems: [] };
}

/** Every bad file at once, each named with its problems, so an editor fixes them in one pass. */
export function articleErrors(files: { file: string; problems: string[] }[]): string | undefined {
  const bad = files.filter((f) => f.problems.length);
  if (!bad.length) return undefined;
  return bad
    .map(({ file, problems }) => `Invalid frontmatter in ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    .join("\n");
}
