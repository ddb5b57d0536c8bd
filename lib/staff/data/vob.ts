import "server-only";
import type { Selectable } from "kysely";
import { database, type Executor } from "@/lib/db/connection";
import type { Database } from "@/lib/db/schema";
import type { VobRecord, VobValues } from "@/lib/staff/pipeline/vob";

/**
 * The `lead_vob` table: one verification of benefits per insurance check, replaced whole.
 * Staff save it under the request's version check (lib/leads/work-store.ts passes its
 * transaction); a real-time eligibility answer (X12 271) saves it the same way with its own
 * `source`, `traceNumber` and parsed `response`.
 */
export type VobSave = {
  values: VobValues;
  source: "staff" | "x12-271";
  verifiedBy: { id: string; name: string };
  verifiedAt: number;
  traceNumber?: string;
  /** The parsed eligibility answer, kept as JSON; never logged. */
  response?: unknown;
};

export async function saveVob(trx: Executor, reference: string, vob: VobSave): Promise<void> {
  const { values } = vob;
  const row = {
    payer: values.payer,
    plan: values.plan ?? null,
    coverage: values.coverage,
    network: values.network,
    deductible_cents: values.deductible ?? null,
    deductible_met_cents: values.deductibleMet ?? null,
    oop_max_cents: values.oopMax ?? null,
    oop_met_cents: values.oopMet ?? null,
    copay_cents: values.copay ?? null,
    coinsurance_percent: values.coinsurance ?? null,
    prior_auth: values.priorAuth,
    payer_reference: values.payerReference ?? null,
    source: vob.source,
    trace_number: vob.traceNumber ?? null,
    response_json: vob.response === undefined ? null : JSON.stringify(vob.response),
    verified_by_id: vob.verifiedBy.id,
    verified_by_name: vob.verifiedBy.name,
    verified_at: vob.verifiedAt,
  };
  await trx
    .insertInto("lead_vob")
    .values({ reference, ...row })
    .onConflict((oc) => oc.column("reference").doUpdateSet(row))
    .execute();
}

export async function vobOf(reference: string): Promise<VobRecord | undefined> {
  const { db } = await database();
  const row = await db.selectFrom("lead_vob").selectAll().where("reference", "=", reference).executeTakeFirst();
  return row && toVobRecord(row);
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

/** Where and when each of these requests' VOB was confirmed, for the reports; no benefit value. */
export async function vobStamps(references: string[]): Promise<Array<{ reference: string; source: string; verifiedAt: number }>> {
  if (!references.length) return [];
  const { db } = await database();
  const rows = await db
    .selectFrom("lead_vob")
    .select(["reference", "source", "verified_at"])
    .where("reference", "in", references)
    .execute();
  return rows.map((row) => ({ reference: row.reference, source: row.source, verifiedAt: Number(row.verified_at) }));
}
