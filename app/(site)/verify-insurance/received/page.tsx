import type { Metadata } from "next";
import { ReceivedRoute } from "@/components/forms/confirmation";
import { noIndex } from "@/lib/seo/metadata";

export const metadata: Metadata = {
  title: "Insurance details received",
  robots: noIndex,
};

export default function InsuranceReceivedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ReceivedRoute searchParams={searchParams} form="verifyInsurance" locale="en" />;
}
