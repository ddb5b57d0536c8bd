import type { Metadata } from "next";
import { HomeView } from "@/components/home/home-view";
import { homeMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = homeMetadata("es");

export default function SpanishHomePage() {
  return <HomeView locale="es" />;
}
