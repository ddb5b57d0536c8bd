import type { Metadata } from "next";
import { TooLargeView } from "@/components/forms/too-large-view";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = {
  title: translator("es", "formPages")("tooLargeTitle"),
  robots: { index: false },
};

export default function SpanishRequestTooLargePage() {
  return <TooLargeView locale="es" />;
}
