import { fullTime } from "@/components/staff/relative-time";
import { dollars, VOB_CHOICES, type VobRecord } from "@/lib/staff/pipeline/vob";

/** The verification of benefits at the top of an insurance check: what the payer said, who checked, when. */
export function VobSummary({ vob, timeZone }: { vob?: VobRecord; timeZone: string }) {
  if (!vob) {
    return (
      <section aria-labelledby="vob-heading" className="rounded-lg border-2 border-dashed border-muted/60 bg-white p-4">
        <h2 id="vob-heading" className="text-xl font-bold">
          Verification of benefits
        </h2>
        <p className="mt-1 text-muted">Not verified yet. Record what the payer says below.</p>
      </section>
    );
  }
  const money = (cents?: number) => (cents === undefined ? "Not known" : dollars(cents));
  const met = (total?: number, done?: number) =>
    total === undefined && done === undefined ? "Not known" : `${money(total)} (met ${money(done)})`;
  const rows: Array<[string, string]> = [
    ["Payer and plan", vob.plan ? `${vob.payer}, ${vob.plan}` : vob.payer],
    ["Coverage", VOB_CHOICES.coverage[vob.coverage]],
    ["Network", VOB_CHOICES.network[vob.network]],
    ["Deductible", met(vob.deductible, vob.deductibleMet)],
    ["Out-of-pocket maximum", met(vob.oopMax, vob.oopMet)],
    ["IOP copay", money(vob.copay)],
    ["IOP coinsurance", vob.coinsurance === undefined ? "Not known" : `${vob.coinsurance}%`],
    ["Prior authorization", VOB_CHOICES.priorAuth[vob.priorAuth]],
    ["Payer reference", vob.payerReference ?? "None given"],
  ];
  return (
    <section aria-labelledby="vob-heading" className="rounded-lg border-2 border-brand-600 bg-white p-4">
      <h2 id="vob-heading" className="text-xl font-bold">
        Verification of benefits
      </h2>
      <p className="text-sm text-muted">
        Verified by {vob.verifiedByName},{" "}
        <time dateTime={new Date(vob.verifiedAt).toISOString()}>{fullTime(vob.verifiedAt, timeZone)}</time>
      </p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-muted">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
