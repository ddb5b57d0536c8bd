import Link from "next/link";
import type { Article } from "@/lib/articles/load";
import { formatArticleDate } from "@/lib/articles/dates";
import { nameWithCredentials, personPath } from "@/lib/people";

/** Who wrote the article, which clinician checked it and when: the first thing a careful reader looks for. */
export function Byline({ article }: { article: Article }) {
  const { author, reviewer, meta } = article;
  return (
    <div className="mt-6 max-w-[68ch] rounded-lg border border-line bg-white p-4 text-base">
      <p>
        Written by{" "}
        <Link href={personPath(author)} className="font-semibold text-brand-700 underline hover:text-brand-900">
          {nameWithCredentials(author)}
        </Link>
        , {author.jobTitle.toLowerCase()}
      </p>
      <p className="mt-1">
        Clinically reviewed by{" "}
        <Link href={personPath(reviewer)} className="font-semibold text-brand-700 underline hover:text-brand-900">
          {nameWithCredentials(reviewer)}
        </Link>{" "}
        on <time dateTime={meta.reviewed}>{formatArticleDate(meta.reviewed)}</time>
      </p>
      <p className="mt-1 text-muted">
        Published <time dateTime={meta.published}>{formatArticleDate(meta.published)}</time>.{" "}
        <Link href="/editorial-policy" className="underline hover:text-brand-900">
          How we write and review articles
        </Link>
      </p>
    </div>
  );
}
