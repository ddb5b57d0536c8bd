import type { Metadata } from "next";
import { connection } from "next/server";
import { VerifyInsuranceView, verifyInsuranceMetadata } from "@/components/forms/form-views";

export const metadata: Metadata = verifyInsuranceMetadata("en");

export default async function VerifyInsurancePage() {
  await connection();
  return <VerifyInsuranceView locale="en" />;
}
