import Link from "next/link";
import type { TopicSummary } from "@/lib/articles/topics-in-use";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** Links to each topic's page; the one being shown is marked. */
export function TopicNav({ topics, locale, current }: { topics: TopicSummary[]; locale: Locale; current?: string }) {
  const t = translator(locale, "articles");
  return (
    <nav aria-label={t("topicsLabel")} className="mt-8">
      <h2 className="text-lg font-bold text-brand-900">{t("browseByTopic")}</h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              href={topic.paths[locale]}
              aria-current={topic.slug === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-full bg-white px-4 py-2 font-medium text-brand-800 ring-1 ring-line hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {topic.label} ({topic.count})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
