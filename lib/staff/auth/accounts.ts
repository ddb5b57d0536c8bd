import "server-only";
import { randomBytes } from "node:crypto";
import type { StaffRole } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { releaseHeldBy } from "@/lib/leads/work-store";
import { SETUP_LINK_HOURS, staffAuth } from "@/lib/staff/auth/auth";
import { lastSignIns } from "@/lib/staff/data/access-log";
import {
  clearSignInFactors,
  deleteUser,
  deleteVerificationsFor,
  listUsers,
  userIdByEmail,
} from "@/lib/staff/data/accounts";

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
  if (await userIdByEmail(email)) throw new StaffExists(email);
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
  await clearSignInFactors(member.id);
  return setupLink(member.id);
}

export async function removeStaff(email: string): Promise<StaffMember | undefined> {
  const member = await findStaff(email);
  if (!member) return undefined;
  // Whatever they were calling goes back to nobody; sessions, accounts and the second factor cascade.
  await deleteUser(member.id, (trx) => releaseHeldBy(trx, member.id));
  return member;
}

async function findStaff(email: string): Promise<StaffMember | undefined> {
  return (await listStaff()).find((m) => m.email === normalizeEmail(email));
}

export async function listStaff(): Promise<StaffMember[]> {
  const [users, last] = await Promise.all([listUsers(), lastSignIns()]);
  return users.map((user) => ({ ...user, lastSignInAt: last.get(user.id) }));
}

async function setupLink(userId: string): Promise<SetupLink> {
  const context = await (await staffAuth()).$context;
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 3600_000);
  // Only the newest link works: anything else pending for this person (an older link, a
  // half-finished sign-in) goes. Identifiers are stored hashed, so the value is the handle.
  await deleteVerificationsFor(userId);
  // The identifier better-auth's resetPassword looks for.
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt,
  });
  return { url: `${getEnv().SITE_URL}/staff/setup?token=${token}`, expiresAt };
}
