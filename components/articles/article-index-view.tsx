import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { Breadcrumbs } from "@/components/articles/breadcrumbs";
import { FeedLink } from "@/components/articles/feed-link";
import { ReadingFrame } from "@/components/articles/reading-frame";
import { TopicNav } from "@/components/articles/topic-nav";
import { JsonLd } from "@/components/seo/json-ld";
import { loadArticles } from "@/lib/articles/load";
import { topicsInUse } from "@/lib/articles/topics-in-use";
import type { Locale } from "@/lib/i18n/locales";
import { appPages } from "@/lib/i18n/paths";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { articleListJsonLd } from "@/lib/seo/article-json-ld";
import { articleListMetadata } from "@/lib/seo/article-metadata";
import { siteUrl } from "@/lib/seo/site-url";

/** The article index, shared by app/(site)/articles and app/(site-es)/es/articulos. */
export function articleIndexMetadata(locale: Locale): Metadata {
  const t = translator(locale, "articles");
  return articleListMetadata({
    title: t("indexTitle"),
    description: t("indexDescription"),
    locale,
    paths: appPages.articles,
  });
}

export function ArticleIndexView({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = translator(locale, "articles");
  return (
    <ReadingFrame locale={locale} paths={appPages.articles}>
      <JsonLd data={articleListJsonLd(siteUrl, locale)} />
      <Breadcrumbs
        locale={locale}
        trail={[{ href: appPages.home[locale], label: translator(locale, "content")("home") }]}
        current={t("articles")}
      />
      <header className="mt-4 max-w-[68ch]">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{t("indexTitle")}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{t("indexDescription")}</p>
        <FeedLink locale={locale} />
      </header>
      <TopicNav topics={topicsInUse(locale)} locale={locale} />
      <h2 className="mt-10 text-2xl font-bold text-brand-900">{t("newestFirst")}</h2>
      <ArticleList articles={loadArticles(locale)} headingLevel={3} />
    </ReadingFrame>
  );
}
