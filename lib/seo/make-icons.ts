/**
 * Renders public/logo.svg into the two icon files that must be bitmaps: app/favicon.ico (browsers
 * and crawlers ask for /favicon.ico whatever the HTML says) and app/apple-icon.png (iOS ignores
 * SVG). Run after editing public/logo.svg: `npx tsx lib/seo/make-icons.ts`.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "@vercel/og";
import { createElement } from "react";
import { brandColors } from "@/lib/brand";
import { encodeIco } from "@/lib/seo/ico";

const appDir = path.join(process.cwd(), "app");

async function render(svgSrc: string, size: number, background = "transparent"): Promise<Uint8Array> {
  const image = createElement("img", { src: svgSrc, width: size, height: size });
  const frame = createElement("div", { style: { display: "flex", width: size, height: size, background } }, image);
  const response = new ImageResponse(frame, { width: size, height: size });
  return new Uint8Array(await response.arrayBuffer());
}

const svg = await readFile(path.join(appDir, "..", "public", "logo.svg"));
const svgSrc = `data:image/svg+xml;base64,${svg.toString("base64")}`;

const favicon = encodeIco(await Promise.all([16, 32, 48].map((size) => render(svgSrc, size))));
await writeFile(path.join(appDir, "favicon.ico"), favicon);
// iOS draws transparent corners black and rounds the icon itself, so the tile is filled edge to edge.
await writeFile(path.join(appDir, "apple-icon.png"), await render(svgSrc, 180, brandColors.brand[700]));
console.log(`favicon.ico ${favicon.length} bytes, apple-icon.png written`);
