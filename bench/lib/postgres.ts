import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { run, sleep, startProcess, stopProcess } from "./proc";

export type Postgres = {
  url: string;
  /** User tables in the bench database and the rows they hold: proof the site used PostgreSQL. */
  contents(): { tables: number; rows: number };
  stop(): Promise<void>;
};

/** The newest Debian PostgreSQL (apt-get install postgresql), or PG_BIN. */
function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error("PostgreSQL is not installed: apt-get install -y postgresql (bench/run.sh does it as root)");
  return path.join(root, newest, "bin");
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user. */
function owner(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  if (!line) throw new Error("No postgres user (it comes with Debian's postgresql package)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A throwaway cluster in `dir`, listening on 127.0.0.1:port only (its socket in `dir` too),
 * trust authentication, with one database. The server runs in the foreground under the
 * bench's process control (bounded life, stopped with the rest), not daemonized by pg_ctl,
 * so a killed bench cannot leave it running; stop() shuts it down with pg_ctl and deletes
 * the cluster.
 */
export async function startPostgres(dir: string, port: number): Promise<Postgres> {
  const bin = binDir();
  const user = owner();
  const data = path.join(dir, "data");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const asOwner = { ...user, cwd: dir };
  run(
    path.join(bin, "initdb"),
    ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-instructions"],
    asOwner,
  );
  const server = startProcess(
    path.join(bin, "postgres"),
    ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1"],
    { ...asOwner, logFile: path.join(dir, "postgres.log") },
  );
  const client = ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres"];
  const deadline = Date.now() + 30_000;
  while (spawnOk(path.join(bin, "pg_isready"), [...client, "-q"]) === false) {
    if (server.child.exitCode !== null) throw new Error(`PostgreSQL exited; see ${dir}/postgres.log`);
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not start within 30 s; see ${dir}/postgres.log`);
    await sleep(200);
  }
  run(path.join(bin, "createdb"), [...client, "iop_bench"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/iop_bench`,
    contents() {
      // Exact counts, table by table (the statistics views lag behind).
      const sql =
        "select count(*), coalesce(sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', " +
        "table_schema, table_name), false, true, '')))[1]::text::bigint), 0) from information_schema.tables " +
        "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')";
      const [tables, rows] = run(path.join(bin, "psql"), [...client, "-d", "iop_bench", "-At", "-F", " ", "-c", sql])
        .trim()
        .split(" ")
        .map(Number);
      return { tables, rows };
    },
    async stop() {
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "-t", "20", "stop"], asOwner);
      } finally {
        await stopProcess(server.child);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function spawnOk(command: string, args: string[]): boolean {
  try {
    run(command, args);
    return true;
  } catch {
    return false;
  }
}
