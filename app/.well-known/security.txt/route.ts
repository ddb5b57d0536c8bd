import { center } from "@/lib/center/schema";
import { absoluteUrl } from "@/lib/seo/site-url";

// Written once, at build time, like the sitemap.
export const dynamic = "force-static";

const year = 365 * 24 * 60 * 60 * 1000;

/**
 * RFC 9116: how to report a security problem with this site. Expires must lie within a year,
 * so it is counted from the build: deploy at least once a year and it stays current.
 */
export function GET() {
  const expires = new Date(Date.now() + year - 24 * 60 * 60 * 1000);
  const fields = [
    `Contact: mailto:${center.securityEmail}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: en",
    `Canonical: ${absoluteUrl("/.well-known/security.txt")}`,
  ];
  return new Response(`${fields.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
