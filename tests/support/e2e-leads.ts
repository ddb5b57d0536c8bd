import path from "node:path";
import Database from "better-sqlite3";
import { SQLITE_FILE } from "@/lib/db/connection";
import { e2eDataDir } from "@/tests/support/e2e-paths";

/** References of the leads the e2e server stored whose answers contain `text`, read from its database. */
export function storedLeadsMentioning(text: string): string[] {
  const db = new Database(path.join(e2eDataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT reference, values_json FROM leads").all() as Array<{
      reference: string;
      values_json: string;
    }>;
    return rows
      .filter((row) =>
        Object.values(JSON.parse(row.values_json) as Record<string, unknown>).some(
          (v) => typeof v === "string" && v.includes(text),
        ),
      )
      .map((row) => row.reference);
  } finally {
    db.close();
  }
}

/** The language a stored lead was made in, read from the e2e server's database. */
export function storedLeadLanguage(reference: string): string | undefined {
  const db = new Database(path.join(e2eDataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT language FROM leads WHERE reference = ?").get(reference) as
      { language: string } | undefined;
    return row?.language;
  } finally {
    db.close();
  }
}
