/**
 * Fits a social card's title into its box before rendering. Satori has no text measuring API
 * we can call ahead of time, so widths are estimated per character, on the wide side for
 * Source Sans 3 Bold: a line we think fits always fits, and the title never clips.
 */
export type TextBox = { width: number; height: number };
export type TitleLayout = { fontSize: number; lineHeight: number; lines: string[] };

export const titleLineHeight = 1.12;
const fontSizes = [84, 76, 68, 62, 56, 50, 44];
const ellipsis = "…";

/** Advance widths in em, rounded up from the font's own metrics. */
function charWidth(char: string): number {
  if (char === " ") return 0.26;
  if ("MWmw@%".includes(char)) return 0.95;
  if ("iljI.,:;'!|’‘".includes(char)) return 0.34;
  if ("ftr()[]-".includes(char)) return 0.45;
  if (/[A-Z]/.test(char)) return 0.74;
  if (/[a-z0-9]/.test(char)) return 0.6;
  return 1;
}

export function estimateWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0) * fontSize;
}

/** Greedy word wrap; a word too long for a line on its own is split between characters. */
function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    for (const char of word) {
      if (line && estimateWidth(line + char, fontSize) > maxWidth) {
        lines.push(line);
        line = "";
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fits(lines: string[], fontSize: number, box: TextBox, maxLines: number): boolean {
  return lines.length <= maxLines && lines.length * fontSize * titleLineHeight <= box.height;
}

/** Shortens the last line until it and an ellipsis fit the width. */
function withEllipsis(line: string, fontSize: number, maxWidth: number): string {
  let text = line;
  while (text && estimateWidth(text + ellipsis, fontSize) > maxWidth) {
    text = text.includes(" ") ? text.slice(0, text.lastIndexOf(" ")) : text.slice(0, -1);
  }
  return text.replace(/[\s,.;:–—-]+$/, "") + ellipsis;
}

/** The largest font size at which the title fits in `maxLines`; past the smallest, it is cut short with "…". */
export function layoutTitle(title: string, box: TextBox, maxLines = 3): TitleLayout {
  const text = title.trim().replace(/\s+/g, " ");
  for (const fontSize of fontSizes) {
    const lines = wrapText(text, fontSize, box.width);
    if (fits(lines, fontSize, box, maxLines)) return { fontSize, lineHeight: titleLineHeight, lines };
  }
  const fontSize = fontSizes.at(-1)!;
  const lineCount = Math.max(1, Math.min(maxLines, Math.floor(box.height / (fontSize * titleLineHeight))));
  const lines = wrapText(text, fontSize, box.width).slice(0, lineCount);
  lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], fontSize, box.width);
  return { fontSize, lineHeight: titleLineHeight, lines };
}

/**
 * Keeps only characters the card's font (the Latin subset of Source Sans 3) has. For any other
 * character the renderer would fetch a fallback font from Google at build time; the site makes
 * no third-party requests, not even while building.
 */
export function cardSafeText(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
