import http from "node:http";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { cardPhotos, fetchForm, insuranceCheck, referenceOf } from "./forms";
import { latency, type Latency } from "./leads";

/**
 * A content page's latency through the reverse proxy, idle and while 10 clients upload
 * insurance checks with two 10 MB card photos each, plus the proxy's body-size limits.
 * Each uploader has its own loopback address (127.0.0.11 …), as 10 visitors would, so the
 * proxy's per-address upload limit sees 10 clients, not one.
 */

const UPLOAD_CLIENTS = 10;
/** The page's p99 during the uploads may be at most this multiple of its idle p99. */
export const UPLOAD_P99_RATIO = 2;
const PROBE_INTERVAL_MS = 20; // 50 requests per second, paced, not as fast as possible
const IDLE_MS = 10_000;
/** Uploaders start no new upload after this, and each makes at most MAX_UPLOADS_EACH. */
const UPLOAD_WINDOW_MS = 15_000;
const MAX_UPLOADS_EACH = 4;

type ProbeResult = Latency & { samples: number; errors: number };
type LimitCheck = { what: string; expected: number; got: number | string };
export type UploadResult = {
  page: string;
  idle: ProbeResult;
  during: ProbeResult;
  uploads: {
    clients: number;
    posts: number;
    accepted: number;
    bytesEach: number;
    latency: Latency;
    problems: string[];
  };
  limits: LimitCheck[];
};

export async function benchUploads(opts: {
  proxyOrigin: string;
  page: string;
  numberFrom: number;
  log: (line: string) => void;
}): Promise<UploadResult> {
  const url = `${opts.proxyOrigin}${opts.page}`;
  await fetch(url).then((r) => r.arrayBuffer()); // into the proxy's cache
  const idle = await probe(url, IDLE_MS);
  opts.log(`  ${opts.page} idle: p99 ${idle.p99Ms.toFixed(1)} ms over ${idle.samples} requests`);

  const form = await fetchForm(opts.proxyOrigin, "/verify-insurance");
  const photos = cardPhotos();
  const during = startProbe(url, UPLOAD_WINDOW_MS + 120_000);
  const started = performance.now();
  const times: number[] = [];
  const problems: string[] = [];
  let next = opts.numberFrom;
  let accepted = 0;
  let bytesEach = 0;
  const client = async (address: string) => {
    for (let i = 0; i < MAX_UPLOADS_EACH && performance.now() - started < UPLOAD_WINDOW_MS; i++) {
      const { body, type } = await serialize(await insuranceCheck(form, next++, photos));
      bytesEach = body.length;
      const sent = performance.now();
      const answer = await rawPost(opts.proxyOrigin, "/verify-insurance", body, { type, localAddress: address });
      times.push(performance.now() - sent);
      const { reference, problem } = referenceOf(answer.response, "/verify-insurance");
      if (reference) accepted += 1;
      else if (problems.length < 3) problems.push(`${address}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: UPLOAD_CLIENTS }, (_, i) => client(`127.0.0.${11 + i}`)));
  const duringResult = await during.stop();
  opts.log(
    `  ${opts.page} during ${times.length} uploads (${accepted} accepted): p99 ${duringResult.p99Ms.toFixed(1)} ms over ${duringResult.samples} requests`,
  );

  return {
    page: opts.page,
    idle,
    during: duringResult,
    uploads: {
      clients: UPLOAD_CLIENTS,
      posts: times.length,
      accepted,
      bytesEach,
      latency: latency(times),
      problems,
    },
    limits: await limitChecks(opts.proxyOrigin),
  };
}

/** What nginx must refuse: bodies over 1 MB anywhere but the insurance post, over 21 MB there, a third upload at once. */
async function limitChecks(origin: string): Promise<LimitCheck[]> {
  const bytes = (n: number) => Buffer.alloc(n, 0x61);
  // A refused post may reset the connection before its answer is read: that is reported, not thrown.
  const status = async (path: string, size: number, localAddress = "127.0.0.31"): Promise<number | string> => {
    try {
      const answer = await rawPost(origin, path, bytes(size), { type: "application/octet-stream", localAddress });
      return answer.response.status;
    } catch (error) {
      return `no answer (${error instanceof Error && "code" in error ? String(error.code) : String(error)})`;
    }
  };
  const checks: LimitCheck[] = [
    { what: "2 MB post to /", expected: 413, got: await status("/", 2_000_000) },
    { what: "2 MB post to /request-a-call", expected: 413, got: await status("/request-a-call", 2_000_000) },
    { what: "23 MB post to /verify-insurance", expected: 413, got: await status("/verify-insurance", 23_000_000) },
  ];
  // Two uploads from one address that send their headers and then stall: a third is refused.
  const address = "127.0.0.32";
  const stalled = [0, 1].map(() =>
    rawPost(origin, "/verify-insurance", bytes(5_000_000), {
      type: "application/octet-stream",
      localAddress: address,
      stallAfter: 1024,
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  checks.push({
    what: "a third upload at once from one address",
    expected: 429,
    got: await status("/verify-insurance", 1_000, address),
  });
  for (const upload of stalled) upload.abort();
  await Promise.allSettled(stalled.map((upload) => upload));
  return checks;
}

/** A FormData as the multipart bytes a browser would send, with its boundary. */
async function serialize(form: FormData): Promise<{ body: Buffer; type: string }> {
  const request = new Request("http://127.0.0.1/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), type: request.headers.get("content-type") ?? "" };
}

type RawAnswer = { response: { status: number; headers: Headers } };

/**
 * A POST from a given local address (fetch cannot choose one). The answer counts as soon as
 * it arrives: nginx answers 413 without reading the body, so writing the rest may then fail.
 */
function rawPost(
  origin: string,
  path: string,
  body: Buffer,
  opts: { type: string; localAddress: string; stallAfter?: number },
): Promise<RawAnswer> & { abort: () => void } {
  const target = new URL(path, origin);
  let request: http.ClientRequest | undefined;
  const promise = new Promise<RawAnswer>((resolve, reject) => {
    request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        localAddress: opts.localAddress,
        agent: false,
        headers: {
          "Content-Type": opts.type,
          "Content-Length": String(body.length),
          Origin: origin,
          Referer: `${origin}${path}`,
        },
      },
      (response) => {
        response.resume();
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === "string") headers.set(name, value);
        }
        resolve({ response: { status: response.statusCode ?? 0, headers } });
      },
    );
    request.on("error", reject);
    if (opts.stallAfter !== undefined) request.write(body.subarray(0, opts.stallAfter));
    else request.end(body);
  });
  return Object.assign(promise, { abort: () => request?.destroy() });
}

async function probe(url: string, ms: number): Promise<ProbeResult> {
  return startProbe(url, ms).done;
}

function startProbe(url: string, maxMs: number): { stop: () => Promise<ProbeResult>; done: Promise<ProbeResult> } {
  const worker = new Worker(new URL("./probe-worker.mjs", import.meta.url), {
    workerData: { url, intervalMs: PROBE_INTERVAL_MS, maxMs },
  });
  const done = new Promise<ProbeResult>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (result: { latencies: number[]; errors: number }) => {
      void worker.terminate();
      resolve({ ...latency(result.latencies), samples: result.latencies.length, errors: result.errors });
    });
  });
  return {
    done,
    stop: () => {
      worker.postMessage("stop");
      return done;
    },
  };
}
