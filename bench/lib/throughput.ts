import { spawnSync } from "node:child_process";
import { startNginx as startShippedNginx } from "../../scripts/nginx";
import { adopt, type Started } from "./proc";

export type LoadResult = {
  name: string;
  url: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
};

export const LOAD = { connections: 50, seconds: 10, warmupSeconds: 3, threads: 1 };

/** nginx for one measurement, stopped with the bench's other servers however the bench ends. */
export async function startNginx(dir: string, server: string, probeUrl: string): Promise<Started> {
  const nginx = await startShippedNginx(dir, server, probeUrl);
  adopt(nginx.child);
  return nginx;
}

export function staticServer(port: number, htmlRoot: string): string {
  return `    server {
        listen 127.0.0.1:${port};
        root ${htmlRoot};
        location / {
            default_type "text/html; charset=utf-8";
            try_files $uri.html =404;
        }
    }`;
}

/** wrk: a warm-up, then the measured run, same connections and duration for every target. */
export function load(name: string, url: string): LoadResult {
  wrk(url, LOAD.warmupSeconds);
  const output = wrk(url, LOAD.seconds);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s)\s*$/m.exec(output);
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(output);
  const total = /(\d+) requests in/.exec(output);
  if (!rps || !p50 || !p99 || !total) throw new Error(`Could not read wrk's output:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    name,
    url,
    requestsPerSec: Number(rps[1]),
    p50Ms: toMs(p50[1], p50[2]),
    p99Ms: toMs(p99[1], p99[2]),
    requests: Number(total[1]),
    errors: non2xx + socketErrors,
  };
}

function wrk(url: string, seconds: number): string {
  const result = spawnSync(
    "wrk",
    [`-t${LOAD.threads}`, `-c${LOAD.connections}`, `-d${seconds}s`, "--timeout", "5s", "--latency", url],
    { encoding: "utf8", timeout: (seconds + 30) * 1000 },
  );
  if (result.status !== 0) throw new Error(`wrk failed on ${url}: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

const toMs = (value: string, unit: string) => Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);

