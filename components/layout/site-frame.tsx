import type { ReactNode } from "react";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { Document } from "@/components/layout/document";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { VisitCapture } from "@/components/layout/visit-capture";

/** The public site's frame: crisis bar, header, the page, footer. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <Document lang="en-US">
      <VisitCapture />
      <CrisisNotice variant="bar" />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </Document>
  );
}
