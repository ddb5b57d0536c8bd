import "server-only";
import type { SendMailOptions } from "nodemailer";
import type { Env } from "@/lib/env";
import { logLead } from "@/lib/leads/log";
import { sendMessage } from "@/lib/leads/mailer";
import { inboxUrl } from "@/lib/leads/summary";
import { ownerNoticesDue } from "@/lib/leads/work-reads";
import { claimOwnerNotice, ownerNoticeSent } from "@/lib/leads/work-store";
import { userById } from "@/lib/staff/data/accounts";

/**
 * Tells a colleague that someone else assigned them a request: the reference and a link, never
 * the person's name, number, insurance or reason (like the on-call notice). It is queued in the
 * assignment's own write (leads.owner_notice_at) and sent by the delivery pass, so a mail server
 * that is down only delays it: each send first moves the notice RETRY_MS on, so a failed send,
 * or a server that dies mid-send, leaves it due again then, and two servers never both send it.
 */
const RETRY_MS = 60_000;
const BATCH = 20;

export async function sendOwnerNotices(env: Env, now: Date): Promise<string[]> {
  const sent: string[] = [];
  for (const { reference, ownerId, dueAt } of await ownerNoticesDue(now.getTime(), BATCH)) {
    const claimedAt = now.getTime() + RETRY_MS;
    if (!(await claimOwnerNotice(reference, dueAt, claimedAt))) continue;
    const owner = await userById(ownerId);
    // The account went meanwhile (its requests went back to nobody): nobody to tell.
    if (!owner) {
      await ownerNoticeSent(reference, claimedAt);
      continue;
    }
    const result = await sendMessage(ownerNotice(reference, owner.email, dueAt, env), `assigned-${reference}`, env);
    if (result.ok) {
      await ownerNoticeSent(reference, claimedAt);
      logLead(reference, { event: "owner-notified" });
      sent.push(reference);
    } else {
      logLead(reference, { event: "owner-notice-failed", category: result.category, retryInMs: RETRY_MS });
    }
  }
  return sent;
}

function ownerNotice(reference: string, to: string, assignedAt: number, env: Env): SendMailOptions {
  const text = [
    `A colleague assigned request ${reference} to you.`,
    "",
    `Open it in the staff inbox: ${inboxUrl(env.SITE_URL, reference)}`,
    "This notice names no one; sign in to see who to call.",
  ].join("\n");
  return {
    from: env.MAIL_FROM,
    to,
    subject: `Request ${reference} was assigned to you`,
    messageId: `<assigned-${reference}-${assignedAt}@${env.siteHost}>`,
    text,
  };
}
