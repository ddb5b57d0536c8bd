import type { JsonLd } from "@/lib/seo/structured-data";

/**
 * JSON for a <script> element. "<" becomes \u003c (the same string to a JSON parser) so no
 * value can close the script early with "</script>" or open an HTML comment.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
