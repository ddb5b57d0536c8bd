import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SQLITE_FILE, database } from "@/lib/db/connection";
import { receiveLead } from "@/lib/leads/delivery";
import {
  DUPLICATE_WINDOW_MS,
  claimDueLeads,
  deleteLead,
  getLead,
  importLead,
  listLeads,
  markFailed,
  markSent,
  photoBytes,
  purgeBefore,
  renewLease,
  storeLead,
  type Limited,
  type StoreResult,
} from "@/lib/leads/store";
import { callLead, cardBytes, describeEachEngine, insuranceLead, loggedText, useTestStore } from "./fixtures";

const t0 = new Date("2026-11-23T18:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const claimNextLead = async (owner: string, now: Date, leaseMs: number) => (await claimDueLeads(owner, now, leaseMs, 1))[0];
const stored = (result: StoreResult | Limited) => {
  if (result.outcome === "token-used" || result.outcome === "limited") throw new Error(`not stored: ${result.outcome}`);
  return result;
};

describeEachEngine("lead store", () => {
  it("keeps every field the visitor sent, and the card photos byte for byte", async () => {
    const photos = [
      { side: "front" as const, filename: "front.png", contentType: "image/png" as const, bytes: cardBytes.png },
      { side: "back" as const, filename: "back.pdf", contentType: "application/pdf" as const, bytes: cardBytes.pdf },
    ];
    const input = insuranceLead({}, photos);
    const { reference } = stored(await storeLead(input, t0));
    const lead = await getLead(reference);
    expect(lead).toMatchObject({
      reference,
      kind: "insurance-check",
      receivedAt: t0,
      sourcePage: "/verify-insurance",
      // As JSON keeps them: unset optional fields are left out.
      values: JSON.parse(JSON.stringify(input.values)),
      repeatCaller: false,
      delivery: { status: "pending", attempts: 0, photosOmitted: false },
    });
    expect(lead?.kind === "insurance-check" && lead.cardPhotos.map((p) => [p.side, p.size])).toEqual([
      ["front", cardBytes.png.length],
      ["back", cardBytes.pdf.length],
    ]);
    const bytes = await photoBytes(reference);
    expect(bytes.map((p) => p.bytes.equals(p.side === "front" ? cardBytes.png : cardBytes.pdf))).toEqual([true, true]);
  });

  it("treats only an identical resubmission within 10 minutes as the same request", async () => {
    const first = stored(await storeLead(callLead(), t0));
    const again = stored(await storeLead(callLead(), at(60_000)));
    expect(again).toEqual({ outcome: "duplicate", reference: first.reference, receivedAt: t0 });
    const later = stored(await storeLead(callLead(), at(DUPLICATE_WINDOW_MS + 1)));
    expect(later.outcome).toBe("stored");
    expect(later.reference).not.toBe(first.reference);
  });

  it("keeps two different requests from one phone as two leads, the second marked", async () => {
    const son = stored(await storeLead(callLead({ note: "About my son" }), t0));
    const daughter = stored(await storeLead(callLead({ note: "About my daughter" }), at(1_000)));
    expect(daughter.outcome).toBe("stored");
    expect(daughter.reference).not.toBe(son.reference);
    expect((await getLead(son.reference))?.repeatCaller).toBe(false);
    expect((await getLead(daughter.reference))?.repeatCaller).toBe(true);
    expect((await listLeads()).map((l) => l.reference)).toEqual([daughter.reference, son.reference]);
  });

  it("stores one lead when the same form arrives many times at once", async () => {
    const input = callLead();
    const results = await Promise.all(Array.from({ length: 8 }, () => storeLead({ ...input }, t0)));
    const references = new Set(results.map((r) => stored(r).reference));
    expect(references.size).toBe(1);
    expect(await listLeads()).toHaveLength(1);
  });

  it("counts a client's allowance only for new requests, and refuses the one over it without storing it", async () => {
    const limit = { rule: { name: "lead-store-test", points: 2, durationSeconds: 600 }, key: "203.0.113.9" };
    const first = stored(await storeLead(callLead({ phone: "503-555-0161" }), t0, limit));
    // "Send" pressed again: the same request, confirmed and not counted.
    expect(await storeLead(callLead({ phone: "503-555-0161" }), at(1_000), limit)).toMatchObject({
      outcome: "duplicate",
      reference: first.reference,
    });
    const second = stored(await storeLead(callLead({ phone: "503-555-0162" }), at(2_000), limit));
    expect(await storeLead(callLead({ phone: "503-555-0163" }), at(3_000), limit)).toEqual({ outcome: "limited" });
    // Over the allowance, a copy of a stored request is still confirmed.
    expect(await storeLead(callLead({ phone: "503-555-0162" }), at(4_000), limit)).toMatchObject({
      outcome: "duplicate",
      reference: second.reference,
    });
    expect((await listLeads()).map((lead) => lead.reference).sort()).toEqual([first.reference, second.reference].sort());
  });

  it("uses a form token once: different content under a used token is refused, not merged", async () => {
    const first = callLead({ note: "first" });
    stored(await storeLead(first, t0));
    const reuse = { ...callLead({ note: "changed" }), tokenNonce: first.tokenNonce };
    expect(await storeLead(reuse, at(5_000))).toEqual({ outcome: "token-used" });
    expect(await listLeads()).toHaveLength(1);
  });

  it("hands each due lead to one claimant at a time, oldest first, until its lease runs out", async () => {
    const a = stored(await storeLead(callLead({ phone: "503-555-0101" }), t0));
    const b = stored(await storeLead(callLead({ phone: "503-555-0102" }), at(1)));
    const [one, two, three] = await Promise.all([
      claimNextLead("server-1", at(10), 60_000),
      claimNextLead("server-2", at(10), 60_000),
      claimNextLead("server-3", at(10), 60_000),
    ]);
    // Never one lead twice. (On PostgreSQL a claimant that loses a race may come back empty even
    // though another lead was free: locking under READ COMMITTED can return fewer rows than asked.)
    const claimed = [one, two, three].filter(Boolean).map((lead) => lead?.reference);
    expect(new Set(claimed).size).toBe(claimed.length);
    const left = await claimNextLead("server-5", at(20), 60_000);
    expect([...claimed, left?.reference].filter(Boolean).sort()).toEqual([a.reference, b.reference].sort());
    expect(await claimNextLead("server-4", at(30_000), 60_000)).toBeUndefined();
    // The holder dies: after the lease, another server takes the lead over.
    const taken = await claimNextLead("server-4", at(61_000), 60_000);
    expect(taken?.reference).toBe(a.reference);
    expect(await renewLease(a.reference, "server-1", at(120_000))).toBe(false);
    expect(await renewLease(a.reference, "server-4", at(120_000))).toBe(true);
  });

  it("claims a batch, oldest first, that no other claimant gets", async () => {
    const refs = [];
    for (let i = 0; i < 3; i++) refs.push(stored(await storeLead(callLead({ phone: `503-555-010${i}` }), at(i))).reference);
    const batch = await claimDueLeads("server-1", at(10), 60_000, 2);
    expect(batch.map((lead) => lead.reference)).toEqual(refs.slice(0, 2));
    const [other, none] = await Promise.all([claimDueLeads("server-2", at(10), 60_000, 5), claimDueLeads("server-3", at(10), 60_000, 5)]);
    expect([...other, ...none].map((lead) => lead.reference)).toEqual([refs[2]]);
  });

  it("records a send only for the lease holder", async () => {
    const { reference } = stored(await storeLead(callLead(), t0));
    await claimNextLead("server-1", t0, 60_000);
    await markSent(reference, "server-2", t0, false);
    expect((await getLead(reference))?.delivery.status).toBe("pending");
    await markFailed(reference, "server-1", t0, "connection", at(15_000));
    expect((await getLead(reference))?.delivery).toMatchObject({ status: "pending", attempts: 1, lastError: "connection" });
    expect(await claimNextLead("server-1", at(14_000), 60_000)).toBeUndefined();
    await claimNextLead("server-2", at(15_000), 60_000);
    await markSent(reference, "server-2", at(15_000), false);
    expect((await getLead(reference))?.delivery).toMatchObject({ status: "sent", attempts: 2, sentAt: at(15_000) });
    expect(await claimNextLead("server-3", at(999_999), 60_000)).toBeUndefined();
  });

  it("deletes a lead with its photos and keys, and purges what is past retention", async () => {
    const photo = [{ side: "front" as const, filename: "f.png", contentType: "image/png" as const, bytes: cardBytes.png }];
    const old = stored(await storeLead(insuranceLead({}, photo), t0));
    const recent = stored(await storeLead(callLead(), at(86_400_000)));
    expect(await purgeBefore(at(1), at(86_400_000))).toEqual([old.reference]);
    expect(await getLead(old.reference)).toBeUndefined();
    expect(await photoBytes(old.reference)).toEqual([]);
    expect(await deleteLead(recent.reference)).toBe(true);
    expect(await deleteLead(recent.reference)).toBe(false);
    const { db } = await database();
    for (const table of ["leads", "lead_photos", "lead_dedupe"] as const) {
      expect(await db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
  });

  it("imports a lead once, however often the import runs", async () => {
    const input = callLead();
    const lead = {
      reference: "LR-2345-6789",
      kind: "call-request" as const,
      receivedAt: t0,
      sourcePage: "/",
      language: "en" as const,
      repeatCaller: false,
      values: input.values as Extract<typeof input, { kind: "call-request" }>["values"],
    };
    const record = { lead, delivery: { sent: true, attempts: 1, sentAt: t0 }, photos: [] };
    expect(await importLead(record, at(1))).toBe(true);
    expect(await importLead(record, at(2))).toBe(false);
    expect((await getLead("LR-2345-6789"))?.delivery).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("says only a reference and an outcome in the log", async () => {
    const { reference } = await receiveLead(callLead({ note: "private note" }), { now: t0 }).then((r) => {
      if (r.outcome === "token-used") throw new Error("refused");
      return r;
    });
    const log = loggedText();
    expect(log).toContain(`lead ${reference} stored`);
    for (const secret of ["Maria", "Lopez", "555", "private note", "maria@example.com"]) expect(log).not.toContain(secret);
  });
});

describe("lead store on SQLite", () => {
  const store = useTestStore("sqlite");
  it("is one WAL file under DATA_DIR, synced on every commit, that only the server's user can read", async () => {
    stored(await storeLead(callLead(), t0));
    const { engine } = await database();
    if (engine.kind !== "sqlite") throw new Error("expected SQLite");
    expect(engine.client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(engine.client.pragma("synchronous", { simple: true })).toBe(2);
    for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`]) {
      expect((await fs.stat(path.join(store.dataDir, file))).mode & 0o777).toBe(0o600);
    }
    expect((await fs.stat(store.dataDir)).mode & 0o077).toBe(0);
  });
});
