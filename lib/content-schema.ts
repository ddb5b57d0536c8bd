import { z } from "zod";

export const pageSections = ["program", "getting-started", "support", "about"] as const;

const pageMetaSchema = z.strictObject({
  /** The <title>; the site name is appended by the layout's title template. */
  title: z.string().min(3).max(60),
  /** The visible h1; defaults to the title. */
  heading: z.string().min(3).max(90).optional(),
  description: z.string().min(50).max(170),
  /** ISO date of the last meaningful edit; feeds the sitemap. */
  updated: z.iso.date(),
  section: z.enum(pageSections),
  /** Short label for navigation and breadcrumbs. */
  navLabel: z.string().min(2).max(32),
  /** Whether the standard call/request-a-call block closes the page. */
  cta: z.boolean().default(true),
  faq: z
    .array(z.strictObject({ question: z.string().min(5).max(200), answer: z.string().min(5).max(1200) }))
    .optional(),
  /** Spanish pages only: the slug of the English page this one is the twin of. */
  twin: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

export type PageMeta = z.infer<typeof pageMetaSchema>;

/** Validates one file's frontmatter, failing with the file and field named. */
export function parsePageMeta(file: string, frontmatter: unknown): PageMeta {
  const result = pageMetaSchema.safeParse(frontmatter);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  - ${issue.path.join(".") || "(frontmatter)"}: ${issue.message}`)
    .join("\n");
  throw new Error(`Invalid frontmatter in ${file}:\n${problems}`);
}
