import { expect, it } from "vitest";
import { checksFor } from "@/lib/eligibility/queue";
import { runDueChecks } from "@/lib/eligibility/worker";
import { getLead } from "@/lib/leads/store";
import { checkEligibilityAgain, confirmEligibility, saveVob } from "@/lib/staff/access/changes";
import { listAccess } from "@/lib/staff/data/access-log";
import { pipelineView } from "@/lib/staff/pipeline/pipeline-view";
import { vobSchema } from "@/lib/staff/pipeline/vob";
import { eligibilityReport } from "@/lib/staff/reports/eligibility-report";
import { eligibilityOf } from "@/lib/staff/requests/eligibility";
import { inboxPage, parseInboxFilter } from "@/lib/staff/requests/inbox";
import { FAKE_MEMBERS } from "@/tests/support/fake-clearinghouse";
import { describeEachEngine } from "@/tests/unit/leads/fixtures";
import { coordinator } from "@/tests/unit/staff/pipeline/seed";
import { fastClient, storeInsurance, useClearinghouse } from "./fixtures";

const run = () => runDueChecks({ client: fastClient });

async function eligibility(reference: string) {
  const [lead, pipeline] = await Promise.all([getLead(reference), pipelineView(reference)]);
  if (!lead) throw new Error("no lead");
  return eligibilityOf(lead, pipeline?.vob);
}

describeEachEngine("eligibility on the staff side", () => {
  it("shows the payer's draft, confirms it in one click as an electronic VOB with who confirmed, and logs each step", async () => {
    await useClearinghouse();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.active });
    expect(await eligibility(reference)).toMatchObject({ electronic: true, latest: { outcome: "pending" } });
    await run();

    const view = await eligibility(reference);
    expect(view?.latest).toMatchObject({
      outcome: "active",
      confirmed: false,
      draft: { coverage: "active", copayCents: 4_000, priorAuth: "yes" },
      formValues: { coverage: "active", copay: "40.00", priorAuth: "yes" },
    });
    const checkId = view?.latest?.id ?? 0;
    expect(await confirmEligibility(coordinator, reference, checkId, 5)).toBe("conflict");
    expect(await confirmEligibility(coordinator, reference, checkId + 1000, 0)).toBe("gone");
    expect(await confirmEligibility(coordinator, reference, checkId, 0)).toBe("saved");

    const [check] = await checksFor(reference);
    expect((await pipelineView(reference))?.vob).toMatchObject({
      coverage: "active",
      copay: 4_000,
      priorAuth: "yes",
      source: "x12-271",
      verifiedByName: "Jordan Lee",
      payerReference: check.traceNumber,
    });
    expect((await eligibility(reference))?.latest?.confirmed).toBe(true);
    const log = await listAccess({ reference });
    expect(log.map((e) => [e.action, e.detail])).toContainEqual(["confirm-vob", "active"]);
  });

  it("keeps a refusal in plain words, cannot confirm it, and checks again with a corrected member ID", async () => {
    const fake = await useClearinghouse();
    const reference = await storeInsurance({ memberId: FAKE_MEMBERS.notFound });
    await run();
    const refused = await eligibility(reference);
    expect(refused?.latest).toMatchObject({ outcome: "rejected", refusals: [{ kind: "member" }] });
    expect(refused?.latest?.draft).toBeUndefined();
    expect(await confirmEligibility(coordinator, reference, refused?.latest?.id ?? 0, 0)).toBe("gone");

    expect(await checkEligibilityAgain(coordinator, reference, { memberId: FAKE_MEMBERS.active })).toBe(true);
    expect((await eligibility(reference))?.latest).toMatchObject({ outcome: "pending", corrected: true });
    await run();
    expect((await eligibility(reference))?.latest).toMatchObject({ outcome: "active", corrected: true });
    expect(fake.requests.at(-1)).toMatchObject({ subscriber: { memberId: FAKE_MEMBERS.active } });
    expect((await listAccess({ reference })).map((e) => [e.action, e.detail])).toContainEqual([
      "check-eligibility",
      "corrected",
    ]);
    // Nothing to check electronically without a payer ID.
    const byPhone = await storeInsurance({ carrier: "bcbs" });
    expect(await checkEligibilityAgain(coordinator, byPhone, {})).toBe(false);
    expect(await eligibility(byPhone)).toEqual({ electronic: false, latest: undefined });
  });

  it("shows each insurance row's coverage at a glance, and the poll brings a row whose check finished since", async () => {
    await useClearinghouse();
    const active = await storeInsurance({ memberId: FAKE_MEMBERS.active });
    const carveOut = await storeInsurance({ memberId: FAKE_MEMBERS.carveOut });
    const first = await inboxPage(parseInboxFilter({}));
    const coverage = (page: typeof first) => Object.fromEntries(page.items.map((i) => [i.reference, i.coverage]));
    expect(coverage(first)).toMatchObject({ [active]: "pending", [carveOut]: "pending" });

    // Past the poll's margin for changes, so only a finished check brings a row back.
    const since = first.now + 60_000;
    expect((await inboxPage(parseInboxFilter({}), new Date(), since)).items).toEqual([]);
    await runDueChecks({ client: fastClient, now: new Date(since) });
    const later = await inboxPage(parseInboxFilter({}), new Date(since + 1_000), since);
    expect(coverage(later)).toEqual({ [active]: "active", [carveOut]: "carve-out" });
  });

  it("reports the share verified electronically and the time to a confirmed VOB", async () => {
    await useClearinghouse();
    const from = new Date(Date.now() - 60_000);
    const electronic = await storeInsurance({ memberId: FAKE_MEMBERS.active });
    const typed = await storeInsurance({ carrier: "bcbs" });
    await storeInsurance({ memberId: FAKE_MEMBERS.inactive });
    await run();
    const [check] = await checksFor(electronic);
    expect(await confirmEligibility(coordinator, electronic, check.id, 0, undefined, Date.now() + 120_000)).toBe("saved");
    expect(await saveVob(coordinator, typed, vobSchema.parse({ payer: "BCBS" }), 0, undefined, Date.now() + 3_600_000)).toBe("saved");

    const figures = await eligibilityReport(from, new Date(Date.now() + 60_000));
    expect(figures).toMatchObject({ requests: 3, checked: 2, electronic: 1, electronicShare: 1 / 3 });
    expect(figures.toConfirmed.all.count).toBe(2);
    expect(figures.toConfirmed.electronic.medianMs).toBeGreaterThanOrEqual(120_000);
    expect(figures.toConfirmed.electronic.medianMs).toBeLessThan(180_000);
    expect(figures.toConfirmed.byPhone.medianMs).toBeGreaterThanOrEqual(3_600_000);
    expect(figures.toConfirmed.all.p90Ms).toBe(figures.toConfirmed.byPhone.medianMs);
  });
});
