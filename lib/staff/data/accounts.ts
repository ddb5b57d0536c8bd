import "server-only";
import { database, type Executor } from "@/lib/db/connection";
import type { StaffRole } from "@/lib/db/schema";

/**
 * better-auth's tables (`user`, `session`, `account`, `verification`, `twoFactor`), which change
 * together: better-auth reads and writes them through its own adapter (lib/staff/auth/auth.ts);
 * these are the few things it has no call for. Written through Kysely directly, so each value
 * is in its engine's own form (see lib/db/schema.ts).
 */
export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  twoFactor: boolean;
  createdAt: Date;
};

export async function userIdByEmail(email: string): Promise<string | undefined> {
  const { db } = await database();
  return (await db.selectFrom("user").select("id").where("email", "=", email).executeTakeFirst())?.id;
}

export async function userById(id: string): Promise<{ id: string; email: string; name: string } | undefined> {
  const { db } = await database();
  return db.selectFrom("user").select(["id", "email", "name"]).where("id", "=", id).executeTakeFirst();
}

export async function listUsers(): Promise<UserRecord[]> {
  const { db } = await database();
  const users = await db
    .selectFrom("user")
    .select(["id", "email", "name", "role", "twoFactorEnabled", "createdAt"])
    .orderBy("email")
    .execute();
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    twoFactor: Boolean(user.twoFactorEnabled),
    createdAt: new Date(user.createdAt),
  }));
}

export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { db } = await database();
  const rows = await db.selectFrom("user").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A lost phone or password: every session, the password and the second factor go. */
export async function clearSignInFactors(userId: string): Promise<void> {
  const { db, engine } = await database();
  const off = engine.kind === "postgres" ? false : 0;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("session").where("userId", "=", userId).execute();
    await trx.deleteFrom("twoFactor").where("userId", "=", userId).execute();
    await trx.deleteFrom("account").where("userId", "=", userId).where("providerId", "=", "credential").execute();
    await trx.updateTable("user").set({ twoFactorEnabled: off }).where("id", "=", userId).execute();
  });
}

/** Deletes the user (sessions, accounts and second factor cascade), with `alongside` in the same transaction. */
export async function deleteUser(userId: string, alongside: (trx: Executor) => Promise<void>): Promise<void> {
  const { db } = await database();
  await db.transaction().execute(async (trx) => {
    await alongside(trx);
    await trx.deleteFrom("user").where("id", "=", userId).execute();
  });
}

/** Only the newest set-up link works: anything pending for this person goes (the value is their id). */
export async function deleteVerificationsFor(userId: string): Promise<void> {
  const { db } = await database();
  await db.deleteFrom("verification").where("value", "=", userId).execute();
}

export async function endSession(sessionId: string): Promise<void> {
  const { db } = await database();
  await db.deleteFrom("session").where("id", "=", sessionId).execute();
}

export async function touchSession(sessionId: string, at: number): Promise<void> {
  const { db } = await database();
  await db.updateTable("session").set({ lastActiveAt: at }).where("id", "=", sessionId).execute();
}
