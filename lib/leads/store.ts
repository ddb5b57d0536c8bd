import "server-only";
import { createHash } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { database } from "@/lib/db/connection";
import type { Database, LeadsTable } from "@/lib/db/schema";
import { addToLimit, consumeLimit, consumeLimitInWrite } from "@/lib/db/rate-limiter";
import { keyedHash } from "@/lib/db/server-secret";
import { writeTransaction } from "@/lib/db/write-batch";
import { enqueueForNewLead } from "@/lib/eligibility/queue";
import type { LeadLimit } from "@/lib/leads/guard";
import { newReference } from "@/lib/leads/reference";
import type { Visit } from "@/lib/leads/visit";
import type { CardPhotoInfo, Delivery, FailureCategory, LeadInput, LeadKind, StoredLead } from "@/lib/leads/types";
import { isLocale } from "@/lib/i18n/locales";

/**
 * Leads in the database, the visitor's side: what was sent, its photos, duplicate keys, used
 * form tokens and its delivery. Admissions' side of the `leads` table is written by
 * lib/leads/work-store.ts and read by lib/leads/work-reads.ts. A lead is committed (and on
 * SQLite synced to disk) before the visitor is told it was received; on SQLite in one commit
 * with the other writes that arrived meanwhile (lib/db/write-batch.ts).
 */

/** A second press of "send", or a nervous resubmit of the very same form, within this window is one lead. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export type StoreResult =
  | { outcome: "stored"; reference: string; receivedAt: Date }
  | { outcome: "duplicate"; reference: string; receivedAt: Date }
  | { outcome: "token-used" };
/** Over the client's allowance (and not a copy of a request already stored). */
export type Limited = { outcome: "limited" };

class TokenUsed extends Error {}
class LostDuplicateRace extends Error {}

/**
 * Stores a lead once. `limit`, when given, counts the client's allowance for a lead that is
 * not a copy of one already stored. On SQLite the count is part of the lead's own write (one
 * commit, not two, for every post of a burst, and undone with it). On PostgreSQL it is made
 * first, on the limiter's own pool connection: taking a second connection while a transaction
 * holds one could leave a full pool waiting on itself.
 */
export function storeLead(input: LeadInput, now: Date): Promise<StoreResult>;
export function storeLead(input: LeadInput, now: Date, limit: LeadLimit | undefined): Promise<StoreResult | Limited>;
export async function storeLead(input: LeadInput, now: Date, limit?: LeadLimit): Promise<StoreResult | Limited> {
  const { engine } = await database();
  if (!limit || engine.kind === "sqlite") return storeWithRetries(input, now, limit);
  const counted = await consumeLimit(limit.rule, limit.key);
  if (!counted.allowed) {
    const existing = await findDuplicate(await dedupeKeyOf(input), now);
    return existing ? { outcome: "duplicate", ...existing } : { outcome: "limited" };
  }
  const result = await storeWithRetries(input, now, undefined);
  // A copy of a stored request is confirmed, never counted, as on SQLite.
  if (result.outcome === "duplicate") await addToLimit(limit.rule, limit.key, -1);
  return result;
}

async function storeWithRetries(input: LeadInput, now: Date, limit: LeadLimit | undefined): Promise<StoreResult | Limited> {
  const dedupeKey = await dedupeKeyOf(input);
  const phoneKey = await phoneKeyOf(input.values.phone);
  for (let tries = 0; ; tries++) {
    try {
      return await storeOnce(input, now, dedupeKey, phoneKey, newReference(), limit);
    } catch (error) {
      // Either way, an identical copy that committed first while we waited makes this one a duplicate.
      if (error instanceof TokenUsed || error instanceof LostDuplicateRace) {
        const existing = await findDuplicate(dedupeKey, now);
        if (existing) return { outcome: "duplicate", ...existing };
        if (error instanceof TokenUsed) return { outcome: "token-used" };
      }
      // A reference already taken (1 in ~10^11) or a lost race: try again with a new one.
      if (tries < 3 && (error instanceof LostDuplicateRace || isUniqueViolation(error))) continue;
      throw error;
    }
  }
}

function dedupeKeyOf(input: LeadInput): Promise<string> {
  return keyedHash("duplicate", duplicateMaterial(input));
}

