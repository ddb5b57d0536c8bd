import en_frame from "@/messages/en/frame.json";
import en_nav from "@/messages/en/nav.json";
import en_sections from "@/messages/en/sections.json";
import en_switch from "@/messages/en/switch.json";
import en_crisis from "@/messages/en/crisis.json";
import en_content from "@/messages/en/content.json";
import en_center from "@/messages/en/center.json";
import en_home from "@/messages/en/home.json";
import en_notFound from "@/messages/en/notFound.json";
import en_card from "@/messages/en/card.json";
import en_forms from "@/messages/en/forms.json";
import en_formPages from "@/messages/en/formPages.json";
import es_frame from "@/messages/es/frame.json";
import es_nav from "@/messages/es/nav.json";
import es_sections from "@/messages/es/sections.json";
import es_switch from "@/messages/es/switch.json";
import es_crisis from "@/messages/es/crisis.json";
import es_content from "@/messages/es/content.json";
import es_center from "@/messages/es/center.json";
import es_home from "@/messages/es/home.json";
import es_notFound from "@/messages/es/notFound.json";
import es_card from "@/messages/es/card.json";
import es_forms from "@/messages/es/forms.json";
import es_formPages from "@/messages/es/formPages.json";
import en_error from "@/messages/en/error.json";
import es_error from "@/messages/es/error.json";
import en_articles from "@/messages/en/articles.json";
import es_articles from "@/messages/es/articles.json";
import en_selfCheck from "@/messages/en/selfCheck.json";
import es_selfCheck from "@/messages/es/selfCheck.json";
import en_safety from "@/messages/en/safety.json";
import es_safety from "@/messages/es/safety.json";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The message catalogues, one JSON file per namespace and language (messages/<locale>/), so a
 * client component can import just the namespace it needs (see crisis-help.tsx). English is the
 * reference: its type is every catalogue's type, so a key missing from Spanish fails the type
 * check (and tests/unit/i18n/catalogues.test.ts checks the reverse).
 */
const en = {
  frame: en_frame,
  nav: en_nav,
  sections: en_sections,
  switch: en_switch,
  crisis: en_crisis,
  content: en_content,
  center: en_center,
  home: en_home,
  notFound: en_notFound,
  card: en_card,
  forms: en_forms,
  formPages: en_formPages,
  error: en_error,
  articles: en_articles,
  selfCheck: en_selfCheck,
  safety: en_safety,
};
export type Messages = typeof en;
export const catalogues: Record<Locale, Messages> = {
  en,
  es: {
    frame: es_frame,
    nav: es_nav,
    sections: es_sections,
    switch: es_switch,
    crisis: es_crisis,
    content: es_content,
    center: es_center,
    home: es_home,
    notFound: es_notFound,
    card: es_card,
    forms: es_forms,
    formPages: es_formPages,
    error: es_error,
    articles: es_articles,
    selfCheck: es_selfCheck,
    safety: es_safety,
  },
};
