"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { correctAction } from "@/lib/actions/staff/pipeline";
import type { CorrectionFormState } from "@/lib/staff/pipeline/pipeline-forms";
import { stageLabels, type Stage } from "@/lib/staff/pipeline/stages";
import { CORRECTION_REASON_MAX } from "@/lib/staff/pipeline/undo";

/** A manager's "Correct the record": the stage the request really reached, and why. */
export function CorrectRecordForm({
  reference,
  version,
  stages,
}: {
  reference: string;
  version: number;
  stages: Stage[];
}) {
  const [state, action, pending] = useActionState(correctAction, { values: {} } satisfies CorrectionFormState);
  const { errors = {}, values } = state;
  return (
    // Open after an answer, so an error (or the typed reason) is not hidden in a fold.
    <details open={state.errors || state.message ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-brand-800 underline">Correct the record…</summary>
      {/* Drawn afresh for each answer, so the select shows what was sent. */}
      <form key={JSON.stringify(state)} action={action} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="version" value={Math.max(version, state.version ?? 0)} />
        {state.message ? (
          <p
            role="alert"
            className="rounded-lg border-2 border-danger-700 bg-danger-50 p-3 font-semibold text-danger-700"
          >
            {state.message}
          </p>
        ) : null}
        <div>
          <label htmlFor="correct-stage" className="block font-semibold">
            The stage it really reached
          </label>
          <select
            id="correct-stage"
            name="stage"
            defaultValue={values.stage ?? stages.at(-1)}
            aria-invalid={errors.stage ? true : undefined}
            aria-describedby={errors.stage ? "correct-stage-error" : undefined}
            className={inputClass}
          >
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabels[stage]}
              </option>
            ))}
          </select>
          {errors.stage ? (
            <p id="correct-stage-error" className="mt-1 text-sm font-semibold text-danger-700">
              {errors.stage}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="correct-reason" className="block font-semibold">
            Why (a few words, kept with the record)
          </label>
          <input
            id="correct-reason"
            name="reason"
            type="text"
            maxLength={CORRECTION_REASON_MAX}
            defaultValue={values.reason ?? ""}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? "correct-reason-error" : undefined}
            className={inputClass}
          />
          {errors.reason ? (
            <p id="correct-reason-error" className="mt-1 text-sm font-semibold text-danger-700">
              {errors.reason}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn-secondary" aria-disabled={pending}>
          {pending ? "Saving…" : "Correct the record"}
        </button>
      </form>
    </details>
  );
}
