import type { Metadata } from "next";
import { connection } from "next/server";
import { RequestCallView, requestCallMetadata } from "@/components/forms/form-views";

export const metadata: Metadata = requestCallMetadata("es");

export default async function SpanishRequestCallPage() {
  await connection();
  return <RequestCallView locale="es" />;
}
