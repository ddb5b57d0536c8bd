import type { Metadata } from "next";
import { connection } from "next/server";
import { SelfCheckView, selfCheckMetadata } from "@/components/self-check/self-check-page";

export const metadata: Metadata = selfCheckMetadata("es");

export default async function SpanishSelfCheckPage() {
  // Rendered per request: the call-request form needs a freshly signed token.
  await connection();
  return <SelfCheckView locale="es" />;
}
