import { expect, it } from "vitest";
import { database } from "@/lib/db/connection";
import { consumeLimit } from "@/lib/db/rate-limiter";
import { describeEachEngine } from "@/tests/unit/leads/fixtures";

/** The shared rate limits' table is part of the schema: made by a migration, not on first use. */
describeEachEngine("the rate_limits table", () => {
  it("exists once the database is migrated, and holds the limits' counts", async () => {
    const { db } = await database();
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).toContain("rate_limits");

    const rule = { name: "test-rule", points: 2, durationSeconds: 60 };
    expect(await consumeLimit(rule, "client-a")).toEqual({ allowed: true });
    expect(await consumeLimit(rule, "client-a")).toEqual({ allowed: true });
    expect((await consumeLimit(rule, "client-a")).allowed).toBe(false);
    const row = await db.selectFrom("rate_limits").select(["key", "points"]).where("key", "=", "test-rule:client-a").executeTakeFirst();
    expect(row).toMatchObject({ key: "test-rule:client-a", points: 3 });
  });
});
