import type { Metadata } from "next";
import { ReceivedRoute } from "@/components/forms/confirmation";
import { noIndex } from "@/lib/seo/metadata";

export const metadata: Metadata = {
  title: "Recibimos su solicitud",
  robots: noIndex,
};

export default function SpanishRequestReceivedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ReceivedRoute searchParams={searchParams} form="requestCall" locale="es" />;
}
