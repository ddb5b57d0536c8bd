import type { MetadataRoute } from "next";
import { center } from "@/lib/center/schema";
import { brandColors } from "@/lib/brand";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: center.name,
    short_name: center.shortName,
    description: center.description,
    lang: "en-US",
    start_url: "/",
    display: "browser",
    background_color: brandColors.canvas,
    theme_color: brandColors.brand[700],
    icons: [
      { src: "/logo.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
