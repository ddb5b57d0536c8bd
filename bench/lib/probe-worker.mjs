// A paced GET loop in its own thread, so the bench's own work (building 20 MB uploads,
// receiving their emails) never delays the timer or the reading of a response.
// workerData: { url, intervalMs, maxMs }. Posts back { latencies, errors } once it stops:
// on the "stop" message or after maxMs, whichever comes first, and after the last answer.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { url, intervalMs, maxMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const latencies = [];
let errors = 0;
let inFlight = 0;
let stopping = false;
const started = performance.now();

function probe() {
  inFlight += 1;
  const sent = performance.now();
  const done = (ok) => {
    if (ok) latencies.push(performance.now() - sent);
    else errors += 1;
    inFlight -= 1;
  };
  http
    .get(url, { agent, timeout: 10_000 }, (response) => {
      response.resume();
      response.on("end", () => done(response.statusCode === 200));
    })
    .on("error", () => done(false));
}

const timer = setInterval(() => {
  if (stopping || performance.now() - started > maxMs) {
    clearInterval(timer);
    const drain = setInterval(() => {
      if (inFlight > 0) return;
      clearInterval(drain);
      agent.destroy();
      parentPort.postMessage({ latencies, errors });
    }, 5);
    return;
  }
  probe();
}, intervalMs);

parentPort.on("message", (message) => {
  if (message === "stop") stopping = true;
});
