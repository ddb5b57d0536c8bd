import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { MAX_CARD_PHOTO_BYTES } from "@/lib/forms/card-photo-limit";
import type { CardPhotoField } from "@/lib/forms/verify-insurance-fields";

/**
 * Insurance card photos, checked by what the bytes are (magic numbers), never by the name
 * or the type the browser claims: a renamed file can't slip through as a photo.
 */
export { MAX_CARD_PHOTO_BYTES };

const EXTENSIONS = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/heic": "heic",
  "image/heif": "heif",
  "application/pdf": "pdf",
} as const;
export type CardPhotoType = keyof typeof EXTENSIONS;

export type ValidatedCardPhoto = {
  side: "front" | "back";
  /** Safe to show and to use as an attachment name; its extension matches the content. */
  filename: string;
  contentType: CardPhotoType;
  bytes: Buffer;
};

export type CardPhotoResult =
  { ok: true; photos: ValidatedCardPhoto[] } | { ok: false; fieldErrors: Partial<Record<CardPhotoField, string[]>> };

const SIDES: ReadonlyArray<[CardPhotoField, ValidatedCardPhoto["side"]]> = [
  ["cardFront", "front"],
  ["cardBack", "back"],
];

const WRONG_TYPE = "Please choose a photo (JPEG, PNG or HEIC) or a PDF of the card";
const TOO_LARGE = "Please choose a file under 10 MB, or skip it: we can take the card details by phone";

export async function validateCardPhotos(formData: FormData): Promise<CardPhotoResult> {
  const photos: ValidatedCardPhoto[] = [];
  const fieldErrors: Partial<Record<CardPhotoField, string[]>> = {};
  for (const [field, side] of SIDES) {
    const entry = formData.get(field);
    // An empty file input posts a nameless File of size 0 (or nothing at all).
    if (entry === null || entry === "" || (typeof entry !== "string" && entry.size === 0)) continue;
    if (typeof entry === "string") {
      fieldErrors[field] = [WRONG_TYPE];
      continue;
    }
    if (entry.size > MAX_CARD_PHOTO_BYTES) {
      fieldErrors[field] = [TOO_LARGE];
      continue;
    }
    const bytes = Buffer.from(await entry.arrayBuffer());
    const detected = await fileTypeFromBuffer(bytes);
    const contentType = detected?.mime;
    if (!contentType || !isCardPhotoType(contentType)) {
      fieldErrors[field] = [WRONG_TYPE];
      continue;
    }
    photos.push({ side, filename: safeFilename(entry.name, side, contentType), contentType, bytes });
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, photos };
}

function extensionFor(contentType: CardPhotoType): string {
  return EXTENSIONS[contentType];
}

function isCardPhotoType(mime: string): mime is CardPhotoType {
  return Object.hasOwn(EXTENSIONS, mime);
}

/** "../../IMG 0042.JPG.exe" → "IMG-0042.JPG.jpg": no path, no odd characters, honest extension. */
function safeFilename(name: string, side: ValidatedCardPhoto["side"], contentType: CardPhotoType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 60);
  return `${stem || `insurance-card-${side}`}.${extensionFor(contentType)}`;
}
