import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

export type SmtpSink = {
  /** Messages accepted so far. */
  received(): number;
  /** When each message carrying this X-Lead-Reference was accepted (performance.now()), in order. */
  acceptedAt(reference: string): number[];
  /** Resolves once every reference has arrived at least once (true), or the time is up (false). */
  waitFor(references: Iterable<string>, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
};

type Accepted = { reference?: string; at: number };

/**
 * A real SMTP server on loopback, owned by the bench, that accepts everything, on a thread of
 * its own (smtp-sink-thread.mjs). It reads each message's X-Lead-Reference header (the site
 * sets it on every lead email) and notes when the message was accepted: the moment the site's
 * mail is safely handed over, which is where "speed to lead" ends.
 */
export function startSmtpSink(port: number): Promise<SmtpSink> {
  let received = 0;
  const accepted = new Map<string, number[]>();
  const worker = new Worker(new URL("./smtp-sink-thread.mjs", import.meta.url), { workerData: { port } });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: "listening" | { error: string } | Accepted) => {
      if (message === "listening") {
        resolve(sink());
      } else if ("error" in message) {
        reject(new Error(`The bench's SMTP server did not start: ${message.error}`));
      } else {
        received += 1;
        // Taken on the sink's thread as epoch time; kept on this thread's performance.now() scale.
        const at = message.at - performance.timeOrigin;
        if (message.reference) accepted.set(message.reference, [...(accepted.get(message.reference) ?? []), at]);
      }
    });
  });

  function sink(): SmtpSink {
    return {
      received: () => received,
      acceptedAt: (reference) => accepted.get(reference) ?? [],
      async waitFor(references, timeoutMs) {
        const wanted = [...references];
        const deadline = performance.now() + timeoutMs;
        const missing = () => wanted.some((ref) => !accepted.has(ref));
        while (performance.now() < deadline && missing()) await new Promise((done) => setTimeout(done, 20));
        return !missing();
      },
      close: async () => {
        const exited = new Promise((done) => worker.once("exit", done));
        worker.postMessage("close");
        await exited;
      },
    };
  }
}
