import { renderSocialCard } from "@/components/seo/social-card";
import { center } from "@/lib/center/schema";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `${center.name}: ${center.tagline}`;

export default function Image() {
  const { city, region } = center.address;
  return renderSocialCard({ eyebrow: `Intensive outpatient program · ${city}, ${region}`, title: center.tagline });
}
