import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { auditedPaths, forms, notFoundPath, sitemapPaths } from "@/tests/support/audited-pages";
import { stampFormToken } from "@/tests/support/form-token";
import { expect, test } from "./fixtures";

/** vnu-jar exports the path of the Nu HTML Checker's jar (as a String object). */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

type VnuMessage = { type: string; url?: string; lastLine?: number; message: string; extract?: string };

/** Runs the checker once over every file (its start-up costs seconds) and lists its errors. */
function nuErrors(files: Map<string, string>): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  try {
    const names = new Map<string, string>();
    [...files].forEach(([page, html], i) => {
      const file = path.join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      names.set(`page-${i}.html`, page);
    });
    const run = spawnSync(
      "java",
      ["-jar", vnuJar, "--format", "json", "--errors-only", ...[...names.keys()].map((n) => path.join(dir, n))],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.error) {
      throw new Error(`The Nu HTML Checker needs Java (${run.error.message}). Run: bash scripts/install-test-deps.sh`);
    }
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    return messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .map((m) => {
        const page = names.get(path.basename(m.url ?? "")) ?? m.url ?? "?";
        return `${page} line ${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ""}`;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each form as the server renders it after an empty post without JavaScript: the error
 * summary, field errors and echoed values are markup no GET shows.
 */
async function formErrorPages(browser: Browser): Promise<Map<string, string>> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const html = new Map<string, string>();
  try {
    for (const { path: formPath, kind } of forms) {
      const page = await context.newPage();
      await page.goto(formPath);
      await stampFormToken(page, kind);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.locator("form button[type=submit]").click(),
      ]);
      const text = await response.text();
      expect(text, `${formPath} answers an empty post with errors`).toContain('id="form-errors"');
      html.set(`${formPath} (after an empty post)`, text);
    }
  } finally {
    await context.close();
  }
  return html;
}

type Parsed = { status: number; html: string; title: string; description: string; ids: Set<string>; hrefs: string[] };

/**
 * The one HTTP walk of the site: every page, and every page a link points to, fetched once
 * and parsed in the browser. It feeds the status, HTML, link and title checks below.
 */
function pageReader(page: Page, request: APIRequestContext) {
  const documents = new Map<string, Parsed>();
  return async (target: string): Promise<Parsed> => {
    const known = documents.get(target);
    if (known) return known;
    const response = await request.get(target);
    const html = await response.text();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "text/html");
      return {
        title: doc.title,
        description: doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
        ids: [...doc.querySelectorAll("[id]")].map((element) => element.id),
        hrefs: [...doc.querySelectorAll("a[href], area[href]")].map((link) => link.getAttribute("href") ?? ""),
      };
    }, html);
    const result = { ...parsed, status: response.status(), html, ids: new Set(parsed.ids) };
    documents.set(target, result);
    return result;
  };
}

test("every page answers, is valid HTML, links only to what exists, and has its own title", async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL ?? "").origin;
  const read = pageReader(page, request);
  const pages = new Map<string, Parsed>();
  for (const pagePath of auditedPaths()) {
    const parsed = await read(pagePath);
    expect.soft(parsed.status, pagePath).toBe(pagePath === notFoundPath ? 404 : 200);
    pages.set(pagePath, parsed);
  }

  // Links and #fragments: a link to another page of ours must answer 200 and hold its fragment.
  const broken: string[] = [];
  let checked = 0;
  for (const [from, { hrefs }] of pages) {
    for (const href of hrefs) {
      checked += 1;
      const url = new URL(href, `${origin}${from}`);
      if (url.origin !== origin) continue; // tel:, mailto: and other sites are not ours to fetch
      const samePage = `${url.pathname}${url.search}` === from;
      const target = await read(`${url.pathname}${url.search}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (target.status !== 200 && !samePage) broken.push(`${from} → ${href}: ${target.status}`);
      else if (fragment && fragment !== "top" && !target.ids.has(fragment))
        broken.push(`${from} → ${href}: no #${fragment}`);
    }
  }
  expect.soft(checked, "links found").toBeGreaterThan(100);
  expect.soft(broken, "broken links").toEqual([]);

  for (const field of ["title", "description"] as const) {
    const seen = new Map<string, string>();
    for (const pagePath of sitemapPaths()) {
      const value = pages.get(pagePath)?.[field] ?? "";
      expect.soft(value, `${pagePath} ${field}`).toBeTruthy();
      expect.soft(seen.get(value), `${pagePath} repeats the ${field} of ${seen.get(value)}`).toBeUndefined();
      seen.set(value, pagePath);
    }
  }

  const html = new Map([...pages].map(([pagePath, parsed]) => [pagePath, parsed.html]));
  for (const [name, text] of await formErrorPages(browser)) html.set(name, text);
  expect(nuErrors(html), "the W3C Nu HTML Checker").toEqual([]);
});
