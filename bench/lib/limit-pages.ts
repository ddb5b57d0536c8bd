import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The limit: each page's own prerendered HTML with every <script> removed (and the
 * <link rel=preload|modulepreload> hints that would fetch those scripts), so what is left is
 * the markup, the CSS and the fonts. Written into the build copy's public/ folder, so the
 * same `next start` serves it, through the same proxy.ts (security headers, CSP) and the
 * same compression, from the same origin: the only difference Lighthouse sees is the
 * JavaScript. public/ is read when `next start` starts, so this runs before it.
 */
const LIMIT_PREFIX = "/bench-limit";

export function limitPath(pagePath: string): string {
  return `${LIMIT_PREFIX}/${htmlName(pagePath)}`;
}

const htmlName = (pagePath: string) => `${pagePath === "/" ? "index" : pagePath.slice(1)}.html`;

export function writeLimitPages(site: string, pagePaths: string[]): void {
  const htmlRoot = path.join(site, ".next", "server", "app");
  const publicDir = path.join(site, "public");
  for (const pagePath of pagePaths) {
    const source = path.join(htmlRoot, htmlName(pagePath));
    if (!existsSync(source)) throw new Error(`${pagePath} is not a prerendered page (no ${source})`);
    const stripped = stripScripts(readFileSync(source, "utf8"));
    const target = path.join(publicDir, limitPath(pagePath).slice(1));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, stripped);
  }
}

function stripScripts(html: string): string {
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b(?=[^>]*\bas="script")[^>]*>/gi, "")
    .replace(/<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi, "");
  if (/<script\b/i.test(stripped)) throw new Error("A <script> survived stripping; fix stripScripts");
  return stripped;
}
