"use client";

import { ErrorView } from "@/components/layout/error-view";

export default function SpanishErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <ErrorView locale="es" reset={reset} />;
}
