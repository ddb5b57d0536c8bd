import { serializeJsonLd } from "@/lib/seo/json-ld";
import type { JsonLd as JsonLdData } from "@/lib/seo/structured-data";

/** Structured data for search engines. Only config and content reach it, never visitor input. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
