import { z } from "zod";

const fallback = "http://localhost:3000";

const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://www.example.org" })
  .refine((value) => !URL.canParse(value) || new URL(value).pathname === "/", "must be an origin without a path");

/**
 * The public origin, e.g. "https://www.example.org" (no trailing slash). Canonical links,
 * the sitemap and social cards are rendered at build time, so SITE_URL must be set when
 * `next build` runs, not only when the server starts.
 */
export function parseSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return fallback;
  const result = siteUrlSchema.safeParse(value.trim());
  if (!result.success) {
    throw new Error(`SITE_URL ${result.error.issues[0].message} (got "${value}")`);
  }
  return new URL(result.data).origin;
}

export const siteUrl = parseSiteUrl(process.env.SITE_URL);

if (siteUrl === fallback && process.env.NODE_ENV === "production") {
  console.warn(`SITE_URL is not set: canonical links, the sitemap and social cards will point at ${fallback}.`);
}

/** "/faq" → "https://www.example.org/faq"; "/" → "https://www.example.org/". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}
