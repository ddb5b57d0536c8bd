import type { Metadata } from "next";
import { ContentRoute, contentMetadata, contentParams } from "@/components/content/content-route";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return contentParams("es");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentMetadata((await params).slug, "es");
}

export default async function SpanishContentRoute({ params }: Props) {
  return <ContentRoute slug={(await params).slug} locale="es" />;
}