/** Keys a phone number for "requests from the same number" without a second copy of it. */
export function phoneKeyOf(phone: string): Promise<string> {
  return keyedHash("phone", phone);
}

async function storeOnce(
  input: LeadInput,
  now: Date,
  dedupeKey: string,
  phoneKey: string,
  reference: string,
  limit: LeadLimit | undefined,
): Promise<StoreResult | Limited> {
  // Few statements on purpose: on PostgreSQL each is a round trip while the visitor waits, and
  // in a burst each answer also waits its turn on the event loop (repeat caller and the
  // duplicate key's takeover are folded into the inserts).
  return writeTransaction(async (trx) => {
    const existing = await findDuplicate(dedupeKey, now, trx);
    if (existing) return { outcome: "duplicate", ...existing };
    if (limit && !(await consumeLimitInWrite(limit.rule, limit.key)).allowed) return { outcome: "limited" };

    const token = await trx
      .insertInto("form_token_uses")
      .values({ nonce: input.tokenNonce, expires_at: input.tokenExpiresAt.getTime() })
      .onConflict((oc) => oc.column("nonce").doNothing())
      .returning("nonce")
      .executeTakeFirst();
    if (!token) throw new TokenUsed();

    await trx
      .insertInto("leads")
      .values((eb) => ({
        reference,
        kind: input.kind,
        received_at: now.getTime(),
        source_page: input.sourcePage,
        language: input.language,
        values_json: JSON.stringify(input.values),
        phone_key: phoneKey,
        repeat_caller: eb
          .case()
          .when(eb.exists(eb.selectFrom("leads").select("reference").where("phone_key", "=", phoneKey)))
          .then(1)
          .else(0)
          .end(),
        landing_page: input.visit?.landingPage ?? null,
        referrer_host: input.visit?.referrerHost ?? null,
        utm_source: input.visit?.utmSource ?? null,
        utm_medium: input.visit?.utmMedium ?? null,
        utm_campaign: input.visit?.utmCampaign ?? null,
        next_attempt_at: now.getTime(),
        updated_at: now.getTime(),
      }))
      .execute();
    if (input.kind === "insurance-check" && input.cardPhotos.length) {
      await trx
        .insertInto("lead_photos")
        .values(
          input.cardPhotos.map((photo) => ({
            reference,
            side: photo.side,
            filename: photo.filename,
            content_type: photo.contentType,
            size: photo.bytes.length,
            bytes: photo.bytes,
          })),
        )
        .execute();
    }
    if (input.kind === "insurance-check") await enqueueForNewLead(trx, reference, input.values.carrier, now);
    const claimed = await trx
      .insertInto("lead_dedupe")
      .values({ key: dedupeKey, reference, expires_at: now.getTime() + DUPLICATE_WINDOW_MS })
      // An expired key is taken over; a live one means an identical copy committed first.
      .onConflict((oc) =>
        oc
          .column("key")
          .doUpdateSet({ reference, expires_at: now.getTime() + DUPLICATE_WINDOW_MS })
          .where("lead_dedupe.expires_at", "<=", now.getTime()),
      )
      .returning("key")
      .executeTakeFirst();
    if (!claimed) throw new LostDuplicateRace();
    return { outcome: "stored", reference, receivedAt: now };
  });
}

async function findDuplicate(
  key: string,
  now: Date,
  executor?: Kysely<Database>,
): Promise<{ reference: string; receivedAt: Date } | undefined> {
  const db = executor ?? (await database()).db;
  const row = await db
    .selectFrom("lead_dedupe")
    .innerJoin("leads", "leads.reference", "lead_dedupe.reference")
    .select(["leads.reference", "leads.received_at"])
    .where("lead_dedupe.key", "=", key)
    .where("lead_dedupe.expires_at", ">", now.getTime())
    .executeTakeFirst();
  return row && { reference: row.reference, receivedAt: new Date(row.received_at) };
}

/** Same form, same answers, same photos: the same request. Anything different is a new one. */
function duplicateMaterial(input: LeadInput): string {
  const photos =
    input.kind === "insurance-check"
      ? input.cardPhotos.map((p) => `${p.side}:${createHash("sha256").update(p.bytes).digest("hex")}`)
      : [];
  return JSON.stringify([input.kind, input.sourcePage, input.values, photos]);
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code } = error as { code?: unknown };
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

