import type { Metadata } from "next";
import { TopicView, topicMetadata, topicParams } from "@/components/articles/topic-view";

export const dynamicParams = false;

type Props = { params: Promise<{ tema: string }> };

export function generateStaticParams() {
  return topicParams("es").map((tema) => ({ tema }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata((await params).tema, "es");
}

export default async function SpanishTopicRoute({ params }: Props) {
  return <TopicView slug={(await params).tema} locale="es" />;
}
