import type { Page } from "@playwright/test";
import { articleTopics } from "@/lib/articles/topics";
import { center } from "@/lib/center/schema";
import {
  articles,
  articleSamplePaths,
  spanishArticles,
  spanishTopicPath,
  topicSlugsInUse,
} from "@/tests/support/article-pages";
import { expect, test } from "./fixtures";

/**
 * What the articles add, beyond the walks every public page gets (one page of each kind is in
 * publicPaths: axe at 390 and 1280 px, the Nu checker, metadata, requests to other origins):
 * the index and topics in order, the feed as a feed reader parses it, bylines and structured
 * data, every person page, sitemap dates, and no page-specific JavaScript, in both languages.
 * That each Spanish page names its English twin (hreflang, the language switch, canonical) and
 * shows no English UI text is checked with the other twins in spanish.spec.ts.
 */

type JsonLdNode = Record<string, unknown> & { "@type"?: string };

async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as JsonLdNode | JsonLdNode[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

/** Every address on this site that the JSON-LD names (not `@id`s, which are names, not pages) answers 200. */
async function expectJsonLdUrlsAnswer(page: Page, nodes: JsonLdNode[], baseURL: string) {
  const urls = new Set<string>();
  const walk = (value: unknown, key = ""): void => {
    if (typeof value === "string" && key !== "@id" && value.startsWith(baseURL)) urls.add(value);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
  };
  walk(nodes);
  expect(urls.size).toBeGreaterThan(2);
  for (const url of urls) expect((await page.request.get(url)).status(), url).toBe(200);
}

async function articleLinks(page: Page): Promise<string[]> {
  return page.locator("main li h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

test("the index lists every article newest first, links each topic, and points feed readers at the feed", async ({
  sharedPage: page,
}) => {
  await page.goto("/articles");
  expect(await articleLinks(page)).toEqual(articles.map((a) => `/articles/${a.slug}`));
  const topicNav = page.getByRole("navigation", { name: "Article topics" });
  await expect(topicNav.getByRole("link")).toHaveCount(topicSlugsInUse.length);
  const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feed).toHaveAttribute("href", /\/articles\/feed\.xml$/);
  await expect(page.getByRole("link", { name: /feed reader/ })).toHaveAttribute("href", "/articles/feed.xml");
});

test("each topic page lists exactly its articles, newest first", async ({ sharedPage: page }) => {
  for (const topic of topicSlugsInUse) {
    await page.goto(`/articles/topics/${topic}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(articleTopics[topic].label);
    await expect(page.getByRole("navigation", { name: "Article topics" }).locator('[aria-current="page"]')).toHaveCount(
      1,
    );
    expect(await articleLinks(page), topic).toEqual(
      articles.filter((a) => a.meta.topic === topic).map((a) => `/articles/${a.slug}`),
    );
  }
  expect((await page.request.get("/articles/topics/no-such-topic")).status()).toBe(404);
});

/** A feed as a feed reader parses it (the browser's XML parser). */
async function readFeed(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const first = (el: Element | Document, name: string) => el.getElementsByTagNameNS(ns, name)[0];
    return {
      parseError: doc.getElementsByTagName("parsererror").length > 0,
      lang: doc.documentElement.getAttribute("xml:lang"),
      title: first(doc, "title")?.textContent,
      updated: first(doc, "updated")?.textContent,
      entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((entry) => ({
        id: first(entry, "id")?.textContent,
        title: first(entry, "title")?.textContent,
        link: first(entry, "link")?.getAttribute("href"),
        summary: first(entry, "summary")?.textContent,
        published: first(entry, "published")?.textContent,
        updated: first(entry, "updated")?.textContent,
        author: first(first(entry, "author"), "name")?.textContent,
        authorPage: first(first(entry, "author"), "uri")?.textContent,
      })),
    };
  }, xml);
}

for (const { locale, feedPath, list, lang, indexPath } of [
  { locale: "en", feedPath: "/articles/feed.xml", list: articles, lang: "en-US", indexPath: "/articles" },
  { locale: "es", feedPath: "/es/articulos/feed.xml", list: spanishArticles, lang: "es", indexPath: "/es/articulos" },
] as const) {
  test(`the ${locale} Atom feed parses and holds every article with its summary, dates and author`, async ({
    sharedPage: page,
    baseURL,
  }) => {
    await page.goto(indexPath);
    const feed = await readFeed(page, feedPath);
    expect(feed.parseError).toBe(false);
    expect(feed.lang).toBe(lang);
    expect(feed.title).toContain(center.name);
    expect(feed.updated).toBe(
      `${list
        .map((a) => a.meta.reviewed)
        .sort()
        .at(-1)}T00:00:00Z`,
    );
    expect(feed.entries).toHaveLength(6);
    expect(feed.entries).toEqual(
      list.map((a) => {
        const url = new URL(a.paths[locale], baseURL).href;
        return {
          id: url,
          title: a.meta.title,
          link: url,
          summary: a.meta.description,
          published: `${a.meta.published}T00:00:00Z`,
          updated: `${a.meta.reviewed}T00:00:00Z`,
          author: a.author.name,
          authorPage: new URL(locale === "es" ? `/es/personas/${a.author.slug}` : `/people/${a.author.slug}`, baseURL)
            .href,
        };
      }),
    );
  });
}

test("an article shows who wrote it, who reviewed it and when, its sources, and says so in JSON-LD", async ({
  sharedPage: page,
  baseURL,
}) => {
  const article = articles[0];
  const url = (path: string) => new URL(path, baseURL).href;
  await page.goto(`/articles/${article.slug}`);
  const main = page.getByRole("main");
  await expect(main.getByText(`Written by ${article.author.name}`)).toBeVisible();
  await expect(main.getByText(/Clinically reviewed by/)).toContainText(article.reviewer.credentials[0].abbreviation);
  await expect(main.locator(`time[datetime="${article.meta.reviewed}"]`).first()).toBeVisible();
  await expect(main.locator(`time[datetime="${article.meta.published}"]`).first()).toBeVisible();
  await expect(main.getByRole("link", { name: new RegExp(`^${article.reviewer.name}`) })).toHaveAttribute(
    "href",
    `/people/${article.reviewer.slug}`,
  );
  const sources = main.getByRole("region", { name: "Sources" }).getByRole("link");
  await expect(sources).toHaveCount(article.meta.sources.length);
  await expect(main.getByRole("link", { name: /Request a call/ }).first()).toBeVisible();
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");

  const nodes = await jsonLd(page);
  expect(nodes.find((n) => n["@type"] === "MedicalWebPage")).toMatchObject({
    url: url(`/articles/${article.slug}`),
    headline: article.meta.title,
    inLanguage: "en-US",
    datePublished: article.meta.published,
    dateModified: article.meta.reviewed,
    lastReviewed: article.meta.reviewed,
    author: { "@type": "Person", name: article.author.name, url: url(`/people/${article.author.slug}`) },
    reviewedBy: {
      "@type": "Person",
      name: article.reviewer.name,
      url: url(`/people/${article.reviewer.slug}`),
      jobTitle: article.reviewer.jobTitle,
      hasCredential: expect.arrayContaining([expect.objectContaining({ credentialCategory: "license" })]),
    },
    about: { name: articleTopics[article.meta.topic].about },
  });
  expect(nodes.find((n) => n["@type"] === "BreadcrumbList")?.itemListElement).toHaveLength(3);
  await expectJsonLdUrlsAnswer(page, nodes, baseURL ?? "");
});

test("every author and reviewer has a page with their role, credentials and a Person in JSON-LD", async ({
  sharedPage: page,
  baseURL,
}) => {
  for (const person of center.people) {
    await page.goto(`/people/${person.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(person.name);
    await expect(page.getByRole("main")).toContainText(person.jobTitle);
    for (const credential of person.credentials) await expect(page.getByRole("main")).toContainText(credential.name);
    if (person.demo) await expect(page.getByText(/Demo profile/)).toBeVisible();
    const wrote = articles.filter((a) => a.author.slug === person.slug).length;
    const reviewed = articles.filter((a) => a.reviewer.slug === person.slug).length;
    await expect(page.locator("main li h3 a")).toHaveCount(wrote + reviewed);
    expect(
      (await jsonLd(page)).find((n) => n["@type"] === "Person"),
      person.slug,
    ).toMatchObject({
      name: person.name,
      url: new URL(`/people/${person.slug}`, baseURL).href,
      jobTitle: person.jobTitle,
    });
  }
});

test("the sitemap dates each article and list page by its latest clinical review", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  // Each <url> holds its <loc>, its hreflang alternates and, where it has one, its <lastmod>.
  const lastmod = new Map(
    xml
      .split("<url>")
      .slice(1)
      .map((entry) => [
        new URL(/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? "").pathname,
        /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1],
      ]),
  );
  const latest = (list: typeof articles) =>
    list
      .map((a) => a.meta.reviewed)
      .sort()
      .at(-1);
  for (const a of articles) expect(lastmod.get(`/articles/${a.slug}`), a.slug).toBe(a.meta.reviewed);
  expect(lastmod.get("/articles")).toBe(latest(articles));
  for (const topic of topicSlugsInUse)
    expect(lastmod.get(`/articles/topics/${topic}`)).toBe(latest(articles.filter((a) => a.meta.topic === topic)));
  for (const person of center.people) expect(lastmod.has(`/people/${person.slug}`), person.slug).toBe(true);
  // An article's entry names its Spanish twin, and each Spanish twin is dated by its own review.
  const [first] = articles;
  const twin = spanishArticles.find((a) => a.paths.en === first.paths.en)!;
  const entry = xml.split("<url>").find((u) => u.includes(`/articles/${first.slug}</loc>`)) ?? "";
  expect(entry).toMatch(new RegExp(`hreflang="es-US"\\s+href="[^"]+/es/articulos/${twin.slug}"`));
  for (const a of spanishArticles) expect(lastmod.get(`/es/articulos/${a.slug}`), a.slug).toBe(a.meta.reviewed);
  expect(lastmod.get("/es/articulos")).toBe(latest(spanishArticles));
  for (const topic of topicSlugsInUse)
    expect(lastmod.get(spanishTopicPath(topic))).toBe(latest(spanishArticles.filter((a) => a.meta.topic === topic)));
  for (const person of center.people) expect(lastmod.has(`/es/personas/${person.slug}`), person.slug).toBe(true);
});

test("the new pages ship no JavaScript of their own: only what every content page loads", async ({ request }) => {
  const scripts = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  // Each language has its own root layout, so each is held to its own content page.
  const shared = { en: new Set(await scripts("/privacy")), es: new Set(await scripts("/es/privacidad")) };
  for (const path of [
    ...articleSamplePaths(),
    "/editorial-policy",
    "/alumni-and-aftercare",
    "/es/politica-editorial",
  ]) {
    expect(
      (await scripts(path)).filter((src) => !shared[path.startsWith("/es/") ? "es" : "en"].has(src)),
      path,
    ).toEqual([]);
  }
});

test("the Spanish index and topics list the Spanish articles newest first, and point feed readers at the Spanish feed", async ({
  sharedPage: page,
}) => {
  await page.goto("/es/articulos");
  expect(await articleLinks(page)).toEqual(spanishArticles.map((a) => `/es/articulos/${a.slug}`));
  await expect(page.getByRole("navigation", { name: "Temas de los artículos" }).getByRole("link")).toHaveCount(
    topicSlugsInUse.length,
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/es\/articulos\/feed\.xml$/,
  );
  await expect(page.getByRole("link", { name: /lector de noticias/ })).toHaveAttribute(
    "href",
    "/es/articulos/feed.xml",
  );
  const topic = spanishArticles[0].meta.topic;
  await page.goto(spanishTopicPath(topic));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(articleTopics[topic].es.label);
  expect(await articleLinks(page)).toEqual(
    spanishArticles.filter((a) => a.meta.topic === topic).map((a) => `/es/articulos/${a.slug}`),
  );
});

test("a Spanish article shows its byline, sources and note in Spanish, and says so in JSON-LD", async ({
  sharedPage: page,
  baseURL,
}) => {
  const article = spanishArticles[0];
  const url = (path: string) => new URL(path, baseURL).href;
  const spanishDate = (iso: string) =>
    new Intl.DateTimeFormat("es", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  await page.goto(`/es/articulos/${article.slug}`);
  const main = page.getByRole("main");
  await expect(main.getByText(`Escrito por ${article.author.name}`)).toBeVisible();
  await expect(main.getByText(/Revisado clínicamente por/)).toContainText(`el ${spanishDate(article.meta.reviewed)}`);
  await expect(main.getByText(/^Publicado el/)).toContainText(spanishDate(article.meta.published));
  await expect(main.getByRole("link", { name: new RegExp(`^${article.reviewer.name}`) })).toHaveAttribute(
    "href",
    `/es/personas/${article.reviewer.slug}`,
  );
  await expect(main.getByRole("region", { name: "Fuentes" }).getByRole("link")).toHaveCount(
    article.meta.sources.length,
  );
  await expect(main.getByText(/No es consejo médico ni un diagnóstico/)).toBeVisible();
  await expect(main.getByRole("navigation", { name: "Ruta de navegación" })).toContainText("Artículos");

  const nodes = await jsonLd(page);
  expect(nodes.find((n) => n["@type"] === "MedicalWebPage")).toMatchObject({
    url: url(`/es/articulos/${article.slug}`),
    headline: article.meta.title,
    inLanguage: "es",
    datePublished: article.meta.published,
    lastReviewed: article.meta.reviewed,
    author: {
      "@type": "Person",
      url: url(`/es/personas/${article.author.slug}`),
      jobTitle: article.author.es.jobTitle,
    },
    reviewedBy: { "@type": "Person", url: url(`/es/personas/${article.reviewer.slug}`) },
    about: { name: articleTopics[article.meta.topic].es.about },
  });
  await expectJsonLdUrlsAnswer(page, nodes, baseURL ?? "");
});

test("every person has a Spanish page with their role, credentials and bio in Spanish, and a Person in JSON-LD", async ({
  sharedPage: page,
  baseURL,
}) => {
  for (const person of center.people) {
    await page.goto(`/es/personas/${person.slug}`);
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(person.name);
    await expect(main).toContainText(person.es.jobTitle);
    await expect(main).toContainText(person.es.bio);
    for (const credential of person.credentials) await expect(main).toContainText(credential.es.name);
    if (person.demo) await expect(main.getByText(/Perfil de demostración/)).toBeVisible();
    const wrote = spanishArticles.filter((a) => a.author.slug === person.slug).length;
    const reviewed = spanishArticles.filter((a) => a.reviewer.slug === person.slug).length;
    await expect(page.locator("main li h3 a")).toHaveCount(wrote + reviewed);
    expect(
      (await jsonLd(page)).find((n) => n["@type"] === "Person"),
      person.slug,
    ).toMatchObject({ url: new URL(`/es/personas/${person.slug}`, baseURL).href, jobTitle: person.es.jobTitle });
  }
});
