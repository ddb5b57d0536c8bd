import { sql, type Kysely, type Migration } from "kysely";
import type { EngineKind } from "@/lib/db/schema";

/** The leads, their card photos, duplicate keys, used form tokens and the shared settings. */
export function leadsMigration(engine: EngineKind): Migration {
  const bytes = engine === "postgres" ? sql`bytea` : sql`blob`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("leads")
        .addColumn("reference", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("received_at", "bigint", (c) => c.notNull())
        .addColumn("source_page", "text", (c) => c.notNull())
        .addColumn("values_json", "text", (c) => c.notNull())
        .addColumn("phone_key", "text", (c) => c.notNull())
        .addColumn("repeat_caller", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("delivery_status", "text", (c) => c.notNull().defaultTo("pending"))
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
        .addColumn("last_attempt_at", "bigint")
        .addColumn("last_error", "text")
        .addColumn("sent_at", "bigint")
        .addColumn("photos_omitted", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", "bigint")
        .addColumn("alerted_at", "bigint")
        .addColumn("status", "text", (c) => c.notNull().defaultTo("new"))
        .addColumn("holder_id", "text")
        .addColumn("first_action_at", "bigint")
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex("leads_unsent")
        .on("leads")
        .columns(["delivery_status", "next_attempt_at"])
        .execute();
      await db.schema.createIndex("leads_received").on("leads").column("received_at").execute();
      await db.schema.createIndex("leads_phone").on("leads").column("phone_key").execute();

      await db.schema
        .createTable("lead_photos")
        .addColumn("reference", "text", (c) => c.notNull().references("leads.reference").onDelete("cascade"))
        .addColumn("side", "text", (c) => c.notNull())
        .addColumn("filename", "text", (c) => c.notNull())
        .addColumn("content_type", "text", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("bytes", bytes, (c) => c.notNull())
        .addPrimaryKeyConstraint("lead_photos_pk", ["reference", "side"])
        .execute();

      await db.schema
        .createTable("lead_dedupe")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("reference", "text", (c) => c.notNull().references("leads.reference").onDelete("cascade"))
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("settings")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("form_token_uses")
        .addColumn("nonce", "text", (c) => c.primaryKey())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
    },
  };
}
