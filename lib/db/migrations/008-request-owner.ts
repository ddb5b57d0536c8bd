import { sql, type Kysely, type Migration } from "kysely";

/**
 * Who a request is assigned to (its owner) apart from who is on the phone with it now
 * (`holder_id`, which meant both until now): everything held today becomes its holder's too, so
 * no assignment is lost. `owner_notice_at` is when the assignee's notice is next due (null when
 * none is waiting); a send that fails leaves it for the next pass.
 */
export function requestOwnerMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("leads").addColumn("owner_id", "text").execute();
      await db.schema.alterTable("leads").addColumn("owner_notice_at", "bigint").execute();
      await sql`UPDATE leads SET owner_id = holder_id WHERE holder_id IS NOT NULL`.execute(db);
      await db.schema.createIndex("leads_owner").on("leads").column("owner_id").execute();
      await db.schema.createIndex("leads_owner_notice").on("leads").column("owner_notice_at").execute();
    },
  };
}
