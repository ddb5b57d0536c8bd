import "server-only";
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { SQLITE_FILE } from "@/lib/db/connection";
import { ALL_PAGES, BackupRefused, checkCopy, createPrivateFile, isLiveFile, syncToDisk } from "@/lib/db/sqlite-file";

export type BackupReport = { file: string; bytes: number; schema: string };

/**
 * Copies the live SQLite database to `destination` with SQLite's online backup API, while the
 * site keeps writing: every page comes from one read snapshot (WAL lets writers go on), so the
 * copy holds every transaction committed before the copy began. The copy is checked, made
 * self-contained (no -wal beside it), mode 0600, and moved into place with one rename, so the
 * destination is never a half-written file.
 */
export async function backupSqlite(dataDir: string, destination: string, { force }: { force: boolean }): Promise<BackupReport> {
  const live = path.join(dataDir, SQLITE_FILE);
  const file = path.resolve(destination);
  if (isLiveFile(file, live)) throw new BackupRefused(`${file} is the live database: give a file elsewhere, ideally on another disk`);
  if (!fs.existsSync(live)) throw new BackupRefused(`No database at ${live} (is DATA_DIR right?)`);
  if (fs.existsSync(file) && !force) throw new BackupRefused(`${file} already exists: choose a new name, or add --force to replace it`);
  if (!fs.existsSync(path.dirname(file))) throw new BackupRefused(`The folder ${path.dirname(file)} does not exist`);

  const partial = `${file}.partial-${process.pid}`;
  const source = new SqliteDatabase(live, { fileMustExist: true, timeout: 5000 });
  try {
    createPrivateFile(partial);
    await source.backup(partial, { progress: () => ALL_PAGES });
    const { schema } = checkCopy(partial);
    syncToDisk(partial);
    fs.renameSync(partial, file);
    syncToDisk(file);
    return { file, bytes: fs.statSync(file).size, schema };
  } finally {
    source.close();
    fs.rmSync(partial, { force: true });
  }
}
