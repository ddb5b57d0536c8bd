import type { Metadata } from "next";
import { PersonView, personMetadata, personParams } from "@/components/people/person-view";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return personParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return personMetadata((await params).slug, "es");
}

export default async function SpanishPersonRoute({ params }: Props) {
  return <PersonView slug={(await params).slug} locale="es" />;
}
