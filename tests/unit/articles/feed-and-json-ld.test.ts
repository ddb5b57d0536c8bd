import { describe, expect, it } from "vitest";
import { atomFeed } from "@/lib/articles/feed";
import type { Article } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import { articleJsonLd } from "@/lib/seo/article-json-ld";

const site = "https://www.example.org";
const [author, reviewer] = [
  center.people.find((p) => !p.clinicalReviewer)!,
  center.people.find((p) => p.clinicalReviewer)!,
];

function article(slug: string, published: string, reviewed: string, title = `About ${slug}`): Article {
  return {
    slug,
    locale: "en",
    file: `content/articles/${slug}.mdx`,
    paths: { en: `/articles/${slug}`, es: `/es/articulos/${slug}-es` },
    author,
    reviewer,
    meta: {
      title,
      description: `What ${slug} means for you & your family, in plain words <for everyone>.`,
      topic: "for-families",
      author: author.slug,
      reviewer: reviewer.slug,
      reviewScope: "family",
      published,
      reviewed,
      sources: [{ title: "NIDA principles", publisher: "NIDA", url: "https://nida.nih.gov/publications/x" }],
    },
  };
}

describe("the Atom feed", () => {
  const feed = atomFeed({
    siteUrl: site,
    title: "Articles & news",
    subtitle: "Sub",
    locale: "en",
    articles: [
      article("b", "2026-05-01", "2026-11-01", 'Families & "IOP" <today>'),
      article("a", "2026-01-01", "2026-02-01"),
    ],
  });

  it("has one entry per article, with its link, dates, author page and summary", () => {
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain(`<id>${site}/articles/b</id>`);
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${site}/articles/a"/>`);
    expect(feed).toContain("<published>2026-05-01T00:00:00Z</published>");
    expect(feed).toContain("<updated>2026-11-01T00:00:00Z</updated>");
    expect(feed).toContain(`<uri>${site}/people/${author.slug}</uri>`);
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${site}/articles/feed.xml"/>`);
    expect(feed).toContain('xml:lang="en-US"');
  });

  it("is as new as its latest review, and escapes every text", () => {
    expect(feed).toMatch(/<\/subtitle>[\s\S]*?<updated>2026-11-01T00:00:00Z<\/updated>/);
    expect(feed).toContain("<title>Families &amp; &quot;IOP&quot; &lt;today&gt;</title>");
    expect(feed).toContain("<title>Articles &amp; news</title>");
    expect(feed).not.toMatch(/<for everyone>|& your/);
  });
});

/** A Spanish twin: the English article's topic, people and dates, its own words and review. */
function spanish(slug: string, reviewed: string): Article {
  const english = article(slug, "2026-03-01", "2026-09-09");
  return {
    ...english,
    slug: `${slug}-es`,
    locale: "es",
    file: `content/es/articulos/${slug}-es.mdx`,
    meta: {
      ...english.meta,
      title: `Sobre ${slug}`,
      description: "Lo que significa para usted y su familia.",
      reviewed,
    },
  };
}

describe("the Spanish Atom feed", () => {
  const feed = atomFeed({
    siteUrl: site,
    title: "Artículos",
    subtitle: "Sub",
    locale: "es",
    articles: [spanish("b", "2026-11-20"), spanish("a", "2026-10-01")],
  });

  it("is in Spanish, links the Spanish pages and person pages, dated by the Spanish reviews", () => {
    expect(feed).toContain('xml:lang="es"');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain(`<id>${site}/es/articulos</id>`);
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${site}/es/articulos/feed.xml"/>`);
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${site}/es/articulos/a-es"/>`);
    expect(feed).toContain(`<uri>${site}/es/personas/${author.slug}</uri>`);
    expect(feed).toContain("<summary>Lo que significa para usted y su familia.</summary>");
    expect(feed).toMatch(/<\/subtitle>[\s\S]*?<updated>2026-11-20T00:00:00Z<\/updated>/);
    expect(feed).not.toContain("/articles/");
  });
});

describe("a Spanish article's JSON-LD", () => {
  const [page, crumbs] = articleJsonLd(spanish("x", "2026-11-30"), site);

  it("is in Spanish, reviewed on its own date, its people linked to their Spanish pages with Spanish job titles", () => {
    expect(page).toMatchObject({
      url: `${site}/es/articulos/x-es`,
      inLanguage: "es",
      isPartOf: { "@id": `${site}/es#website` },
      datePublished: "2026-03-01",
      dateModified: "2026-11-30",
      lastReviewed: "2026-11-30",
      author: { url: `${site}/es/personas/${author.slug}`, jobTitle: author.es.jobTitle, description: author.es.bio },
      reviewedBy: {
        url: `${site}/es/personas/${reviewer.slug}`,
        hasCredential: reviewer.credentials.map((c) =>
          expect.objectContaining({ name: `${c.es.name} (${c.abbreviation})` }),
        ),
      },
      about: { name: expect.stringMatching(/familiar/) },
    });
    // One person, one node: the same @id in both languages, whichever page the url names.
    const [english] = articleJsonLd(article("x", "2026-03-01", "2026-11-30"), site);
    expect((page.author as { "@id": string })["@id"]).toBe(`${site}/people/${author.slug}#person`);
    expect((english.author as { "@id": string })["@id"]).toBe(`${site}/people/${author.slug}#person`);
    expect(crumbs).toMatchObject({
      itemListElement: [
        { name: "Inicio", item: `${site}/es` },
        { name: "Artículos", item: `${site}/es/articulos` },
        { item: `${site}/es/articulos/x-es` },
      ],
    });
  });
});

describe("an article's JSON-LD", () => {
  const [page, crumbs] = articleJsonLd(article("x", "2026-03-01", "2026-09-09"), site);

  it("is a MedicalWebPage naming its author and clinical reviewer as people with credentials", () => {
    expect(page).toMatchObject({
      "@type": "MedicalWebPage",
      url: `${site}/articles/x`,
      inLanguage: "en-US",
      datePublished: "2026-03-01",
      dateModified: "2026-09-09",
      lastReviewed: "2026-09-09",
      author: { "@type": "Person", name: author.name, url: `${site}/people/${author.slug}`, jobTitle: author.jobTitle },
      reviewedBy: {
        "@type": "Person",
        name: reviewer.name,
        url: `${site}/people/${reviewer.slug}`,
        hasCredential: reviewer.credentials.map((c) =>
          expect.objectContaining({ "@type": "EducationalOccupationalCredential", credentialCategory: c.kind }),
        ),
      },
      about: { "@type": "Thing", name: expect.any(String) },
      citation: [{ "@type": "CreativeWork", url: "https://nida.nih.gov/publications/x" }],
    });
    expect(page.author).not.toHaveProperty("hasCredential");
  });

  it("has a breadcrumb trail from home through the article index", () => {
    expect(crumbs).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [{ item: `${site}/` }, { item: `${site}/articles` }, { item: `${site}/articles/x` }],
    });
  });
});