type LeadRow = Selectable<LeadsTable>;

export type LeadRecord = StoredLead & { delivery: Delivery };

/** Photos' details (not their bytes) for the given leads. */
async function photoInfo(references: string[]): Promise<Map<string, CardPhotoInfo[]>> {
  const byLead = new Map<string, CardPhotoInfo[]>();
  if (!references.length) return byLead;
  const { db } = await database();
  const rows = await db
    .selectFrom("lead_photos")
    .select(["reference", "side", "filename", "content_type", "size"])
    .where("reference", "in", references)
    .orderBy("side", "desc")
    .execute();
  for (const row of rows) {
    const list = byLead.get(row.reference) ?? [];
    list.push({
      side: row.side,
      filename: row.filename,
      contentType: row.content_type as CardPhotoInfo["contentType"],
      size: row.size,
    });
    byLead.set(row.reference, list);
  }
  return byLead;
}

export function toLead(row: LeadRow, photos: CardPhotoInfo[]): LeadRecord {
  const base = {
    reference: row.reference,
    receivedAt: new Date(row.received_at),
    sourcePage: row.source_page,
    language: isLocale(row.language) ? row.language : "en",
    repeatCaller: row.repeat_caller === 1,
    visit: toVisit(row),
    delivery: toDelivery(row),
  };
  const values: unknown = JSON.parse(row.values_json);
  return row.kind === "call-request"
    ? { ...base, kind: "call-request", values: values as Extract<StoredLead, { kind: "call-request" }>["values"] }
    : {
        ...base,
        kind: "insurance-check",
        values: values as Extract<StoredLead, { kind: "insurance-check" }>["values"],
        cardPhotos: photos,
      };
}

function toVisit(row: LeadRow): Visit | undefined {
  const visit: Visit = {
    landingPage: row.landing_page ?? undefined,
    referrerHost: row.referrer_host ?? undefined,
    utmSource: row.utm_source ?? undefined,
    utmMedium: row.utm_medium ?? undefined,
    utmCampaign: row.utm_campaign ?? undefined,
  };
  return Object.values(visit).some((v) => v !== undefined) ? visit : undefined;
}

function toDelivery(row: LeadRow): Delivery {
  const date = (ms: number | null) => (ms === null ? undefined : new Date(ms));
  return {
    status: row.delivery_status,
    attempts: row.attempts,
    lastAttemptAt: date(row.last_attempt_at),
    lastError: (row.last_error ?? undefined) as FailureCategory | undefined,
    nextAttemptAt: new Date(row.next_attempt_at),
    sentAt: date(row.sent_at),
    photosOmitted: row.photos_omitted === 1,
    alertedAt: date(row.alerted_at),
  };
}

/** Rows to leads, with their photos' details, in the order given. */
async function withPhotos(rows: LeadRow[]): Promise<LeadRecord[]> {
  const photos = await photoInfo(rows.filter((r) => r.kind === "insurance-check").map((r) => r.reference));
  return rows.map((row) => toLead(row, photos.get(row.reference) ?? []));
}

export async function getLead(reference: string): Promise<LeadRecord | undefined> {
  const { db } = await database();
  const row = await db.selectFrom("leads").selectAll().where("reference", "=", reference).executeTakeFirst();
  return row && (await withPhotos([row]))[0];
}

export type LeadFilter = { unsent?: boolean; failed?: boolean; kind?: LeadKind; limit?: number };

/** Newest first. */
export async function listLeads(filter: LeadFilter = {}): Promise<LeadRecord[]> {
  const { db } = await database();
  let query = db.selectFrom("leads").selectAll().orderBy("received_at", "desc").orderBy("reference");
  if (filter.unsent || filter.failed) query = query.where("delivery_status", "=", "pending");
  if (filter.failed) query = query.where("attempts", ">", 0);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.limit) query = query.limit(filter.limit);
  return withPhotos(await query.execute());
}

