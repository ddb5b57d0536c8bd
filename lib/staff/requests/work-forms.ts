import type { RequestStatus } from "@/lib/staff/requests/statuses";

/** The request page's work panel: what the browser shows after each one-click change. */
export type WorkView = {
  status: RequestStatus;
  /** Who is on the phone with it now. */
  holderId: string | null;
  holderName?: string;
  /** Who it is assigned to. */
  ownerId: string | null;
  ownerName?: string;
  version: number;
};

export type WorkFormState = {
  work: WorkView;
  /** Said aloud after a change; one that saved nothing (a conflict, a choice not offered) is an alert. */
  message?: string;
  refused?: boolean;
};

/** A colleague's change, in words, for the alert that says why nothing was saved. */
export function conflictText(change: { by: string; what: string } | undefined, now: string): string {
  const who = change ? `${change.by} ${change.what}` : "A colleague changed this request";
  return `${who} while you had it open; it is now: ${now}. Nothing was saved.`;
}

export type NoteView = { id: number; authorName: string; body: string; createdAt: number };

export type NoteFormState = { notes: NoteView[]; error?: string; message?: string; draft?: string };

/** The longest note, counted as the note is stored: line breaks as one character, ends trimmed. */
export const NOTE_MAX = 2000;

export function noteLength(text: string): number {
  return normalizeNote(text).length;
}

export function normalizeNote(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

const count = (n: number) => n.toLocaleString("en-US");

export function noteTooLongText(length: number): string {
  return `This note is ${count(length)} characters; a note holds at most ${count(NOTE_MAX)}. Shorten it by ${count(length - NOTE_MAX)}, or split it into two notes.`;
}

export function noteCountText(length: number): string {
  return `${count(length)} of ${count(NOTE_MAX)} characters`;
}
