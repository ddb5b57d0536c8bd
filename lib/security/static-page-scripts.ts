import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The SHA-256 hashes of the inline scripts in each statically generated page, read from the
 * prerendered HTML `next build` wrote (`.next/server/app/<path>.html`), so the CSP can allow
 * exactly those scripts while the pages stay static. Read once, on the first request: the
 * files never change while the server runs, and the map's size is fixed by the build.
 *
 * This needs the build output beside the server, as with `next start` (see README, Deploying).
 * Were it missing, static pages would lose their scripts, not their content: they work
 * without JavaScript, and the security spec fails long before that reaches a visitor.
 */
const appDir = path.join(process.cwd(), ".next", "server", "app");

// Inline scripts only; JSON-LD blocks are data, which CSP does not govern.
const inlineScript = /<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\ssrc=/.test(attributes) || /\stype="application\/(ld\+)?json"/.test(attributes) || !body) continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(file);
    return entry.name.endsWith(".html") ? [file] : [];
  });
}

/** "/", "/faq" … → hashes; "/_not-found" and "/_global-error" are the static error pages. */
function readPrerenderedPages(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  let files: string[] = [];
  try {
    files = htmlFiles(appDir);
  } catch {
    // No build output (next dev renders every page per request, so the nonce covers it).
    return pages;
  }
  for (const file of files) {
    const route = `/${path.relative(appDir, file).slice(0, -".html".length).split(path.sep).join("/")}`;
    pages.set(route === "/index" ? "/" : route, inlineScriptHashes(readFileSync(file, "utf8")));
  }
  return pages;
}

let pages: Map<string, string[]> | undefined;

/** The hashes of a statically generated page's inline scripts; undefined if `pathname` has none. */
export function prerenderedPageHashes(pathname: string): string[] | undefined {
  pages ??= readPrerenderedPages();
  return pages.get(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
}

/** An unknown address is answered with the static 404 page (or, on a crash, the global error page). */
export function staticErrorPageHashes(): string[] {
  return [
    ...new Set([...(prerenderedPageHashes("/_not-found") ?? []), ...(prerenderedPageHashes("/_global-error") ?? [])]),
  ];
}
