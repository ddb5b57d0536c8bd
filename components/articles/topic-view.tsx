import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { FeedLink } from "@/components/articles/feed-link";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { TopicNav } from "@/components/articles/topic-nav";
import { JsonLd } from "@/components/seo/json-ld";
import { loadArticles } from "@/lib/articles/load";
import { findTopic, topicsInUse } from "@/lib/articles/topics-in-use";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { articleListJsonLd } from "@/lib/seo/article-json-ld";
import { articleListMetadata } from "@/lib/seo/article-metadata";
import { siteUrl } from "@/lib/seo/site-url";

/** A topic's page, shared by /articles/topics/[topic] and /es/articulos/temas/[tema]. */
export function topicParams(locale: Locale): string[] {
  return topicsInUse(locale).map((t) => t.slug);
}

export function topicMetadata(slug: string, locale: Locale): Metadata {
  const topic = findTopic(slug, locale);
  if (!topic) return {};
  return articleListMetadata({
    title: translator(locale, "articles")("topicTitle", { topic: topic.label }),
    description: topic.description,
    locale,
    paths: topic.paths,
  });
}

export function TopicView({ slug, locale }: { slug: string; locale: Locale }) {
  setRequestLocale(locale);
  const topic = findTopic(slug, locale);
  if (!topic) notFound();
  const t = translator(locale, "articles");
  return (
    <ReadingFrame locale={locale} paths={topic.paths}>
      <JsonLd data={articleListJsonLd(siteUrl, locale, { label: topic.label, path: topic.paths[locale] })} />
      <Breadcrumbs
        locale={locale}
        trail={[
          { href: appPages.home[locale], label: translator(locale, "content")("home") },
          { href: appPages.articles[locale], label: t("articles") },
        ]}
        current={topic.label}
      />
      <header className="mt-4 max-w-[68ch]">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{topic.label}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{topic.description}</p>
        <FeedLink locale={locale} />
      </header>
      <TopicNav topics={topicsInUse(locale)} locale={locale} current={topic.slug} />
      <h2 className="mt-10 text-2xl font-bold text-brand-900">{t("topicList")}</h2>
      <ArticleList articles={loadArticles(locale).filter((a) => a.meta.topic === topic.topic)} headingLevel={3} />
    </ReadingFrame>
  );
}
