import { localeTags, type Locale } from "@/lib/i18n/locales";

/**
 * "2026-11-23" → "November 23, 2026" or "23 de noviembre de 2026". Dates are calendar days,
 * so they are read and shown in UTC.
 */
export function formatArticleDate(isoDate: string, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(localeTags[locale].html, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
