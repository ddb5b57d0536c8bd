import { parseReference } from "@/lib/leads/reference";
import { CARD_PHOTO_POLICY } from "@/lib/security/content-security-policy";
import { photoBytes } from "@/lib/leads/store";
import { recordAccess } from "@/lib/staff/data/access-log";
import { clientKey } from "@/lib/leads/guard";
import { lookupStaff, signInPath } from "@/lib/staff/access/session";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/**
 * A card photo, only to signed-in staff: the type sniffed at upload, shown inline if an image
 * a browser can show, else a download. A stranger is sent to sign-in, as for any /staff page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string; side: string }> }) {
  const found = await lookupStaff({ activity: true });
  if (found.status !== "ok") {
    return new Response(null, {
      status: 303,
      headers: {
        ...PRIVATE,
        Location:
          found.status === "setup-needed" ? "/staff/setup" : signInPath(found.status === "idle" ? "idle" : undefined),
      },
    });
  }
  const { reference: raw, side } = await params;
  const reference = parseReference(raw);
  const photo =
    reference && (side === "front" || side === "back")
      ? (await photoBytes(reference)).find((p) => p.side === side)
      : undefined;
  if (!reference || !photo)
    return new Response("Not found", {
      status: 404,
      headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" },
    });
  await recordAccess({
    actor: found.staff,
    action: "view-photo",
    reference,
    detail: side,
    client: clientKey(request.headers),
  });
  const inline = photo.contentType === "image/jpeg" || photo.contentType === "image/png";
  const extension = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/heic": "heic",
    "image/heif": "heif",
    "application/pdf": "pdf",
  }[photo.contentType];
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      ...PRIVATE,
      "Content-Type": photo.contentType,
      "Content-Length": String(photo.bytes.length),
      // Our own file name, never the visitor's.
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${reference}-card-${side}.${extension}"`,
      "Content-Security-Policy": CARD_PHOTO_POLICY,
    },
  });
}
