import { expect, it } from "vitest";
import { vobValuesFromDraft } from "@/lib/eligibility/draft-vob";
import type { VobDraft } from "@/lib/eligibility/types";
import { eligibilityFigures } from "@/lib/staff/reports/eligibility-figures";

const draft: VobDraft = {
  outcome: "active",
  coverage: "active",
  network: "in",
  priorAuth: "no",
  notes: [],
  payerName: "AETNA",
  plan: "Open Access Aetna Select",
  deductibleCents: 150_000,
  deductibleMetCents: 180_000,
  copayCents: 4_000,
  traceNumber: "60054-123456789",
};

it("turns a draft into the VOB the form would accept: payer, amounts, the trace as the payer reference", () => {
  expect(vobValuesFromDraft(draft, "Aetna")).toMatchObject({
    payer: "AETNA",
    plan: "Open Access Aetna Select",
    coverage: "active",
    network: "in",
    deductible: 150_000,
    // A payer reporting more met than the deductible reads as all of it met, which the record can hold.
    deductibleMet: 150_000,
    copay: 4_000,
    priorAuth: "no",
    payerReference: "60054-123456789",
  });
  expect(vobValuesFromDraft({ ...draft, payerName: undefined, traceNumber: "has spaces" }, "Aetna")).toMatchObject({
    payer: "Aetna",
    payerReference: undefined,
  });
});

it("counts electronic VOBs among all insurance requests and takes the median and 90th percentile of the waits", () => {
  const row = (minutes: number | undefined, source = "x12-271") => ({
    receivedAt: 0,
    checked: true,
    vob: minutes === undefined ? undefined : { source, verifiedAt: minutes * 60_000 },
  });
  const figures = eligibilityFigures([row(1), row(2), row(3), row(60, "staff"), row(undefined), { receivedAt: 0, checked: false }]);
  expect(figures).toMatchObject({ requests: 6, checked: 5, electronic: 3, electronicShare: 0.5 });
  expect(figures.toConfirmed.all).toEqual({ count: 4, medianMs: 2 * 60_000, p90Ms: 60 * 60_000 });
  expect(figures.toConfirmed.electronic).toEqual({ count: 3, medianMs: 2 * 60_000, p90Ms: 3 * 60_000 });
  expect(figures.toConfirmed.byPhone).toEqual({ count: 1, medianMs: 60 * 60_000, p90Ms: 60 * 60_000 });
  expect(eligibilityFigures([]).electronicShare).toBeUndefined();
});
