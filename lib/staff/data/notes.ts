import "server-only";
import { database } from "@/lib/db/connection";

/** The `lead_notes` table: staff notes on a request, oldest first. */
export type NoteRecord = { id: number; authorName: string; body: string; createdAt: Date };

export async function notesOf(reference: string): Promise<NoteRecord[]> {
  const { db } = await database();
  const rows = await db
    .selectFrom("lead_notes")
    .selectAll()
    .where("reference", "=", reference)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((n) => ({
    id: Number(n.id),
    authorName: n.author_name,
    body: n.body,
    createdAt: new Date(Number(n.created_at)),
  }));
}

/** False when the request is gone: the foreign key refuses a note on no request. */
export async function insertNote(note: {
  reference: string;
  authorId: string;
  authorName: string;
  body: string;
  at: number;
}): Promise<boolean> {
  const { db } = await database();
  try {
    await db
      .insertInto("lead_notes")
      .values({
        reference: note.reference,
        author_id: note.authorId,
        author_name: note.authorName,
        body: note.body,
        created_at: note.at,
      })
      .execute();
    return true;
  } catch (error) {
    if (isForeignKeyViolation(error)) return false;
    throw error;
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}
