import { articleCardAlt, renderIndexCard } from "@/components/seo/article-cards";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = articleCardAlt("index", "en");

export default function Image() {
  return renderIndexCard("en");
}
