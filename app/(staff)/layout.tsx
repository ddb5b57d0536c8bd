import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FormWordsProvider } from "@/components/forms/form-words";
import { Document } from "@/components/layout/document";
import { catalogues } from "@/lib/i18n/messages";
import { siteViewport } from "@/lib/seo/metadata";

export const metadata: Metadata = {
  title: { default: "Staff", template: "%s · Staff" },
  robots: { index: false, follow: false },
};
export const viewport: Viewport = siteViewport;

/**
 * The staff area's own document: no public menu, footer or crisis bar (staff are not the audience).
 * Its forms reuse the public form fields, which take their words from a provider: staff work in English.
 */
export default function StaffRootLayout({ children }: { children: ReactNode }) {
  return (
    <Document lang="en-US">
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-4 focus:outline-none sm:px-6">
        <FormWordsProvider words={catalogues.en.forms} locale="en">
          {children}
        </FormWordsProvider>
      </main>
    </Document>
  );
}
