import type { RequestStatus } from "@/lib/staff/statuses";

/** The request page's work panel: what the browser shows after each one-click change. */
export type WorkView = {
  status: RequestStatus;
  holderId: string | null;
  holderName?: string;
  version: number;
};

export type WorkFormState = {
  work: WorkView;
  /** Said aloud after a change; a conflict is an alert. */
  message?: string;
  conflict?: boolean;
};

export type NoteView = { id: number; authorName: string; body: string; createdAt: number };

export type NoteFormState = { notes: NoteView[]; error?: string; message?: string; draft?: string };
