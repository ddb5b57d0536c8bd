import { renderSocialCard } from "@/components/seo/social-card";
import { topicsInUse } from "@/lib/articles/topics-in-use";
import { center } from "@/lib/center/schema";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `This topic's name, with the ${center.name} name and 24/7 admissions phone number`;
export const dynamicParams = false;

export function generateStaticParams() {
  return topicsInUse().map(({ slug }) => ({ topic: slug }));
}

export default async function Image({ params }: { params: Promise<{ topic: string }> }) {
  const { topic } = await params;
  const found = topicsInUse().find((t) => t.slug === topic);
  if (!found) throw new Error("No such topic");
  return renderSocialCard({ eyebrow: "Articles", title: found.label });
}
