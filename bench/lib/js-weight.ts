import { gzipSync } from "node:zlib";

export type PageWeight = {
  path: string;
  kind: "content" | "form";
  scripts: number;
  gzipBytes: number;
  deltaBytes: number;
  limitBytes: number;
  ok: boolean;
};

export const FORM_BUDGET_BYTES = 20 * 1024;

/**
 * Every external script a page's HTML makes a browser load, in order, without repeats.
 * `nomodule` scripts (Next.js's polyfills for browsers without ES modules) are skipped:
 * browsers that run modules never fetch them.
 */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/i.exec(tag)?.[1]?.replace(/&amp;/g, "&"))
    .filter((src): src is string => src !== undefined);
  return [...new Set(sources)];
}

/**
 * Gzip bytes (zlib level 9) of the JavaScript each page loads, from its <script src> tags.
 * The floor is an empty page rendered in the same root layout in the same build; content
 * pages may add nothing to it, form pages at most FORM_BUDGET_BYTES.
 */
export async function measureWeights(
  origin: string,
  floorPath: string,
  pages: Array<{ path: string; kind: "content" | "form" }>,
): Promise<{ floorBytes: number; floorScripts: number; pages: PageWeight[] }> {
  const gzipCache = new Map<string, number>();
  const weigh = async (path: string) => {
    const response = await fetch(`${origin}${path}`);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    const sources = scriptSources(await response.text());
    let total = 0;
    for (const src of sources) {
      let size = gzipCache.get(src);
      if (size === undefined) {
        const script = await fetch(new URL(src, origin));
        if (!script.ok) throw new Error(`GET ${src} (from ${path}) answered ${script.status}`);
        size = gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
        gzipCache.set(src, size);
      }
      total += size;
    }
    return { scripts: sources.length, gzipBytes: total };
  };
  const floor = await weigh(floorPath);
  const results: PageWeight[] = [];
  for (const page of pages) {
    const { scripts, gzipBytes } = await weigh(page.path);
    const deltaBytes = gzipBytes - floor.gzipBytes;
    const limitBytes = page.kind === "form" ? FORM_BUDGET_BYTES : 0;
    results.push({ ...page, scripts, gzipBytes, deltaBytes, limitBytes, ok: deltaBytes <= limitBytes });
  }
  return { floorBytes: floor.gzipBytes, floorScripts: floor.scripts, pages: results };
}
