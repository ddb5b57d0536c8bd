import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, for tests: made with the
 * Debian binaries the test command installs, removed by stop(). TEST_DATABASE_URL points the
 * tests at an existing server instead. Never skipped: without PostgreSQL this throws.
 */
export type TestPostgres = { url: string; stop(): Promise<void> };

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => undefined };
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iop-pg-"));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  // PostgreSQL refuses to run as root; as root, it runs as the postgres user Debian creates.
  const run = (args: string[]) => {
    const command = asRoot ? "su" : args[0];
    const argv = asRoot ? ["postgres", "-s", "/bin/sh", "-c", args.map(quote).join(" ")] : args.slice(1);
    const result = spawnSync(command, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${path.basename(args[0])} failed: ${result.stderr || result.stdout}`);
  };
  const data = path.join(dir, "data");
  run([path.join(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  run([
    path.join(bin, "pg_ctl"),
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    "-w",
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run([path.join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
    : [];
  if (!versions.length) {
    throw new Error(
      "PostgreSQL is not installed. The test command installs it (scripts/install-test-deps.sh); or set TEST_DATABASE_URL.",
    );
  }
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
