import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import net from "node:net";

/**
 * Child processes the bench starts: each in its own process group, so stopping it stops its
 * children too (next start's next-server, nginx's workers). All are stopped when the bench
 * exits, however it exits.
 */
const children = new Set<ChildProcess>();

/** No server the bench starts lives longer than this, even if the bench itself is killed. */
const MAX_LIFE_MINUTES = 30;

export type Started = { child: ChildProcess; stop: () => Promise<void> };

export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; uid?: number; gid?: number },
): Started {
  // Output goes straight to the log file, not through a pipe to this process: a server
  // whose parent died must not be left writing into a closed pipe.
  const log = openSync(options.logFile, "a");
  // coreutils' timeout bounds each server's life, so none outlives a bench that was killed.
  const child = spawn("timeout", ["--kill-after=10s", `${MAX_LIFE_MINUTES}m`, command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", log, log],
    uid: options.uid,
    gid: options.gid,
  });
  closeSync(log);
  children.add(child);
  child.on("exit", () => children.delete(child));
  return { child, stop: () => stopProcess(child) };
}

/** A process someone else started for the bench (Chromium, by chrome-launcher), stopped with the rest. */
export function adopt(child: ChildProcess | undefined): void {
  if (!child) return;
  children.add(child);
  child.on("exit", () => children.delete(child));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      process.kill(child.pid, signal); // not a group leader
    } catch {
      // Already gone.
    }
  }
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, "SIGKILL"); // its children, if any outlived it
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  killGroup(child, "SIGKILL");
}

/** Synchronous, for process exit handlers. */
export function killAllChildren(): void {
  for (const child of children) killGroup(child, "SIGKILL");
  children.clear();
}

/** Runs a command to completion; throws with its output's tail when it fails. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {},
) {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    uid: options.uid,
    gid: options.gid,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${output}`);
  }
  return result.stdout;
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", () =>
      reject(new Error(`Port ${port} on 127.0.0.1 is in use; set BENCH_PORT to another base port`)),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

/** Polls until the URL answers (any status), for at most timeoutMs. */
export async function waitForHttp(url: string, timeoutMs = 30_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`The server for ${url} exited (${child.exitCode})`);
    // Our own timer, not AbortSignal.timeout: on Node 20 a request to a server that is still
    // starting under heavy load was seen never to settle, holding the bench for good.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 2_000);
    try {
      const attempt = fetch(url, { redirect: "manual", signal: controller.signal }).then((r) => r.arrayBuffer());
      await Promise.race([attempt, sleep(3_000).then(() => Promise.reject(new Error("no answer")))]);
      return;
    } catch {
      await sleep(200);
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