export async function photoBytes(reference: string): Promise<Array<CardPhotoInfo & { bytes: Buffer }>> {
  const { db } = await database();
  const rows = await db
    .selectFrom("lead_photos")
    .selectAll()
    .where("reference", "=", reference)
    .orderBy("side", "desc")
    .execute();
  return rows.map((row) => ({
    side: row.side,
    filename: row.filename,
    contentType: row.content_type as CardPhotoInfo["contentType"],
    size: row.size,
    bytes: Buffer.from(row.bytes),
  }));
}

/**
 * Takes up to `limit` of the oldest leads that are due and not leased by anyone else, in one
 * statement, so two servers can never claim the same lead; a lease expires if its holder dies.
 */
export async function claimDueLeads(owner: string, now: Date, leaseMs: number, limit: number): Promise<LeadRecord[]> {
  const { db, engine } = await database();
  const t = now.getTime();
  // A CTE, so the choice is made once (an IN subquery may be run again per row on PostgreSQL
  // and then take more than `limit`); SKIP LOCKED lets concurrent claimants pass each other.
  const claimed = await db
    .with("due", (qb) => {
      const due = qb
        .selectFrom("leads")
        .select("reference")
        .where("delivery_status", "=", "pending")
        .where("next_attempt_at", "<=", t)
        .where((w) => w.or([w("lease_until", "is", null), w("lease_until", "<", t)]))
        .orderBy("received_at")
        .limit(limit);
      return engine.kind === "postgres" ? due.forUpdate().skipLocked() : due;
    })
    .updateTable("leads")
    .from("due")
    .set({ lease_owner: owner, lease_until: t + leaseMs })
    .whereRef("leads.reference", "=", "due.reference")
    .returning("leads.reference")
    .execute();
  if (!claimed.length) return [];
  const rows = await db
    .selectFrom("leads")
    .selectAll()
    .where(
      "reference",
      "in",
      claimed.map((row) => row.reference),
    )
    .where("lease_owner", "=", owner)
    .orderBy("received_at")
    .execute();
  return withPhotos(rows);
}

