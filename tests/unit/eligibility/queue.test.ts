import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { afterEach, expect, it, vi } from "vitest";
import { closeDatabase } from "@/lib/db/connection";
import { checksFor, claimDueChecks, finishCheck, requestCheckAgain } from "@/lib/eligibility/queue";
import { MAX_ATTEMPTS, runDueChecks } from "@/lib/eligibility/worker";
import { purgeExpired } from "@/lib/leads/delivery";
import { deleteLead, storeLead } from "@/lib/leads/store";
import { getEnv } from "@/lib/env";
import { FAKE_MEMBERS } from "@/tests/support/fake-clearinghouse";
import {
  callLead,
  describeEachEngine,
  describeOnEngine,
  insuranceLead,
  loggedText,
  restartServer,
} from "@/tests/unit/leads/fixtures";
import { fastClient, storeInsurance, useClearinghouse } from "./fixtures";

const run = (now?: Date) => runDueChecks({ now, client: fastClient });
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describeEachEngine("the eligibility queue", () => {
  it("queues a check with an insurance request, only when a clearinghouse is configured and the plan has a payer ID", async () => {
    const aetna = await storeInsurance({ carrier: "aetna" });
    expect(await checksFor(aetna)).toEqual([]);

    await useClearinghouse();
    const queued = await storeInsurance({ carrier: "aetna" });
    const byPhone = await storeInsurance({ carrier: "bcbs" });
    const declined = await storeInsurance({ carrier: "other", carrierOther: "Acme Health" });
    const call = await storeLead(callLead(), new Date());
    expect(await checksFor(queued)).toMatchObject([
      { outcome: "pending", payerId: "60054", attempts: 0, corrected: false },
    ]);
    for (const reference of [byPhone, declined, call.outcome === "stored" ? call.reference : ""])
      expect(await checksFor(reference)).toEqual([]);

    // The same form sent twice is one request, and one check.
    const input = insuranceLead({ phone: "503-555-0199" });
    const first = await storeLead(input, new Date());
    const again = await storeLead({ ...input, tokenNonce: `${input.tokenNonce}-again` }, new Date());
    expect(again).toMatchObject({ outcome: "duplicate" });
    expect(await checksFor(first.outcome === "stored" ? first.reference : "")).toHaveLength(1);
  });

  it("keeps the VOB draft, the trace and the raw answer, and logs no identifier or benefit", async () => {
    const fake = await useClearinghouse();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.active });
    expect(await run()).toEqual([{ reference, outcome: "active" }]);

    const [check] = await checksFor(reference);
    expect(check).toMatchObject({
      outcome: "active",
      attempts: 1,
      traceNumber: expect.stringMatching(/^60054-\d{9}$/),
      completedAt: expect.any(Date),
    });
    expect(check.result).toMatchObject({
      kind: "benefits",
      draft: { coverage: "active", copayCents: 4_000, priorAuth: "yes" },
    });
    expect(check.rawAnswer).toContain(FAKE_MEMBERS.active);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      tradingPartnerServiceId: "60054",
      provider: { organizationName: "Lumen Ridge Recovery", npi: "1999999984" },
    });

    const log = loggedText();
    expect(log).toMatch(new RegExp(`eligibility check ${reference} answered in \\d+\\.\\ds`));
    for (const secret of [
      FAKE_MEMBERS.active,
      "Lopez",
      "LOPEZ",
      "Daniel",
      "1970",
      "2001",
      "AETNA",
      "OPEN ACCESS",
      "4000",
      "40.00",
      "active",
      "0867530",
    ]) {
      expect(log).not.toContain(secret);
    }
  });

  it("records each outcome staff see at a glance, and the payer's refusals in plain words", async () => {
    await useClearinghouse();
    const expected = {
      inactive: "inactive",
      carveOut: "carve-out",
      notCovered: "needs-call",
      notFound: "rejected",
      wrongBirthDate: "rejected",
      payerDown: "rejected",
      providerRefused: "rejected",
    } as const;
    const references = new Map<string, string>();
    for (const scenario of Object.keys(expected) as Array<keyof typeof expected>) {
      references.set(await storeInsurance({ memberId: FAKE_MEMBERS[scenario] }), expected[scenario]);
    }
    const ran = await run();
    expect(new Map(ran.map((r) => [r.reference, r.outcome]))).toEqual(references);
    const refused = [...references].filter(([, outcome]) => outcome === "rejected").map(([reference]) => reference);
    const kinds = await Promise.all(refused.map(async (reference) => (await checksFor(reference))[0].result));
    expect(kinds.map((r) => r?.kind === "rejected" && r.refusals.map((x) => x.kind))).toEqual([
      ["member"],
      ["birth-date"],
      ["payer-unavailable"],
      ["provider"],
    ]);
    expect(loggedText()).toMatch(/refused by the payer \(AAA 71\)/);
  });

  it("backs off from a clearinghouse that is down, pauses the other checks meanwhile, and gives up after the cap", async () => {
    const fake = await useClearinghouse();
    const start = new Date();
    const failing = await Promise.all(
      [1, 2, 3, 4].map((i) => storeInsurance({ memberId: `${FAKE_MEMBERS.failing}${i}` }, start)),
    );
    const waiting = await storeInsurance({ memberId: FAKE_MEMBERS.active }, at(start, 1));

    const first = await run(at(start, 2));
    expect(first.map((r) => r.reference).sort()).toEqual([...failing].sort());
    expect(first.every((r) => r.outcome === "pending" && r.retryable && r.failure === "server-error")).toBe(true);
    expect(await checksFor(failing[0])).toMatchObject([{ outcome: "pending", attempts: 1, lastError: "server-error" }]);
    // Paused: the next check waits in the database, and nothing more goes out.
    expect(await run(at(start, 10_000))).toEqual([]);
    expect(fake.requests).toHaveLength(4);
    expect(await checksFor(waiting)).toMatchObject([{ outcome: "pending", attempts: 0 }]);

    let clock = at(start, 2);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS + 1; attempt++) {
      clock = at(clock, 16 * 60_000);
      await run(clock);
    }
    for (const reference of failing) {
      expect(await checksFor(reference)).toMatchObject([
        { outcome: "failed", attempts: MAX_ATTEMPTS, lastError: "server-error" },
      ]);
    }
    expect(fake.hits("failing")).toBe(4 * MAX_ATTEMPTS);
    expect(await checksFor(waiting)).toMatchObject([{ outcome: "active" }]);
    expect(loggedText()).toMatch(
      new RegExp(`${failing[0]} failed \\(server-error\\) after ${MAX_ATTEMPTS} attempt\\(s\\): staff verify by phone`),
    );
    expect(loggedText()).toMatch(
      /eligibility checks paused for 30s: the clearinghouse is not answering \(server-error\)/,
    );
  });

  it("waits ELIGIBILITY_RETRY_FIRST_SECONDS after a failure, then twice that, before trying again", async () => {
    const fake = await useClearinghouse({ ELIGIBILITY_RETRY_FIRST_SECONDS: "5" });
    const start = new Date();
    const failing = await storeInsurance({ memberId: FAKE_MEMBERS.failing }, start);
    expect(await run(at(start, 1))).toMatchObject([{ reference: failing, outcome: "pending", retryable: true }]);
    expect(loggedText()).toMatch(/eligibility checks paused for 5s/);
    expect(await run(at(start, 5_000))).toEqual([]);
    expect(await run(at(start, 5_002))).toMatchObject([{ reference: failing, outcome: "pending", retryable: true }]);
    expect(loggedText()).toMatch(/eligibility checks paused for 10s/);
    expect(await run(at(start, 15_001))).toEqual([]);
    expect(await run(at(start, 15_003))).toHaveLength(1);
    expect(fake.hits("failing")).toBe(3);
  });

  it("times out a payer that never answers, and counts it as an attempt", async () => {
    await useClearinghouse({ ELIGIBILITY_TIMEOUT_SECONDS: "0.2" });
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.timeout });
    await run();
    expect(await checksFor(reference)).toMatchObject([{ outcome: "pending", attempts: 1, lastError: "timeout" }]);
  });

  it("a slow payer holds back no check behind it: each check that ends frees its slot for the next", async () => {
    // Batches of four waited for their slowest: the fifth check went out only after the slow one answered.
    await useClearinghouse({}, (scenario) => (scenario === "inactive" ? 1_500 : 0));
    const slow = await storeInsurance({ memberId: FAKE_MEMBERS.inactive });
    const quick = await Promise.all(
      Array.from({ length: 6 }, (_, i) => storeInsurance({ memberId: `${FAKE_MEMBERS.active}${i}` })),
    );
    await run();
    const [slowCheck] = await checksFor(slow);
    for (const reference of quick) {
      const [check] = await checksFor(reference);
      expect(check.outcome).toBe("active");
      expect(check.completedAt!.getTime()).toBeLessThan(slowCheck.completedAt!.getTime());
    }
  });

  it("two workers at once run each check exactly once", async () => {
    const fake = await useClearinghouse();
    const references = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        storeInsurance({ memberId: `${FAKE_MEMBERS.active}${String(i).padStart(2, "0")}` }),
      ),
    );
    const [one, two] = await Promise.all([run(), run()]);
    expect([...one, ...two].map((r) => r.reference).sort()).toEqual([...references].sort());
    const asked = fake.requests.map((r) => r.subscriber.memberId);
    expect(asked).toHaveLength(12);
    expect(new Set(asked).size).toBe(12);
    for (const reference of references)
      expect(await checksFor(reference)).toMatchObject([{ outcome: "active", attempts: 1 }]);
  });

  it("a lease that ran out is taken over, and the first holder can no longer write", async () => {
    await useClearinghouse();
    const start = new Date();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.active }, start);
    const [mine] = await claimDueChecks("server-a", start, 1_000, 4);
    expect(await claimDueChecks("server-b", at(start, 500), 1_000, 4)).toEqual([]);
    const [theirs] = await claimDueChecks("server-b", at(start, 1_500), 1_000, 4);
    expect(theirs.id).toBe(mine.id);
    await finishCheck(mine.id, "server-a", { outcome: "failed", at: at(start, 1_600), error: "timeout" });
    expect(await checksFor(reference)).toMatchObject([{ outcome: "pending" }]);
    await finishCheck(theirs.id, "server-b", { outcome: "needs-call", at: at(start, 1_700) });
    expect(await checksFor(reference)).toMatchObject([{ outcome: "needs-call" }]);
  });

  it("checks again with the member ID and date of birth a coordinator corrected", async () => {
    const fake = await useClearinghouse();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.wrongBirthDate, carrier: "cigna" });
    await run();
    expect(
      await requestCheckAgain(
        reference,
        "cigna",
        { memberId: FAKE_MEMBERS.active, dateOfBirth: "2001-04-24" },
        new Date(),
      ),
    ).toBe(true);
    // Corrected again before it ran: still one pending check, with the latest correction.
    expect(
      await requestCheckAgain(
        reference,
        "cigna",
        { memberId: FAKE_MEMBERS.active, dateOfBirth: "2001-04-25" },
        new Date(),
      ),
    ).toBe(true);
    expect((await checksFor(reference)).map((c) => [c.outcome, c.corrected])).toEqual([
      ["pending", true],
      ["rejected", false],
    ]);
    await run();
    expect(fake.requests.at(-1)).toMatchObject({
      tradingPartnerServiceId: "62308",
      subscriber: { memberId: FAKE_MEMBERS.active },
      dependents: [{ dateOfBirth: "20010425" }],
    });
    expect((await checksFor(reference))[0].outcome).toBe("active");
    expect(await requestCheckAgain(reference, "bcbs", {}, new Date())).toBe(false);
  });

  it("goes with the request: deleted, purged by retention", async () => {
    await useClearinghouse();
    const deleted = await storeInsurance({ memberId: FAKE_MEMBERS.active });
    const old = await storeInsurance({ memberId: FAKE_MEMBERS.active }, new Date(Date.now() - 200 * 86_400_000));
    await run();
    expect(await deleteLead(deleted)).toBe(true);
    expect(await checksFor(deleted)).toEqual([]);
    await purgeExpired(getEnv(), new Date());
    expect(await checksFor(old)).toEqual([]);
  });

  it("sends nothing once the clearinghouse is unconfigured, and leaves queued checks for when it is back", async () => {
    const fake = await useClearinghouse();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.active });
    vi.stubEnv("ELIGIBILITY_API_URL", "");
    vi.stubEnv("ELIGIBILITY_API_KEY", "");
    await restartServer();
    expect(await run()).toEqual([]);
    expect(fake.requests).toHaveLength(0);
    expect(await checksFor(reference)).toMatchObject([{ outcome: "pending" }]);
  });
});

