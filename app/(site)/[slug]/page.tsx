import type { Metadata } from "next";
import { ContentRoute, contentMetadata, contentParams } from "@/components/content/content-route";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return contentParams("en");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentMetadata((await params).slug, "en");
}

export default async function EnglishContentRoute({ params }: Props) {
  return <ContentRoute slug={(await params).slug} locale="en" />;
}
