import "server-only";
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { SQLITE_FILE } from "@/lib/db/connection";
import { ALL_PAGES, BackupRefused, checkCopy, createPrivateFile, isLiveFile, syncToDisk } from "@/lib/db/sqlite-file";

export type RestoreReport = { file: string; schema: string };

/**
 * Puts a backup in place of DATA_DIR's database, only when that is safe: the backup is copied
 * next to the live file and checked (integrity, and no migration newer than this code) first;
 * a database already there is replaced only with `force`, and never while any process (the
 * site) has it open; the copy goes in with one rename while this process holds SQLite's
 * exclusive lock on the old file, so no server can open the old one in between.
 */
export async function restoreSqlite(dataDir: string, backupFile: string, { force }: { force: boolean }): Promise<RestoreReport> {
  const live = path.join(dataDir, SQLITE_FILE);
  const file = path.resolve(backupFile);
  if (!fs.existsSync(file)) throw new BackupRefused(`No such file: ${file}`);
  if (isLiveFile(file, live)) throw new BackupRefused(`${file} is the live database itself`);
  if (holdsDatabase(live) && !force) {
    throw new BackupRefused(`${dataDir} already holds a database: stop the site, and add --force to replace it (every change since the backup is lost)`);
  }

  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const incoming = `${live}.restoring-${process.pid}`;
  try {
    createPrivateFile(incoming);
    await copyInto(file, incoming);
    const { schema } = checkCopy(incoming);
    syncToDisk(incoming);
    replaceWhileLocked(live, incoming);
    return { file, schema };
  } finally {
    fs.rmSync(incoming, { force: true });
  }
}

function holdsDatabase(live: string): boolean {
  return [live, `${live}-wal`].some((name) => fs.existsSync(name) && fs.statSync(name).size > 0);
}

async function copyInto(file: string, destination: string): Promise<void> {
  let source: SqliteDatabase.Database | undefined;
  try {
    source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    await source.backup(destination, { progress: () => ALL_PAGES });
  } catch (error) {
    if (error instanceof SqliteDatabase.SqliteError) throw new BackupRefused(`${file} is not a usable database (${error.message})`);
    throw error;
  } finally {
    source?.close();
  }
}

/**
 * In WAL mode every open connection holds a shared lock, so the exclusive lock is refused while
 * the site runs. Holding it, the old file is turned into a rollback-journal file (its -wal
 * checkpointed and removed, so no stale log can be replayed onto the restored file), then
 * replaced by one rename.
 */
function replaceWhileLocked(live: string, incoming: string): void {
  if (!fs.existsSync(live)) createPrivateFile(live);
  const old = new SqliteDatabase(live, { timeout: 0 });
  try {
    old.pragma("locking_mode = EXCLUSIVE");
    old.pragma("journal_mode = DELETE");
    // In exclusive locking mode a lock once taken is kept until close.
    old.exec("begin exclusive; commit");
    fs.renameSync(incoming, live);
    syncToDisk(live);
  } catch (error) {
    if (error instanceof SqliteDatabase.SqliteError && error.code.startsWith("SQLITE_BUSY")) {
      throw new BackupRefused(`${live} is in use by another process: stop the site (every server using this DATA_DIR), then restore`);
    }
    throw error;
  } finally {
    old.close();
  }
}
