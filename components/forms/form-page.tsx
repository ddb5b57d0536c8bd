import type { ReactNode } from "react";
import { BeforeYouStart } from "@/components/forms/before-you-start";
import { LanguageSwitch } from "@/components/layout/language-switch";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { PagePair } from "@/lib/seo/metadata";

type FormPageProps = { title: string; intro: ReactNode; locale: Locale; paths: PagePair; children: ReactNode };

export function FormPage({ title, intro, locale, paths, children }: FormPageProps) {
  return (
    <>
      <LanguageSwitch locale={locale} paths={paths} />
      <div className="mx-auto max-w-3xl px-4 pb-8 pt-3 sm:pt-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{title}</h1>
        <div className="mt-4 space-y-3 text-lg">{intro}</div>
        <div className="mt-6">
          <BeforeYouStart locale={locale} />
        </div>
        <p className="mt-6 text-sm text-muted">{translator(locale, "formPages")("required")}</p>
        {children}
      </div>
    </>
  );
}
