import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { database, SQLITE_FILE } from "@/lib/db/connection";
import { useTestStore } from "@/tests/unit/leads/fixtures";

/**
 * A server on SQLite writes through two connections: the one that stores leads, and its
 * delivery thread's. A transaction that read before it wrote used to fail (SQLITE_BUSY) when
 * the other connection committed in between, and the visitor was told their request was not
 * saved; every transaction now takes the write lock when it begins.
 */
describe("SQLite written from two connections", () => {
  const store = useTestStore("sqlite");

  it("commits a transaction that reads first while another connection tries to write", async () => {
    const { db } = await database();
    // The delivery thread's connection, impatient here so the test need not wait out its busy timeout.
    const other = new SqliteDatabase(path.join(store.dataDir, SQLITE_FILE), { timeout: 0 });
    let otherWrote = false;
    try {
      await db.transaction().execute(async (trx) => {
        await trx.selectFrom("settings").selectAll().execute();
        try {
          other.prepare("insert into settings (name, value) values ('other', 'x')").run();
          otherWrote = true;
        } catch (error) {
          expect(String(error)).toMatch(/locked|busy/i);
        }
        await trx.insertInto("settings").values({ name: "mine", value: "y" }).execute();
      });
    } finally {
      other.close();
    }
    expect(otherWrote).toBe(false);
    const names = (await db.selectFrom("settings").select("name").execute()).map((row) => row.name);
    expect(names).toContain("mine");
  });
});
