import type { ArticleMeta } from "@/lib/articles/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/**
 * The sources an article rests on, under a heading in its language. The sources are English
 * publications, so on a Spanish page each is marked English for screen readers.
 */
export function SourceList({ sources, locale }: { sources: ArticleMeta["sources"]; locale: Locale }) {
  return (
    <section aria-labelledby="sources-title" className="mt-12 max-w-[68ch]">
      <h2 id="sources-title" className="text-2xl font-bold text-brand-900">
        {translator(locale, "articles")("sources")}
      </h2>
      <ol className="mt-4 list-decimal space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.url} lang={locale === "en" ? undefined : "en"}>
            <a
              href={source.url}
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline hover:text-brand-900"
            >
              {source.title}
            </a>
            , {source.publisher}
          </li>
        ))}
      </ol>
    </section>
  );
}
