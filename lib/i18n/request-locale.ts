import "server-only";
import { cache } from "react";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The language of the page being rendered, for server components that cannot be handed it
 * (MDX components, the frame). React's cache is per render, so each page and each layout sets
 * it as it starts (Next.js may render them apart), as next-intl's setRequestLocale does.
 */
const current = cache((): { locale: Locale } => ({ locale: defaultLocale }));

export function setRequestLocale(locale: Locale): void {
  current().locale = locale;
}

export function getRequestLocale(): Locale {
  return current().locale;
}
