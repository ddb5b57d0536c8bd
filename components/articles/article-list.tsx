import Link from "next/link";
import type { Article } from "@/lib/articles/load";
import { formatArticleDate } from "@/lib/articles/dates";
import { topicText } from "@/lib/articles/topics";
import { translator } from "@/lib/i18n/translate";

/** Article cards, in the order given, in the articles' language; each heading is the link. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="mt-6 grid gap-4 md:grid-cols-2">
      {articles.map((article) => {
        const { locale, meta } = article;
        return (
          <li key={article.slug} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-line">
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">
              {topicText(meta.topic, locale).label}
            </p>
            <Heading className="mt-1 text-xl font-bold leading-snug text-brand-900">
              <Link href={article.paths[locale]} className="underline-offset-4 hover:underline">
                {meta.title}
              </Link>
            </Heading>
            <p className="mt-2">{meta.description}</p>
            <p className="mt-3 text-sm text-muted">
              {translator(locale, "articles").rich("listReviewed", {
                name: article.reviewer.name,
                date: formatArticleDate(meta.reviewed, locale),
                time: (chunks) => <time dateTime={meta.reviewed}>{chunks}</time>,
              })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
