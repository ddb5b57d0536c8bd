import { renderSocialCard } from "@/components/seo/social-card";
import { center } from "@/lib/center/schema";
import { translator } from "@/lib/i18n/translate";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `${center.name}: ${center.es.tagline}`;

export default function Image() {
  const { city, region } = center.address;
  return renderSocialCard({
    eyebrow: translator("es", "card")("kind", { city, region }),
    title: center.es.tagline,
    locale: "es",
  });
}
