import "server-only";
import { getLead, type LeadRecord } from "@/lib/leads/store";
import { linkedRequests, workedLead, type LinkedRequest, type RequestWork } from "@/lib/leads/work-reads";
import { userNames } from "@/lib/staff/data/accounts";
import { lastActorOf, type AccessAction } from "@/lib/staff/data/access-log";
import { notesOf, type NoteRecord } from "@/lib/staff/data/notes";
import type { RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * One request as its page shows it: what the visitor sent, admissions' work on it (status, who
 * it is assigned to and who is on the phone with it now), notes and other requests from the
 * same number. After a conflicting change, the caller is told what the request looks like now
 * and who changed it.
 */
export type WorkState = {
  status: RequestStatus;
  holderId: string | null;
  holderName?: string;
  ownerId: string | null;
  ownerName?: string;
  version: number;
  firstActionAt?: Date;
  updatedAt: Date;
};

export type RequestInFull = { lead: LeadRecord; work: WorkState; notes: NoteRecord[]; linked: LinkedRequest[] };

/** What a colleague's latest change to a request was, in words, and who made it. */
export type LastChange = { by: string; what: string };

export type ChangeResult =
  | { outcome: "saved"; work: WorkState }
  | { outcome: "conflict"; work: WorkState; change?: LastChange }
  | { outcome: "not-found" }
  | { outcome: "not-allowed" };

export async function requestInFull(reference: string): Promise<RequestInFull | undefined> {
  const [lead, work, notes, linked] = await Promise.all([
    getLead(reference),
    workState(reference),
    notesOf(reference),
    linkedRequests(reference),
  ]);
  return lead && work ? { lead, work, notes, linked } : undefined;
}

export async function workState(reference: string): Promise<WorkState | undefined> {
  const worked = await workedLead(reference);
  return worked && named(worked.work);
}

async function named(work: RequestWork): Promise<WorkState> {
  const ids = [work.holderId, work.ownerId].filter((id): id is string => id !== null);
  const names = await userNames([...new Set(ids)]);
  const name = (id: string | null) => (id ? (names.get(id) ?? "a former colleague") : undefined);
  return {
    status: work.status,
    holderId: work.holderId,
    holderName: name(work.holderId),
    ownerId: work.ownerId,
    ownerName: name(work.ownerId),
    version: work.version,
    firstActionAt: work.firstActionAt === undefined ? undefined : new Date(work.firstActionAt),
    updatedAt: new Date(work.updatedAt),
  };
}

const CHANGES = {
  "change-status": "changed its status",
  "start-calling": "started calling",
  "stop-calling": "finished calling",
  "assign-request": "assigned it",
  "reassign-request": "reassigned it",
  "unassign-request": "unassigned it",
  "log-attempt": "logged a call attempt",
  "set-follow-up": "changed the follow-up",
  "close-lost": "closed it as lost",
  "undo-change": "undid a change",
  "correct-record": "corrected the record",
  "set-referral-source": "set the referral source",
  "save-vob": "saved the verification of benefits",
} as const satisfies Partial<Record<AccessAction, string>>;

/** Whoever made the latest change to a request (by name if they still have an account), and what it was. */
export async function lastChange(reference: string): Promise<LastChange | undefined> {
  const actor = await lastActorOf(reference, Object.keys(CHANGES) as Array<keyof typeof CHANGES>);
  if (!actor) return undefined;
  const names = await userNames(actor.id ? [actor.id] : []);
  return {
    by: (actor.id && names.get(actor.id)) || actor.email,
    what: CHANGES[actor.action as keyof typeof CHANGES],
  };
}
