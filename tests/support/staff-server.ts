import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startTestPostgres, type TestPostgres } from "./postgres";

/**
 * A production `next start` of its own for the staff specs (ports STAFF_E2E_PORT_BASE + 1 to 16, 3511-3526 by default, one per spec server so specs can run side by side), on SQLite in a
 * fresh DATA_DIR or on a throwaway PostgreSQL, plus, when asked for, a second server on the same database
 * with a short idle logoff, so the spec can wait it out without rushing the rest of the walk
 * (cookies don't care about ports, so one session works on both). Emails go to files
 * (LOCAL_PREVIEW); the shared e2e server is left alone. `env` is added to the servers' and the
 * commands' environment (e.g. a clock moved ahead, tests/support/fake-clock.mjs).
 */
export type StaffServer = {
  url: string;
  /** The same site and database, logging off after STAFF_IDLE_SECONDS (when a port was given for it). */
  shortIdleUrl?: string;
  /** Every address the site answers on: a request anywhere else is foreign. */
  origins: string[];
  env: NodeJS.ProcessEnv;
  /** `npm run staff -- …` against this server's database; returns what it printed. */
  staff(...args: string[]): string;
  /** The same, without blocking: the browser can go on meanwhile. */
  staffAsync(...args: string[]): Promise<string>;
  /** Stores a request straight into the database, as tests/support/staff-seed.ts does. */
  seed(kind: "script-everywhere"): string;
  stop(): Promise<void>;
};

export const STAFF_IDLE_SECONDS = 8;

export async function startStaffServer(
  engine: "sqlite" | "postgres",
  port: number,
  options: { shortIdlePort?: number; env?: Record<string, string> } = {},
): Promise<StaffServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `staff-e2e-${engine}-`));
  const postgres: TestPostgres | undefined = engine === "postgres" ? await startTestPostgres() : undefined;
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOCAL_PREVIEW: "1",
    DATA_DIR: dataDir,
    DATABASE_URL: postgres?.url ?? "",
    SITE_URL: url,
    SMTP_URL: "",
    LEAD_RATE_LIMIT: "50",
    ...options.env,
  };
  const log = openSync(path.join(dataDir, "server.log"), "a");
  const start = (listen: number, extra: Record<string, string>): ChildProcess =>
    spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(listen)], {
      env: { ...env, ...extra },
      stdio: ["ignore", log, log],
      detached: true,
    });
  const shortIdleUrl = options.shortIdlePort ? `http://127.0.0.1:${options.shortIdlePort}` : undefined;
  // The first one migrates the database; the second starts once it has.
  const children = [start(port, {})];
  await waitFor(url);
  if (options.shortIdlePort && shortIdleUrl) {
    children.push(start(options.shortIdlePort, { STAFF_IDLE_MINUTES: String(STAFF_IDLE_SECONDS / 60) }));
    await waitFor(shortIdleUrl);
  }
  const tsx = (script: string, args: string[]) =>
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", script, ...args], {
      env,
      encoding: "utf8",
    });
  return {
    url,
    shortIdleUrl,
    origins: shortIdleUrl ? [url, shortIdleUrl] : [url],
    env,
    staff: (...args) => tsx("scripts/staff.ts", args),
    staffAsync: async (...args) =>
      (
        await promisify(execFile)(
          process.execPath,
          ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", "scripts/staff.ts", ...args],
          { env, encoding: "utf8" },
        )
      ).stdout,
    seed: (kind) => tsx("tests/support/staff-seed.ts", [kind]).trim(),
    async stop() {
      for (const child of children) {
        try {
          if (child.pid) process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      await postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/staff/sign-in`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start on ${url} did not answer within 60 s`);
}
