import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { e2eInbox } from "@/tests/support/e2e-paths";

export type ReceivedMail = { raw: string; parsed: ParsedMail };

async function readInbox(): Promise<ReceivedMail[]> {
  const files = readdirSync(e2eInbox).map((file) => readFileSync(path.join(e2eInbox, file)));
  return Promise.all(files.map(async (raw) => ({ raw: raw.toString("utf8"), parsed: await simpleParser(raw) })));
}

/** Every message whose subject or text mentions `text` (a lead's reference, say). */
export async function messagesMentioning(text: string): Promise<ReceivedMail[]> {
  return (await readInbox()).filter(({ parsed }) => `${parsed.subject ?? ""}\n${parsed.text ?? ""}`.includes(text));
}

/** Waits until the SMTP server has received a message mentioning `text`, and returns it. */
export async function waitForMessage(text: string, timeoutMs = 20_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [message] = await messagesMentioning(text);
    if (message) return message.parsed;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email mentioning ${text} arrived within ${timeoutMs} ms`);
}
