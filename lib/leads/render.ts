import "server-only";
import escapeHtml from "escape-html";
import type { Row } from "@/lib/leads/summary";

/** The email's two bodies from the same rows. Every value is escaped in HTML, including ours. */

export function renderText(title: string, rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const value = row.tel ? `${row.value} (tel:${row.tel})` : row.value;
    return `${row.label}: ${row.multiline ? `\n  ${value.split("\n").join("\n  ")}` : value}`;
  });
  return `${title}\n\n${lines.join("\n")}\n`;
}

export function renderHtml(title: string, rows: readonly Row[]): string {
  const body = rows
    .map((row) => {
      const value = escapeHtml(row.value);
      const cell = row.tel
        ? `<a href="${escapeHtml(`tel:${row.tel}`)}">${value}</a>`
        : row.href
          ? `<a href="${escapeHtml(row.href)}">${value}</a>`
          : value;
      const style = row.multiline ? ' style="white-space:pre-wrap"' : "";
      return `<tr><th align="left" valign="top" style="padding:4px 12px 4px 0">${escapeHtml(row.label)}</th><td${style}>${cell}</td></tr>`;
    })
    .join("\n");
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"></head>',
    '<body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:15px;color:#111">',
    `<h1 style="font-size:18px">${escapeHtml(title)}</h1>`,
    `<table role="presentation" style="border-collapse:collapse">\n${body}\n</table>`,
    "</body></html>",
  ].join("\n");
}
