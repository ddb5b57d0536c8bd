import { describe, expect, it } from "vitest";
import { MAX_CARD_PHOTO_BYTES, validateCardPhotos } from "@/lib/leads/card-photos";
import { cardBytes } from "./fixtures";

function form(entries: Record<string, File | string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("validateCardPhotos", () => {
  it.each([
    ["png", cardBytes.png, "image/png", "front.png"],
    ["jpeg", cardBytes.jpeg, "image/jpeg", "front.jpg"],
    ["pdf", cardBytes.pdf, "application/pdf", "front.pdf"],
    ["heic", cardBytes.heic, "image/heic", "front.heic"],
  ])("accepts a %s by its content, whatever its name says", async (_kind, bytes, contentType, filename) => {
    const result = await validateCardPhotos(
      form({ cardFront: new File([bytes], "front.txt", { type: "text/plain" }) }),
    );
    expect(result).toEqual({
      ok: true,
      photos: [{ side: "front", filename, contentType, bytes: Buffer.from(bytes) }],
    });
  });

  it("refuses a text file named .jpg and a file over 10 MB, per field", async () => {
    const fake = new File(["just some text, honestly"], "card.jpg", { type: "image/jpeg" });
    const huge = new File([new Uint8Array(MAX_CARD_PHOTO_BYTES + 1)], "huge.png", { type: "image/png" });
    const result = await validateCardPhotos(form({ cardFront: fake, cardBack: huge }));
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        cardFront: ["Please choose a photo (JPEG, PNG or HEIC) or a PDF of the card"],
        cardBack: ["Please choose a file under 10 MB, or skip it: we can take the card details by phone"],
      },
    });
  });

  it("treats an empty file input as no photo, and accepts exactly 10 MB", async () => {
    const empty = new File([], "", { type: "application/octet-stream" });
    expect(await validateCardPhotos(form({ cardFront: empty }))).toEqual({ ok: true, photos: [] });
    expect(await validateCardPhotos(new FormData())).toEqual({ ok: true, photos: [] });
    const exact = Buffer.concat([cardBytes.png, Buffer.alloc(MAX_CARD_PHOTO_BYTES - cardBytes.png.length)]);
    const result = await validateCardPhotos(form({ cardBack: new File([exact], "back.png") }));
    expect(result.ok && result.photos.map((p) => [p.side, p.contentType])).toEqual([["back", "image/png"]]);
  });

  it("sanitizes the file name and makes its extension match the content", async () => {
    const sneaky = new File([cardBytes.png], "../../etc/IMG 0042 (1).exe", { type: "image/png" });
    const result = await validateCardPhotos(form({ cardFront: sneaky }));
    expect(result.ok && result.photos[0].filename).toBe("IMG-0042-1.png");
    const unnamed = await validateCardPhotos(form({ cardBack: new File([cardBytes.pdf], "...") }));
    expect(unnamed.ok && unnamed.photos[0].filename).toBe("insurance-card-back.pdf");
  });

  it("refuses text posted where a file belongs", async () => {
    const result = await validateCardPhotos(form({ cardFront: "C:\\fakepath\\card.jpg" }));
    expect(result.ok).toBe(false);
  });
});
