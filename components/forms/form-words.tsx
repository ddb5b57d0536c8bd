"use client";

import { createContext, useContext, type ReactNode } from "react";
import type forms from "@/messages/en/forms.json";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The forms' words in the visitor's language, handed down from the page (only that language's
 * "forms" messages, so the client bundle carries no catalogue). `fill` puts values into a
 * message's {placeholders}.
 */
export type FormWords = typeof forms;

const FormWordsContext = createContext<{ words: FormWords; locale: Locale } | null>(null);

export function FormWordsProvider({
  words,
  locale,
  children,
}: {
  words: FormWords;
  locale: Locale;
  children: ReactNode;
}) {
  return <FormWordsContext value={{ words, locale }}>{children}</FormWordsContext>;
}

export function useFormWords(): { words: FormWords; locale: Locale } {
  const value = useContext(FormWordsContext);
  if (!value) throw new Error("A form field rendered outside FormWordsProvider");
  return value;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
