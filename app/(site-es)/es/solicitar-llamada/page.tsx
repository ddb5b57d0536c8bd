import type { Metadata } from "next";
import { connection } from "next/server";
import { RequestCallView, requestCallMetadata } from "@/components/forms/form-views";

export const metadata: Metadata = requestCallMetadata("es");

export default async function SpanishRequestCallPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  return <RequestCallView locale="es" searchParams={searchParams} />;
}
