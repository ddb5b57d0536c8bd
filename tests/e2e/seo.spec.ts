import { existsSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { standalonePagePaths } from "@/lib/seo/sitemap";
import { contentPaths, publicPaths } from "@/tests/support/site-pages";
import { expect, test } from "./fixtures";

// Canonical links, the sitemap and og:image URLs are fixed when the site is built, so the
// build must run with SITE_URL set to the address these tests use.
const siteUrlHint = "build with SITE_URL set to the e2e server's address (metadata is fixed at build time)";

type JsonLdNode = Record<string, unknown> & { "@type"?: string };

async function metaContent(page: Page, selector: string): Promise<string | null> {
  const tag = page.locator(selector);
  return (await tag.count()) ? tag.first().getAttribute("content") : null;
}

async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as JsonLdNode | JsonLdNode[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const pagePath of publicPaths()) {
  test.describe(pagePath, () => {
    test("has a description, a canonical URL and a 1200×630 social card", async ({ page, request, baseURL }) => {
      await page.goto(pagePath);
      expect((await metaContent(page, 'meta[name="description"]'))?.length ?? 0).toBeGreaterThan(40);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical ?? "").href, siteUrlHint).toBe(new URL(pagePath, baseURL).href);
      expect(await metaContent(page, 'meta[property="og:url"]')).toBe(canonical);
      expect(await metaContent(page, 'meta[property="og:title"]')).toBeTruthy();
      expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");

      const image = await metaContent(page, 'meta[property="og:image"]');
      expect(new URL(image ?? "").origin, siteUrlHint).toBe(new URL(baseURL ?? "").origin);
      expect(await pngSize(request, image ?? "")).toEqual({ width: 1200, height: 630 });
      expect(await metaContent(page, 'meta[name="twitter:image"]')).toBe(image);
    });

    test("has a heading outline, link text that stands alone and no image without alt", async ({ page }) => {
      await page.goto(pagePath);
      const headings = await page
        .locator("h1, h2, h3, h4, h5, h6")
        .evaluateAll((els) => els.map((el) => ({ level: Number(el.tagName[1]), text: el.textContent?.trim() ?? "" })));
      expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
      expect(headings[0]?.level, "the h1 comes before any other heading").toBe(1);
      const skips = headings
        .slice(1)
        .filter((h, i) => h.level > headings[i].level + 1)
        .map((h) => `h${h.level} "${h.text}"`);
      expect(skips, "headings that skip a level").toEqual([]);

      const linkNames = await page
        .locator("a[href]")
        .evaluateAll((links) =>
          links.map((a) => (a.getAttribute("aria-label") ?? a.textContent ?? "").replace(/\s+/g, " ").trim()),
        );
      const vague = /^(click here|here|more|read more|learn more|link|this page)$/i;
      expect(
        linkNames.filter((name) => !name || vague.test(name)),
        "links without a meaningful name",
      ).toEqual([]);

      await expect(page.locator("img:not([alt])")).toHaveCount(0);
      const unnamedSvgs = page.locator('svg:not([aria-hidden="true"]):not([role="img"][aria-label])');
      await expect(unnamedSvgs, "SVGs must be aria-hidden or a named image").toHaveCount(0);
    });
  });
}

test("titles and descriptions differ from page to page", async ({ page }) => {
  test.setTimeout(90_000);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const pagePath of publicPaths()) {
    await page.goto(pagePath);
    titles.set(pagePath, await page.title());
    descriptions.set(pagePath, (await metaContent(page, 'meta[name="description"]')) ?? "");
  }
  for (const values of [titles, descriptions]) {
    const seen = new Map<string, string>();
    for (const [pagePath, value] of values) {
      expect(value, pagePath).toBeTruthy();
      expect(seen.get(value), `${pagePath} repeats "${value}"`).toBeUndefined();
      seen.set(value, pagePath);
    }
  }
});

test("the sitemap lists exactly the public pages, and each answers 200", async ({ request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  for (const loc of locs) expect(loc.origin, siteUrlHint).toBe(new URL(baseURL ?? "").origin);
  const expected = ["/", ...contentPaths(), ...standalonePagePaths].sort();
  expect(locs.map((loc) => loc.pathname).sort()).toEqual(expected);
  for (const loc of locs) expect((await request.get(loc.pathname)).status(), loc.pathname).toBe(200);
});

test("robots.txt allows crawling and points to the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  expect(text, siteUrlHint).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).href}`);
});

test("the home page describes the clinic and the website in JSON-LD", async ({ page, baseURL }) => {
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

test("a content page has a BreadcrumbList ending at itself", async ({ page, baseURL }) => {
  const pagePath = contentPaths()[0];
  await page.goto(pagePath);
  const crumbs = (await jsonLd(page)).find((n) => n["@type"] === "BreadcrumbList");
  expect(crumbs?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Home", item: new URL("/", baseURL).href },
    expect.objectContaining({ "@type": "ListItem", position: 2, item: new URL(pagePath, baseURL).href }),
  ]);
});

test("the FAQ page marks up each visible question and its answer", async ({ page }) => {
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
