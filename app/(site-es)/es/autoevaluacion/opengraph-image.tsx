import { renderSocialCard } from "@/components/seo/social-card";
import { center } from "@/lib/center/schema";
import { translator } from "@/lib/i18n/translate";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = translator("es", "card")("alt", { name: center.name });

export default function Image() {
  return renderSocialCard({
    eyebrow: translator("es", "sections")("getting-started"),
    title: translator("es", "nav")("selfCheck"),
    locale: "es",
  });
}
