import { parseReference } from "@/lib/leads/reference";
import { photoBytes } from "@/lib/leads/store";
import { recordAccess } from "@/lib/staff/data/access-log";
import { clientKey } from "@/lib/leads/guard";
import { pipelineView } from "@/lib/staff/pipeline/pipeline-work";
import { requestInFull } from "@/lib/staff/requests/request-work";
import { can } from "@/lib/staff/access/roles";
import { lookupStaff, signInPath } from "@/lib/staff/access/session";

export const dynamic = "force-dynamic";

/** An admin's copy of one request: every field, the work on it, notes and photos (base64). */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const found = await lookupStaff({ activity: true });
  if (found.status !== "ok")
    return new Response(null, { status: 303, headers: { "Cache-Control": "no-store", Location: signInPath() } });
  const reference = parseReference((await params).reference);
  const full = reference && can(found.staff.role, "export-request") ? await requestInFull(reference) : undefined;
  if (!reference || !full) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  await recordAccess({
    actor: found.staff,
    action: "export-request",
    reference,
    detail: "json",
    client: clientKey(request.headers),
  });
  const photos = (await photoBytes(reference)).map(({ bytes, ...info }) => ({
    ...info,
    base64: bytes.toString("base64"),
  }));
  const pipeline = await pipelineView(reference);
  const body = { exportedAt: new Date().toISOString(), request: full.lead, work: full.work, pipeline, notes: full.notes, photos };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reference}.json"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
