import { performance } from "node:perf_hooks";
import { SMTPServer } from "smtp-server";

export type SmtpSink = {
  /** Messages accepted so far. */
  received(): number;
  /** When each message carrying this X-Lead-Reference was accepted (performance.now()), in order. */
  acceptedAt(reference: string): number[];
  /** Resolves once every reference has arrived at least once (true), or the time is up (false). */
  waitFor(references: Iterable<string>, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
};

/** Headers end at the first blank line; a lead email's come well within this. */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * A real SMTP server on loopback, owned by the bench, that accepts everything. It reads each
 * message's X-Lead-Reference header (the site sets it on every lead email) and notes when the
 * message was accepted: the moment the site's mail is safely handed over, which is where
 * "speed to lead" ends.
 */
export function startSmtpSink(port: number): Promise<SmtpSink> {
  let received = 0;
  const accepted = new Map<string, number[]>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 64 * 1024 * 1024,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < MAX_HEADER_BYTES && !head.includes("\r\n\r\n")) head += chunk.toString("latin1");
      });
      stream.on("end", () => {
        const reference = /^X-Lead-Reference:[ \t]*(\S+)/im.exec(head.split("\r\n\r\n")[0])?.[1];
        received += 1;
        if (reference) accepted.set(reference, [...(accepted.get(reference) ?? []), performance.now()]);
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        received: () => received,
        acceptedAt: (reference) => accepted.get(reference) ?? [],
        async waitFor(references, timeoutMs) {
          const wanted = [...references];
          const deadline = performance.now() + timeoutMs;
          const missing = () => wanted.some((ref) => !accepted.has(ref));
          while (performance.now() < deadline && missing()) await new Promise((done) => setTimeout(done, 20));
          return !missing();
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
