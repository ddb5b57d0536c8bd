import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { database } from "@/lib/db/connection";
import type { StaffRole } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { recordAccess } from "@/lib/staff/data/access-log";
import { staffAuth } from "@/lib/staff/auth/auth";
import { clientKey } from "@/lib/leads/guard";
import { can, isStaffRole, type Permission } from "@/lib/staff/access/roles";

/**
 * Who is asking, for every /staff page, action and data route. A session counts only once
 * its user has a verified second factor (until then the set-up page is all they may see),
 * only until STAFF_IDLE_MINUTES pass without a request *they* made (the inbox's polling
 * passes `activity: false`), and never past STAFF_SESSION_HOURS after sign-in (better-auth
 * doesn't slide the expiry; see lib/staff/auth/auth.ts).
 */
export type Staff = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sessionId: string;
  sessionToken: string;
  signedInAt: Date;
  /** The absolute end of this session. */
  expiresAt: Date;
};

export type StaffLookup =
  | { status: "ok"; staff: Staff }
  | { status: "signed-out" }
  | { status: "idle" }
  | { status: "setup-needed"; staff: Staff };

/** Writes of lastActiveAt closer together than this would add nothing. */
const TOUCH_EVERY_MS = 5_000;

export async function lookupStaff({ activity }: { activity: boolean }, now = Date.now()): Promise<StaffLookup> {
  const requestHeaders = await headers();
  const auth = await staffAuth();
  const found = await auth.api.getSession({
    headers: requestHeaders,
    query: { disableRefresh: true, disableCookieCache: true },
  });
  const role = found?.user.role;
  if (!found || !isStaffRole(role)) return { status: "signed-out" };
  const { session, user } = found;
  const staff: Staff = {
    id: user.id,
    email: user.email,
    name: user.name,
    role,
    sessionId: session.id,
    sessionToken: session.token,
    signedInAt: new Date(session.createdAt),
    expiresAt: new Date(session.expiresAt),
  };
  const lastActive = Number(session.lastActiveAt ?? new Date(session.createdAt).getTime());
  if (now - lastActive > idleMs()) {
    const { db } = await database();
    await db.deleteFrom("session").where("id", "=", session.id).execute();
    await recordAccess({ actor: staff, action: "idle-logoff", client: clientKey(requestHeaders) });
    return { status: "idle" };
  }
  if (activity && now - lastActive > TOUCH_EVERY_MS) {
    const { db } = await database();
    await db.updateTable("session").set({ lastActiveAt: now }).where("id", "=", session.id).execute();
  }
  if (!user.twoFactorEnabled) return { status: "setup-needed", staff };
  return { status: "ok", staff };
}

/** One look-up per request, however many layouts and pages ask (an idle logoff is logged once). */
const lookupOnce = cache((activity: boolean) => lookupStaff({ activity }));

/** For the signed-in frame: who to name in the header, if anyone (the page itself decides where to send others). */
export async function signedInStaff(): Promise<Staff | undefined> {
  const result = await lookupOnce(true);
  return result.status === "ok" ? result.staff : undefined;
}

function idleMs(): number {
  return Math.round(getEnv().STAFF_IDLE_MINUTES * 60_000);
}

/**
 * For pages and actions: the signed-in, fully verified staff member, or a redirect that says
 * nothing about what was asked for. A missing permission is a 404, as for a missing page.
 */
export async function requireStaff(
  options: { permission?: Permission; next?: string; activity?: boolean } = {},
): Promise<Staff> {
  const result = await lookupOnce(options.activity ?? true);
  if (result.status === "setup-needed") redirect("/staff/setup");
  if (result.status !== "ok") redirect(signInPath(result.status === "idle" ? "idle" : undefined, options.next));
  if (options.permission && !can(result.staff.role, options.permission)) notFound();
  return result.staff;
}

export function signInPath(reason?: "idle" | "signed-out", next?: string): string {
  const params = new URLSearchParams();
  if (reason) params.set("reason", reason);
  const safe = safeNext(next);
  if (safe && safe !== "/staff") params.set("next", safe);
  const query = params.toString();
  return `/staff/sign-in${query ? `?${query}` : ""}`;
}

/** Only a path inside /staff, so a crafted link can't send someone elsewhere after sign-in. */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== "string") return undefined;
  return /^\/staff(\/[A-Za-z0-9-]+)*\/?$/.test(next) && !next.startsWith("/staff/sign-in") ? next : undefined;
}
