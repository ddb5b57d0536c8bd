import Link from "next/link";
import type { Article } from "@/lib/articles/load";
import { formatArticleDate } from "@/lib/articles/dates";
import { articleTopics } from "@/lib/articles/topics";

/** Article cards, in the order given; each heading is the link. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="mt-6 grid gap-4 md:grid-cols-2">
      {articles.map((article) => (
        <li key={article.slug} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-line">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">
            {articleTopics[article.meta.topic].label}
          </p>
          <Heading className="mt-1 text-xl font-bold leading-snug text-brand-900">
            <Link href={`/articles/${article.slug}`} className="underline-offset-4 hover:underline">
              {article.meta.title}
            </Link>
          </Heading>
          <p className="mt-2">{article.meta.description}</p>
          <p className="mt-3 text-sm text-muted">
            Reviewed by {article.reviewer.name} on{" "}
            <time dateTime={article.meta.reviewed}>{formatArticleDate(article.meta.reviewed)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
