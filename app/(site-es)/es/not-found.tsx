import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/not-found-view";

export const metadata: Metadata = {
  title: "No encontramos la página",
  robots: { index: false },
};

export default function SpanishNotFound() {
  return <NotFoundView locale="es" />;
}
