import type { ReactNode } from "react";
import { sourceSans } from "@/lib/fonts";
import "@/app/globals.css";

/**
 * The <html> and <body> every root layout shares. Each audience has its own root layout
 * (app/(site), app/(site-es)/es, app/(staff)), so a change to the public frame can never
 * reach the inbox.
 */
export function Document({
  lang,
  skipLabel = "Skip to main content",
  children,
}: {
  lang: string;
  skipLabel?: string;
  children: ReactNode;
}) {
  return (
    <html lang={lang} className={sourceSans.variable}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-semibold text-brand-900 focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
        >
          {skipLabel}
        </a>
        {children}
      </body>
    </html>
  );
}
