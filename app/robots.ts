import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    // The staff inbox is signed-in only; this keeps well-behaved crawlers from even trying.
    rules: { userAgent: "*", allow: "/", disallow: "/staff" },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
