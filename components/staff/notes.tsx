"use client";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { inputClass } from "@/components/forms/text-field";
import { fullTime } from "@/components/staff/relative-time";
import { noteAction } from "@/lib/actions/staff/work";
import {
  NOTE_MAX,
  noteCountText,
  noteLength,
  noteTooLongText,
  type NoteFormState,
  type NoteView,
} from "@/lib/staff/requests/work-forms";

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
      <NoteForm key={state.notes.length} reference={reference} state={state} action={action} pending={pending} />
    </section>
  );
}

/**
 * Nothing pasted is ever cut: the field takes any length, a counter says how much there is,
 * and a note over the limit is held back with a message saying by how much (by the browser
 * before sending, or by the server, which sends the text back, when scripts don't run).
 */
function NoteForm({
  reference,
  state,
  action,
  pending,
}: {
  reference: string;
  state: NoteFormState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [length, setLength] = useState(() => noteLength(state.draft ?? ""));
  const [tooLong, setTooLong] = useState<string>();
  const error = tooLong ?? state.error;
  const over = length > NOTE_MAX;
  function hold(event: FormEvent<HTMLFormElement>) {
    if (!over) return;
    event.preventDefault();
    setTooLong(noteTooLongText(length));
    field.current?.focus();
  }
  return (
    <form action={action} onSubmit={hold} className="space-y-3">
      <input type="hidden" name="reference" value={reference} />
      <label htmlFor="field-note" className="block font-semibold">
        Add a note
      </label>
      <textarea
        ref={field}
        id="field-note"
        name="note"
        rows={3}
        defaultValue={state.draft}
        onInput={(event) => {
          const now = noteLength(event.currentTarget.value);
          setLength(now);
          if (now <= NOTE_MAX) setTooLong(undefined);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={`field-note-count${error ? " field-note-error" : ""}`}
        className={inputClass}
      />
      <p id="field-note-count" className={over ? "text-sm font-semibold text-danger-700" : "text-sm text-muted"}>
        {noteCountText(length)}
      </p>
      {error ? (
        <p id="field-note-error" role="alert" className="text-sm font-semibold text-danger-700">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" aria-disabled={pending}>
        {pending ? "Saving…" : "Add note"}
      </button>
      <p role="status" aria-live="polite" className="sr-only">
        {state.message}
      </p>
    </form>
  );
}
