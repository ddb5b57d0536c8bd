import type { Metadata } from "next";
import { TopicView, topicMetadata, topicParams } from "@/components/articles/topic-view";

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export function generateStaticParams() {
  return topicParams("en").map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata((await params).topic, "en");
}

export default async function EnglishTopicRoute({ params }: Props) {
  return <TopicView slug={(await params).topic} locale="en" />;
}
