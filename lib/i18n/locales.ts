/** The site's languages. English keeps the unprefixed URLs; Spanish lives under /es. */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** `<html lang>`, the hreflang code and Open Graph's locale for each language. */
export const localeTags = {
  en: { html: "en-US", hreflang: "en-US", openGraph: "en_US", name: "English" },
  es: { html: "es", hreflang: "es-US", openGraph: "es_US", name: "Español" },
} as const satisfies Record<Locale, { html: string; hreflang: string; openGraph: string; name: string }>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "es" : "en";
}
