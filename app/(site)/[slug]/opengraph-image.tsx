import { renderSocialCard } from "@/components/seo/social-card";
import { center } from "@/lib/center/schema";
import { listSlugs, loadPageMeta } from "@/lib/content";
import { sectionLabels } from "@/lib/navigation";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `This page's title, with the ${center.name} name and 24/7 admissions phone number`;
export const dynamicParams = false;

export function generateStaticParams() {
  return listSlugs().map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { meta } = loadPageMeta(slug);
  return renderSocialCard({ eyebrow: sectionLabels[meta.section], title: meta.title });
}
