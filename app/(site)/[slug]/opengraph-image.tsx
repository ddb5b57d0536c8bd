import { contentCardParams, renderContentCard } from "@/components/seo/content-card";
import { center } from "@/lib/center/schema";
import { translator } from "@/lib/i18n/translate";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = translator("en", "card")("alt", { name: center.name });
export const dynamicParams = false;

export function generateStaticParams() {
  return contentCardParams("en");
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return renderContentCard((await params).slug, "en");
}
