import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, expect, it, vi } from "vitest";
import { backupSqlite } from "@/lib/db/backup";
import { closeDatabase, database } from "@/lib/db/connection";
import { restoreSqlite } from "@/lib/db/restore";
import { getLead, listLeads, storeLead } from "@/lib/leads/store";
import { callLead, describeOnEngine, restartServer } from "./fixtures";
import { useLeadWorkers } from "./workers";

/** `npm run leads`, as the operator runs it, without blocking this process (a worker's output keeps flowing). */
function leads(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/leads.ts", ...args], {
    env: { NODE_ENV: "test", PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, out, err })));
}

const REFUSED = 4;
const startWorker = useLeadWorkers();
const scratch: string[] = [];

afterEach(async () => {
  for (const dir of scratch.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function scratchDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "leads-backup-"));
  scratch.push(dir);
  return dir;
}

function integrityOf(file: string): string {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

async function storedReference(phone: string): Promise<string> {
  const result = await storeLead(callLead({ phone }), new Date());
  if (result.outcome !== "stored") throw new Error(result.outcome);
  return result.reference;
}

describeOnEngine("sqlite", "npm run leads -- backup / restore (SQLite)", (store) => {
  it("backs up while another process stores leads; the restore holds every lead acknowledged before it began", async () => {
    const acknowledged: string[] = [];
    const writer = await startWorker(["receive", "20000"], (line) => {
      if (line.startsWith("ack ")) acknowledged.push(line.slice(4));
    });
    await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(300), { timeout: 30_000, interval: 5 });

    const before = [...acknowledged];
    const file = path.join(await scratchDir(), "leads-backup.sqlite");
    const backup = await leads(["backup", file], { DATA_DIR: store.dataDir });
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    // The site kept storing leads while the command ran.
    expect(acknowledged.length).toBeGreaterThan(before.length + 20);
    // Stopped before the test's data folder is removed: a writer still adding mail files there
    // made that removal fail (ENOTEMPTY).
    const exited = once(writer, "exit");
    writer.kill("SIGKILL");
    await exited;
    expect(backup.out).toMatch(/integrity check ok/);
    expect(integrityOf(file)).toBe("ok");
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);

    const fresh = await scratchDir();
    const restore = await leads(["restore", file], { DATA_DIR: fresh });
    expect(restore.err).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/integrity check ok/);

    vi.stubEnv("DATA_DIR", fresh);
    await restartServer();
    const { engine } = await database();
    if (engine.kind !== "sqlite") throw new Error("expected SQLite");
    expect(engine.client.pragma("integrity_check", { simple: true })).toBe("ok");
    for (const reference of before) expect(await getLead(reference), reference).toBeDefined();
    expect((await listLeads()).length).toBeLessThanOrEqual(acknowledged.length);
  }, 90_000);

  it("never replaces a database in use, an existing file or a live database with a bad backup", async () => {
    const kept = await storedReference("503-555-0101");
    const dir = await scratchDir();
    const file = path.join(dir, "leads.sqlite");
    const live = path.join(store.dataDir, "leads.sqlite");

    await expect(backupSqlite(store.dataDir, live, { force: true })).rejects.toThrow(/the live database/);
    await backupSqlite(store.dataDir, file, { force: false });
    await expect(backupSqlite(store.dataDir, file, { force: false })).rejects.toThrow(/already exists.*--force/);
    await backupSqlite(store.dataDir, file, { force: true });

    const later = await storedReference("503-555-0102");
    await expect(restoreSqlite(store.dataDir, file, { force: false })).rejects.toThrow(/already holds a database.*--force/);
    // This test process has the database open, as a running site would; so does the command's refusal say.
    await expect(restoreSqlite(store.dataDir, file, { force: true })).rejects.toThrow(/in use.*stop the site/);
    const running = await leads(["restore", file, "--force"], { DATA_DIR: store.dataDir });
    expect(running.code).toBe(REFUSED);
    expect(running.err).toMatch(/in use.*stop the site/);
    expect(await getLead(later)).toBeDefined();

    const garbage = path.join(dir, "garbage.sqlite");
    await fs.writeFile(garbage, "not a database, just words ".repeat(200));
    const future = path.join(dir, "future.sqlite");
    await fs.copyFile(file, future);
    const newer = new SqliteDatabase(future);
    newer.prepare("insert into kysely_migration (name, timestamp) values (?, ?)").run("999_from_the_future", new Date().toISOString());
    newer.close();
    await closeDatabase();
    for (const [bad, reason] of [
      [garbage, /not a usable database/],
      [future, /newer version of the site.*999_from_the_future/],
      [path.join(dir, "missing.sqlite"), /no such file/i],
    ] as const) {
      await expect(restoreSqlite(store.dataDir, bad, { force: true }), bad).rejects.toThrow(reason);
    }
    expect(await fs.readdir(store.dataDir)).not.toContainEqual(expect.stringContaining("restoring"));
    expect(await getLead(later)).toBeDefined();
    await closeDatabase();

    await restoreSqlite(store.dataDir, file, { force: true });
    expect(await getLead(kept)).toBeDefined();
    expect(await getLead(later)).toBeUndefined();
  }, 60_000);
});

describeOnEngine("postgres", "npm run leads -- backup / restore (PostgreSQL)", () => {
  it("points to pg_dump and pg_restore and exits non-zero", async () => {
    const dir = await scratchDir();
    const env = { DATA_DIR: dir, DATABASE_URL: process.env.DATABASE_URL ?? "" };
    const backup = await leads(["backup", path.join(dir, "leads.dump")], env);
    expect(backup.code).toBe(REFUSED);
    expect(backup.err).toMatch(/pg_dump/);
    const restore = await leads(["restore", path.join(dir, "leads.dump")], env);
    expect(restore.code).toBe(REFUSED);
    expect(restore.err).toMatch(/pg_restore/);
    await expect(fs.readdir(dir)).resolves.toEqual([]);
  }, 30_000);
});
