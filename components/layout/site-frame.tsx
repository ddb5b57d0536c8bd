import type { ReactNode } from "react";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { Document } from "@/components/layout/document";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { VisitCapture } from "@/components/layout/visit-capture";

/** The public site's frame in one language: crisis bar, header, the page, footer. */
export function SiteFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  return (
    <Document lang={localeTags[locale].html} skipLabel={translator(locale, "frame")("skip")}>
      <VisitCapture />
      <CrisisNotice variant="bar" locale={locale} />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </Document>
  );
}
