import { articleParams } from "@/components/articles/article-view";
import { articleCardAlt, renderArticleCard } from "@/components/seo/article-cards";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = articleCardAlt("article", "es");
export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("es");
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return renderArticleCard((await params).slug, "es");
}
