import { COVERAGE_GLANCE } from "@/lib/eligibility/outcomes";
import type { CheckOutcome } from "@/lib/eligibility/types";

const TONES = {
  good: "bg-brand-700 text-white ring-brand-700",
  bad: "bg-danger-50 text-danger-700 ring-danger-700",
  call: "bg-warm-50 text-ink ring-warm-700",
  wait: "bg-white text-muted ring-line",
} as const;

/** An insurance request's latest eligibility check in a word or three, for the inbox row and the request page. */
export function CoverageGlance({ outcome }: { outcome: CheckOutcome }) {
  const { label, tone } = COVERAGE_GLANCE[outcome];
  return (
    <span data-coverage={outcome} className={`rounded px-2 py-0.5 font-semibold ring-1 ${TONES[tone]}`}>
      {label}
    </span>
  );
}
