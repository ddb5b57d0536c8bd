import { renderSocialCard } from "@/components/seo/social-card";
import { articleIndexCopy } from "@/lib/articles/copy";
import { center } from "@/lib/center/schema";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `${articleIndexCopy.title}, with the ${center.name} name and 24/7 admissions phone number`;

export default function Image() {
  return renderSocialCard({ eyebrow: "Articles", title: articleIndexCopy.title });
}
