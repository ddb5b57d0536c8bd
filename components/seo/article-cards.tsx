import { renderSocialCard } from "@/components/seo/social-card";
import { findArticle } from "@/lib/articles/load";
import { findTopic } from "@/lib/articles/topics-in-use";
import { topicText } from "@/lib/articles/topics";
import { center } from "@/lib/center/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { nameWithCredentials, personText } from "@/lib/people";

/** The social cards of the article, index, topic and person pages, in both languages, with their alt texts. */
type CardKind = "article" | "topic" | "person" | "index";

export function articleCardAlt(kind: CardKind, locale: Locale): string {
  const t = translator(locale, "articles");
  return t(`${kind}CardAlt`, { name: center.name, title: t("indexTitle") });
}

export function renderIndexCard(locale: Locale) {
  const t = translator(locale, "articles");
  return renderSocialCard({ eyebrow: t("articles"), title: t("indexTitle"), locale });
}

export function renderArticleCard(slug: string, locale: Locale) {
  const article = findArticle(slug, locale);
  if (!article) throw new Error(`No ${locale} article ${slug}`);
  return renderSocialCard({
    eyebrow: translator(locale, "articles")("articleEyebrow", { topic: topicText(article.meta.topic, locale).label }),
    title: article.meta.title,
    locale,
  });
}

export function renderTopicCard(slug: string, locale: Locale) {
  const topic = findTopic(slug, locale);
  if (!topic) throw new Error(`No ${locale} topic ${slug}`);
  return renderSocialCard({ eyebrow: translator(locale, "articles")("articles"), title: topic.label, locale });
}

export function renderPersonCard(slug: string, locale: Locale) {
  const person = center.people.find((p) => p.slug === slug);
  if (!person) throw new Error(`No person ${slug}`);
  return renderSocialCard({ eyebrow: personText(person, locale).jobTitle, title: nameWithCredentials(person), locale });
}
