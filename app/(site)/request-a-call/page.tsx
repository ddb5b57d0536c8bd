import type { Metadata } from "next";
import { connection } from "next/server";
import { RequestCallView, requestCallMetadata } from "@/components/forms/form-views";

export const metadata: Metadata = requestCallMetadata("en");

export default async function RequestCallPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  return <RequestCallView locale="en" searchParams={searchParams} />;
}
