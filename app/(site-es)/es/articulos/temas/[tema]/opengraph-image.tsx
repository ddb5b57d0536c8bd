import { topicParams } from "@/components/articles/topic-view";
import { articleCardAlt, renderTopicCard } from "@/components/seo/article-cards";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = articleCardAlt("topic", "es");
export const dynamicParams = false;

export function generateStaticParams() {
  return topicParams("es").map((tema) => ({ tema }));
}

export default async function Image({ params }: { params: Promise<{ tema: string }> }) {
  return renderTopicCard((await params).tema, "es");
}
