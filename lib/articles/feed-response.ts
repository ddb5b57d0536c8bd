import "server-only";
import { atomFeed } from "@/lib/articles/feed";
import { loadArticles } from "@/lib/articles/load";
import { center } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { siteUrl } from "@/lib/seo/site-url";

/** A language's Atom feed as the feed.xml routes serve it. */
export function feedResponse(locale: Locale): Response {
  const t = translator(locale, "articles");
  const body = atomFeed({
    siteUrl,
    title: `${t("indexTitle")} | ${center.name}`,
    subtitle: t("indexDescription"),
    locale,
    articles: loadArticles(locale),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
