import type { Kysely, Migration } from "kysely";

/** The language a request was made in ("en" or "es"), so admissions knows to call back in Spanish. */
export function leadLanguageMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("leads")
        .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
        .execute();
    },
  };
}
