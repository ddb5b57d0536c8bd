"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { fullTime } from "@/components/staff/relative-time";
import { noteAction } from "@/lib/actions/staff/work";
import type { NoteFormState, NoteView } from "@/lib/staff/work-forms";

export function Notes({ reference, initial, timeZone }: { reference: string; initial: NoteView[]; timeZone: string }) {
  const [state, action, pending] = useActionState(noteAction, { notes: initial } satisfies NoteFormState);
  return (
    <section aria-labelledby="notes-heading" className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="notes-heading" className="text-xl font-bold">
        Notes
      </h2>
      {state.notes.length ? (
        <ol className="space-y-3">
          {state.notes.map((note) => (
            <li key={note.id} className="border-l-4 border-brand-600 pl-3">
              <p className="whitespace-pre-wrap break-words">{note.body}</p>
              <p className="text-sm text-muted">
                {note.authorName} ·{" "}
                <time dateTime={new Date(note.createdAt).toISOString()}>{fullTime(note.createdAt, timeZone)}</time>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">No notes yet.</p>
      )}
      <form action={action} className="space-y-3" key={state.notes.length}>
        <input type="hidden" name="reference" value={reference} />
        <label htmlFor="field-note" className="block font-semibold">
          Add a note
        </label>
        <textarea
          id="field-note"
          name="note"
          rows={3}
          maxLength={2000}
          defaultValue={state.draft}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "field-note-error" : undefined}
          className={inputClass}
        />
        {state.error ? (
          <p id="field-note-error" className="text-sm font-semibold text-danger-700">
            {state.error}
          </p>
        ) : null}
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {pending ? "Saving…" : "Add note"}
        </button>
        <p role="status" aria-live="polite" className="sr-only">
          {state.message}
        </p>
      </form>
    </section>
  );
}
