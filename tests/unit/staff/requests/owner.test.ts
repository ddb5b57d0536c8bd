import fs from "node:fs/promises";
import path from "node:path";
import BetterSqlite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { database, SQLITE_FILE } from "@/lib/db/connection";
import { migrations } from "@/lib/db/migrations";
import { getEnv } from "@/lib/env";
import { stopLeadDelivery } from "@/lib/leads/delivery";
import { changeRequest } from "@/lib/leads/work-store";
import { assignTo, setHolder } from "@/lib/staff/access/changes";
import { addStaff, listStaff, removeStaff } from "@/lib/staff/auth/accounts";
import { listAccess } from "@/lib/staff/data/access-log";
import { inboxPage, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { sendOwnerNotices } from "@/lib/staff/requests/owner-notice";
import { workState } from "@/lib/staff/requests/request";
import { callLead, restartServer } from "@/tests/unit/leads/fixtures";
import { seedLead } from "@/tests/unit/staff/pipeline/seed";
import { describeStaffOnEachEngine } from "@/tests/unit/staff/fixtures";

/**
 * Assigned is not calling (issue 23, item 8): a request's owner is kept apart from who is on the
 * phone with it now; "Mine" is what I own; a manager alone reassigns a colleague's request; the
 * assignee is told, naming no one, once, even when the mail server was down at the time.
 */
const RECEIVED = "2026-11-24T18:00:00Z";

async function team() {
  await addStaff({ email: "morgan@example.org", role: "manager", name: "Morgan Hale" });
  await addStaff({ email: "casey@example.org", role: "admissions", name: "Casey Moss" });
  await addStaff({ email: "jordan@example.org", role: "admissions", name: "Jordan Lee" });
  const members = await listStaff();
  const member = (email: string) => {
    const found = members.find((m) => m.email === email);
    if (!found) throw new Error(email);
    return found;
  };
  return { manager: member("morgan@example.org"), casey: member("casey@example.org"), jordan: member("jordan@example.org") };
}

const who = async (reference: string) => {
  const work = await workState(reference);
  return { owner: work?.ownerName, caller: work?.holderName, version: work?.version ?? -1 };
};

describeStaffOnEachEngine("a request's owner and who is calling", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  // The pass an assignment wakes sends the seeded requests' own emails too: only the notices count here.
  const notices = async () =>
    (await fs.readdir(path.join(getEnv().DATA_DIR, "mail")).catch(() => [] as string[])).filter((f) => f.startsWith("assigned-"));

  it("keeps the owner when calling ends, assigns without calling, and lets only a manager reassign a colleague's request", async () => {
    const { manager, casey, jordan } = await team();
    const lead = await seedLead(callLead(), RECEIVED);
    const ref = lead.reference;

    // "I'm calling" on a request nobody owns makes the caller its owner too; done calling keeps it.
    expect((await setHolder(jordan, ref, true, 0)).outcome).toBe("saved");
    expect(await who(ref)).toEqual({ owner: "Jordan Lee", caller: "Jordan Lee", version: 1 });
    expect((await setHolder(jordan, ref, false, 1)).outcome).toBe("saved");
    expect(await who(ref)).toEqual({ owner: "Jordan Lee", caller: undefined, version: 2 });

    // A coordinator keeps their own work: a colleague can't take it or give it away.
    expect(await assignTo(casey, ref, casey.id, 2)).toBe("not-allowed");
    expect(await assignTo(casey, ref, null, 2)).toBe("not-allowed");
    // Calling it is still open to anyone, and leaves the owner be.
    expect((await setHolder(casey, ref, true, 2)).outcome).toBe("saved");
    expect(await who(ref)).toEqual({ owner: "Jordan Lee", caller: "Casey Moss", version: 3 });

    // A manager reassigns: the owner changes, who is calling does not.
    expect(await assignTo(manager, ref, casey.id, 3)).toBe("saved");
    expect(await who(ref)).toEqual({ owner: "Casey Moss", caller: "Casey Moss", version: 4 });
    expect(await assignTo(manager, ref, jordan.id, 3)).toBe("conflict");
    expect((await setHolder(casey, ref, false, 4)).outcome).toBe("saved");
    expect(await who(ref)).toEqual({ owner: "Casey Moss", caller: undefined, version: 5 });
    // The owner may give their own request back.
    expect(await assignTo(casey, ref, null, 5)).toBe("saved");
    expect(await who(ref)).toEqual({ owner: undefined, caller: undefined, version: 6 });

    // An unowned request may be assigned by anyone, to themselves or a colleague.
    const other = await seedLead(callLead({ note: "other" }), RECEIVED);
    expect(await assignTo(casey, other.reference, jordan.id, 0)).toBe("saved");
    expect(await assignTo(jordan, other.reference, jordan.id, 1)).toBe("saved");

    const log = (await listAccess({ reference: ref })).reverse().map((e) => [e.actorEmail, e.action, e.detail]);
    expect(log).toEqual([
      ["jordan@example.org", "start-calling", null],
      ["jordan@example.org", "stop-calling", null],
      ["casey@example.org", "start-calling", null],
      ["morgan@example.org", "reassign-request", "colleague"],
      ["casey@example.org", "stop-calling", null],
      ["casey@example.org", "unassign-request", null],
    ]);
    const assigned = (await listAccess({ reference: other.reference })).reverse().map((e) => [e.action, e.detail]);
    expect(assigned).toEqual([
      ["assign-request", "colleague"],
      ["assign-request", "self"],
    ]);
  });

  it("'Mine' is what I own, whoever is calling it; a departing colleague's requests go back to nobody", async () => {
    const { manager, casey, jordan } = await team();
    const now = new Date("2026-11-24T19:00:00Z");
    const owned = await seedLead(callLead({ phone: "503-555-0120" }), RECEIVED);
    const calledOnly = await seedLead(callLead({ phone: "503-555-0121" }), RECEIVED);
    expect(await assignTo(manager, owned.reference, casey.id, 0)).toBe("saved");
    await stopLeadDelivery();
    expect((await setHolder(jordan, owned.reference, true, 1)).outcome).toBe("saved");
    expect(await assignTo(manager, calledOnly.reference, jordan.id, 0)).toBe("saved");
    await stopLeadDelivery();
    expect((await setHolder(casey, calledOnly.reference, true, 1)).outcome).toBe("saved");

    const mine = async (staffId: string) =>
      (await inboxPage(parseInboxFilter({ view: "mine" }), now, undefined, staffId)).items.map((i) => [
        i.reference,
        i.owner,
        i.holder,
      ]);
    expect(await mine(casey.id)).toEqual([[owned.reference, "Casey Moss", "Jordan Lee"]]);
    expect(await mine(jordan.id)).toEqual([[calledOnly.reference, "Jordan Lee", "Casey Moss"]]);

    await removeStaff("jordan@example.org");
    expect(await who(owned.reference)).toMatchObject({ owner: "Casey Moss", caller: undefined });
    expect(await who(calledOnly.reference)).toMatchObject({ owner: undefined, caller: "Casey Moss" });
    expect(await sendOwnerNotices(getEnv(), new Date(Date.now() + 3_600_000))).toEqual([]);
  });

  it("tells the assignee once, naming no one, and not when they assign themselves", async () => {
    const { manager, casey } = await team();
    const lead = await seedLead(callLead({ name: "Maria Lopez", phone: "503-555-0142" }), RECEIVED);
    expect(await assignTo(casey, lead.reference, casey.id, 0)).toBe("saved");
    await stopLeadDelivery();
    expect(await sendOwnerNotices(getEnv(), new Date())).toEqual([]);
    expect(await notices()).toEqual([]);

    expect(await assignTo(manager, lead.reference, manager.id, 1)).toBe("saved");
    expect(await assignTo(manager, lead.reference, casey.id, 2)).toBe("saved");
    // The assignment wakes the delivery pass, which sends it at once.
    await stopLeadDelivery();
    expect(await notices()).toEqual([`assigned-${lead.reference}.eml`]);
    const text = await fs.readFile(path.join(getEnv().DATA_DIR, "mail", `assigned-${lead.reference}.eml`), "utf8");
    expect(text).toContain("To: casey@example.org");
    expect(text).toContain(`https://www.example.org/staff/requests/${lead.reference}`);
    expect(text).not.toMatch(/Maria|Lopez|503.?555.?0142|insurance/i);
    // Once: later passes find nothing to send.
    expect(await sendOwnerNotices(getEnv(), new Date(Date.now() + 3_600_000))).toEqual([]);
  });

  it("keeps the notice while the mail server is down, and sends it on a later pass", async () => {
    const { manager, casey } = await team();
    const lead = await seedLead(callLead(), RECEIVED);
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:1");
    await restartServer();
    expect(await assignTo(manager, lead.reference, casey.id, 0)).toBe("saved");
    await stopLeadDelivery();
    expect(await sendOwnerNotices(getEnv(), new Date())).toEqual([]);
    expect(await notices()).toEqual([]);

    vi.stubEnv("SMTP_URL", "");
    await restartServer();
    // Not before its retry time (a send may still be under way on another server)…
    expect(await sendOwnerNotices(getEnv(), new Date())).toEqual([]);
    // …then once.
    const later = new Date(Date.now() + 120_000);
    expect(await sendOwnerNotices(getEnv(), later)).toEqual([lead.reference]);
    expect(await sendOwnerNotices(getEnv(), new Date(later.getTime() + 120_000))).toEqual([]);
    expect(await notices()).toEqual([`assigned-${lead.reference}.eml`]);
  });

  it("migration 008 makes whoever held a request its owner, so no assignment is lost", async () => {
    const env = getEnv();
    const kind = env.DATABASE_URL ? "postgres" : "sqlite";
    const db = new Kysely<unknown>({
      dialect:
        kind === "postgres"
          ? new PostgresDialect({ pool: new pg.Pool({ connectionString: env.DATABASE_URL }) })
          : new SqliteDialect({ database: new BetterSqlite(path.join(env.DATA_DIR, SQLITE_FILE)) }),
    });
    const before = Object.fromEntries(Object.entries(migrations(kind)).filter(([name]) => name !== "008_request_owner"));
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(error).toBeUndefined();
    await sql`INSERT INTO leads (reference, kind, received_at, source_page, values_json, phone_key, next_attempt_at, updated_at, holder_id)
      VALUES ('IOP-OLD1', 'call-request', 1, '/', '{}', 'k', 1, 1, 'casey'), ('IOP-OLD2', 'call-request', 1, '/', '{}', 'k', 1, 1, NULL)`.execute(
      db,
    );
    await db.destroy();

    const { db: migrated } = await database();
    const rows = await migrated.selectFrom("leads").select(["reference", "holder_id", "owner_id"]).orderBy("reference").execute();
    expect(rows).toEqual([
      { reference: "IOP-OLD1", holder_id: "casey", owner_id: "casey" },
      { reference: "IOP-OLD2", holder_id: null, owner_id: null },
    ]);
    expect(await changeRequest("IOP-OLD1", 0, { kind: "holder", holderId: null })).toBe("saved");
    expect((await migrated.selectFrom("leads").select("owner_id").where("reference", "=", "IOP-OLD1").executeTakeFirst())?.owner_id).toBe("casey");
  });
});
