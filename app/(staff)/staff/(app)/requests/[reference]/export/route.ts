import { requestExport } from "@/lib/staff/access/views";

export const dynamic = "force-dynamic";

/** An admin's copy of one request: every field, the work on it, notes and photos (base64). */
export async function GET(_request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const exported = await requestExport((await params).reference);
  if (exported instanceof Response) return exported;
  const { reference, full, pipeline } = exported;
  const photos = exported.photos.map(({ bytes, ...info }) => ({ ...info, base64: bytes.toString("base64") }));
  const body = {
    exportedAt: new Date().toISOString(),
    request: full.lead,
    work: full.work,
    pipeline,
    notes: full.notes,
    photos,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reference}.json"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
