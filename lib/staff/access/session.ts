import "server-only";
import { headers } from "next/headers";
import type { StaffRole } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { clientKey } from "@/lib/leads/guard";
import { logAs } from "@/lib/staff/access/log";
import { isStaffRole } from "@/lib/staff/access/roles";
import { staffAuth } from "@/lib/staff/auth/auth";
import { endSession, touchSession } from "@/lib/staff/data/accounts";

/**
 * Who is asking, for the gate (lib/staff/access/gate.ts) and nothing else. A session counts only once
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
    await endSession(session.id);
    await logAs(staff, { action: "idle-logoff" }, clientKey(requestHeaders));
    return { status: "idle" };
  }
  if (activity && now - lastActive > TOUCH_EVERY_MS) {
    await touchSession(session.id, now);
  }
  if (!user.twoFactorEnabled) return { status: "setup-needed", staff };
  return { status: "ok", staff };
}

function idleMs(): number {
  return Math.round(getEnv().STAFF_IDLE_MINUTES * 60_000);
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
