import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { Byline } from "@/components/articles/byline";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { SourceList } from "@/components/articles/source-list";
import { JsonLd } from "@/components/seo/json-ld";
import { loadArticleBody } from "@/lib/articles/body";
import { findArticle, loadArticles } from "@/lib/articles/load";
import { topicPath } from "@/lib/articles/paths";
import { topicText } from "@/lib/articles/topics";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { articleJsonLd } from "@/lib/seo/article-json-ld";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { siteUrl } from "@/lib/seo/site-url";

/** An article's page, shared by /articles/[slug] and /es/articulos/[slug]. */
export function articleParams(locale: Locale): Array<{ slug: string }> {
  return loadArticles(locale).map(({ slug }) => ({ slug }));
}

export function articlePageMetadata(slug: string, locale: Locale): Metadata {
  const article = findArticle(slug, locale);
  return article ? articleMetadata(article) : {};
}

export async function ArticleView({ slug, locale }: { slug: string; locale: Locale }) {
  setRequestLocale(locale);
  const article = findArticle(slug, locale);
  if (!article) notFound();
  const Content = await loadArticleBody(article.slug, locale);
  const t = translator(locale, "articles");
  return (
    <ReadingFrame locale={locale} paths={article.paths}>
      <JsonLd data={articleJsonLd(article, siteUrl)} />
      <article>
        <Breadcrumbs
          locale={locale}
          trail={[
            { href: appPages.home[locale], label: translator(locale, "content")("home") },
            { href: appPages.articles[locale], label: t("articles") },
            { href: topicPath(article.meta.topic, locale), label: topicText(article.meta.topic, locale).label },
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
        <p className="mt-10 max-w-[68ch] text-sm text-muted">{t("notAdvice")}</p>
        <SourceList sources={article.meta.sources} locale={locale} />
      </article>
    </ReadingFrame>
  );
}
