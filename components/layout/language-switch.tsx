import { localeTags, otherLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { PagePair } from "@/lib/seo/metadata";

/**
 * The link to this same page in the other language, at the top of every public page. A plain
 * link (the languages have separate root layouts, so this is a full page load anyway), never
 * an automatic redirect: a family's shared phone or a search engine gets the page it asked for.
 */
export function LanguageSwitch({ locale, paths }: { locale: Locale; paths: PagePair }) {
  const other = otherLocale(locale);
  const t = translator(locale, "switch");
  return (
    <nav aria-label={t("label")} className="no-print mx-auto flex max-w-6xl justify-end px-4 pt-3">
      <a
        href={paths[other]}
        hrefLang={localeTags[other].hreflang}
        lang={localeTags[other].html}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 font-semibold text-brand-700 underline hover:text-brand-900"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-5 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <circle cx="10" cy="10" r="8" />
          <path d="M2 10h16M10 2c2.5 2.2 3.6 5 3.6 8s-1.1 5.8-3.6 8c-2.5-2.2-3.6-5-3.6-8s1.1-5.8 3.6-8z" />
        </svg>
        {t("to")}
      </a>
    </nav>
  );
}
