import "server-only";
import { database } from "@/lib/db/connection";
import { getLead, type LeadRecord } from "@/lib/leads/store";
import { staffNames } from "@/lib/staff/auth/accounts";
import { recordAccess } from "@/lib/staff/data/access-log";
import type { Staff } from "@/lib/staff/access/session";
import { stagesReachedBy } from "@/lib/staff/pipeline/stages";
import { isRequestStatus, type RequestStatus } from "@/lib/staff/requests/statuses";
import { NOTE_MAX, normalizeNote } from "@/lib/staff/requests/work-forms";

/**
 * Admissions' work on one request: its status, who is calling, and notes. A change names
 * the version it was made against; if a colleague changed the request since, nothing is
 * written and the caller is told what the request looks like now.
 */
export type WorkState = {
  status: RequestStatus;
  holderId: string | null;
  holderName?: string;
  version: number;
  firstActionAt?: Date;
  updatedAt: Date;
};

type Note = { id: number; authorName: string; body: string; createdAt: Date };

export type RequestInFull = {
  lead: LeadRecord;
  work: WorkState;
  notes: Note[];
  linked: Array<{ reference: string; receivedAt: Date; kind: LeadRecord["kind"]; status: RequestStatus }>;
};

export type ChangeResult =
  | { outcome: "saved"; work: WorkState }
  | { outcome: "conflict"; work: WorkState; by?: string }
  | { outcome: "not-found" };

export async function requestInFull(reference: string): Promise<RequestInFull | undefined> {
  const lead = await getLead(reference);
  if (!lead) return undefined;
  const { db } = await database();
  const row = await db
    .selectFrom("leads")
    .select(["phone_key"])
    .where("reference", "=", reference)
    .executeTakeFirstOrThrow();
  const [work, notes, linked] = await Promise.all([
    workState(reference),
    db
      .selectFrom("lead_notes")
      .selectAll()
      .where("reference", "=", reference)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("leads")
      .select(["reference", "received_at", "kind", "status"])
      .where("phone_key", "=", row.phone_key)
      .where("reference", "!=", reference)
      .orderBy("received_at", "desc")
      .limit(20)
      .execute(),
  ]);
  return {
    lead,
    work: work!,
    notes: notes.map((n) => ({
      id: Number(n.id),
      authorName: n.author_name,
      body: n.body,
      createdAt: new Date(Number(n.created_at)),
    })),
    linked: linked.map((l) => ({
      reference: l.reference,
      receivedAt: new Date(l.received_at),
      kind: l.kind,
      status: isRequestStatus(l.status) ? l.status : "new",
    })),
  };
}

async function workState(reference: string): Promise<WorkState | undefined> {
  const { db } = await database();
  const row = await db
    .selectFrom("leads")
    .select(["status", "holder_id", "version", "first_action_at", "updated_at"])
    .where("reference", "=", reference)
    .executeTakeFirst();
  if (!row) return undefined;
  const names = await staffNames(row.holder_id ? [row.holder_id] : []);
  return {
    status: isRequestStatus(row.status) ? row.status : "new",
    holderId: row.holder_id,
    holderName: row.holder_id ? (names.get(row.holder_id) ?? "a former colleague") : undefined,
    version: row.version,
    firstActionAt: row.first_action_at === null ? undefined : new Date(row.first_action_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Any status but "lost", which needs a reason (lib/staff/pipeline/pipeline-work.ts closes a request as lost). */
export async function setStatus(
  staff: Staff,
  reference: string,
  status: Exclude<RequestStatus, "lost">,
  version: number,
  client?: string,
): Promise<ChangeResult> {
  const now = Date.now();
  return change(
    staff,
    reference,
    version,
    { status, first_action_at: now },
    { action: "change-status", detail: status, client },
    now,
  );
}

/** "I'm calling" (take) or "I'm done" (release); taking one a colleague holds is a conflict too. */
export async function setHolder(
  staff: Staff,
  reference: string,
  take: boolean,
  version: number,
  client?: string,
): Promise<ChangeResult> {
  return change(
    staff,
    reference,
    version,
    { holder_id: take ? staff.id : null },
    { action: take ? "take-request" : "release-request", client },
  );
}

async function change(
  staff: Staff,
  reference: string,
  version: number,
  set: { status?: RequestStatus; holder_id?: string | null; first_action_at?: number },
  log: { action: "change-status" | "take-request" | "release-request"; detail?: string; client?: string },
  now = Date.now(),
): Promise<ChangeResult> {
  const { db } = await database();
  const { first_action_at: firstAction, ...fields } = set;
  const stamps = set.status ? stagesReachedBy(set.status) : [];
  const result = await db
    .updateTable("leads")
    .set((eb) => ({
      ...fields,
      // The first status change is what speed to lead measures; later ones don't move it.
      ...(firstAction ? { first_action_at: eb.fn.coalesce("first_action_at", eb.val(firstAction)) } : {}),
      // Each stage keeps the time it was first reached.
      ...Object.fromEntries(stamps.map((column) => [column, eb.fn.coalesce(column, eb.val(now))])),
      // Reopening a lost request takes back its reason; a decision ends any follow-up.
      ...(set.status ? { lost_at: null, lost_reason: null, referred_partner: null, referred_to: null } : {}),
      ...(set.status === "admitted" ? { follow_up_at: null } : {}),
      updated_at: now,
      version: eb("version", "+", 1),
    }))
    .where("reference", "=", reference)
    .where("version", "=", version)
    .executeTakeFirst();
  const work = await workState(reference);
  if (!work) return { outcome: "not-found" };
  if (result.numUpdatedRows === 0n) return { outcome: "conflict", work, by: await lastChangedBy(reference) };
  await recordAccess({ actor: staff, action: log.action, reference, detail: log.detail, client: log.client });
  return { outcome: "saved", work };
}

async function lastChangedBy(reference: string): Promise<string | undefined> {
  const { db } = await database();
  const row = await db
    .selectFrom("access_log")
    .leftJoin("user", "user.id", "access_log.actor_id")
    .select(["user.name", "access_log.actor_email"])
    .where("reference", "=", reference)
    .where("action", "in", ["change-status", "take-request", "release-request"])
    .orderBy("at", "desc")
    .orderBy("access_log.id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? (row.name ?? row.actor_email) : undefined;
}

export async function addNote(staff: Staff, reference: string, body: string, client?: string): Promise<boolean> {
  const text = normalizeNote(body).slice(0, NOTE_MAX);
  if (!text) return false;
  const { db } = await database();
  const exists = await db.selectFrom("leads").select("reference").where("reference", "=", reference).executeTakeFirst();
  if (!exists) return false;
  await db
    .insertInto("lead_notes")
    .values({ reference, author_id: staff.id, author_name: staff.name, body: text, created_at: Date.now() })
    .execute();
  await recordAccess({ actor: staff, action: "add-note", reference, client });
  return true;
}
