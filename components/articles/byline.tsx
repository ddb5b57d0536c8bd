import Link from "next/link";
import type { ReactNode } from "react";
import type { Article } from "@/lib/articles/load";
import { formatArticleDate } from "@/lib/articles/dates";
import { pathIn } from "@/lib/i18n/links";
import { translator } from "@/lib/i18n/translate";
import { nameWithCredentials, personPath, personText } from "@/lib/people";

const personLink = (href: string) =>
  function PersonLink(chunks: ReactNode) {
    return (
      <Link href={href} className="font-semibold text-brand-700 underline hover:text-brand-900">
        {chunks}
      </Link>
    );
  };

/** Who wrote the article, which clinician checked it and when: the first thing a careful reader looks for. */
export function Byline({ article }: { article: Article }) {
  const { author, reviewer, meta, locale } = article;
  const t = translator(locale, "articles");
  const date = (iso: string) => ({
    date: formatArticleDate(iso, locale),
    time: (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>,
  });
  return (
    <div className="mt-6 max-w-[68ch] rounded-lg border border-line bg-white p-4 text-base">
      <p>
        {t.rich("written", {
          name: nameWithCredentials(author),
          jobTitle: personText(author, locale).jobTitle.toLowerCase(),
          person: personLink(personPath(author, locale)),
        })}
      </p>
      <p className="mt-1">
        {t.rich("reviewed", {
          name: nameWithCredentials(reviewer),
          person: personLink(personPath(reviewer, locale)),
          ...date(meta.reviewed),
        })}
      </p>
      <p className="mt-1 text-muted">
        {t.rich("published", date(meta.published))}{" "}
        <Link href={pathIn("/editorial-policy", locale)} className="underline hover:text-brand-900">
          {t("howWeWork")}
        </Link>
      </p>
    </div>
  );
}
