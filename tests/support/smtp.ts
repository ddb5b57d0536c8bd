import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on 127.0.0.1 for tests, with just enough MIME parsing (multipart,
 * quoted-printable, base64, encoded-word headers) to check what the pipeline sent.
 */
export type ReceivedMail = {
  raw: string;
  envelope: { from: string; to: string[] };
  /** Lower-cased header names, values unfolded and decoded. */
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
  /** Refuse only the next message this way, then accept again. */
  rejectOnceWith(code: number, text?: string): void;
  close(): Promise<void>;
};

export async function startTestSmtp(options: { port?: number } = {}): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  let rejection: { code: number; text: string; once?: boolean } | null = null;
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
      stream.on("end", () => {
        if (rejection) {
          const { code, text, once } = rejection;
          if (once) rejection = null;
          callback(Object.assign(new Error(text), { responseCode: code }));
          return;
        }
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        messages.push(parseMail(Buffer.concat(chunks).toString("utf8"), envelope));
        callback();
      });
    },
  });
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
    rejectOnceWith(code, text = "Requested action not taken") {
      rejection = { code, text, once: true };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Part = { headers: Map<string, string>; body: Buffer; parts: Part[] };

export function parseMail(raw: string, envelope: ReceivedMail["envelope"]): ReceivedMail {
  const root = parsePart(raw);
  const leaves: Part[] = [];
  const walk = (part: Part) => (part.parts.length ? part.parts.forEach(walk) : leaves.push(part));
  walk(root);
  const mail: ReceivedMail = {
    raw,
    envelope,
    headers: root.headers,
    subject: root.headers.get("subject") ?? "",
    text: "",
    html: "",
    attachments: [],
  };
  for (const leaf of leaves) {
    const type = (leaf.headers.get("content-type") ?? "text/plain").split(";")[0].trim().toLowerCase();
    const disposition = leaf.headers.get("content-disposition") ?? "";
    if (disposition.startsWith("attachment")) {
      const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? "";
      mail.attachments.push({ filename, contentType: type, content: leaf.body });
    } else if (type === "text/html") mail.html += leaf.body.toString("utf8");
    else if (type === "text/plain") mail.text += leaf.body.toString("utf8");
  }
  return mail;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf("\r\n\r\n");
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0 && !headers.has(line.slice(0, colon).toLowerCase())) {
      headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
    }
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get("content-type") ?? "")?.[1];
  if (boundary && /^multipart\//i.test(headers.get("content-type") ?? "")) {
    const sections = body.split(`--${boundary}`).slice(1);
    const parts = sections
      .filter((section) => !section.startsWith("--"))
      .map((section) => parsePart(section.replace(/^\r\n/, "").replace(/\r\n$/, "")));
    return { headers, body: Buffer.alloc(0), parts };
  }
  return { headers, body: decodeBody(body, headers.get("content-transfer-encoding") ?? ""), parts: [] };
}

function decodeBody(body: string, encoding: string): Buffer {
  switch (encoding.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body.replace(/=\r\n/g, ""));
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64");
    default:
      return Buffer.from(body, "utf8");
  }
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], "utf8"));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words; whitespace between two of them is not part of the text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")).toString("utf8"),
    );
}
