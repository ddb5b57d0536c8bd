import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/site-frame";
import { siteMetadata, siteViewport } from "@/lib/seo/metadata";

export const metadata: Metadata = siteMetadata;
export const viewport: Viewport = siteViewport;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="en">{children}</SiteFrame>;
}
