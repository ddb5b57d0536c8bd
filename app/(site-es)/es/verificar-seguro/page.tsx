import type { Metadata } from "next";
import { connection } from "next/server";
import { VerifyInsuranceView, verifyInsuranceMetadata } from "@/components/forms/form-views";

export const metadata: Metadata = verifyInsuranceMetadata("es");

export default async function SpanishVerifyInsurancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  return <VerifyInsuranceView locale="es" searchParams={searchParams} />;
}
