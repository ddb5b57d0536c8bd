/**
 * Packs PNG images into one .ico file. Every browser since IE 9 reads PNG-in-ICO, so each
 * size stays a small compressed PNG instead of a raw bitmap.
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error("not a PNG file");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function encodeIco(pngs: Uint8Array[]): Uint8Array {
  const headerSize = 6;
  const entrySize = 16;
  let offset = headerSize + entrySize * pngs.length;
  const out = new Uint8Array(offset + pngs.reduce((sum, png) => sum + png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, pngs.length, true);
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error("ICO images are at most 256×256");
    const entry = headerSize + entrySize * i;
    view.setUint8(entry, width % 256); // 0 means 256
    view.setUint8(entry + 1, height % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
