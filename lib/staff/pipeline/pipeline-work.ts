import "server-only";
import type { ExpressionBuilder, Selectable, Transaction, UpdateObject } from "kysely";
import { database } from "@/lib/db/connection";
import type { Database } from "@/lib/db/schema";
import { listStaff } from "@/lib/staff/auth/accounts";
import { recordAccess } from "@/lib/staff/data/access-log";
import { allowedOutcomes, statusAfterAttempt, type AttemptOutcome } from "@/lib/staff/pipeline/attempt-outcomes";
import type { LostClosing } from "@/lib/staff/pipeline/lost";
import type { Staff } from "@/lib/staff/access/session";
import { stagesReachedBy, type StageTimes } from "@/lib/staff/pipeline/stages";
import { isRequestStatus } from "@/lib/staff/requests/statuses";
import type { VobRecord, VobValues } from "@/lib/staff/pipeline/vob";

/**
 * Admissions' pipeline work on one request: call attempts, follow-ups, closing as lost,
 * referral source, assigning a colleague and the verification of benefits. Every change is
 * made against the version the staff member saw (the same check as a status change) and
 * logged; nothing a person typed goes into the log.
 */
export type PipelineResult = "saved" | "conflict" | "not-found" | "not-allowed";

type Trx = Transaction<Database>;
type LeadPatch = UpdateObject<Database, "leads"> | ((eb: ExpressionBuilder<Database, "leads">) => UpdateObject<Database, "leads">);

async function versioned(
  staff: Staff,
  reference: string,
  version: number,
  log: { action: Parameters<typeof recordAccess>[0]["action"]; detail?: string; client?: string },
  work: (trx: Trx, lead: { status: string; values_json: string; kind: string }) => Promise<LeadPatch | "not-allowed">,
  now = Date.now(),
): Promise<PipelineResult> {
  const { db } = await database();
  const result = await db.transaction().execute(async (trx): Promise<PipelineResult> => {
    const lead = await trx
      .selectFrom("leads")
      .select(["status", "values_json", "kind", "version"])
      .where("reference", "=", reference)
      .executeTakeFirst();
    if (!lead) return "not-found";
    if (lead.version !== version) return "conflict";
    const patch = await work(trx, lead);
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
  }).catch((error: unknown) => {
    if (error instanceof LostRace) return "conflict" as const;
    throw error;
  });
  if (result === "saved") await recordAccess({ actor: staff, reference, ...log });
  return result;
}

class LostRace extends Error {}

/** One call attempt and its outcome; the request moves to "tried to reach" or "reached", and a pending follow-up is done. */
export function logAttempt(staff: Staff, reference: string, outcome: AttemptOutcome, version: number, client?: string, now = Date.now()) {
  return versioned(staff, reference, version, { action: "log-attempt", detail: outcome, client }, async (trx, lead) => {
    const values = JSON.parse(lead.values_json) as { voicemailOk?: string; textOk?: string };
    const consent = { voicemail: values.voicemailOk === "yes", texts: lead.kind === "call-request" && values.textOk === "yes" };
    if (!allowedOutcomes(consent).includes(outcome)) return "not-allowed";
    await trx.insertInto("call_attempts").values({ reference, at: now, staff_id: staff.id, staff_name: staff.name, outcome }).execute();
    const current = isRequestStatus(lead.status) ? lead.status : "new";
    const status = statusAfterAttempt(current, outcome);
    return (eb: ExpressionBuilder<Database, "leads">) => ({
      status,
      follow_up_at: null,
      first_action_at: eb.fn.coalesce("first_action_at", eb.val(now)),
      ...Object.fromEntries(stagesReachedBy(status).map((column) => [column, eb.fn.coalesce(column, eb.val(now))])),
    });
  }, now);
}

/** "Try again at": a time, or null to clear it. */
export function setFollowUp(staff: Staff, reference: string, at: Date | null, version: number, client?: string) {
  return versioned(staff, reference, version, { action: "set-follow-up", detail: at ? "set" : "cleared", client }, async () => ({
    follow_up_at: at ? at.getTime() : null,
  }));
}

export function closeAsLost(staff: Staff, reference: string, closing: LostClosing, version: number, client?: string, now = Date.now()) {
  return versioned(staff, reference, version, { action: "close-lost", detail: closing.reason, client }, async () => ({
    status: "lost",
    lost_at: now,
    lost_reason: closing.reason,
    referred_partner: closing.partner ?? null,
    referred_to: closing.referredTo ?? null,
    follow_up_at: null,
  }), now);
}

export function setReferralSource(staff: Staff, reference: string, source: string | null, version: number, client?: string) {
  return versioned(staff, reference, version, { action: "set-referral-source", client }, async () => ({ referral_source: source }));
}

/** Hands a request to a named colleague (or takes it back to nobody); only a current staff account can hold one. */
export async function assignTo(staff: Staff, reference: string, colleagueId: string | null, version: number, client?: string) {
  if (colleagueId && !(await listStaff()).some((member) => member.id === colleagueId)) return "not-allowed" as const;
  return versioned(staff, reference, version, { action: colleagueId ? "assign-request" : "release-request", client }, async () => ({
    holder_id: colleagueId,
  }));
}

