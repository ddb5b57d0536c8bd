import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { database, SQLITE_FILE } from "@/lib/db/connection";
import { writeTransaction } from "@/lib/db/write-batch";
import { storeLead } from "@/lib/leads/store";
import { callLead, useTestStore } from "@/tests/unit/leads/fixtures";

/**
 * A burst of posts on SQLite (issue 25): every commit waits for an fsync and the file has one
 * writer, so writes that arrive together are committed together, and waiting for the write
 * lock never stops the server's event loop.
 */
describe("SQLite writes in a burst", () => {
  const store = useTestStore("sqlite");
  const file = () => path.join(store.dataDir, SQLITE_FILE);

  it("stores 40 leads that arrive together in a few commits, each answered only once it is on disk", async () => {
    await database();
    const before = walCommits(file());
    const reader = new SqliteDatabase(file(), { readonly: true });
    try {
      const seenOnAnswer = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const result = await storeLead(callLead({ phone: `503-555-${String(1000 + i).slice(-4)}` }), new Date());
          if (result.outcome !== "stored") throw new Error(result.outcome);
          // Another connection sees only committed rows.
          return reader.prepare("select count(*) as n from leads where reference = ?").get(result.reference);
        }),
      );
      expect(seenOnAnswer).toEqual(Array.from({ length: 40 }, () => ({ n: 1 })));
    } finally {
      reader.close();
    }
    expect(walCommits(file()) - before).toBeLessThanOrEqual(4);
  });

  it("undoes a write that fails alone, and commits the others of its batch", async () => {
    const { db } = await database();
    const names = ["a", "b", "broken", "c"];
    const results = await Promise.allSettled(
      names.map((name) =>
        writeTransaction(async (trx) => {
          await trx.insertInto("settings").values({ name, value: "x" }).execute();
          if (name === "broken") throw new Error("refused");
          return name;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    const stored = await db.selectFrom("settings").select("name").where("name", "in", names).orderBy("name").execute();
    expect(stored.map((row) => row.name)).toEqual(["a", "b", "c"]);
  });

  it("waits for another connection's write lock without stopping this thread's event loop", async () => {
    const { db } = await database();
    // The delivery thread's connection, holding the write lock for 300 ms.
    const other = new SqliteDatabase(file());
    other.prepare("begin immediate").run();
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 10);
    const release = setTimeout(() => other.prepare("commit").run(), 300);
    try {
      await writeTransaction((trx) => trx.insertInto("settings").values({ name: "after-wait", value: "y" }).execute());
    } finally {
      clearInterval(ticking);
      clearTimeout(release);
      if (other.inTransaction) other.prepare("rollback").run();
      other.close();
    }
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(await sql`select value from settings where name = 'after-wait'`.execute(db)).toMatchObject({ rows: [{ value: "y" }] });
  });
});

/** Commits in the write-ahead log since its last reset: frames of the current generation that end a transaction. */
function walCommits(databaseFile: string): number {
  const wal = fs.readFileSync(`${databaseFile}-wal`);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salt = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt[0] || wal.readUInt32BE(at + 12) !== salt[1]) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits += 1;
  }
  return commits;
}
