import type { Kysely, Migration } from "kysely";
import type { EngineKind } from "@/lib/db/schema";

/**
 * Each change that moves a request along or back (a status button, a call attempt, closing as
 * lost, a manager's correction): who, when, the version it produced and the values it
 * overwrote, so it can be undone for a short while and the request's history stays honest.
 */
export function requestChangesMigration(engine: EngineKind): Migration {
  const pg = engine === "postgres";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("request_changes")
        .addColumn("id", pg ? "bigserial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn("reference", "text", (c) => c.notNull().references("leads.reference").onDelete("cascade"))
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("staff_id", "text", (c) => c.notNull())
        .addColumn("staff_name", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("from_status", "text", (c) => c.notNull())
        .addColumn("to_status", "text", (c) => c.notNull())
        .addColumn("version", "bigint", (c) => c.notNull())
        .addColumn("before_json", "text", (c) => c.notNull())
        .addColumn("attempt_id", "bigint")
        .addColumn("replaces_id", "bigint")
        .addColumn("reason", "text")
        .addColumn("undone_at", "bigint")
        .execute();
      await db.schema
        .createIndex("request_changes_reference")
        .on("request_changes")
        .columns(["reference", "id"])
        .execute();
    },
  };
}
