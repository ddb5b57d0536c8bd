import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP server on 127.0.0.1 for tests; messages are parsed with mailparser. */
type ReceivedMail = {
  raw: string;
  envelope: { from: string; to: string[] };
  /** Lower-cased header names; each value as sent (the first of a repeated header), unfolded and decoded. */
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
};

export type TestSmtp = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Reply to every DATA with this code (e.g. 451, 550) and text; null accepts again. */
  rejectWith(code: number | null, text?: string): void;
  /** Refuse only the next `times` messages (default 1) this way, then accept again. */
  rejectOnceWith(code: number, text?: string, times?: number): void;
  close(): Promise<void>;
};

export type TestSmtpOptions = {
  port?: number;
  /** Called with each accepted message before the client is told it was accepted. */
  onMessage?: (mail: ReceivedMail) => void;
  /** Holds each message this long before answering, like a slow mail server. */
  delayMs?: number;
};

export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  let rejection: { code: number; text: string; left?: number } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // Tests stay off the network, DNS included.
    disableReverseLookup: true,
    logger: false,
    // close() would otherwise wait up to 30 s for a pooled client connection to go away.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        if (rejection) {
          const { code, text, left } = rejection;
          if (left !== undefined) rejection = left > 1 ? { code, text, left: left - 1 } : null;
          callback(Object.assign(new Error(text), { responseCode: code }));
          return;
        }
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        // Parsed before the 250 reply, so a sender that was told "accepted" finds the message here.
        parseMail(Buffer.concat(chunks), envelope).then(
          (mail) => {
            messages.push(mail);
            options.onMessage?.(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  // A client killed mid-message (the fault tests do that) resets its connection: not our failure.
  server.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejectWith(code, text = "Requested action not taken") {
      rejection = code === null ? null : { code, text };
    },
    rejectOnceWith(code, text = "Requested action not taken", times = 1) {
      rejection = { code, text, left: times };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One message as the tests read it, from its raw bytes (an SMTP DATA or an .eml file). */
async function parseMail(raw: Buffer | string, envelope: ReceivedMail["envelope"]): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  return {
    raw: raw.toString(),
    envelope,
    headers: headersAsSent(parsed.headerLines),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: parsed.html || "",
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? "",
      contentType: attachment.contentType,
      content: attachment.content,
    })),
  };
}

/**
 * mailparser's own header map holds structured values (Dates, address objects that re-quote
 * names); tests compare what the pipeline wrote, so this keeps each raw line, decoded.
 */
function headersAsSent(lines: ReadonlyArray<{ key: string; line: string }>): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { key, line } of lines) {
    if (headers.has(key)) continue;
    const value = line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ");
    headers.set(key, decodeWords(value.trim()));
  }
  return headers;
}

/** RFC 2047 encoded words (nodemailer writes UTF-8 ones); whitespace between two of them is not text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, charset: string, kind: string, data: string) =>
      new TextDecoder(charset).decode(kind.toUpperCase() === "B" ? Buffer.from(data, "base64") : qBytes(data)),
    );
}

/** The Q encoding: "_" is a space, =XX a byte, anything else itself (encoded words are ASCII). */
function qBytes(data: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    if (data[i] === "=" && /^[0-9A-F]{2}$/i.test(data.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(data.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(data[i] === "_" ? 0x20 : data.charCodeAt(i));
  }
  return Uint8Array.from(bytes);
}