/** The verification of benefits, replaced whole; who and when are the signed-in staff member and now. */
export function saveVob(staff: Staff, reference: string, vob: VobValues, version: number, client?: string, now = Date.now()) {
  return versioned(staff, reference, version, { action: "save-vob", client }, async (trx, lead) => {
    if (lead.kind !== "insurance-check") return "not-allowed";
    const row = {
      payer: vob.payer,
      plan: vob.plan ?? null,
      coverage: vob.coverage,
      network: vob.network,
      deductible_cents: vob.deductible ?? null,
      deductible_met_cents: vob.deductibleMet ?? null,
      oop_max_cents: vob.oopMax ?? null,
      oop_met_cents: vob.oopMet ?? null,
      copay_cents: vob.copay ?? null,
      coinsurance_percent: vob.coinsurance ?? null,
      prior_auth: vob.priorAuth,
      payer_reference: vob.payerReference ?? null,
      source: "staff",
      verified_by_id: staff.id,
      verified_by_name: staff.name,
      verified_at: now,
    };
    await trx
      .insertInto("lead_vob")
      .values({ reference, ...row })
      .onConflict((oc) => oc.column("reference").doUpdateSet(row))
      .execute();
    return {};
  }, now);
}

type AttemptView = { at: number; staffName: string; outcome: AttemptOutcome };

/** Everything the request page shows of the pipeline. */
export type PipelineView = {
  attempts: AttemptView[];
  vob?: VobRecord;
  followUpAt?: number;
  referralSource?: string;
  lost?: { at: number; reason: string; partner?: string; referredTo?: string };
  escalatedAt?: number;
  stages: StageTimes;
};

export async function pipelineView(reference: string): Promise<PipelineView | undefined> {
  const { db } = await database();
  const [lead, attempts, vob] = await Promise.all([
    db
      .selectFrom("leads")
      .select([
        "received_at",
        "contacted_at",
        "assessment_at",
        "insurance_cleared_at",
        "admitted_at",
        "follow_up_at",
        "referral_source",
        "lost_at",
        "lost_reason",
        "referred_partner",
        "referred_to",
        "escalated_at",
      ])
      .where("reference", "=", reference)
      .executeTakeFirst(),
    db.selectFrom("call_attempts").selectAll().where("reference", "=", reference).orderBy("at").orderBy("id").execute(),
    db.selectFrom("lead_vob").selectAll().where("reference", "=", reference).executeTakeFirst(),
  ]);
  if (!lead) return undefined;
  const some = <T>(value: T | null) => value ?? undefined;
  return {
    attempts: attempts.map((a) => ({ at: a.at, staffName: a.staff_name, outcome: a.outcome as AttemptOutcome })),
    vob: vob && toVobRecord(vob),
    followUpAt: some(lead.follow_up_at),
    referralSource: some(lead.referral_source),
    lost:
      lead.lost_at !== null && lead.lost_reason
        ? { at: lead.lost_at, reason: lead.lost_reason, partner: some(lead.referred_partner), referredTo: some(lead.referred_to) }
        : undefined,
    escalatedAt: some(lead.escalated_at),
    stages: {
      receivedAt: lead.received_at,
      contacted_at: lead.contacted_at,
      assessment_at: lead.assessment_at,
      insurance_cleared_at: lead.insurance_cleared_at,
      admitted_at: lead.admitted_at,
    },
  };
}

function toVobRecord(row: Selectable<Database["lead_vob"]>): VobRecord {
  const some = <T>(value: T | null) => value ?? undefined;
  return {
    payer: row.payer,
    plan: some(row.plan),
    coverage: row.coverage as VobRecord["coverage"],
    network: row.network as VobRecord["network"],
    deductible: some(row.deductible_cents),
    deductibleMet: some(row.deductible_met_cents),
    oopMax: some(row.oop_max_cents),
    oopMet: some(row.oop_met_cents),
    copay: some(row.copay_cents),
    coinsurance: some(row.coinsurance_percent),
    priorAuth: row.prior_auth as VobRecord["priorAuth"],
    payerReference: some(row.payer_reference),
    source: row.source,
    verifiedByName: row.verified_by_name,
    verifiedAt: row.verified_at,
  };
}

/** For the inbox: how many attempts each request has had and when the last was. */
export async function attemptSummaries(references: string[]): Promise<Map<string, { count: number; lastAt: number }>> {
  const summaries = new Map<string, { count: number; lastAt: number }>();
  if (!references.length) return summaries;
  const { db } = await database();
  const rows = await db
    .selectFrom("call_attempts")
    .select((eb) => ["reference", eb.fn.countAll<number>().as("count"), eb.fn.max("at").as("last_at")])
    .where("reference", "in", references)
    .groupBy("reference")
    .execute();
  for (const row of rows) summaries.set(row.reference, { count: Number(row.count), lastAt: Number(row.last_at) });
  return summaries;
}
