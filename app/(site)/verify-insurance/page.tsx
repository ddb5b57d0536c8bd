import type { Metadata } from "next";
import { connection } from "next/server";
import { VerifyInsuranceView, verifyInsuranceMetadata } from "@/components/forms/form-views";

export const metadata: Metadata = verifyInsuranceMetadata("en");

export default async function VerifyInsurancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  return <VerifyInsuranceView locale="en" searchParams={searchParams} />;
}
