import { spawnSync } from "node:child_process";
import { expect, it, vi } from "vitest";
import { closeDatabase } from "@/lib/db/connection";
import { checksFor, claimDueChecks } from "@/lib/eligibility/queue";
import { runDueChecks } from "@/lib/eligibility/worker";
import { receiveLead, stopLeadDelivery } from "@/lib/leads/delivery";
import { getLead } from "@/lib/leads/store";
import { FAKE_MEMBERS } from "@/tests/support/fake-clearinghouse";
import { describeEachEngine, describeOnEngine, insuranceLead } from "@/tests/unit/leads/fixtures";
import { fastClient, storeInsurance, useClearinghouse } from "./fixtures";

describeEachEngine("the visitor's request and its check", () => {
  it("is stored and answered without waiting for a clearinghouse that never answers; the check runs after", async () => {
    const fake = await useClearinghouse({ ELIGIBILITY_TIMEOUT_SECONDS: "30" });
    const started = Date.now();
    const received = await receiveLead(insuranceLead({ memberId: FAKE_MEMBERS.timeout }));
    // Far below one try's 30 s timeout: nothing about the check happens before the visitor's answer.
    expect(Date.now() - started).toBeLessThan(10_000);
    if (received.outcome !== "stored") throw new Error(received.outcome);
    expect((await getLead(received.reference))?.kind).toBe("insurance-check");
    await vi.waitFor(() => expect(fake.hits("timeout")).toBe(1), { timeout: 15_000, interval: 20 });
    expect(await checksFor(received.reference)).toMatchObject([{ outcome: "pending" }]);

    // A server stopping mid-check gives it back at once, unattempted, for the next server.
    const stopping = Date.now();
    await stopLeadDelivery();
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(await checksFor(received.reference)).toMatchObject([{ outcome: "pending", attempts: 0 }]);
    expect(await claimDueChecks("another-server", new Date(), 30_000, 4)).toMatchObject([
      { reference: received.reference },
    ]);
  });
});

describeOnEngine("sqlite", "npm run leads with eligibility checks", (store) => {
  it("exports the payer's answer with the request, and deletes it with the request", async () => {
    await useClearinghouse();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.carveOut });
    await runDueChecks({ client: fastClient });
    await closeDatabase();
    const leads = (args: string[]) =>
      spawnSync(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/leads.ts", ...args], {
        encoding: "utf8",
        env: { NODE_ENV: "test", PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: store.dataDir },
      });

    const exported = leads(["export", reference]);
    expect(exported.status).toBe(0);
    const json = JSON.parse(exported.stdout) as {
      eligibilityChecks: Array<{
        outcome: string;
        rawAnswer: string;
        result: { draft: { carveOut: { name: string } } };
      }>;
    };
    expect(json.eligibilityChecks).toHaveLength(1);
    expect(json.eligibilityChecks[0]).toMatchObject({
      outcome: "carve-out",
      result: { draft: { carveOut: { name: "BRIGHTPATH BEHAVIORAL HEALTH" } } },
    });
    expect(json.eligibilityChecks[0].rawAnswer).toContain(FAKE_MEMBERS.carveOut);
    expect(exported.stderr).toContain("1 eligibility check(s) with the payer's answers");

    expect(leads(["delete", reference]).stdout).toContain("card photos and eligibility checks");
    expect(await checksFor(reference)).toEqual([]);
  }, 60_000);
});
