import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { Byline } from "@/components/articles/byline";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { SourceList } from "@/components/articles/source-list";
import { JsonLd } from "@/components/seo/json-ld";
import { loadArticleBody } from "@/lib/articles/body";
import { findArticle, loadArticles } from "@/lib/articles/load";
import { articleTopics } from "@/lib/articles/topics";
import { articleJsonLd } from "@/lib/seo/article-json-ld";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return loadArticles().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = findArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticleRoute({ params }: Props) {
  const article = findArticle((await params).slug);
  if (!article) notFound();
  const Content = await loadArticleBody(article.slug);
  const topic = articleTopics[article.meta.topic];
  return (
    <ReadingFrame>
      <JsonLd data={articleJsonLd(article, siteUrl)} />
      <article>
        <Breadcrumbs
          trail={[
            { href: "/", label: "Home" },
            { href: "/articles", label: "Articles" },
            { href: `/articles/topics/${article.meta.topic}`, label: topic.label },
          ]}
          current={article.meta.title}
        />
        <header className="mt-4 max-w-[68ch]">
          <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{article.meta.title}</h1>
          <p className="mt-4 text-xl leading-relaxed text-muted">{article.meta.description}</p>
          <Byline article={article} />
        </header>
        <div className="prose-body mt-8">
          <Content />
        </div>
        <p className="mt-10 max-w-[68ch] text-sm text-muted">
          This article is general information. It is not medical advice or a diagnosis, and it cannot replace a talk
          with a clinician who knows your situation.
        </p>
        <SourceList sources={article.meta.sources} />
      </article>
    </ReadingFrame>
  );
}
