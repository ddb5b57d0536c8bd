import type { Page } from "@playwright/test";
import { articleTopics } from "@/lib/articles/topics";
import { center } from "@/lib/center/schema";
import { articles, articleSamplePaths, topicSlugsInUse } from "@/tests/support/article-pages";
import { expect, test } from "./fixtures";

/**
 * What the articles add, beyond the walks every public page gets (one page of each kind is in
 * publicPaths: axe at 390 and 1280 px, the Nu checker, metadata, requests to other origins):
 * the index and topics in order, the feed as a feed reader parses it, bylines and structured
 * data, every person page, sitemap dates, and no page-specific JavaScript.
 */

type JsonLdNode = Record<string, unknown> & { "@type"?: string };

async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as JsonLdNode | JsonLdNode[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
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

test("the Atom feed parses and holds every article with its summary, dates and author", async ({
  sharedPage: page,
  baseURL,
}) => {
  const response = await page.request.get("/articles/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  await page.goto("/articles");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const first = (el: Element | Document, name: string) => el.getElementsByTagNameNS(ns, name)[0];
    return {
      parseError: doc.getElementsByTagName("parsererror").length > 0,
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
      })),
    };
  }, xml);
  expect(feed.parseError).toBe(false);
  expect(feed.title).toContain(center.name);
  expect(feed.updated).toBe(
    `${articles
      .map((a) => a.meta.reviewed)
      .sort()
      .at(-1)}T00:00:00Z`,
  );
  expect(feed.entries).toEqual(
    articles.map((a) => {
      const url = new URL(`/articles/${a.slug}`, baseURL).href;
      return {
        id: url,
        title: a.meta.title,
        link: url,
        summary: a.meta.description,
        published: `${a.meta.published}T00:00:00Z`,
        updated: `${a.meta.reviewed}T00:00:00Z`,
        author: a.author.name,
      };
    }),
  );
});

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
  const lastmod = new Map(
    [...xml.matchAll(/<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [
      new URL(m[1]).pathname,
      m[2],
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
});

test("the new pages ship no JavaScript of their own: only what every content page loads", async ({ request }) => {
  const scripts = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const shared = new Set(await scripts("/privacy"));
  for (const path of [...articleSamplePaths(), "/editorial-policy", "/alumni-and-aftercare"]) {
    expect(
      (await scripts(path)).filter((src) => !shared.has(src)),
      path,
    ).toEqual([]);
  }
});
