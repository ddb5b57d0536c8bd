import type { Metadata } from "next";
import { connection } from "next/server";
import { SelfCheckView, selfCheckMetadata } from "@/components/self-check/self-check-page";

export const metadata: Metadata = selfCheckMetadata("en");

export default async function SelfCheckPage() {
  // Rendered per request: the call-request form needs a freshly signed token.
  await connection();
  return <SelfCheckView locale="en" />;
}
