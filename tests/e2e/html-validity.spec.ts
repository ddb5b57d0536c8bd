import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { auditedPaths, formPaths } from "@/tests/support/audited-pages";
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
 * summary, field errors and echoed values are markup no GET shows. The fill-time guard wants 3 s.
 */
async function formErrorPages(page: Page): Promise<Map<string, string>> {
  const pages = await Promise.all(formPaths.map(async () => page.context().newPage()));
  await Promise.all(pages.map((p, i) => p.goto(formPaths[i])));
  await page.waitForTimeout(3_200);
  const html = new Map<string, string>();
  for (const [i, formPage] of pages.entries()) {
    const [response] = await Promise.all([
      formPage.waitForResponse((r) => r.request().method() === "POST"),
      formPage.locator("form button[type=submit]").click(),
    ]);
    expect(await response.text(), `${formPaths[i]} answers an empty post with errors`).toContain('id="form-errors"');
    html.set(`${formPaths[i]} (after an empty post)`, await response.text());
  }
  return html;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page is valid HTML, by the W3C Nu HTML Checker", async ({ page, request }) => {
    test.setTimeout(60_000);
    const html = new Map<string, string>();
    for (const pagePath of auditedPaths()) html.set(pagePath, await (await request.get(pagePath)).text());
    for (const [name, text] of await formErrorPages(page)) html.set(name, text);
    expect(nuErrors(html)).toEqual([]);
  });
});

type Links = { status: number; ids: Set<string>; hrefs: string[] };

test("every internal link and #fragment on every page leads somewhere", async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const documents = new Map<string, Links>();
  const read = async (target: string): Promise<Links> => {
    const known = documents.get(target);
    if (known) return known;
    const response = await request.get(target);
    const parsed = await page.evaluate(
      (source) => {
        const doc = new DOMParser().parseFromString(source, "text/html");
        return {
          ids: [...doc.querySelectorAll("[id]")].map((element) => element.id),
          hrefs: [...doc.querySelectorAll("a[href], area[href]")].map((link) => link.getAttribute("href") ?? ""),
        };
      },
      await response.text(),
    );
    const links = { status: response.status(), ids: new Set(parsed.ids), hrefs: parsed.hrefs };
    documents.set(target, links);
    return links;
  };

  const broken: string[] = [];
  let checked = 0;
  for (const from of auditedPaths()) {
    for (const href of (await read(from)).hrefs) {
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
  expect(checked, "links found").toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
