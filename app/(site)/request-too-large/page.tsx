import type { Metadata } from "next";
import { TooLargeView } from "@/components/forms/too-large-view";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = {
  title: translator("en", "formPages")("tooLargeTitle"),
  robots: { index: false },
};

export default function RequestTooLargePage() {
  return <TooLargeView locale="en" />;
}
