import { CARD_PHOTO_POLICY } from "@/lib/security/content-security-policy";
import { cardPhoto } from "@/lib/staff/access/views";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/**
 * A card photo, only to signed-in staff: the type sniffed at upload, shown inline if an image
 * a browser can show, else a download. A stranger is sent to sign-in, as for any /staff page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ reference: string; side: string }> }) {
  const { reference: raw, side } = await params;
  const shown = await cardPhoto(raw, side);
  if (shown instanceof Response) return shown;
  const { reference, photo } = shown;
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
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${reference}-card-${photo.side}.${extension}"`,
      "Content-Security-Policy": CARD_PHOTO_POLICY,
    },
  });
}
