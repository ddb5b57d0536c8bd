import type { Kysely, Migration } from "kysely";
import type { EngineKind } from "@/lib/db/schema";

/**
 * The queue of real-time eligibility checks (lib/eligibility/): one row per check of an
 * insurance request, leased like a lead's delivery. The payer's raw answer is kept on the
 * row and goes with the request (the foreign key cascades on delete and retention purge).
 */
export function eligibilityChecksMigration(engine: EngineKind): Migration {
  const pg = engine === "postgres";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("eligibility_checks")
        .addColumn("id", pg ? "bigserial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn("reference", "text", (c) => c.notNull().references("leads.reference").onDelete("cascade"))
        .addColumn("payer_id", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull().defaultTo("pending"))
        .addColumn("corrected_member_id", "text")
        .addColumn("corrected_dob", "text")
        .addColumn("requested_at", "bigint", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
        .addColumn("last_error", "text")
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", "bigint")
        .addColumn("completed_at", "bigint")
        .addColumn("trace_number", "text")
        .addColumn("result_json", "text")
        .addColumn("response_json", "text")
        .execute();
      await db.schema
        .createIndex("eligibility_checks_due")
        .on("eligibility_checks")
        .columns(["outcome", "next_attempt_at"])
        .execute();
      await db.schema
        .createIndex("eligibility_checks_reference")
        .on("eligibility_checks")
        .columns(["reference", "requested_at"])
        .execute();
    },
  };
}
