import "server-only";
import { database } from "@/lib/db/connection";

/**
 * Records that an account used the authenticator code of time step `step`, unless it already
 * used that step or a later one (RFC 6238 §5.2: a code is good once). One statement, so two
 * sign-ins racing with the same code can't both win. True if this use is the first.
 */
export async function claimTotpStep(userId: string, step: number): Promise<boolean> {
  const { db } = await database();
  const claimed = await db
    .insertInto("staff_totp_steps")
    .values({ user_id: userId, last_step: step })
    .onConflict((conflict) =>
      conflict
        .column("user_id")
        .doUpdateSet({ last_step: step })
        .where("staff_totp_steps.last_step", "<", step),
    )
    .returning("user_id")
    .executeTakeFirst();
  return claimed !== undefined;
}
