import "server-only";
import { randomBytes } from "node:crypto";
import { database } from "@/lib/db/connection";
import type { StaffRole } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { SETUP_LINK_HOURS, staffAuth } from "@/lib/staff/auth/auth";

/**
 * Creating, listing and removing staff: only the operator command and admins do this; there
 * is no sign-up. A new account has no password: its one-time set-up link (a better-auth
 * reset token, stored hashed, valid SETUP_LINK_HOURS) lets the person choose one, then an
 * authenticator app.
 */
export type StaffMember = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  twoFactor: boolean;
  createdAt: Date;
  lastSignInAt?: Date;
};

export type SetupLink = { url: string; expiresAt: Date };

export class StaffExists extends Error {}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function addStaff(input: { email: string; role: StaffRole; name?: string }): Promise<SetupLink> {
  const email = normalizeEmail(input.email);
  const { db } = await database();
  if (await db.selectFrom("user").select("id").where("email", "=", email).executeTakeFirst())
    throw new StaffExists(email);
  const context = await (await staffAuth()).$context;
  const user = await context.internalAdapter.createUser(
    { email, name: input.name?.trim() || email.split("@")[0], emailVerified: true, role: input.role },
    { method: "admin" },
  );
  return setupLink(user.id);
}

/** For a lost phone or password: signs the person out everywhere and lets them set up again. */
export async function resetStaff(email: string): Promise<SetupLink | undefined> {
  const member = await findStaff(email);
  if (!member) return undefined;
  const { db, engine } = await database();
  // Written through Kysely directly, so in each engine's own form (see lib/db/schema.ts).
  const off = engine.kind === "postgres" ? false : 0;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("session").where("userId", "=", member.id).execute();
    await trx.deleteFrom("twoFactor").where("userId", "=", member.id).execute();
    await trx.deleteFrom("account").where("userId", "=", member.id).where("providerId", "=", "credential").execute();
    await trx.updateTable("user").set({ twoFactorEnabled: off }).where("id", "=", member.id).execute();
  });
  return setupLink(member.id);
}

export async function removeStaff(email: string): Promise<StaffMember | undefined> {
  const member = await findStaff(email);
  if (!member) return undefined;
  const { db } = await database();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("leads").set({ holder_id: null }).where("holder_id", "=", member.id).execute();
    // Sessions, accounts and the second factor go with the user (foreign keys cascade).
    await trx.deleteFrom("user").where("id", "=", member.id).execute();
  });
  return member;
}

async function findStaff(email: string): Promise<StaffMember | undefined> {
  return (await listStaff()).find((m) => m.email === normalizeEmail(email));
}

export async function listStaff(): Promise<StaffMember[]> {
  const { db } = await database();
  const users = await db
    .selectFrom("user")
    .select(["id", "email", "name", "role", "twoFactorEnabled", "createdAt"])
    .orderBy("email")
    .execute();
  const signIns = await db
    .selectFrom("access_log")
    .select((eb) => ["actor_id", eb.fn.max("at").as("last")])
    .where("action", "=", "sign-in")
    .groupBy("actor_id")
    .execute();
  const last = new Map(signIns.map((row) => [row.actor_id, Number(row.last)]));
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    twoFactor: Boolean(user.twoFactorEnabled),
    createdAt: new Date(user.createdAt),
    lastSignInAt: last.has(user.id) ? new Date(last.get(user.id)!) : undefined,
  }));
}

export async function staffNames(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { db } = await database();
  const rows = await db.selectFrom("user").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function setupLink(userId: string): Promise<SetupLink> {
  const context = await (await staffAuth()).$context;
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 3600_000);
  // Only the newest link works: anything else pending for this person (an older link, a
  // half-finished sign-in) goes. Identifiers are stored hashed, so the value is the handle.
  const { db } = await database();
  await db.deleteFrom("verification").where("value", "=", userId).execute();
  // The identifier better-auth's resetPassword looks for.
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt,
  });
  return { url: `${getEnv().SITE_URL}/staff/setup?token=${token}`, expiresAt };
}
