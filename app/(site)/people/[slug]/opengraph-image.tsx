import { renderSocialCard } from "@/components/seo/social-card";
import { center } from "@/lib/center/schema";
import { nameWithCredentials } from "@/lib/people";

export { cardContentType as contentType, cardSize as size } from "@/components/seo/social-card";
export const alt = `This person's name and credentials, with the ${center.name} name and 24/7 admissions phone number`;
export const dynamicParams = false;

export function generateStaticParams() {
  return center.people.map(({ slug }) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const person = center.people.find((p) => p.slug === slug);
  if (!person) throw new Error("No such person");
  return renderSocialCard({ eyebrow: person.jobTitle, title: nameWithCredentials(person) });
}