/** False when the lease was lost (expired and taken by another server): stop and let that one send. */
export async function renewLease(reference: string, owner: string, until: Date): Promise<boolean> {
  const { db } = await database();
  const result = await db
    .updateTable("leads")
    .set({ lease_until: until.getTime() })
    .where("reference", "=", reference)
    .where("lease_owner", "=", owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** On SQLite, sends finished together are recorded in one commit (lib/db/write-batch.ts). */
export async function markSent(reference: string, owner: string, now: Date, photosOmitted: boolean): Promise<void> {
  await writeTransaction((trx) =>
    trx
      .updateTable("leads")
      .set((eb) => ({
        delivery_status: "sent",
        sent_at: now.getTime(),
        last_attempt_at: now.getTime(),
        attempts: eb("attempts", "+", 1),
        last_error: null,
        photos_omitted: photosOmitted ? 1 : 0,
        lease_owner: null,
        lease_until: null,
      }))
      .where("reference", "=", reference)
      .where("lease_owner", "=", owner)
      .execute(),
  );
}

export async function markFailed(
  reference: string,
  owner: string,
  now: Date,
  category: FailureCategory,
  nextAttemptAt: Date,
): Promise<void> {
  const { db } = await database();
  await db
    .updateTable("leads")
    .set((eb) => ({
      last_attempt_at: now.getTime(),
      attempts: eb("attempts", "+", 1),
      last_error: category,
      next_attempt_at: nextAttemptAt.getTime(),
      lease_owner: null,
      lease_until: null,
    }))
    .where("reference", "=", reference)
    .where("lease_owner", "=", owner)
    .execute();
}

/** Makes every unsent lead due now (the operator's `retry`). */
export async function makeUnsentDue(now: Date, reference?: string): Promise<number> {
  const { db } = await database();
  let query = db.updateTable("leads").set({ next_attempt_at: now.getTime() }).where("delivery_status", "=", "pending");
  if (reference) query = query.where("reference", "=", reference);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

/** When the next unsent lead falls due, or a lease elsewhere runs out: when to look again. */
export async function nextDueAt(): Promise<Date | undefined> {
  const { db } = await database();
  const row = await db
    .selectFrom("leads")
    .select((eb) => [eb.fn.min("next_attempt_at").as("due"), eb.fn.min("lease_until").as("lease")])
    .where("delivery_status", "=", "pending")
    .executeTakeFirst();
  const times = [row?.due, row?.lease]
    .filter((v): v is number => typeof v === "number" || typeof v === "string")
    .map(Number);
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/** Unsent leads received before `cutoff` that nobody has been alerted about yet. */
export async function takeOverdueForAlert(cutoff: Date, now: Date): Promise<LeadRecord[]> {
  const { db } = await database();
  const rows = await db
    .updateTable("leads")
    .set({ alerted_at: now.getTime() })
    .where("delivery_status", "=", "pending")
    .where("received_at", "<", cutoff.getTime())
    .where("alerted_at", "is", null)
    .returningAll()
    .execute();
  return withPhotos(rows);
}

export type DeliveryCounts = { unsent: number; overdue: number; failing: number };

export async function deliveryCounts(overdueBefore: Date): Promise<DeliveryCounts> {
  const { db } = await database();
  const rows = await db
    .selectFrom("leads")
    .select(["received_at", "attempts"])
    .where("delivery_status", "=", "pending")
    .execute();
  return {
    unsent: rows.length,
    overdue: rows.filter((r) => r.received_at < overdueBefore.getTime()).length,
    failing: rows.filter((r) => r.attempts > 0).length,
  };
}

/** Deletes one lead and everything kept with it; false if there was none. */
export async function deleteLead(reference: string): Promise<boolean> {
  const { db } = await database();
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("lead_photos").where("reference", "=", reference).execute();
    await trx.deleteFrom("lead_dedupe").where("reference", "=", reference).execute();
    const result = await trx.deleteFrom("leads").where("reference", "=", reference).executeTakeFirst();
    return result.numDeletedRows > 0n;
  });
}

/** Removes leads received before `cutoff` with their photos, and every expired key; returns the references. */
export async function purgeBefore(cutoff: Date, now: Date): Promise<string[]> {
  const { db } = await database();
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom("leads").select("reference").where("received_at", "<", cutoff.getTime()).execute();
    const references = old.map((r) => r.reference);
    if (references.length) {
      await trx.deleteFrom("lead_photos").where("reference", "in", references).execute();
      await trx.deleteFrom("lead_dedupe").where("reference", "in", references).execute();
      await trx.deleteFrom("leads").where("reference", "in", references).execute();
    }
    await trx.deleteFrom("lead_dedupe").where("expires_at", "<=", now.getTime()).execute();
    await trx.deleteFrom("form_token_uses").where("expires_at", "<=", now.getTime()).execute();
    return references;
  });
}

export type ImportedLead = {
  lead: StoredLead;
  delivery: { sent: boolean; attempts: number; sentAt?: Date; lastAttemptAt?: Date; lastError?: string };
  photos: Array<CardPhotoInfo & { bytes: Buffer }>;
};

/** Moves one lead from the old file store in; false when it is already here (safe to run twice). */
export async function importLead({ lead, delivery, photos }: ImportedLead, now: Date): Promise<boolean> {
  const { db } = await database();
  const phoneKey = await phoneKeyOf(lead.values.phone);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("leads")
      .values({
        reference: lead.reference,
        kind: lead.kind,
        received_at: lead.receivedAt.getTime(),
        source_page: lead.sourcePage,
        values_json: JSON.stringify(lead.values),
        phone_key: phoneKey,
        delivery_status: delivery.sent ? "sent" : "pending",
        attempts: delivery.attempts,
        next_attempt_at: now.getTime(),
        last_attempt_at: delivery.lastAttemptAt?.getTime() ?? null,
        last_error: delivery.lastError ?? null,
        sent_at: delivery.sentAt?.getTime() ?? null,
        updated_at: now.getTime(),
      })
      .onConflict((oc) => oc.column("reference").doNothing())
      .returning("reference")
      .executeTakeFirst();
    if (!inserted) return false;
    if (photos.length) {
      await trx
        .insertInto("lead_photos")
        .values(
          photos.map((p) => ({
            reference: lead.reference,
            side: p.side,
            filename: p.filename,
            content_type: p.contentType,
            size: p.size,
            bytes: p.bytes,
          })),
        )
        .execute();
    }
    return true;
  });
}
