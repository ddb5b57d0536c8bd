import type { Metadata, Viewport } from "next";
import { SiteFrame } from "@/components/layout/site-frame";
import { center } from "@/lib/center/schema";
import { siteMetadata, siteViewport } from "@/lib/seo/metadata";
import NotFound from "./(site)/not-found";

// An address no route matches belongs to no audience's layout; visitors get the public frame.
export const metadata: Metadata = { ...siteMetadata, title: `Page not found | ${center.name}`, robots: { index: false } };
export const viewport: Viewport = siteViewport;

export default function GlobalNotFound() {
  return (
    <SiteFrame locale="en">
      <NotFound />
    </SiteFrame>
  );
}
