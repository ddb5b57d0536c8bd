import type { APIRequestContext, Page } from "@playwright/test";
import { center } from "@/lib/center/schema";
import { telHref } from "@/lib/phone";
import { elementsWithoutVisibleFocus, expectNoViolations } from "@/tests/support/a11y";
import { auditedPaths, notFoundPath, sitemapPaths } from "@/tests/support/audited-pages";
import { watchForViolations } from "@/tests/support/security-headers";
import { expect, test, watchForeignRequests } from "./fixtures";

/**
 * The one browser walk of the site: each page a visitor can land on (every page in the
 * sitemap, the confirmations, the 404) is opened once, and everything that page state can show
 * is checked on that one load: what it shows (an outline, named links and images, the 24/7
 * phone), what search engines and link previews read, axe (WCAG 2.2 AA) at 1280 and 390 px,
 * a visible focus indicator on everything the keyboard reaches, and finally what the visit
 * left behind (requests to other origins, cookies, storage) and whether it all ran under the
 * page's security policy. Markup (Nu checker) and links (HTTP) have their own walk in
 * html-validity.spec.ts, which needs no browser per page. A new check for every page belongs
 * here, not in a walk of its own.
 */

// Canonical links and og:image URLs are fixed when the site is built, so the build must run
// with SITE_URL set to the address these tests use.
const siteUrlHint = "build with SITE_URL set to the e2e server's address (metadata is fixed at build time)";
const indexed = new Set(sitemapPaths());

/**
 * The head tags search engines and link previews read, in one call rather than one per tag:
 * the content of the first <meta> of each name and of each property, and every canonical link.
 */
async function headTags(page: Page) {
  return page.evaluate(() => {
    const meta: Record<string, string | null> = {};
    for (const tag of document.querySelectorAll("meta")) {
      for (const attribute of ["name", "property"]) {
        const key = `${attribute}=${tag.getAttribute(attribute)}`;
        if (tag.hasAttribute(attribute) && !(key in meta)) meta[key] = tag.getAttribute("content");
      }
    }
    const canonicals = [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute("href"));
    return { meta, canonicals };
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

async function expectOutlineAndNames(page: Page) {
  // Read in one call: four round trips to the browser per page add up over the walk.
  const { headings, linkNames, imagesWithoutAlt, unnamedSvgs } = await page.evaluate(() => ({
    headings: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((el) => ({
      level: Number(el.tagName[1]),
      text: el.textContent?.trim() ?? "",
    })),
    linkNames: [...document.querySelectorAll("a[href]")].map((a) =>
      (a.getAttribute("aria-label") ?? a.textContent ?? "").replace(/\s+/g, " ").trim(),
    ),
    imagesWithoutAlt: [...document.querySelectorAll("img:not([alt])")].map((img) => img.outerHTML.slice(0, 120)),
    unnamedSvgs: [...document.querySelectorAll('svg:not([aria-hidden="true"]):not([role="img"][aria-label])')].map(
      (svg) => svg.outerHTML.slice(0, 120),
    ),
  }));
  expect(
    headings.filter((h) => h.level === 1),
    "one h1",
  ).toHaveLength(1);
  expect(headings[0]?.level, "the h1 comes before any other heading").toBe(1);
  const skips = headings
    .slice(1)
    .filter((h, i) => h.level > headings[i].level + 1)
    .map((h) => `h${h.level} "${h.text}"`);
  expect(skips, "headings that skip a level").toEqual([]);

  const vague = /^(click here|here|more|read more|learn more|link|this page)$/i;
  expect(
    linkNames.filter((name) => !name || vague.test(name)),
    "links without a meaningful name",
  ).toEqual([]);
  expect(imagesWithoutAlt, "images without alt").toEqual([]);
  expect(unnamedSvgs, "SVGs must be aria-hidden or a named image").toEqual([]);
}

async function expectSearchMetadata(page: Page, request: APIRequestContext, pagePath: string, baseURL: string) {
  const { meta, canonicals } = await headTags(page);
  const metaContent = (key: string) => meta[key] ?? null;
  expect(metaContent("name=description")?.length ?? 0, "description").toBeGreaterThan(40);
  expect(canonicals, "one canonical link").toHaveLength(1);
  const canonical = canonicals[0];
  expect(new URL(canonical ?? "").href, siteUrlHint).toBe(new URL(pagePath, baseURL).href);
  expect(metaContent("property=og:url")).toBe(canonical);
  expect(metaContent("property=og:title")).toBeTruthy();
  expect(metaContent("name=twitter:card")).toBe("summary_large_image");
  const image = metaContent("property=og:image");
  expect(new URL(image ?? "").origin, siteUrlHint).toBe(new URL(baseURL).origin);
  expect(await pngSize(request, image ?? "")).toEqual({ width: 1200, height: 630 });
  expect(metaContent("name=twitter:image")).toBe(image);
}

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

for (const pagePath of auditedPaths()) {
  test(`${pagePath}: renders, passes axe at 1280 and 390 px, stays on the site, leaves nothing behind, runs under its policy`, async ({
    sharedPage: page,
    request,
    baseURL,
  }) => {
    // Two axe scans and a focus pass on one load: several times a plain page check.
    test.slow();
    const foreignRequests = watchForeignRequests(page);
    const violations = await watchForViolations(page);
    await page.setViewportSize(desktop);
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(pagePath === notFoundPath ? 404 : 200);
    if (pagePath === notFoundPath) {
      await expect(page.getByRole("heading", { level: 1 }), "a helpful 404").toContainText("couldn’t find");
      await expect(page.getByRole("link", { name: /Request a call/ }).first()).toBeVisible();
    }
    await expect(page).toHaveTitle(new RegExp(center.name));
    await expect(page.locator(`a[href="${telHref(center.phones.admissions)}"]`).first()).toBeVisible();
    const crisisBar = pagePath === "/es" || pagePath.startsWith("/es/") ? "Ayuda en una crisis" : "Crisis help";
    await expect(page.getByRole("complementary", { name: crisisBar })).toContainText("988");
    await expectOutlineAndNames(page);
    if (indexed.has(pagePath)) await expectSearchMetadata(page, request, pagePath, baseURL ?? "");

    // Late requests (fonts, prefetches) and scripts that run after load count too.
    await page.waitForLoadState("networkidle");
    await expectNoViolations(page, "1280 px");
    expect(await elementsWithoutVisibleFocus(page), "elements that show no focus indicator").toEqual([]);
    await page.setViewportSize(phone);
    await expectNoViolations(page, "390 px");

    expect(foreignRequests, "requests to other origins").toEqual([]);
    // A shared family computer should show no trace of someone looking into treatment.
    expect(
      (await page.context().cookies()).map((cookie) => cookie.name),
      "cookies",
    ).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage)), "local storage").toEqual([]);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  });
}
