"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { checkAgainAction } from "@/lib/actions/staff/eligibility";
import type { CheckAgainState, CorrectionField } from "@/lib/eligibility/correction";

const FIELDS: Array<{ name: CorrectionField; label: string; type: "text" | "date" }> = [
  { name: "memberId", label: "Corrected member ID (optional)", type: "text" },
  { name: "dateOfBirth", label: "Corrected date of birth of the patient (optional)", type: "date" },
];

/** Re-runs the check, with the member ID or date of birth corrected; blank fields keep what the visitor sent. */
export function CheckAgainForm({ reference }: { reference: string }) {
  const [state, action, pending] = useActionState(checkAgainAction, { values: {} } satisfies CheckAgainState);
  return (
    <form key={JSON.stringify(state)} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((field) => {
          const error = state.errors?.[field.name];
          return (
            <div key={field.name}>
              <label htmlFor={`check-${field.name}`} className="block font-semibold">
                {field.label}
              </label>
              <input
                id={`check-${field.name}`}
                name={field.name}
                type={field.type}
                autoComplete="off"
                defaultValue={state.values[field.name] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `check-${field.name}-error` : undefined}
                className={inputClass}
              />
              {error ? (
                <p id={`check-${field.name}-error`} className="mt-1 text-sm font-semibold text-danger-700">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="submit" className="btn-secondary" aria-disabled={pending}>
        {pending ? "Asking the payer…" : "Check again"}
      </button>
    </form>
  );
}
