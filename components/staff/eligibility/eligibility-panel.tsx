import { CheckAgainForm } from "@/components/staff/eligibility/check-again-form";
import { CoverageGlance } from "@/components/staff/eligibility/coverage-glance";
import { RefreshWhilePending } from "@/components/staff/eligibility/refresh-while-pending";
import { fullTime } from "@/components/staff/relative-time";
import { confirmEligibilityAction } from "@/lib/actions/staff/eligibility";
import { ELIGIBILITY_NOTICES, type EligibilityNotice } from "@/lib/eligibility/correction";
import { SERVICE_TYPE_NAMES } from "@/lib/eligibility/outcomes";
import type { VobDraft } from "@/lib/eligibility/types";
import { formatUsPhone } from "@/lib/phone";
import { dollars } from "@/lib/staff/pipeline/vob";
import type { CheckView, EligibilityView } from "@/lib/staff/requests/eligibility";

/**
 * The payer's answer to the real-time eligibility check, above the VOB: a draft "from the payer,
 * at <time>" that a coordinator confirms in one click (or corrects in the VOB form below, which
 * starts from it), a refusal in plain words with what to try next, or the check still running.
 */
export function EligibilityPanel({
  reference,
  version,
  eligibility,
  notice,
  timeZone,
}: {
  reference: string;
  version: number;
  eligibility: EligibilityView;
  notice?: EligibilityNotice;
  timeZone: string;
}) {
  const { latest, electronic } = eligibility;
  if (!latest && !electronic) return null;
  return (
    <section id="eligibility" aria-labelledby="eligibility-heading" className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-line">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="eligibility-heading" className="text-xl font-bold">
          Benefits from the payer
        </h2>
        {latest ? <CoverageGlance outcome={latest.outcome} /> : null}
      </div>
      {notice ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-semibold">
          {ELIGIBILITY_NOTICES[notice]}
        </p>
      ) : null}
      {latest ? <CheckState check={latest} reference={reference} version={version} timeZone={timeZone} /> : (
        <p className="text-muted">No electronic check has run for this request.</p>
      )}
      {electronic && latest?.outcome !== "pending" ? (
        <details>
          <summary className="cursor-pointer font-semibold text-brand-800 underline">
            Check again (after correcting the member ID or date of birth)
          </summary>
          <div className="mt-3">
            <CheckAgainForm reference={reference} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

function CheckState({ check, reference, version, timeZone }: { check: CheckView; reference: string; version: number; timeZone: string }) {
  const at = (ms: number) => <time dateTime={new Date(ms).toISOString()}>{fullTime(ms, timeZone)}</time>;
  if (check.outcome === "pending")
    return (
      <div role="status" className="space-y-1">
        <p>Checking with the payer{check.corrected ? " with your correction" : ""}, asked {at(check.requestedAt)}.</p>
        {check.failure ? (
          <p className="text-muted">
            Not answered yet: {check.failure} It will try again by itself (attempt {check.attempts} of 5 so far); verify by phone if the family is waiting.
          </p>
        ) : null}
        <RefreshWhilePending />
      </div>
    );
  if (check.draft)
    return (
      <div className="space-y-3">
        <p className="text-sm text-muted">
          VOB draft from the payer, at {at(check.completedAt ?? check.requestedAt)}. Read it, then confirm it or correct it below.
        </p>
        <DraftDetails draft={check.draft} />
        {check.confirmed ? (
          <p className="font-semibold">Confirmed: it is the verification of benefits below.</p>
        ) : (
          <form action={confirmEligibilityAction}>
            <input type="hidden" name="reference" value={reference} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="check" value={check.id} />
            <button type="submit" className="btn-primary">
              Confirm these benefits
            </button>
          </form>
        )}
      </div>
    );
  if (check.refusals?.length)
    return (
      <div className="space-y-2">
        <p className="text-sm text-muted">The payer refused the check, at {at(check.completedAt ?? check.requestedAt)}.</p>
        <ul className="space-y-2">
          {check.refusals.map((refusal) => (
            <li key={refusal.code} className="rounded-lg border-2 border-danger-700 bg-danger-50 p-3">
              <p className="font-semibold text-danger-700">{refusal.words}</p>
              <p>
                <strong>What to try:</strong> {refusal.next}
              </p>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="rounded-lg border-2 border-danger-700 bg-danger-50 p-3">
      <p className="font-semibold text-danger-700">{check.failure ?? "The check could not be completed."}</p>
      <p>
        <strong>What to try:</strong> verify by phone with the card in hand, or check again later.
      </p>
    </div>
  );
}

function DraftDetails({ draft }: { draft: VobDraft }) {
  const money = (cents?: number) => (cents === undefined ? "Not given" : dollars(cents));
  const met = (total?: number, done?: number) =>
    total === undefined && done === undefined ? "Not given" : `${money(total)} (met ${money(done)})`;
  const dates = [draft.coverageBegins && `from ${draft.coverageBegins}`, draft.coverageEnds && `to ${draft.coverageEnds}`].filter(Boolean).join(" ");
  const cost = [
    draft.copayCents !== undefined ? `${dollars(draft.copayCents)} copay` : undefined,
    draft.coinsurancePercent !== undefined ? `${draft.coinsurancePercent}% coinsurance` : undefined,
  ].filter(Boolean);
  const rows: Array<[string, string]> = [
    ["Coverage", `${{ active: "Active", inactive: "Not active", unknown: "Not known" }[draft.coverage]}${dates ? ` ${dates}` : ""}`],
    ["Payer", draft.payerName ?? "Not given"],
    ["Plan and group", [draft.plan, draft.groupName, draft.groupNumber && `group ${draft.groupNumber}`].filter(Boolean).join(", ") || "Not given"],
    ["Network", { in: "In network", out: "Out of network", unknown: "The payer did not say" }[draft.network]],
    ["Deductible", met(draft.deductibleCents, draft.deductibleMetCents)],
    ["Out-of-pocket maximum", met(draft.oopMaxCents, draft.oopMetCents)],
    [
      "Outpatient SUD/MH cost",
      cost.length
        ? `${cost.join(", ")}${draft.costServiceType ? ` (${SERVICE_TYPE_NAMES[draft.costServiceType] ?? draft.costServiceType})` : ""}`
        : "Not given",
    ],
    ["Prior authorization", { yes: "Needed", no: "Not needed", unknown: "The payer did not say" }[draft.priorAuth]],
  ];
  return (
    <>
      {draft.carveOut ? (
        <div className="rounded-lg border-2 border-warm-700 bg-warm-50 p-3">
          <p className="font-semibold">
            Carve-out: {draft.carveOut.name} manages the behavioral-health benefits. Call them, not the medical payer.
          </p>
          {draft.carveOut.phone ? (
            <p>
              Phone:{" "}
              <a href={`tel:${draft.carveOut.phone}`} className="font-semibold text-brand-800 underline">
                {formatUsPhone(draft.carveOut.phone)}
              </a>
            </p>
          ) : null}
          {draft.carveOut.memberId ? <p>Their member ID: {draft.carveOut.memberId}</p> : null}
        </div>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-muted">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {draft.notes.length ? (
        <div>
          <p className="text-sm font-semibold text-muted">The payer&apos;s remarks</p>
          <ul className="list-disc pl-5">
            {draft.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
