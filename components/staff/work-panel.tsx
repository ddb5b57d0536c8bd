"use client";
import { useActionState } from "react";
import { workAction } from "@/lib/actions/staff/work";
import { STAGE_STATUSES, statusLabels } from "@/lib/staff/requests/statuses";
import type { WorkFormState, WorkView } from "@/lib/staff/requests/work-forms";

/**
 * Status and "I'm calling": each change is one button, made against the version shown. Who it
 * is assigned to stays apart from who is calling: "I'm done calling" leaves the assignment. The
 * page is drawn again after a change made elsewhere on it (an attempt, closing as lost), so the
 * newer of that drawing and this panel's own last answer is what it shows and posts against.
 */
export function WorkPanel({ reference, initial, staffId }: { reference: string; initial: WorkView; staffId: string }) {
  const [answer, action, pending] = useActionState(workAction, { work: initial } satisfies WorkFormState);
  const state: WorkFormState = answer.work.version >= initial.version ? answer : { work: initial };
  const { work } = state;
  const mine = work.holderId === staffId;
  const owner = work.ownerId === staffId ? "you" : work.ownerName;
  return (
    <section aria-labelledby="work-heading" className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="work-heading" className="text-xl font-bold">
        Work on it
      </h2>
      <p
        role={state.refused ? "alert" : "status"}
        aria-live="polite"
        className={
          state.message
            ? `rounded-lg border-2 p-3 font-semibold ${state.refused ? "border-danger-700 bg-danger-50 text-danger-700" : "border-brand-600 bg-brand-50"}`
            : "sr-only"
        }
      >
        {state.message}
      </p>
      <form action={action} className="space-y-4">
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="version" value={work.version} />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            name="hold"
            value={mine ? "release" : "take"}
            className={mine ? "btn-secondary" : "btn-primary"}
            aria-disabled={pending}
          >
            {mine ? "I'm done calling" : work.holderId ? `Take over from ${work.holderName}` : "I'm calling"}
          </button>
          <p>
            {work.holderId ? (mine ? "You are calling." : `${work.holderName} is calling.`) : "Nobody is calling yet."}
          </p>
          <p>{owner ? `Assigned to ${owner}.` : "Not assigned to anyone."}</p>
        </div>
        <fieldset>
          <legend className="mb-2 font-semibold">
            Status: <span className="font-normal">{statusLabels[work.status]}</span>
          </legend>
          <div className="flex flex-wrap gap-2">
            {STAGE_STATUSES.map((status) => (
              <button
                key={status}
                type="submit"
                name="status"
                value={status}
                aria-pressed={work.status === status}
                aria-disabled={pending}
                className="btn min-h-11 border-2 border-brand-700 bg-white px-3 py-1.5 text-sm text-brand-800 hover:bg-brand-50 aria-pressed:bg-brand-700 aria-pressed:text-white"
              >
                {statusLabels[status]}
              </button>
            ))}
          </div>
        </fieldset>
      </form>
    </section>
  );
}
