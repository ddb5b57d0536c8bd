import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import type { SendMailOptions } from "nodemailer";
import type { Env } from "@/lib/env";
import { renderHtml, renderText } from "@/lib/leads/render";
import { leadDir } from "@/lib/leads/store";
import { kindName, leadRows, leadSubject } from "@/lib/leads/summary";
import type { StoredLead } from "@/lib/leads/types";

/**
 * The admissions email for a lead. Visitor input reaches headers only through nodemailer's
 * own encoded fields (subject, Reply-To as an address object), never as a raw header. The
 * Message-ID is fixed per lead so a resend after a crash is recognisably the same message.
 */
export async function buildLeadMessage(lead: StoredLead, env: Env): Promise<SendMailOptions> {
  const detail = env.LEAD_EMAIL_DETAIL;
  const rows = leadRows(lead, detail, env.SITE_URL);
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
    attachments: detail === "full" ? await cardAttachments(lead, env) : [],
  };
}

async function cardAttachments(lead: StoredLead, env: Env): Promise<NonNullable<SendMailOptions["attachments"]>> {
  if (lead.kind !== "insurance-check") return [];
  const dir = leadDir(env.DATA_DIR, lead.reference);
  const attachments = await Promise.all(
    lead.cardPhotos.map(async (photo) => {
      const content = await readIfPresent(path.join(dir, photo.file));
      return content && { filename: photo.filename, contentType: photo.contentType, content };
    }),
  );
  return attachments.filter((attachment) => attachment !== undefined);
}

/** A photo someone deleted by hand must not hold the whole lead back forever. */
async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
}
