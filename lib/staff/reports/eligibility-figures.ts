import { percentile } from "@/lib/staff/reports/speed";

/**
 * The eligibility figures of the admissions report, for the insurance requests received in the
 * period: how many were checked with the payer electronically, the share whose VOB was confirmed
 * from the payer's answer, and the time from the request to a confirmed VOB (median and 90th
 * percentile), in all and by how it was verified. Pure; the queries are in eligibility-report.ts.
 */
export type EligibilityRow = {
  receivedAt: number;
  checked: boolean;
  vob?: { source: string; verifiedAt: number };
};

type Wait = { count: number; medianMs?: number; p90Ms?: number };

export type EligibilityFigures = {
  requests: number;
  checked: number;
  electronic: number;
  /** Share of the insurance requests whose VOB was confirmed from the payer's electronic answer. */
  electronicShare?: number;
  toConfirmed: { all: Wait; electronic: Wait; byPhone: Wait };
};

/** The VOB source a confirmed X12 271 answer is saved with (lib/staff/access/changes.ts, confirmEligibility). */
const ELECTRONIC = "x12-271";

function waits(rows: readonly EligibilityRow[]): Wait {
  const sorted = rows
    .flatMap((r) => (r.vob ? [Math.max(0, r.vob.verifiedAt - r.receivedAt)] : []))
    .sort((a, b) => a - b);
  return { count: sorted.length, medianMs: percentile(sorted, 50), p90Ms: percentile(sorted, 90) };
}

export function eligibilityFigures(rows: readonly EligibilityRow[]): EligibilityFigures {
  const electronic = rows.filter((r) => r.vob?.source === ELECTRONIC);
  return {
    requests: rows.length,
    checked: rows.filter((r) => r.checked).length,
    electronic: electronic.length,
    electronicShare: rows.length ? electronic.length / rows.length : undefined,
    toConfirmed: {
      all: waits(rows),
      electronic: waits(electronic),
      byPhone: waits(rows.filter((r) => r.vob && r.vob.source !== ELECTRONIC)),
    },
  };
}
