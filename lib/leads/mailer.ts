import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { createTransport, type SendMailOptions, type SMTPTransportOptions, type Transporter } from "nodemailer";
import writeFileAtomic from "write-file-atomic";
import type { Env } from "@/lib/env";
import type { FailureCategory } from "@/lib/leads/types";

/**
 * Hands one message to SMTP, or, with no SMTP_URL, writes it as DATA_DIR/mail/<ref>.eml so
 * a fresh checkout works and nothing is lost before mail is set up. Never throws: a failure
 * comes back as a category, never as the server's words (a reply can quote an address).
 */
export type SendResult = { ok: true } | { ok: false; category: FailureCategory };

export const mailDirectory = (env: Env) => path.join(env.DATA_DIR, "mail");

/** TLS is required for any host but this machine; timeouts keep a dead server from stalling delivery. */
export function smtpOptions(smtpUrl: string, isLocal: boolean): SMTPTransportOptions {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : undefined,
    secure,
    requireTLS: !secure && !isLocal,
    // A local relay with a self-signed certificate may still be used in the clear.
    opportunisticTLS: isLocal,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    dnsTimeout: 10_000,
    socketTimeout: 30_000,
    // Attachments are passed as bytes; nothing in a lead may make the mailer read a file or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** One pooled connection per process, reused for every message rather than one per lead. */
let pooled: { url: string; transport: Transporter } | undefined;

function smtpTransport(env: Env & { SMTP_URL: string }): Transporter {
  if (pooled?.url !== env.SMTP_URL) {
    pooled?.transport.close();
    pooled = {
      url: env.SMTP_URL,
      transport: createTransport({ ...smtpOptions(env.SMTP_URL, env.smtpIsLocal), pool: true, maxConnections: 1 }),
    };
  }
  return pooled.transport;
}

/** Graceful shutdown and tests: drop the pooled connection. */
export function closeMailer(): void {
  pooled?.transport.close();
  pooled = undefined;
}

export async function sendMessage(message: SendMailOptions, reference: string, env: Env): Promise<SendResult> {
  try {
    if (env.SMTP_URL) {
      const info = await smtpTransport({ ...env, SMTP_URL: env.SMTP_URL }).sendMail(message);
      return (info.accepted?.length ?? 0) > 0 ? { ok: true } : { ok: false, category: "rejected-permanent" };
    }
    const transport = createTransport({
      streamTransport: true,
      buffer: true,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    const info = await transport.sendMail(message);
    if (!Buffer.isBuffer(info.message)) return { ok: false, category: "unknown" };
    const directory = mailDirectory(env);
    await fs.mkdir(directory, { recursive: true, mode: 0o700 });
    // One file per lead, so a repeated attempt replaces rather than duplicates.
    await writeFileAtomic(path.join(directory, `${reference}.eml`), info.message, { mode: 0o600 });
    // In this mode the file is the delivery: it must outlast a crash like the lead does.
    const handle = await fs.open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, category: categorize(error) };
  }
}

const CODES: Record<string, FailureCategory> = {
  ECONNECTION: "connection",
  ESOCKET: "connection",
  EDNS: "connection",
  EPROXY: "connection",
  ECONNREFUSED: "connection",
  ETIMEDOUT: "timeout",
  ETLS: "tls",
  EREQUIRETLS: "tls",
  EAUTH: "auth",
  ENOAUTH: "auth",
  EOAUTH2: "auth",
  EPROTOCOL: "protocol",
  ENOSPC: "storage",
  EACCES: "storage",
  EPERM: "storage",
  EROFS: "storage",
  EDQUOT: "storage",
  ENOENT: "storage",
};

export function categorize(error: unknown): FailureCategory {
  if (typeof error !== "object" || error === null) return "unknown";
  const { code, responseCode, permanent } = error as { code?: unknown; responseCode?: unknown; permanent?: unknown };
  const response = (error as { response?: unknown }).response;
  // 552 / 5.3.4: the message is bigger than the server takes; resending it unchanged never helps.
  if (responseCode === 552 || (typeof response === "string" && /\b5\.3\.4\b/.test(response))) return "too-large";
  if (typeof responseCode === "number" && responseCode >= 400) {
    return permanent === true || (responseCode >= 500 && responseCode !== 503)
      ? "rejected-permanent"
      : "rejected-temporary";
  }
  return (typeof code === "string" && CODES[code]) || "unknown";
}

/**
 * Deletes the .eml copies written without SMTP: those of the given leads, and any file older
 * than `olderThan`. Returns how many went.
 */
export async function removeMailCopies(env: Env, which: { olderThan?: Date; references: readonly string[] }): Promise<number> {
  const directory = mailDirectory(env);
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return 0;
    throw error;
  }
  const named = new Set(which.references.flatMap((ref) => [`${ref}.eml`, `alert-${ref}.eml`]));
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(".eml"))) {
    const file = path.join(directory, name);
    const old = which.olderThan !== undefined && (await fs.stat(file)).mtime < which.olderThan;
    if (named.has(name) || old) {
      await fs.rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
