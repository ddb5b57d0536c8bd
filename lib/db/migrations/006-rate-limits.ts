import type { Kysely, Migration } from "kysely";
import type { EngineKind } from "@/lib/db/schema";

/**
 * The shared rate limits' table, as rate-limiter-flexible's SQLite and PostgreSQL stores
 * create it (lib/db/rate-limiter.ts), so it is part of the versioned schema rather than made
 * on first use. Servers that ran before this migration already have it: left as it is.
 */
export function rateLimitsMigration(engine: EngineKind): Migration {
  const pg = engine === "postgres";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("rate_limits")
        .ifNotExists()
        .addColumn("key", pg ? "varchar(255)" : "text", (c) => c.primaryKey())
        .addColumn("points", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("expire", pg ? "bigint" : "integer")
        .execute();
    },
  };
}
