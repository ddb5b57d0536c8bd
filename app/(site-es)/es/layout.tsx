import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/site-frame";
import { siteMetadataFor, siteViewport } from "@/lib/seo/metadata";

export const metadata: Metadata = siteMetadataFor("es");
export const viewport: Viewport = siteViewport;

/** The Spanish edition's root layout: <html lang="es">, the frame in Spanish. */
export default function SpanishSiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="es">{children}</SiteFrame>;
}
