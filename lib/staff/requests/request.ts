import "server-only";
import { getLead, type LeadRecord } from "@/lib/leads/store";
import { linkedRequests, workedLead, type LinkedRequest, type RequestWork } from "@/lib/leads/work-reads";
import { userNames } from "@/lib/staff/data/accounts";
import { lastActorOf } from "@/lib/staff/data/access-log";
import { notesOf, type NoteRecord } from "@/lib/staff/data/notes";
import type { RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * One request as its page shows it: what the visitor sent, admissions' work on it (status and
 * who is calling), notes and other requests from the same number. After a conflicting change,
 * the caller is told what the request looks like now and who changed it.
 */
export type WorkState = {
  status: RequestStatus;
  holderId: string | null;
  holderName?: string;
  version: number;
  firstActionAt?: Date;
  updatedAt: Date;
};

export type RequestInFull = { lead: LeadRecord; work: WorkState; notes: NoteRecord[]; linked: LinkedRequest[] };

export type ChangeResult =
  | { outcome: "saved"; work: WorkState }
  | { outcome: "conflict"; work: WorkState; by?: string }
  | { outcome: "not-found" };

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
  const names = await userNames(work.holderId ? [work.holderId] : []);
  return {
    status: work.status,
    holderId: work.holderId,
    holderName: work.holderId ? (names.get(work.holderId) ?? "a former colleague") : undefined,
    version: work.version,
    firstActionAt: work.firstActionAt === undefined ? undefined : new Date(work.firstActionAt),
    updatedAt: new Date(work.updatedAt),
  };
}

/** Whoever made the latest status or holder change, by name if they still have an account. */
export async function lastChangedBy(reference: string): Promise<string | undefined> {
  const actor = await lastActorOf(reference, ["change-status", "take-request", "release-request"]);
  if (!actor) return undefined;
  const names = await userNames(actor.id ? [actor.id] : []);
  return (actor.id && names.get(actor.id)) || actor.email;
}
