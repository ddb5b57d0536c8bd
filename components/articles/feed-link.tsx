import { feedPath } from "@/lib/articles/paths";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export function FeedLink({ locale }: { locale: Locale }) {
  return (
    <p className="mt-4 text-base">
      <a href={feedPath(locale)} className="font-medium text-brand-700 underline hover:text-brand-900">
        {translator(locale, "articles")("feedLink")}
      </a>
    </p>
  );
}
