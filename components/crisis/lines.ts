import type { Locale } from "@/lib/i18n/locales";

/**
 * The crisis numbers and their links, in one place for every page, the self-check and the
 * safety blocks. The 988 Lifeline differs by language: a text to 988 reaches a Spanish-speaking
 * counselor only with the word AYUDA in it, and the Spanish chat is the Lifeline's Spanish site
 * (Línea de Vida 988), so the Spanish text link carries that body and the Spanish chat goes there.
 */
export const emergency = { number: "911", call: "tel:911" } as const;

export const lifeline = {
  en: { number: "988", call: "tel:988", text: "sms:988", chat: "https://988lifeline.org/chat/" },
  es: { number: "988", call: "tel:988", text: "sms:988?&body=AYUDA", chat: "https://988lineadevida.org/" },
} as const satisfies Record<Locale, { number: string; call: string; text: string; chat: string }>;

export const samhsa = {
  number: "1-800-662-4357",
  call: "tel:+18006624357",
  tty: "1-800-487-4889",
  ttyCall: "tel:+18004874889",
} as const;
