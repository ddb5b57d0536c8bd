import "server-only";
import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool, type UpdateObject } from "kysely";
import { database, type Executor } from "@/lib/db/connection";
import type { Database, LeadsTable } from "@/lib/db/schema";
import { toLead, type LeadRecord } from "@/lib/leads/store";
import type { LeadKind } from "@/lib/leads/types";
import type { Locale } from "@/lib/i18n/locales";
import { insertAttempt } from "@/lib/staff/data/call-attempts";
import { saveVob, type VobSave } from "@/lib/staff/data/vob";
import { allowedOutcomes, contactConsent, statusAfterAttempt, type AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import type { LostClosing } from "@/lib/staff/pipeline/lost";
import { stagesReachedBy, type StageTimes } from "@/lib/staff/pipeline/stages";
import { isRequestStatus, OPEN_STATUSES, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * Admissions' side of the `leads` table: status, who is calling, stages, follow-up, lost
 * reason, referral source and the on-call notice. lib/leads/store.ts keeps the visitor's side
 * (what was sent, its photos, its delivery); these two are the only modules that query the
 * table. `changeRequest` is the one writer of a request's status, whatever the path, with the
 * one version check: a change names the version it was made against, and a colleague's change
 * since then makes it a conflict that writes nothing.
 */
export type RequestWork = {
  status: RequestStatus;
  holderId: string | null;
  version: number;
  firstActionAt?: number;
  updatedAt: number;
  followUpAt?: number;
  referralSource?: string;
  lost?: { at: number; reason: string; partner?: string; referredTo?: string; detail?: string };
  escalatedAt?: number;
  stages: StageTimes;
};

export type WorkedLead = { lead: LeadRecord; work: RequestWork };

type Row = Selectable<LeadsTable>;

function toWork(row: Row): RequestWork {
  const some = <T>(value: T | null) => value ?? undefined;
  return {
    status: isRequestStatus(row.status) ? row.status : "new",
    holderId: row.holder_id,
    version: row.version,
    firstActionAt: some(row.first_action_at),
    updatedAt: row.updated_at,
    followUpAt: some(row.follow_up_at),
    referralSource: some(row.referral_source),
    lost:
      row.lost_at !== null && row.lost_reason
        ? {
            at: row.lost_at,
            reason: row.lost_reason,
            partner: some(row.referred_partner),
            referredTo: some(row.referred_to),
            detail: some(row.lost_detail),
          }
        : undefined,
    escalatedAt: some(row.escalated_at),
    stages: {
      receivedAt: row.received_at,
      contacted_at: row.contacted_at,
      assessment_at: row.assessment_at,
      insurance_cleared_at: row.insurance_cleared_at,
      admitted_at: row.admitted_at,
    },
  };
}

/** One request with admissions' work on it; photos' details are the store's to add. */
export async function workedLead(reference: string): Promise<WorkedLead | undefined> {
  const { db } = await database();
  const row = await db.selectFrom("leads").selectAll().where("reference", "=", reference).executeTakeFirst();
  return row && { lead: toLead(row, []), work: toWork(row) };
}

export type LinkedRequest = { reference: string; receivedAt: Date; kind: LeadKind; status: RequestStatus };

/** Other requests from the same phone number, newest first. */
export async function linkedRequests(reference: string): Promise<LinkedRequest[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .select(["reference", "received_at", "kind", "status"])
    .where("phone_key", "=", (eb) =>
      eb.selectFrom("leads as self").select("self.phone_key").where("self.reference", "=", reference),
    )
    .where("reference", "!=", reference)
    .orderBy("received_at", "desc")
    .limit(20)
    .execute();
  return rows.map((l) => ({
    reference: l.reference,
    receivedAt: new Date(l.received_at),
    kind: l.kind,
    status: isRequestStatus(l.status) ? l.status : "new",
  }));
}

export type InboxWhere = {
  status: RequestStatus | "open" | "all";
  kind?: LeadKind;
  language?: Locale;
  reference?: string;
  phoneKey?: string;
  /** Follow-ups due before this time (the end of the center's day). */
  followUpBefore?: number;
  holderId?: string;
};
export type InboxOrder = "priority" | "newest" | "oldest";
export type InboxCounts = { total: number; fresh: number; due: number };

function matches(where: InboxWhere) {
  return (eb: ExpressionBuilder<Database, "leads">): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (where.status === "open") all.push(eb("status", "in", OPEN_STATUSES));
    else if (where.status !== "all") all.push(eb("status", "=", where.status));
    if (where.kind) all.push(eb("kind", "=", where.kind));
    if (where.language) all.push(eb("language", "=", where.language));
    if (where.reference) all.push(eb("reference", "=", where.reference));
    if (where.phoneKey) all.push(eb("phone_key", "=", where.phoneKey));
    if (where.followUpBefore !== undefined) all.push(eb("follow_up_at", "<", where.followUpBefore));
    if (where.holderId !== undefined) all.push(eb("holder_id", "=", where.holderId));
    return eb.and(all);
  };
}

/** One page of the inbox; "priority" puts due follow-ups first (oldest due first), then the newest. */
export async function inboxLeads(
  where: InboxWhere,
  order: InboxOrder,
  page: { offset: number; limit: number },
  now: number,
): Promise<WorkedLead[]> {
  const { db } = await database();
  let query = db.selectFrom("leads").selectAll().where(matches(where));
  if (order === "oldest") query = query.orderBy("received_at", "asc");
  else if (order === "newest") query = query.orderBy("received_at", "desc");
  else {
    query = query
      .orderBy(sql`case when follow_up_at is not null and follow_up_at <= ${now} then 0 else 1 end`)
      .orderBy("follow_up_at", "asc")
      .orderBy("received_at", "desc");
  }
  const rows = await query.orderBy("reference").limit(page.limit).offset(page.offset).execute();
  return rows.map((row) => ({ lead: toLead(row, []), work: toWork(row) }));
}

/** How many requests the view holds, how many are new, and how many have a follow-up due. */
export async function inboxCounts(where: InboxWhere, now: number): Promise<InboxCounts> {
  const { db } = await database();
  const row = await db
    .selectFrom("leads")
    .where(matches(where))
    .select((eb) => [
      eb.fn.countAll<number>().as("total"),
      eb.fn.sum<number>(eb.case().when("status", "=", "new").then(1).else(0).end()).as("fresh"),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb("follow_up_at", "is not", null), eb("follow_up_at", "<=", now)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as("due"),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), fresh: Number(row.fresh ?? 0), due: Number(row.due ?? 0) };
}

export type RequestChange =
  | { kind: "status"; status: Exclude<RequestStatus, "lost"> }
  | { kind: "holder"; holderId: string | null }
  | { kind: "attempt"; outcome: AttemptOutcome; by: { id: string; name: string } }
  | { kind: "follow-up"; at: number | null }
  | { kind: "lost"; closing: LostClosing }
  | { kind: "referral"; source: string | null }
  | { kind: "vob"; vob: VobSave };

export type ChangeOutcome = "saved" | "conflict" | "not-found" | "not-allowed";

type Current = { status: string; values_json: string; kind: string };
type Patch = (eb: ExpressionBuilder<Database, "leads">) => UpdateObject<Database, "leads">;

class LostRace extends Error {}

/** The one writer of a request's status and work, in one transaction with what goes with it. */
export async function changeRequest(
  reference: string,
  version: number,
  change: RequestChange,
  now = Date.now(),
): Promise<ChangeOutcome> {
  const { db } = await database();
  return db
    .transaction()
    .execute(async (trx): Promise<ChangeOutcome> => {
      const lead = await trx
        .selectFrom("leads")
        .select(["status", "values_json", "kind", "version"])
        .where("reference", "=", reference)
        .executeTakeFirst();
      if (!lead) return "not-found";
      if (lead.version !== version) return "conflict";
      const patch = await patchFor(trx, reference, lead, change, now);
      if (patch === "not-allowed") return "not-allowed";
      const updated = await trx
        .updateTable("leads")
        .set(patch)
        .set((eb) => ({ updated_at: now, version: eb("version", "+", 1) }))
        .where("reference", "=", reference)
        .where("version", "=", version)
        .executeTakeFirst();
      // A colleague's change committed between our read and this write (PostgreSQL's READ COMMITTED).
      if (updated.numUpdatedRows === 0n) throw new LostRace();
      return "saved";
    })
    .catch((error: unknown) => {
      if (error instanceof LostRace) return "conflict" as const;
      throw error;
    });
}

/** The stage stamps a status fills if still empty, and the first action that speed to lead measures. */
function reached(status: RequestStatus, now: number): Patch {
  return (eb) => ({
    first_action_at: eb.fn.coalesce("first_action_at", eb.val(now)),
    ...Object.fromEntries(stagesReachedBy(status).map((column) => [column, eb.fn.coalesce(column, eb.val(now))])),
  });
}

async function patchFor(
  trx: Executor,
  reference: string,
  lead: Current,
  change: RequestChange,
  now: number,
): Promise<Patch | "not-allowed"> {
  switch (change.kind) {
    case "status": {
      const { status } = change;
      // Reopening a lost request takes back its reason; a decision ends any follow-up.
      return (eb) => ({
        status,
        ...reached(status, now)(eb),
        lost_at: null,
        lost_reason: null,
        lost_detail: null,
        referred_partner: null,
        referred_to: null,
        ...(status === "admitted" ? { follow_up_at: null } : {}),
      });
    }
    case "attempt": {
      const consent = contactConsent(lead.kind, JSON.parse(lead.values_json) as Parameters<typeof contactConsent>[1]);
      if (!allowedOutcomes(consent).includes(change.outcome)) return "not-allowed";
      await insertAttempt(trx, {
        reference,
        at: now,
        staffId: change.by.id,
        staffName: change.by.name,
        outcome: change.outcome,
      });
      const status = statusAfterAttempt(isRequestStatus(lead.status) ? lead.status : "new", change.outcome);
      // An attempt completes a pending follow-up.
      return (eb) => ({ status, follow_up_at: null, ...reached(status, now)(eb) });
    }
    case "lost": {
      const { closing } = change;
      return () => ({
        status: "lost",
        lost_at: now,
        lost_reason: closing.reason,
        referred_partner: closing.partner ?? null,
        referred_to: closing.referredTo ?? null,
        lost_detail: closing.detail ?? null,
        follow_up_at: null,
      });
    }
    case "vob":
      if (lead.kind !== "insurance-check") return "not-allowed";
      await saveVob(trx, reference, change.vob);
      return () => ({});
    case "holder":
      return () => ({ holder_id: change.holderId });
    case "follow-up":
      return () => ({ follow_up_at: change.at });
    case "referral":
      return () => ({ referral_source: change.source });
  }
}

/** A departing colleague's requests go back to nobody, in the transaction that removes them. */
export async function releaseHeldBy(trx: Executor, userId: string, now = Date.now()): Promise<void> {
  await trx.updateTable("leads").set({ holder_id: null, updated_at: now }).where("holder_id", "=", userId).execute();
}

export type Unclaimed = {
  reference: string;
  kind: LeadKind;
  receivedAt: Date;
  status: string;
  holderId: string | null;
};

/** Requests still new with nobody calling and no on-call notice yet, received after `since`, oldest first. */
export async function unclaimedSince(since: number, limit: number): Promise<Unclaimed[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .select(["reference", "kind", "received_at", "status", "holder_id"])
    .where("status", "=", "new")
    .where("holder_id", "is", null)
    .where("escalated_at", "is", null)
    .where("received_at", ">", since)
    .orderBy("received_at")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    reference: r.reference,
    kind: r.kind,
    receivedAt: new Date(r.received_at),
    status: r.status,
    holderId: r.holder_id,
  }));
}

