// The bench's SMTP server in its own thread: at 100 concurrent posts the bench's main thread is
// busy making and timing them, and a mail server sharing that event loop answered each SMTP
// command late, so speed to lead measured the load generator, not the site.
// workerData: { port }. Posts "listening" (or { error }), then { reference, at } per message
// accepted, `at` in milliseconds since the epoch (performance.timeOrigin + now()); "close" stops it.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { SMTPServer } from "smtp-server";

/** Headers end at the first blank line; a lead email's come well within this. */
const MAX_HEADER_BYTES = 64 * 1024;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  size: 64 * 1024 * 1024,
  onData(stream, _session, callback) {
    let head = "";
    stream.on("data", (chunk) => {
      if (head.length < MAX_HEADER_BYTES && !head.includes("\r\n\r\n")) head += chunk.toString("latin1");
    });
    stream.on("end", () => {
      const at = performance.timeOrigin + performance.now();
      const reference = /^X-Lead-Reference:[ \t]*(\S+)/im.exec(head.split("\r\n\r\n")[0])?.[1];
      parentPort.postMessage({ reference, at });
      callback();
    });
  },
});
server.once("error", (error) => parentPort.postMessage({ error: String(error) }));
server.listen(workerData.port, "127.0.0.1", () => parentPort.postMessage("listening"));
parentPort.on("message", (message) => {
  if (message === "close") server.close(() => process.exit(0));
});
