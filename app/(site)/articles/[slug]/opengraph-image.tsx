import { renderSocialCard } from "@/components/seo/social-card";
import { findArticle, loadArticles } from "@/lib/articles/load";
import { articleTopics } from "@/lib/articles/topics";
import { center } from "@/lib/center/schema";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `This article's title, with the ${center.name} name and 24/7 admissions phone number`;
export const dynamicParams = false;

export function generateStaticParams() {
  return loadArticles().map(({ slug }) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = findArticle((await params).slug);
  if (!article) throw new Error("No such article");
  return renderSocialCard({
    eyebrow: `Article · ${articleTopics[article.meta.topic].label}`,
    title: article.meta.title,
  });
}
