import "server-only";
import fs from "node:fs/promises";

/**
 * An exclusive lock file, so two processes (the site and the `leads` CLI, or two server
 * instances on one disk) never send the same lead at once. A lock is stale, and taken
 * over, when its holder is gone: a dead pid, our own pid (a restarted container often gets
 * the same one back; callers never lock what this process already holds), or older than
 * any send can take.
 */
const STALE_AFTER_MS = 5 * 60_000;

export type Release = () => Promise<void>;

export async function tryLock(file: string): Promise<Release | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await fs.open(file, "wx", 0o600);
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return () => fs.rm(file, { force: true });
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      if (!(await isStale(file))) return undefined;
      await fs.rm(file, { force: true });
    }
  }
  return undefined;
}

async function isStale(file: string): Promise<boolean> {
  try {
    const [stat, text] = await Promise.all([fs.stat(file), fs.readFile(file, "utf8")]);
    if (Date.now() - stat.mtimeMs > STALE_AFTER_MS) return true;
    const pid = Number.parseInt(text, 10);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    return pid === process.pid || !isAlive(pid);
  } catch (error) {
    // Released between our attempt and this look: free now.
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return true;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
