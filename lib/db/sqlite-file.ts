import "server-only";
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { migrations } from "@/lib/db/migrations";

/**
 * What backup and restore share: a refusal the operator command prints as it is, and the
 * checks a copy of the database must pass before it counts as a backup or replaces the live one.
 */
export class BackupRefused extends Error {}

/** Large enough that the online backup copies every page in one step, hence from one snapshot. */
export const ALL_PAGES = 0x7fffffff;

/** The same file or one of its companions (-wal, -shm, -journal): never a backup's destination or source. */
export function isLiveFile(file: string, liveFile: string): boolean {
  const canonical = (name: string) => path.join(realDirectory(path.dirname(name)), path.basename(name));
  const live = canonical(liveFile);
  return [live, `${live}-wal`, `${live}-shm`, `${live}-journal`].includes(canonical(file));
}

/** An empty file only the owner can read: SQLite would create it readable by everyone (0644). */
export function createPrivateFile(file: string): void {
  fs.writeFileSync(file, "", { mode: 0o600, flag: "wx" });
}

/**
 * Makes `file` a self-contained database (rollback journal, so no -wal beside it holds part of
 * it), checks it page by page and returns its newest migration. Refuses a file that is not a
 * database, fails the check, or was made by a newer version of the site than this one.
 */
export function checkCopy(file: string): { schema: string } {
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(file, { fileMustExist: true });
    db.pragma("journal_mode = DELETE");
    const problems = db.pragma("integrity_check", { simple: false }) as Array<{ integrity_check: string }>;
    if (problems[0]?.integrity_check !== "ok") throw new BackupRefused(`the copy fails SQLite's integrity check: ${problems[0]?.integrity_check}`);
    return { schema: newestKnownMigration(db) };
  } catch (error) {
    if (error instanceof SqliteDatabase.SqliteError) throw new BackupRefused(`not a usable database (${error.message})`);
    throw error;
  } finally {
    db?.close();
  }
}

/** Flushes a file and then its directory entry to disk, so a rename survives a power loss. */
export function syncToDisk(file: string): void {
  for (const name of [file, path.dirname(file)]) {
    const fd = fs.openSync(name, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

function newestKnownMigration(db: SqliteDatabase.Database): string {
  const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!hasTable) throw new BackupRefused("not a database of this site (it has no migration record)");
  const applied = (db.prepare("select name from kysely_migration order by name").all() as Array<{ name: string }>).map((row) => row.name);
  const known = Object.keys(migrations("sqlite"));
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length) throw new BackupRefused(`made by a newer version of the site (migration ${unknown.join(", ")}): update the site first`);
  return applied.at(-1) ?? "none";
}

function realDirectory(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}