/** Marks the on-call notice as going out, in one statement so two servers never both send; false if it no longer applies. */
export async function markEscalated(reference: string, now: number): Promise<boolean> {
  const { db } = await database();
  const claimed = await db
    .updateTable("leads")
    .set({ escalated_at: now, updated_at: now })
    .where("reference", "=", reference)
    .where("escalated_at", "is", null)
    .where("status", "=", "new")
    .where("holder_id", "is", null)
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}

/** The notice failed to send: the next pass tries again. */
export async function unmarkEscalated(reference: string, now = Date.now()): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("leads")
    .set({ escalated_at: null, updated_at: now })
    .where("reference", "=", reference)
    .execute();
}

export type ReportLead = {
  reference: string;
  kind: LeadKind;
  language: string;
  receivedAt: number;
  status: string;
  contactedAt: number | null;
  assessmentAt: number | null;
  insuranceClearedAt: number | null;
  admittedAt: number | null;
  firstActionAt: number | null;
  lostReason: string | null;
  landingPage: string | null;
  referrerHost: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  referralSource: string | null;
};

/** The requests received in [from, to), with what the reports count; nothing that names anyone. */
export async function leadsReceived(from: number, to: number): Promise<ReportLead[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .select([
      "reference",
      "kind",
      "language",
      "received_at",
      "status",
      "contacted_at",
      "assessment_at",
      "insurance_cleared_at",
      "admitted_at",
      "first_action_at",
      "lost_reason",
      "landing_page",
      "referrer_host",
      "utm_source",
      "utm_medium",
      "utm_campaign",
      "referral_source",
    ])
    .where("received_at", ">=", from)
    .where("received_at", "<", to)
    .execute();
  return rows.map((r) => ({
    reference: r.reference,
    kind: r.kind,
    language: r.language,
    receivedAt: r.received_at,
    status: r.status,
    contactedAt: r.contacted_at,
    assessmentAt: r.assessment_at,
    insuranceClearedAt: r.insurance_cleared_at,
    admittedAt: r.admitted_at,
    firstActionAt: r.first_action_at,
    lostReason: r.lost_reason,
    landingPage: r.landing_page,
    referrerHost: r.referrer_host,
    utmSource: r.utm_source,
    utmMedium: r.utm_medium,
    utmCampaign: r.utm_campaign,
    referralSource: r.referral_source,
  }));
}
