import "server-only";
import { recordAccess, type AccessEntry } from "@/lib/staff/data/access-log";
import type { Staff } from "@/lib/staff/access/session";

/**
 * The one way into the access log's writer (lib/staff/data/access-log.ts). Views and changes
 * are logged by lib/staff/access/views.ts and changes.ts, once each; the sign-in flow, set-up
 * and sign-out report their events here, since there is no verified staff member yet (or any
 * more) to gate them.
 */
export type Entry = Omit<AccessEntry, "actor" | "client">;

/** What a signed-in staff member did, from which client. */
export function logAs(staff: Pick<Staff, "id" | "email">, entry: Entry, client?: string): Promise<void> {
  return recordAccess({ ...entry, actor: { id: staff.id, email: staff.email }, client });
}

/** A sign-in, set-up, sign-out or operator event, naming its own actor. */
export function logEvent(entry: AccessEntry): Promise<void> {
  return recordAccess(entry);
}
