import type { Kysely, Migration } from "kysely";

/** The last authenticator time step each staff account used, so no code is accepted twice. */
export const totpStepsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("staff_totp_steps")
      .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
      .addColumn("last_step", "bigint", (c) => c.notNull())
      .execute();
  },
};
