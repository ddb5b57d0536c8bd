import { personParams } from "@/components/people/person-view";
import { articleCardAlt, renderPersonCard } from "@/components/seo/article-cards";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = articleCardAlt("person", "es");
export const dynamicParams = false;

export function generateStaticParams() {
  return personParams();
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return renderPersonCard((await params).slug, "es");
}
