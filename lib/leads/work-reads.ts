import "server-only";
import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from "kysely";
import { database } from "@/lib/db/connection";
import type { Database, LeadsTable } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { toLead, type LeadRecord } from "@/lib/leads/store";
import type { LeadKind } from "@/lib/leads/types";
import type { StageTimes } from "@/lib/staff/pipeline/stages";
import { isRequestStatus, OPEN_STATUSES, type RequestStatus } from "@/lib/staff/requests/statuses";

/**
 * Admissions' side of the `leads` table, read: one request's work (status, who it is assigned
 * to and who is calling, stages, follow-up, lost reason, referral source, the on-call notice),
 * the inbox's pages and counts, requests from the same number, the on-call candidates, the
 * assignees' notices due and the report's rows, each as a view model. Its writer is lib/leads/work-store.ts; lib/leads/store.ts keeps the visitor's
 * side. These three are the only modules that query the table.
 */
export type RequestWork = {
  status: RequestStatus;
  /** Who is on the phone with it now. */
  holderId: string | null;
  /** Who it is assigned to. */
  ownerId: string | null;
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
    ownerId: row.owner_id,
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
  ownerId?: string;
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
    if (where.ownerId !== undefined) all.push(eb("owner_id", "=", where.ownerId));
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

export type OwnerNotice = { reference: string; ownerId: string; dueAt: number };

/** Assignees' notices due by `now`, oldest first. */
export async function ownerNoticesDue(now: number, limit: number): Promise<OwnerNotice[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .select(["reference", "owner_id", "owner_notice_at"])
    .where("owner_notice_at", "<=", now)
    .where("owner_id", "is not", null)
    .orderBy("owner_notice_at")
    .limit(limit)
    .execute();
  return rows.flatMap((r) =>
    r.owner_id && r.owner_notice_at !== null
      ? [{ reference: r.reference, ownerId: r.owner_id, dueAt: r.owner_notice_at }]
      : [],
  );
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
