"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { lostAction } from "@/lib/actions/staff/pipeline";
import type { LostFormState } from "@/lib/staff/pipeline/pipeline-forms";

type Option = { id: string; label: string };

/** Closing as lost: a reason is required; where the person was referred is optional. */
export function LostForm({ reference, version, reasons, partners }: { reference: string; version: number; reasons: Option[]; partners: Option[] }) {
  const [state, action, pending] = useActionState(lostAction, { values: {} } satisfies LostFormState);
  const { errors = {}, values } = state;
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
      <fieldset aria-describedby={errors.reason ? "lost-reason-error" : undefined}>
        <legend className="font-semibold">Why was it lost?</legend>
        {errors.reason ? (
          <p id="lost-reason-error" className="text-sm font-semibold text-danger-700">
            {errors.reason}
          </p>
        ) : null}
        <div className="mt-2 space-y-2">
          {reasons.map((reason) => (
            <label key={reason.id} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="reason" value={reason.id} defaultChecked={values.reason === reason.id} className="size-5" />
              {reason.label}
            </label>
          ))}
        </div>
        <div className="mt-3">
          <label htmlFor="lost-detail" className="block font-semibold">
            If other: why, in a few words
          </label>
          <input
            id="lost-detail"
            name="detail"
            type="text"
            maxLength={80}
            defaultValue={values.detail ?? ""}
            aria-invalid={errors.detail ? true : undefined}
            aria-describedby={errors.detail ? "lost-detail-error" : undefined}
            className={inputClass}
          />
          {errors.detail ? (
            <p id="lost-detail-error" className="mt-1 text-sm font-semibold text-danger-700">
              {errors.detail}
            </p>
          ) : null}
        </div>
      </fieldset>
      <div>
        <label htmlFor="lost-partner" className="block font-semibold">
          Referred to a partner program (optional)
        </label>
        <select
          id="lost-partner"
          name="partner"
          defaultValue={values.partner ?? ""}
          aria-invalid={errors.partner ? true : undefined}
          aria-describedby={errors.partner ? "lost-partner-error" : undefined}
          className={inputClass}
        >
          <option value="">None</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        {errors.partner ? (
          <p id="lost-partner-error" className="mt-1 text-sm font-semibold text-danger-700">
            {errors.partner}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="lost-referred-to" className="block font-semibold">
          Referred elsewhere: where (optional)
        </label>
        <input
          id="lost-referred-to"
          name="referredTo"
          type="text"
          maxLength={120}
          defaultValue={values.referredTo ?? ""}
          aria-invalid={errors.referredTo ? true : undefined}
          aria-describedby={errors.referredTo ? "lost-referred-to-error" : undefined}
          className={inputClass}
        />
        {errors.referredTo ? (
          <p id="lost-referred-to-error" className="mt-1 text-sm font-semibold text-danger-700">
            {errors.referredTo}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn-secondary" aria-disabled={pending}>
        {pending ? "Saving…" : "Close as lost"}
      </button>
    </form>
  );
}
