import "server-only";
import type { SendMailOptions } from "nodemailer";
import { center } from "@/lib/center/schema";
import { formatInCenterZone } from "@/lib/center/hours";
import type { Env } from "@/lib/env";
import { logLead } from "@/lib/leads/log";
import { sendMessage } from "@/lib/leads/mailer";
import { inboxUrl } from "@/lib/leads/summary";
import { leadKindLabels, type LeadKind } from "@/lib/leads/types";
import { unclaimedSince } from "@/lib/leads/work-reads";
import { markEscalated, unmarkEscalated } from "@/lib/leads/work-store";
import { callbackDueAt, isOverdue } from "@/lib/staff/requests/overdue";

/**
 * A request nobody has claimed (still "new", nobody calling) past the callback its visitor was
 * promised is mailed to ON_CALL_EMAIL, once. Being assigned is not a claim: an owner who is not
 * calling may be off shift, and the visitor still waits. It is mailed once: the row is marked first, in one statement, so two
 * servers never both send; a send that fails unmarks it for the next pass. The notice names the
 * reference and the kind, never the person.
 */
const LOOK_BACK_MS = 7 * 86_400_000;

export async function escalateUnclaimed(env: Env, now: Date): Promise<string[]> {
  if (!env.ON_CALL_EMAIL) return [];
  const waiting = await unclaimedSince(now.getTime() - LOOK_BACK_MS, 50);
  const sent: string[] = [];
  for (const lead of waiting) {
    if (!isOverdue(lead, now, center)) continue;
    if (!(await markEscalated(lead.reference, now.getTime()))) continue;
    const message = escalationMessage(lead.reference, lead.kind, lead.receivedAt, {
      ...env,
      ON_CALL_EMAIL: env.ON_CALL_EMAIL,
    });
    const result = await sendMessage(message, `on-call-${lead.reference}`, env);
    if (result.ok) {
      logLead(lead.reference, { event: "escalated" });
      sent.push(lead.reference);
    } else {
      await unmarkEscalated(lead.reference);
    }
  }
  return sent;
}

function escalationMessage(
  reference: string,
  kind: LeadKind,
  receivedAt: Date,
  env: Env & { ON_CALL_EMAIL: string },
): SendMailOptions {
  const due = callbackDueAt(receivedAt, center);
  const text = [
    `${leadKindLabels[kind]} ${reference} is past the callback its visitor was promised, and nobody is calling it.`,
    "",
    `Received: ${formatInCenterZone(receivedAt, center)}`,
    `Callback promised by: ${formatInCenterZone(due, center)}`,
    "",
    `Open it in the staff inbox: ${inboxUrl(env.SITE_URL, reference)}`,
    "This notice names no one; sign in to see who to call.",
  ].join("\n");
  return {
    from: env.MAIL_FROM,
    to: env.ON_CALL_EMAIL,
    subject: `Unclaimed ${leadKindLabels[kind].toLowerCase()} ${reference} is past its callback`,
    messageId: `<on-call-${reference}@${env.siteHost}>`,
    text,
  };
}
