import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { standalonePagePaths } from "@/lib/seo/sitemap";
import { articleSitePaths } from "@/tests/support/article-pages";
import { contentPaths } from "@/tests/support/site-pages";
import { expect, test } from "./fixtures";

// Canonical links, the sitemap and og:image URLs are fixed when the site is built, so the
// build must run with SITE_URL set to the address these tests use.
const siteUrlHint = "build with SITE_URL set to the e2e server's address (metadata is fixed at build time)";

type JsonLdNode = Record<string, unknown> & { "@type"?: string };

async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as JsonLdNode | JsonLdNode[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

// Each public page's description, canonical URL, social card, outline and link names are
// checked in pages.spec.ts; that titles and descriptions differ, in html-validity.spec.ts.

test("the sitemap lists exactly the public pages", async ({ request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  for (const loc of locs) expect(loc.origin, siteUrlHint).toBe(new URL(baseURL ?? "").origin);
  const expected = ["/", "/es", ...contentPaths(), ...standalonePagePaths, ...articleSitePaths()].sort();
  // Every one of these answers 200 on the HTTP walk (html-validity.spec.ts).
  expect(locs.map((loc) => loc.pathname).sort()).toEqual(expected);
});

test("robots.txt allows crawling and points to the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  expect(text, siteUrlHint).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).href}`);
});

test("the home page describes the clinic and the website in JSON-LD", async ({ sharedPage: page, baseURL }) => {
  await page.goto("/");
  const nodes = await jsonLd(page);
  const clinic = nodes.find((n) => n["@type"] === "MedicalClinic");
  expect(clinic).toMatchObject({
    "@context": "https://schema.org",
    name: expect.any(String),
    url: new URL("/", baseURL).href,
    telephone: expect.stringMatching(/^\+1\d{10}$/),
    medicalSpecialty: "https://schema.org/Psychiatric",
    address: {
      "@type": "PostalAddress",
      streetAddress: expect.any(String),
      addressLocality: expect.any(String),
      addressRegion: expect.any(String),
      postalCode: expect.any(String),
    },
    openingHoursSpecification: expect.arrayContaining([
      expect.objectContaining({ dayOfWeek: expect.any(Array), opens: expect.any(String), closes: expect.any(String) }),
    ]),
    contactPoint: expect.arrayContaining([
      expect.objectContaining({
        contactType: "admissions",
        hoursAvailable: expect.objectContaining({ opens: "00:00" }),
      }),
    ]),
  });
  expect(nodes.find((n) => n["@type"] === "WebSite")).toMatchObject({
    name: clinic?.name,
    url: new URL("/", baseURL).href,
    publisher: { "@id": clinic?.["@id"] },
  });
});

test("a content page has a BreadcrumbList ending at itself", async ({ sharedPage: page, baseURL }) => {
  const pagePath = contentPaths()[0];
  await page.goto(pagePath);
  const crumbs = (await jsonLd(page)).find((n) => n["@type"] === "BreadcrumbList");
  expect(crumbs?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Home", item: new URL("/", baseURL).href },
    expect.objectContaining({ "@type": "ListItem", position: 2, item: new URL(pagePath, baseURL).href }),
  ]);
});

test("the FAQ page marks up each visible question and its answer", async ({ sharedPage: page }) => {
  test.skip(!existsSync(path.resolve(process.cwd(), "content/faq.mdx")), "content/faq.mdx has not been added yet");
  await page.goto("/faq");
  const faq = (await jsonLd(page)).find((n) => n["@type"] === "FAQPage");
  const questions = (faq?.mainEntity ?? []) as { "@type": string; name: string; acceptedAnswer: { text: string } }[];
  expect(questions.length).toBeGreaterThan(0);
  const mainText = await page.locator("main").textContent();
  for (const question of questions) {
    expect(question).toMatchObject({
      "@type": "Question",
      acceptedAnswer: { "@type": "Answer", text: expect.any(String) },
    });
    expect(mainText, "marked-up questions must be on the page").toContain(question.name);
  }
});

test("the favicon, app icons and manifest answer 200", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);

  await page.goto("/");
  const iconHrefs = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
  expect(iconHrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of iconHrefs) expect((await request.get(href)).status(), href).toBe(200);

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(manifestHref ?? "")).json()) as { name: string; icons: { src: string }[] };
  expect(manifest.name).toBeTruthy();
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});
