import { sql, type Kysely, type Migration } from "kysely";
import type { EngineKind } from "@/lib/db/schema";

/**
 * The staff inbox's tables. better-auth's (user, session, account, verification, twoFactor)
 * are created here rather than by its own migrator, so the whole database has one versioned
 * schema that every server applies the same way at start-up; tests/unit/staff/auth-schema.test.ts
 * asks better-auth's `getMigrations` whether anything is missing, so an upgrade that needs a
 * new column fails a test instead of a sign-in. Column names and types are the ones its Kysely
 * adapter expects: camelCase, dates as timestamptz (PostgreSQL) or ISO text (SQLite), flags as
 * boolean or 0/1.
 */
export function staffMigration(engine: EngineKind): Migration {
  const pg = engine === "postgres";
  const date = pg ? sql`timestamptz` : sql`date`;
  const flag = pg ? sql`boolean` : sql`integer`;
  const no = pg ? sql`false` : sql`0`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("user")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("emailVerified", flag, (c) => c.notNull().defaultTo(no))
        .addColumn("image", "text")
        .addColumn("createdAt", date, (c) => c.notNull())
        .addColumn("updatedAt", date, (c) => c.notNull())
        .addColumn("twoFactorEnabled", flag, (c) => c.defaultTo(no))
        .addColumn("role", "text", (c) => c.notNull().defaultTo("admissions"))
        .execute();

      await db.schema
        .createTable("session")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("expiresAt", date, (c) => c.notNull())
        .addColumn("token", "text", (c) => c.notNull().unique())
        .addColumn("createdAt", date, (c) => c.notNull())
        .addColumn("updatedAt", date, (c) => c.notNull())
        .addColumn("ipAddress", "text")
        .addColumn("userAgent", "text")
        .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
        .addColumn("lastActiveAt", "bigint")
        .execute();
      await db.schema.createIndex("session_userId_idx").on("session").column("userId").execute();

      await db.schema
        .createTable("account")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("accountId", "text", (c) => c.notNull())
        .addColumn("providerId", "text", (c) => c.notNull())
        .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
        .addColumn("accessToken", "text")
        .addColumn("refreshToken", "text")
        .addColumn("idToken", "text")
        .addColumn("accessTokenExpiresAt", date)
        .addColumn("refreshTokenExpiresAt", date)
        .addColumn("scope", "text")
        .addColumn("password", "text")
        .addColumn("createdAt", date, (c) => c.notNull())
        .addColumn("updatedAt", date, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("account_userId_idx").on("account").column("userId").execute();

      await db.schema
        .createTable("verification")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("identifier", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("expiresAt", date, (c) => c.notNull())
        .addColumn("createdAt", date, (c) => c.notNull())
        .addColumn("updatedAt", date, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("verification_identifier_idx").on("verification").column("identifier").execute();

      await db.schema
        .createTable("twoFactor")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("secret", "text", (c) => c.notNull())
        .addColumn("backupCodes", "text", (c) => c.notNull())
        .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
        .addColumn("verified", flag, (c) => c.defaultTo(pg ? sql`true` : sql`1`))
        .addColumn("failedVerificationCount", "integer", (c) => c.defaultTo(0))
        .addColumn("lockedUntil", date)
        .execute();
      await db.schema.createIndex("twoFactor_secret_idx").on("twoFactor").column("secret").execute();
      await db.schema.createIndex("twoFactor_userId_idx").on("twoFactor").column("userId").execute();

      // No foreign keys: the log outlives the requests and the staff accounts it names.
      await db.schema
        .createTable("access_log")
        .addColumn("id", pg ? "bigserial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("actor_id", "text")
        .addColumn("actor_email", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("reference", "text")
        .addColumn("target", "text")
        .addColumn("detail", "text")
        .addColumn("client", "text")
        .execute();
      await db.schema.createIndex("access_log_at").on("access_log").column("at").execute();
      await db.schema.createIndex("access_log_reference").on("access_log").columns(["reference", "at"]).execute();

      await db.schema
        .createTable("lead_notes")
        .addColumn("id", pg ? "bigserial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn("reference", "text", (c) => c.notNull().references("leads.reference").onDelete("cascade"))
        .addColumn("author_id", "text", (c) => c.notNull())
        .addColumn("author_name", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("lead_notes_reference")
        .on("lead_notes")
        .columns(["reference", "created_at"])
        .execute();
      await db.schema.createIndex("leads_status").on("leads").columns(["status", "received_at"]).execute();
    },
  };
}
