import "server-only";
import type { ReactNode } from "react";
import { catalogues } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/request-locale";

/**
 * The safety blocks' words in the language of the page being rendered (messages/{en,es}/
 * safety.json: each block's English and Spanish sit under the same key, so a clinician and a
 * translator review each text once), and the page's language for the links that differ by it.
 */
export function safetyText() {
  const locale = getRequestLocale();
  return { locale, words: catalogues[locale].safety };
}

const tones = {
  info: "border-brand-600 bg-brand-50",
  warning: "border-warm-700 bg-warm-50",
  danger: "border-danger-700 bg-danger-50",
} as const;

/** The frame every safety block shares, so readers learn to spot one; lists keep the prose styles. */
export function SafetyBox({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <div className={`space-y-3 rounded-lg border-l-4 p-4 sm:p-5 ${tones[tone]}`}>{children}</div>;
}

/** A message object's texts as list items, in the order the file gives them. */
export function Items({ items, ordered = false }: { items: Record<string, string>; ordered?: boolean }) {
  const List = ordered ? "ol" : "ul";
  return (
    <List>
      {Object.entries(items).map(([key, text]) => (
        <li key={key}>{text}</li>
      ))}
    </List>
  );
}
