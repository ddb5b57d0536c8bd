import "server-only";
import { database } from "@/lib/db/connection";

/**
 * The `access_log` table: the audit trail HIPAA asks for, who did what to which request, and
 * when. Written only by the access layer (lib/staff/access/). Entries name an action from a
 * fixed list, a reference and at most one fixed word of detail; a value a visitor or a
 * colleague typed never goes in. Kept six years, then pruned.
 */
const ACCESS_ACTIONS = [
  "sign-in",
  "sign-in-failed",
  "sign-in-throttled",
  "second-factor-failed",
  "sign-out",
  "sign-out-everywhere",
  "idle-logoff",
  "set-password",
  "set-up-two-factor",
  "view-inbox",
  "view-team",
  "view-reviews",
  "view-request",
  "view-photo",
  "change-status",
  "start-calling",
  "stop-calling",
  "add-note",
  "log-attempt",
  "set-follow-up",
  "close-lost",
  "undo-change",
  "correct-record",
  "set-referral-source",
  "assign-request",
  "reassign-request",
  "unassign-request",
  "save-vob",
  "view-eligibility",
  "check-eligibility",
  "confirm-vob",
  "view-reports",
  "export-report",
  "export-request",
  "purge-request",
  "view-access-log",
  "staff-added",
  "staff-removed",
  "staff-reset",
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

const ACCESS_LOG_RETENTION_YEARS = 6;

/** A fixed word: a status, a side, a role. Anything else is refused, so free text can't slip in. */
const DETAIL = /^[a-z0-9][a-z0-9-]{0,39}$/;

export type AccessEntry = {
  actor: { id?: string | null; email: string };
  action: AccessAction;
  reference?: string;
  /** The staff account acted on, for staff-added/removed/reset. */
  target?: string;
  detail?: string;
  client?: string;
};

export type AccessRecord = {
  id: number;
  at: Date;
  actorId: string | null;
  actorEmail: string;
  action: AccessAction;
  reference: string | null;
  target: string | null;
  detail: string | null;
  client: string | null;
};

export async function recordAccess(entry: AccessEntry, now: Date = new Date()): Promise<void> {
  if (!(ACCESS_ACTIONS as readonly string[]).includes(entry.action))
    throw new Error(`Unknown access action ${entry.action}`);
  if (entry.detail !== undefined && !DETAIL.test(entry.detail))
    throw new Error("Access log detail must be one fixed word");
  const { db } = await database();
  await db
    .insertInto("access_log")
    .values({
      at: now.getTime(),
      actor_id: entry.actor.id ?? null,
      actor_email: oneLine(entry.actor.email, 254),
      action: entry.action,
      reference: entry.reference ? oneLine(entry.reference, 40) : null,
      target: entry.target ? oneLine(entry.target, 254) : null,
      detail: entry.detail ?? null,
      client: entry.client ? oneLine(entry.client, 64) : null,
    })
    .execute();
}

export type AccessQuery = { limit?: number; reference?: string; actorEmail?: string; before?: number };

/** Newest first. */
export async function listAccess(query: AccessQuery = {}): Promise<AccessRecord[]> {
  const { db } = await database();
  let select = db.selectFrom("access_log").selectAll().orderBy("at", "desc").orderBy("id", "desc");
  if (query.reference) select = select.where("reference", "=", query.reference);
  if (query.actorEmail) select = select.where("actor_email", "=", query.actorEmail.toLowerCase());
  if (query.before) select = select.where("id", "<", query.before);
  const rows = await select.limit(Math.min(query.limit ?? 200, 5000)).execute();
  return rows.map((row) => ({
    id: Number(row.id),
    at: new Date(Number(row.at)),
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    action: row.action as AccessAction,
    reference: row.reference,
    target: row.target,
    detail: row.detail,
    client: row.client,
  }));
}

/** When each account last signed in, by account id. */
export async function lastSignIns(): Promise<Map<string, Date>> {
  const { db } = await database();
  const rows = await db
    .selectFrom("access_log")
    .select((eb) => ["actor_id", eb.fn.max("at").as("last")])
    .where("action", "=", "sign-in")
    .groupBy("actor_id")
    .execute();
  return new Map(rows.flatMap((row) => (row.actor_id ? [[row.actor_id, new Date(Number(row.last))] as const] : [])));
}

/** Who made the latest of these changes to a request, and which one it was, if anyone. */
export async function lastActorOf(
  reference: string,
  actions: readonly AccessAction[],
): Promise<{ id: string | null; email: string; action: AccessAction } | undefined> {
  const { db } = await database();
  const row = await db
    .selectFrom("access_log")
    .select(["actor_id", "actor_email", "action"])
    .where("reference", "=", reference)
    .where("action", "in", actions)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && { id: row.actor_id, email: row.actor_email, action: row.action as AccessAction };
}

/** Removes entries older than the retention period; returns how many. */
export async function pruneAccessLog(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - ACCESS_LOG_RETENTION_YEARS);
  const { db } = await database();
  const result = await db.deleteFrom("access_log").where("at", "<", cutoff.getTime()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

function oneLine(text: string, max: number): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .trim()
    .slice(0, max);
}
