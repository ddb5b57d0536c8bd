import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, startProcess, stopProcess, waitForHttp, type Started } from "./proc";

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

/**
 * The config shipped in bench/nginx/, with only its BENCH lines pointed at this run: the
 * cache path, the listen address, and the upstream's server lines (one per port given).
 */
export function proxyConfig(template: string, opts: { listenPort: number; upstreamPorts: number[]; cacheDir: string }) {
  const upstream =
    /^(\s*)server 127\.0\.0\.1:\d+;\s*# BENCH: upstream\n(?:\s*server 127\.0\.0\.1:\d+;\s*# BENCH: upstream\n)*/m;
  const swaps: Array<[RegExp, (indent: string) => string]> = [
    [/^proxy_cache_path \S+ (.*# BENCH: cache path)$/m, () => `proxy_cache_path ${opts.cacheDir} $1`],
    [
      upstream,
      (indent) => opts.upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port}; # BENCH: upstream\n`).join(""),
    ],
    [/^(\s*)listen \S+;(\s*# BENCH: listen)$/m, () => `$1listen 127.0.0.1:${opts.listenPort};$2`],
  ];
  let config = template;
  for (const [pattern, replacement] of swaps) {
    const match = pattern.exec(config);
    if (!match) throw new Error(`bench/nginx/reverse-proxy.conf: no line matching ${pattern}`);
    config = config.replace(pattern, replacement(match[1] ?? ""));
  }
  return config;
}

/** A minimal nginx.conf around one server block, with every path inside the run directory. */
function wrapperConfig(dir: string, server: string): string {
  const asRoot = process.getuid?.() === 0;
  const group =
    existsSync("/etc/group") && /^nogroup:/m.test(readFileSync("/etc/group", "utf8")) ? "nogroup" : "nobody";
  return `# Written by bench/lib/throughput.ts for one run; deleted with it.
${asRoot ? `user nobody ${group};` : ""}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${server}
}
`;
}

export async function startNginx(dir: string, server: string, probeUrl: string): Promise<Started> {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, wrapperConfig(dir, server));
  run("nginx", ["-t", "-q", "-p", dir, "-e", path.join(dir, "error.log"), "-c", conf]);
  const started = startProcess(
    "nginx",
    ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf, "-g", "daemon off;"],
    {
      cwd: dir,
      logFile: path.join(dir, "stdout.log"),
    },
  );
  await waitForHttp(probeUrl, 10_000, started.child);
  return started;
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

