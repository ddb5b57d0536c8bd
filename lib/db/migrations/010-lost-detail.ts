import type { Kysely, Migration } from "kysely";

/** A few words on why a request was lost when the reason is "Other" (typed by staff, never logged). */
export function lostDetailMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("leads").addColumn("lost_detail", "text").execute();
    },
  };
}
