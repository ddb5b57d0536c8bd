import { topicParams } from "@/components/articles/topic-view";
import { articleCardAlt, renderTopicCard } from "@/components/seo/article-cards";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = articleCardAlt("topic", "en");
export const dynamicParams = false;

export function generateStaticParams() {
  return topicParams("en").map((topic) => ({ topic }));
}

export default async function Image({ params }: { params: Promise<{ topic: string }> }) {
  return renderTopicCard((await params).topic, "en");
}
