import type { Metadata } from "next";
import { HomeView } from "@/components/home/home-view";
import { homeMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = homeMetadata("en");

export default function HomePage() {
  return <HomeView locale="en" />;
}
