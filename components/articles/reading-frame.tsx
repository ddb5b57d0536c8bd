import type { ReactNode } from "react";
import { HelpAside } from "@/components/content/help-aside";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { CallToAction } from "@/components/mdx/call-to-action";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The article, index, topic and person pages' frame: the switch to the same page in the other
 * language, the text, the call to action under it, and help beside it.
 */
export function ReadingFrame({
  locale,
  paths,
  children,
}: {
  locale: Locale;
  paths: Record<Locale, `/${string}`>;
  children: ReactNode;
}) {
  return (
    <>
      <LanguageSwitch locale={locale} paths={paths} />
      <div className="mx-auto max-w-6xl px-4 pb-8 pt-3 sm:pt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
        <div className="min-w-0">
          {children}
          <div className="mt-12 max-w-[68ch]">
            <CallToAction />
          </div>
        </div>
        <div className="lg:pb-12 lg:pt-12">
          <HelpAside />
        </div>
      </div>
    </>
  );
}
