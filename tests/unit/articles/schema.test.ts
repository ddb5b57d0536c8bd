import { describe, expect, it } from "vitest";
import { articleErrors, checkArticleMeta } from "@/lib/articles/schema";
import { centerConfig } from "@/lib/center/config";
import { center, centerSchema, type Person } from "@/lib/center/schema";

const writer = center.people.find((p) => !p.clinicalReviewer)!;
const clinician = center.people.find((p) => p.reviewScope.includes("counseling"))!;
const prescriber = center.people.find((p) => p.reviewScope.includes("medical"))!;
const therapist = center.people.find((p) => p.clinicalReviewer && !p.reviewScope.includes("medical"))!;

const good = {
  title: "A good article title",
  description: "A description that is long enough to pass the schema's fifty character minimum.",
  topic: "understanding-iop",
  author: writer.slug,
  reviewer: clinician.slug,
  reviewScope: "counseling",
  published: "2026-01-10",
  reviewed: "2026-06-01",
  sources: [
    { title: "Principles of treatment", publisher: "NIDA", url: "https://nida.nih.gov/publications/x" },
    { title: "The ASAM Criteria", publisher: "ASAM", url: "https://www.asam.org/asam-criteria" },
  ],
};

function problems(changes: Record<string, unknown>): string[] {
  return checkArticleMeta({ ...good, ...changes }, center.people).problems;
}

describe("article frontmatter", () => {
  it("accepts a complete article by a known author, reviewed by a clinician", () => {
    expect(checkArticleMeta(good, center.people)).toMatchObject({ meta: { author: writer.slug }, problems: [] });
  });

  it("rejects an unknown author or reviewer, naming the people list", () => {
    expect(problems({ reviewer: "nobody" })).toEqual([
      expect.stringMatching(/^reviewer: "nobody" is not in the people list/),
    ]);
    expect(problems({ author: "nobody" })).toEqual([
      expect.stringMatching(/^author: "nobody" is not in the people list/),
    ]);
  });

  it("requires the reviewer to be a clinical reviewer other than the author", () => {
    expect(problems({ reviewer: writer.slug })).toContain(`reviewer: "${writer.slug}" is not a clinical reviewer`);
    expect(problems({ author: clinician.slug })).toEqual(["reviewer: must be someone other than the author"]);
  });

  it("sends an article on withdrawal, medication or overdose to a prescriber, and says who may review it", () => {
    expect(problems({ reviewScope: "medical", reviewer: prescriber.slug })).toEqual([]);
    expect(problems({ reviewScope: "medical", reviewer: therapist.slug })).toEqual([
      `reviewer: "${therapist.slug}" does not review medical articles (their reviewScope: ${therapist.reviewScope.join(", ")})`,
    ]);
    expect(problems({ reviewScope: undefined })).toEqual([expect.stringMatching(/^reviewScope: /)]);
    expect(problems({ reviewScope: "surgery" })).toEqual([expect.stringMatching(/^reviewScope: /)]);
  });

  it("requires a reviewer and valid dates, the review on or after publication", () => {
    expect(problems({ reviewer: undefined })).toEqual([expect.stringMatching(/^reviewer: /)]);
    expect(problems({ reviewed: undefined })).toEqual([expect.stringMatching(/^reviewed: /)]);
    expect(problems({ published: "2026-02-30" })).toEqual([expect.stringMatching(/^published: /)]);
    expect(problems({ reviewed: "2025-12-31" })).toEqual(["reviewed: cannot be before the published date"]);
  });

  it("requires two sources from public health or research sites, over https", () => {
    expect(problems({ sources: good.sources.slice(0, 1) })).toEqual([expect.stringMatching(/^sources: /)]);
    const blog = { title: "Some blog post", publisher: "A blog", url: "https://example.com/post" };
    expect(problems({ sources: [good.sources[0], blog] })).toEqual([
      expect.stringMatching(/^sources\.1\.url: cite a public source/),
    ]);
    const http = { ...good.sources[0], url: "http://nida.nih.gov/x" };
    expect(problems({ sources: [http, good.sources[1]] })).toHaveLength(1);
    const lookalike = { ...good.sources[0], url: "https://nida.nih.gov.example.com/x" };
    expect(problems({ sources: [lookalike, good.sources[1]] })).toHaveLength(1);
  });

  it("reports every bad file at once, each with its problems", () => {
    const message = articleErrors([
      { file: "content/articles/a.mdx", problems: ["reviewer: x"] },
      { file: "content/articles/ok.mdx", problems: [] },
      { file: "content/articles/b.mdx", problems: ["published: y", "reviewed: z"] },
    ]);
    expect(message).toBe(
      "Invalid frontmatter in content/articles/a.mdx:\n  - reviewer: x\nInvalid frontmatter in content/articles/b.mdx:\n  - published: y\n  - reviewed: z",
    );
    expect(articleErrors([{ file: "content/articles/ok.mdx", problems: [] }])).toBeUndefined();
  });
});

describe("who may review what (the people in the config)", () => {
  const counselor: Person = {
    slug: "alex-rivera",
    name: "Alex Rivera",
    jobTitle: "Counselor",
    credentials: [{ abbreviation: "LPC", name: "Licensed Professional Counselor", kind: "license", es: { name: "x" } }],
    bio: "A counselor who reviews articles on therapy and recovery skills.",
    clinicalReviewer: true,
    reviewScope: ["counseling"],
    demo: true,
    es: { jobTitle: "Consejero", bio: "Un consejero que revisa artículos sobre terapia y recuperación." },
  };
  const issues = (person: Person) =>
    (centerSchema.safeParse({ ...centerConfig, people: [person] }).error?.issues ?? []).map(
      (i) => `${i.path.join(".")}: ${i.message}`,
    );

  it("accepts a counselor who reviews counseling, and a prescriber who reviews medical articles", () => {
    expect(issues(counselor)).toEqual([]);
    const physician: Person = {
      ...counselor,
      credentials: [{ abbreviation: "MD", name: "Physician", kind: "license", prescriber: true, es: { name: "x" } }],
      reviewScope: ["medical"],
    };
    expect(issues(physician)).toEqual([]);
  });

  it("refuses medical reviews from anyone without a prescriber's license", () => {
    expect(issues({ ...counselor, reviewScope: ["counseling", "medical"] })).toEqual([
      "people.0.reviewScope: only a prescriber (a license with prescriber: true) may review medical articles",
    ]);
  });

  it("keeps clinicalReviewer and reviewScope in step", () => {
    const expected = ["people.0.reviewScope: a clinical reviewer says what they review; anyone else reviews nothing"];
    expect(issues({ ...counselor, reviewScope: [] })).toEqual(expected);
    expect(issues({ ...counselor, clinicalReviewer: false })).toEqual(expected);
  });
});
