import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { e2eInbox } from "@/tests/support/e2e-paths";

/** Decodes quoted-printable soft breaks and escapes enough to search a message's text. */
function readable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function messagesContaining(text: string): string[] {
  return readdirSync(e2eInbox)
    .map((file) => readable(readFileSync(path.join(e2eInbox, file), "utf8")))
    .filter((message) => message.includes(text));
}

/** Waits until the SMTP server has received a message containing `text`, and returns it. */
export async function waitForMessage(text: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [message] = messagesContaining(text);
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email containing ${text} arrived within ${timeoutMs} ms`);
}
