"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { vobAction } from "@/lib/actions/staff/pipeline";
import type { VobFormState } from "@/lib/staff/pipeline/pipeline-forms";
import { VOB_CHOICES, type VobField } from "@/lib/staff/pipeline/vob";

const TEXT_FIELDS: Array<{ name: VobField; label: string; hint?: string; inputMode?: "decimal" | "numeric" }> = [
  { name: "payer", label: "Payer" },
  { name: "plan", label: "Plan (optional)" },
  { name: "deductible", label: "Deductible, $ (optional)", inputMode: "decimal" },
  { name: "deductibleMet", label: "Deductible met so far, $ (optional)", inputMode: "decimal" },
  { name: "oopMax", label: "Out-of-pocket maximum, $ (optional)", inputMode: "decimal" },
  { name: "oopMet", label: "Out-of-pocket met so far, $ (optional)", inputMode: "decimal" },
  { name: "copay", label: "IOP copay per day, $ (optional)", inputMode: "decimal" },
  { name: "coinsurance", label: "IOP coinsurance, % (optional)", inputMode: "numeric" },
  { name: "payerReference", label: "Payer reference number (optional)" },
];

const CHOICE_FIELDS = [
  { name: "coverage", label: "Coverage", options: VOB_CHOICES.coverage },
  { name: "network", label: "Network", options: VOB_CHOICES.network },
  { name: "priorAuth", label: "Prior authorization", options: VOB_CHOICES.priorAuth },
] as const;

/** Records or replaces the VOB, against the version the page showed. Blank amounts stay "not known". */
export function VobForm({ reference, version, initial }: { reference: string; version: number; initial: VobFormState["values"] }) {
  const [state, action, pending] = useActionState(vobAction, { values: initial } satisfies VobFormState);
  const error = (name: VobField) => state.errors?.[name];
  return (
    // Drawn afresh for each answer: React resets a form after its action, and an uncontrolled
    // select or radio group would fall back to what it showed first, not what was sent.
    <form key={JSON.stringify(state)} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="reference" value={reference} />
      {/* After a conflict the answer knows a newer version than the page may yet show. */}
      <input type="hidden" name="version" value={Math.max(version, state.version ?? 0)} />
      {state.message ? (
        <p role="alert" className="rounded-lg border-2 border-danger-700 bg-danger-50 p-3 font-semibold text-danger-700">
          {state.message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`vob-${field.name}`} className="block font-semibold">
              {field.label}
            </label>
            <input
              id={`vob-${field.name}`}
              name={field.name}
              type="text"
              inputMode={field.inputMode}
              defaultValue={state.values[field.name] ?? ""}
              aria-invalid={error(field.name) ? true : undefined}
              aria-describedby={error(field.name) ? `vob-${field.name}-error` : undefined}
              className={inputClass}
            />
            {error(field.name) ? (
              <p id={`vob-${field.name}-error`} className="mt-1 text-sm font-semibold text-danger-700">
                {error(field.name)}
              </p>
            ) : null}
          </div>
        ))}
        {CHOICE_FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`vob-${field.name}`} className="block font-semibold">
              {field.label}
            </label>
            <select
              id={`vob-${field.name}`}
              name={field.name}
              defaultValue={state.values[field.name] ?? "unknown"}
              aria-invalid={error(field.name) ? true : undefined}
              aria-describedby={error(field.name) ? `vob-${field.name}-error` : undefined}
              className={inputClass}
            >
              {Object.entries(field.options).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            {error(field.name) ? (
              <p id={`vob-${field.name}-error`} className="mt-1 text-sm font-semibold text-danger-700">
                {error(field.name)}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <button type="submit" className="btn-primary" aria-disabled={pending}>
        {pending ? "Saving…" : "Save verification"}
      </button>
    </form>
  );
}
