import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/** The language a form was filled in (its hidden `language` input); anything else is English. */
export function formLocale(formData: FormData): Locale {
  const value = formData.get("language");
  return isLocale(value) ? value : defaultLocale;
}
