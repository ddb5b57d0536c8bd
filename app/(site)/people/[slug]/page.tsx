import type { Metadata } from "next";
import { PersonView, personMetadata, personParams } from "@/components/people/person-view";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return personParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return personMetadata((await params).slug, "en");
}

export default async function EnglishPersonRoute({ params }: Props) {
  return <PersonView slug={(await params).slug} locale="en" />;
}
