import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The message catalogues. English is the reference: its type is every catalogue's type, so
 * a key missing from Spanish fails the type check (and tests/unit/i18n checks the reverse).
 */
export type Messages = typeof en;
export const catalogues: Record<Locale, Messages> = { en, es };
