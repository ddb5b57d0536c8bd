import type { Metadata } from "next";
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

export const metadata: Metadata = withFeedLink(
  pageMetadata({ title: articleIndexCopy.title, description: articleIndexCopy.description, path: "/articles" }),
  articleIndexCopy.feedTitle,
);

export default function ArticlesRoute() {
  return (
    <ReadingFrame>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", url: absoluteUrl("/") },
          { name: "Articles", url: absoluteUrl("/articles") },
        ])}
      />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Articles" />
      <header className="mt-4 max-w-[68ch]">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{articleIndexCopy.heading}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{articleIndexCopy.description}</p>
        <FeedLink />
      </header>
      <TopicNav topics={topicsInUse()} />
      <h2 className="mt-10 text-2xl font-bold text-brand-900">Newest first</h2>
      <ArticleList articles={loadArticles()} headingLevel={3} />
    </ReadingFrame>
  );
}
