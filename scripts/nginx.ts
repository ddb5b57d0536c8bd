import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The nginx configuration the README tells centers to deploy (bench/nginx/reverse-proxy.conf),
 * run for real on loopback: by the bench, which measures it, and by the unit test that checks
 * its forwarding and body limits. Every path it writes stays inside the run's directory.
 */

/** The shipped file: its lines marked BENCH are the ones proxyConfig() points at a run. */
export const shippedProxyConfig = fileURLToPath(new URL("../bench/nginx/reverse-proxy.conf", import.meta.url));

/** No nginx started here outlives this, even if whoever started it is killed. */
const MAX_LIFE_MINUTES = 30;

export type RunningNginx = { child: ChildProcess; stop: () => Promise<void> };

/**
 * The shipped config with only its BENCH lines pointed at this run: the cache path, the
 * listen address, and the upstream's server lines (one per port given).
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
  return `# Written by scripts/nginx.ts for one run; deleted with it.
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

/**
 * Checks the config with `nginx -t`, starts nginx in the foreground in a process group of its
 * own (so stop() ends its workers too) and waits until probeUrl answers.
 */
export async function startNginx(dir: string, server: string, probeUrl: string): Promise<RunningNginx> {
  mkdirSync(dir, { recursive: true });
  // nginx's workers (not root) read the config and spool large uploads below it.
  chmodSync(dir, 0o755);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, wrapperConfig(dir, server));
  const args = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf];
  const test = spawnSync("nginx", ["-t", "-q", ...args], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed (${test.status ?? test.error?.message}):\n${test.stderr}`);
  // Output goes to a file, not a pipe: nginx must not block on a parent that stopped reading.
  const log = openSync(path.join(dir, "stdout.log"), "a");
  const child = spawn("timeout", ["--kill-after=10s", `${MAX_LIFE_MINUTES}m`, "nginx", ...args, "-g", "daemon off;"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const running = { child, stop: () => stopGroup(child) };
  try {
    await waitForAnswer(probeUrl, child);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

async function waitForAnswer(url: string, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}) before ${url} answered`);
    // A race with our own timer: on Node 20 a request to a server still starting under heavy
    // load was seen never to settle, even with an abort signal (bench/lib/proc.ts).
    const attempt = fetch(url, { redirect: "manual" }).then((response) => response.arrayBuffer());
    const giveUp = sleep(2_000).then(() => Promise.reject(new Error("no answer")));
    try {
      await Promise.race([attempt, giveUp]);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    signalGroup(child, "SIGTERM");
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  signalGroup(child, "SIGKILL");
}
