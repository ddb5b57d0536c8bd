import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { FeedLink } from "@/components/articles/feed-link";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { TopicNav } from "@/components/articles/topic-nav";
import { JsonLd } from "@/components/seo/json-ld";
import { articleIndexCopy } from "@/lib/articles/copy";
import { loadArticles } from "@/lib/articles/load";
import { topicsInUse } from "@/lib/articles/topics-in-use";
import { withFeedLink } from "@/lib/seo/article-metadata";
import { pageMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/seo/site-url";
import { breadcrumbJsonLd } from "@/lib/seo/structured-data";

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export function generateStaticParams() {
  return topicsInUse().map(({ slug }) => ({ topic: slug }));
}

function findTopic(slug: string) {
  return topicsInUse().find((t) => t.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = findTopic((await params).topic);
  if (!topic) return {};
  return withFeedLink(
    pageMetadata({
      title: `Articles: ${topic.label}`,
      description: topic.description,
      path: `/articles/topics/${topic.slug}`,
    }),
    articleIndexCopy.feedTitle,
  );
}

export default async function TopicRoute({ params }: Props) {
  const topic = findTopic((await params).topic);
  if (!topic) notFound();
  const path = `/articles/topics/${topic.slug}`;
  return (
    <ReadingFrame>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", url: absoluteUrl("/") },
          { name: "Articles", url: absoluteUrl("/articles") },
          { name: topic.label, url: absoluteUrl(path) },
        ])}
      />
      <Breadcrumbs
        trail={[
          { href: "/", label: "Home" },
          { href: "/articles", label: "Articles" },
        ]}
        current={topic.label}
      />
      <header className="mt-4 max-w-[68ch]">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{topic.label}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{topic.description}</p>
        <FeedLink />
      </header>
      <TopicNav topics={topicsInUse()} current={topic.slug} />
      <h2 className="mt-10 text-2xl font-bold text-brand-900">Articles on this topic, newest first</h2>
      <ArticleList articles={loadArticles().filter((a) => a.meta.topic === topic.slug)} headingLevel={3} />
    </ReadingFrame>
  );
}
