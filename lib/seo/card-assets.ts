import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Read from disk while the cards render at build time: no font or image request leaves the machine.
const fontDir = path.join(process.cwd(), "node_modules/@fontsource/source-sans-3/files");

async function font(weight: 600 | 700) {
  const data = await readFile(path.join(fontDir, `source-sans-3-latin-${weight}-normal.woff`));
  return { name: "Source Sans 3", data, weight, style: "normal" as const };
}

export async function loadCardFonts() {
  return Promise.all([font(600), font(700)]);
}

/** The site icon as a data URL, so the card shows the same mark as the browser tab. */
export async function loadCardLogo(): Promise<string> {
  const svg = await readFile(path.join(process.cwd(), "public/logo.svg"));
  return `data:image/svg+xml;base64,${svg.toString("base64")}`;
}
