import { sql, type Kysely, type Migration } from "kysely";
import type { EngineKind } from "@/lib/db/schema";

/**
 * From request to admission: where the visit came from, the stage timestamps, follow-ups,
 * lost reasons, the on-call escalation, call attempts and the verification of benefits.
 * Statuses that closed a request without admitting ("referred-elsewhere", "not-a-fit",
 * "closed") become "lost" with the reason "other", so every closed request has one model.
 */
export function pipelineMigration(engine: EngineKind): Migration {
  const pg = engine === "postgres";
  return {
    async up(db: Kysely<unknown>) {
      const columns: Array<[string, "text" | "bigint"]> = [
        ["landing_page", "text"],
        ["referrer_host", "text"],
        ["utm_source", "text"],
        ["utm_medium", "text"],
        ["utm_campaign", "text"],
        ["referral_source", "text"],
        ["follow_up_at", "bigint"],
        ["contacted_at", "bigint"],
        ["assessment_at", "bigint"],
        ["insurance_cleared_at", "bigint"],
        ["admitted_at", "bigint"],
        ["lost_at", "bigint"],
        ["lost_reason", "text"],
        ["referred_partner", "text"],
        ["referred_to", "text"],
        ["escalated_at", "bigint"],
      ];
      // One statement per column: SQLite's ALTER TABLE adds one at a time.
      for (const [name, type] of columns) await db.schema.alterTable("leads").addColumn(name, type).execute();
      await db.schema.createIndex("leads_follow_up").on("leads").column("follow_up_at").execute();

      await sql`UPDATE leads SET lost_at = updated_at, lost_reason = 'other', status = 'lost' WHERE status IN ('referred-elsewhere', 'not-a-fit', 'closed')`.execute(db);
      await sql`UPDATE leads SET contacted_at = first_action_at WHERE status IN ('reached', 'assessment-booked', 'admitted')`.execute(db);
      await sql`UPDATE leads SET assessment_at = first_action_at WHERE status IN ('assessment-booked', 'admitted')`.execute(db);
      await sql`UPDATE leads SET insurance_cleared_at = first_action_at, admitted_at = first_action_at WHERE status = 'admitted'`.execute(db);

      await db.schema
        .createTable("call_attempts")
        .addColumn("id", pg ? "bigserial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn("reference", "text", (c) => c.notNull().references("leads.reference").onDelete("cascade"))
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("staff_id", "text", (c) => c.notNull())
        .addColumn("staff_name", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("call_attempts_reference").on("call_attempts").columns(["reference", "at"]).execute();

      // Amounts in cents and percentages as whole numbers; null is "not known yet". `source`
      // and `response_json` leave room for a real-time eligibility (X12 270/271) answer later.
      await db.schema
        .createTable("lead_vob")
        .addColumn("reference", "text", (c) => c.primaryKey().references("leads.reference").onDelete("cascade"))
        .addColumn("source", "text", (c) => c.notNull().defaultTo("staff"))
        .addColumn("payer", "text", (c) => c.notNull())
        .addColumn("plan", "text")
        .addColumn("coverage", "text", (c) => c.notNull().defaultTo("unknown"))
        .addColumn("network", "text", (c) => c.notNull().defaultTo("unknown"))
        .addColumn("deductible_cents", "bigint")
        .addColumn("deductible_met_cents", "bigint")
        .addColumn("oop_max_cents", "bigint")
        .addColumn("oop_met_cents", "bigint")
        .addColumn("copay_cents", "bigint")
        .addColumn("coinsurance_percent", "integer")
        .addColumn("prior_auth", "text", (c) => c.notNull().defaultTo("unknown"))
        .addColumn("payer_reference", "text")
        .addColumn("trace_number", "text")
        .addColumn("response_json", "text")
        .addColumn("verified_by_id", "text", (c) => c.notNull())
        .addColumn("verified_by_name", "text", (c) => c.notNull())
        .addColumn("verified_at", "bigint", (c) => c.notNull())
        .execute();
    },
  };
}