/** Two real server processes (tests/support/lead-worker.ts) draining one queue on PostgreSQL. */
const workers: ChildProcess[] = [];
afterEach(() => {
  for (const worker of workers.splice(0)) worker.kill("SIGKILL");
  answered.length = 0;
});

/** Checks each worker answered, from its log lines. */
const answered: number[] = [];

function startWorker(): Promise<ChildProcess> {
  const index = answered.push(0) - 1;
  const worker = spawn(
    process.execPath,
    ["--conditions", "react-server", "--import", "tsx", "tests/support/lead-worker.ts", "deliver"],
    {
      env: { ...process.env, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  workers.push(worker);
  return new Promise((resolve, reject) => {
    worker.once("exit", (code) => reject(new Error(`worker exited early (${code})`)));
    readline.createInterface({ input: worker.stdout! }).on("line", (line) => {
      if (line === "ready") resolve(worker);
      if (/^eligibility check LR-\S+ answered/.test(line)) answered[index] += 1;
    });
  });
}

describeOnEngine("postgres", "two servers on one PostgreSQL database", () => {
  it("check each insurance request with the clearinghouse exactly once", async () => {
    // A payer's pace, so both servers are at it together.
    const fake = await useClearinghouse({}, 150);
    const references = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        storeInsurance({ memberId: `${FAKE_MEMBERS.active}${String(i).padStart(2, "0")}` }),
      ),
    );
    await closeDatabase();

    await Promise.all([startWorker(), startWorker()]);
    await vi.waitFor(async () => expect(fake.requests).toHaveLength(24), { timeout: 60_000, interval: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const asked = fake.requests.map((r) => r.subscriber.memberId);
    expect(new Set(asked).size).toBe(24);
    expect(asked).toHaveLength(24);
    for (const reference of references)
      expect(await checksFor(reference)).toMatchObject([{ outcome: "active", attempts: 1 }]);
    expect(answered.reduce((a, b) => a + b)).toBe(24);
  }, 90_000);
});
