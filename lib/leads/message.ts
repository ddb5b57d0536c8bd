import "server-only";
import type { SendMailOptions } from "nodemailer";
import type { Env } from "@/lib/env";
import escapeHtml from "escape-html";
import { inboxUrl, kindName, leadRows, leadSubject, type Row } from "@/lib/leads/summary";
import type { CardPhotoInfo, StoredLead } from "@/lib/leads/types";

/**
 * The admissions email for a lead. Visitor input reaches headers only through nodemailer's
 * own encoded fields (subject, Reply-To as an address object), never as a raw header. The
 * Message-ID is fixed per lead so a resend after a crash is recognisably the same message.
 */
export type Photo = CardPhotoInfo & { bytes: Buffer };

export function buildLeadMessage(
  lead: StoredLead,
  env: Env,
  photos: { attach: Photo[] } | { omitted: true },
): SendMailOptions {
  const detail = env.LEAD_EMAIL_DETAIL;
  const omitted = "omitted" in photos;
  const rows = leadRows(lead, detail, env.SITE_URL, { photosOmitted: omitted });
  const title = `New ${kindName(lead).toLowerCase()} · ${lead.reference}`;
  const { email, name } = lead.values;
  return {
    from: env.MAIL_FROM,
    to: env.ADMISSIONS_EMAIL,
    replyTo: detail === "full" && email ? { name, address: email } : undefined,
    subject: leadSubject(lead, detail),
    messageId: `<${lead.reference}@${env.siteHost}>`,
    headers: { "X-Lead-Reference": lead.reference },
    text: renderText(title, rows),
    html: renderHtml(title, rows),
    attachments:
      detail === "full" && !omitted
        ? photos.attach.map((p) => ({ filename: p.filename, contentType: p.contentType, content: p.bytes }))
        : [],
  };
}

/** Base64 plus MIME overhead: what the photos add to the message on the wire. */
export function attachedBytes(photos: readonly Photo[]): number {
  return photos.reduce((sum, p) => sum + Math.ceil(p.bytes.length / 57) * 78, 0);
}

/** The on-call alert: which lead, how long, never what it says. */
export function buildAlertMessage(reference: string, minutes: number, env: Env & { ALERT_EMAIL: string }): SendMailOptions {
  const text = [
    `Lead ${reference} has not reached ${env.ADMISSIONS_EMAIL} ${minutes} minutes after it was received.`,
    "",
    `Open it in the staff inbox: ${inboxUrl(env.SITE_URL, reference)}`,
    "The server keeps trying. Check the mail settings and `npm run leads -- status` on the server.",
  ].join("\n");
  return {
    from: env.MAIL_FROM,
    to: env.ALERT_EMAIL,
    subject: `ALERT: lead ${reference} not delivered after ${minutes} minutes`,
    messageId: `<alert-${reference}@${env.siteHost}>`,
    text,
  };
}

/** The email's two bodies from the same rows. Every value is escaped in HTML, including ours. */

export function renderText(title: string, rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const value = row.tel ? `${row.value} (tel:${row.tel})` : row.value;
    return `${row.label}: ${row.multiline ? `\n  ${value.split("\n").join("\n  ")}` : value}`;
  });
  return `${title}\n\n${lines.join("\n")}\n`;
}

function renderHtml(title: string, rows: readonly Row[]): string {
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
