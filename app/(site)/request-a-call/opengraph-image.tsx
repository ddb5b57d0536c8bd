import { renderSocialCard } from "@/components/seo/social-card";
import { center } from "@/lib/center/schema";
import { formLinks, sectionLabels } from "@/lib/navigation";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `${formLinks.requestCall.label}, with the ${center.name} name and 24/7 admissions phone number`;

export default function Image() {
  return renderSocialCard({ eyebrow: sectionLabels["getting-started"], title: formLinks.requestCall.label });
}
