"use client";

import { CrisisNotice } from "@/components/crisis/crisis-help";
import { NoIndex } from "@/components/seo/no-index";
import { centerConfig } from "@/lib/center/config";
import type { Locale } from "@/lib/i18n/locales";
import { formatUsPhone, telHref } from "@/lib/phone";
import en from "@/messages/en/error.json";
import es from "@/messages/es/error.json";

const words = { en, es };

/** Whatever failed, the visitor still leaves with a way to reach a person, in the page's language. */
export function ErrorView({ locale, reset }: { locale: Locale; reset: () => void }) {
  const t = words[locale];
  const phone = centerConfig.phones.admissions;
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <NoIndex />
      <h1 className="text-3xl font-bold text-brand-900">{t.heading}</h1>
      <p className="mt-4 text-lg">
        {t.body}{" "}
        <a href={telHref(phone)} className="font-semibold text-brand-700 underline">
          {formatUsPhone(phone)}
        </a>
        {t.anyTime}
      </p>
      <div className="mt-4">
        <CrisisNotice locale={locale} />
      </div>
      <button type="button" onClick={reset} className="btn-secondary mt-6">
        {t.retry}
      </button>
    </div>
  );
}
