import "server-only";
import { isReference } from "@/lib/leads/reference";
import type { FailureCategory, LeadKind } from "@/lib/leads/types";

/**
 * The pipeline's only log lines. Each takes a reference and fixed words, never a value a
 * visitor typed or an SMTP server's reply (which can echo addresses), so a log can be
 * shared with anyone.
 */
export type LeadEvent =
  | { event: "stored" }
  | { event: "duplicate" }
  | { event: "store-failed"; code: string }
  | { event: "sent"; photosOmitted: boolean }
  | { event: "send-failed"; category: FailureCategory; retryInMs: number }
  | { event: "delivery-error"; code: string }
  | { event: "unsent-alert"; minutes: number }
  | { event: "escalated" }
  | { event: "owner-notified" }
  | { event: "owner-notice-failed"; category: FailureCategory; retryInMs: number };

export function logLead(reference: string, entry: LeadEvent): void {
  const lead = `lead ${isReference(reference) ? reference : "(unrecognized reference)"}`;
  switch (entry.event) {
    case "stored":
      console.info(`${lead} stored`);
      return;
    case "sent":
      console.info(`${lead} sent${entry.photosOmitted ? " without its card photos (too large for email; kept on the server)" : ""}`);
      return;
    case "duplicate":
      console.info(`${lead} sent again unchanged within 10 minutes, not stored twice`);
      return;
    case "store-failed":
      console.error(`${lead} could not be stored (${safeCode(entry.code)})`);
      return;
    case "send-failed":
      console.warn(`${lead} send failed (${entry.category}), retry in ${duration(entry.retryInMs)}`);
      return;
    case "escalated":
      console.warn(`${lead} unclaimed past its callback: on-call notified`);
      return;
    case "owner-notified":
      console.info(`${lead} assigned: the assignee was notified`);
      return;
    case "owner-notice-failed":
      console.warn(`${lead} assignee's notice failed (${entry.category}), retry in ${duration(entry.retryInMs)}`);
      return;
    case "unsent-alert":
      console.error(`ALERT ${lead} still not delivered to admissions after ${entry.minutes} minutes`);
      return;
    case "delivery-error":
      console.error(`${lead} delivery attempt failed before sending (${safeCode(entry.code)})`);
      return;
  }
}

export type PipelineEvent =
  | { event: "mail-to-files"; directory: string }
  | { event: "mail-over-smtp"; host: string; port: number; tls: "implicit" | "starttls" | "none (local)" }
  | { event: "pass-failed"; code: string }
  | { event: "delivery-thread-stopped"; code: string }
  | { event: "bot-rejected"; form: LeadKind; reason: string }
  | { event: "token-reused"; form: LeadKind }
  | { event: "purged"; leads: number; mailFiles: number; days: number };

/** Per process and reason, so a log shows whether rejections are a trickle or every visitor. */
const rejections = new Map<string, number>();

export function logPipeline(entry: PipelineEvent): void {
  switch (entry.event) {
    case "mail-to-files":
      console.warn(`No SMTP_URL set: lead emails are written to ${entry.directory}`);
      return;
    case "mail-over-smtp":
      console.info(`Lead emails go to SMTP server ${entry.host}:${entry.port}, TLS ${entry.tls}`);
      return;
    case "pass-failed":
      console.error(`lead delivery pass failed (${safeCode(entry.code)}), trying again in 1m`);
      return;
    case "delivery-thread-stopped":
      console.error(`lead delivery thread stopped (${safeCode(entry.code)}); delivering from the server's main thread`);
      return;
    case "bot-rejected":
    case "token-reused": {
      const reason = entry.event === "token-reused" ? "token already used" : entry.reason;
      const key = `${entry.form} ${reason}`;
      const count = (rejections.get(key) ?? 0) + 1;
      rejections.set(key, count);
      console.warn(`${entry.form} form refused (${reason}), ${count} since start`);
      return;
    }
    case "purged":
      console.info(`retention: removed ${entry.leads} leads and ${entry.mailFiles} email copies older than ${entry.days} days`);
      return;
  }
}

/** Node error codes ("ENOSPC") are safe; anything else is reduced to "error". */
export function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "error";
}

function safeCode(code: string): string {
  return /^[A-Z0-9_]{2,40}$/.test(code) ? code : "error";
}

/** 30000 → "30s", 120000 → "2m" */
function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.round(seconds / 60)}m`;
}
