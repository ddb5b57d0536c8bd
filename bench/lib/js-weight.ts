import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";

export type PageWeight = {
  path: string;
  kind: "content" | "form";
  scripts: number;
  gzipBytes: number;
  deltaBytes: number;
  limitBytes: number;
  ok: boolean;
  /** Forms: what loads once focus first enters the form (its validation code), not counted above. */
  onFocusBytes?: number;
};

export const FORM_BUDGET_BYTES = 20 * 1024;

/**
 * Gzip bytes (zlib level 9) of the JavaScript each page makes Chromium load, counted until
 * the network has been idle for 500 ms. The floor is an empty page rendered in the same root
 * layout in the same build; content pages may add nothing to it, form pages at most
 * FORM_BUDGET_BYTES. For a form, focusing its first field then shows what loads on demand.
 */
export async function measureWeights(
  origin: string,
  floorPath: string,
  pages: Array<{ path: string; kind: "content" | "form" }>,
): Promise<{ floorBytes: number; floorScripts: number; pages: PageWeight[] }> {
  const gzipCache = new Map<string, number>();
  const gzipBytes = async (urls: string[]) => {
    let total = 0;
    for (const url of urls) {
      let size = gzipCache.get(url);
      if (size === undefined) {
        const script = await fetch(url);
        if (!script.ok) throw new Error(`GET ${url} answered ${script.status}`);
        size = gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
        gzipCache.set(url, size);
      }
      total += size;
    }
    return total;
  };

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking"],
  });
  try {
    const weigh = async (path: string, kind: "content" | "form") => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.add(request.url());
      });
      const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status()}`);
      const atLoad = [...scripts];
      const onFocus = kind === "form" ? await focusFirstField(page, scripts) : [];
      await context.close();
      return {
        scripts: atLoad.length,
        gzipBytes: await gzipBytes(atLoad),
        onFocusBytes: kind === "form" ? await gzipBytes(onFocus) : undefined,
      };
    };
    const floor = await weigh(floorPath, "content");
    const results: PageWeight[] = [];
    for (const page of pages) {
      const { scripts, gzipBytes: bytes, onFocusBytes } = await weigh(page.path, page.kind);
      const deltaBytes = bytes - floor.gzipBytes;
      const limitBytes = page.kind === "form" ? FORM_BUDGET_BYTES : 0;
      results.push({
        ...page,
        scripts,
        gzipBytes: bytes,
        deltaBytes,
        limitBytes,
        ok: deltaBytes <= limitBytes,
        onFocusBytes,
      });
    }
    return { floorBytes: floor.gzipBytes, floorScripts: floor.scripts, pages: results };
  } finally {
    await browser.close();
  }
}

/** Focuses the form's first visible field and returns the scripts that loaded because of it. */
async function focusFirstField(page: Page, scripts: Set<string>): Promise<string[]> {
  const before = new Set(scripts);
  await page.locator("form input:visible:not([type=hidden])").first().focus();
  await page.waitForLoadState("networkidle");
  // networkidle has already fired once; give a lazy import time to start and finish.
  await page.waitForTimeout(1_000);
  return [...scripts].filter((url) => !before.has(url));
}
