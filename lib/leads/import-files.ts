import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { importLead } from "@/lib/leads/store";
import type { StoredLead } from "@/lib/leads/types";

/**
 * The file store this site used before the database (DATA_DIR/leads/<reference>/lead.json,
 * delivery.json and card photos beside them), read once to move its leads in.
 */
const photoSchema = z.object({
  side: z.enum(["front", "back"]),
  filename: z.string(),
  contentType: z.enum(["image/jpeg", "image/png", "image/heic", "image/heif", "application/pdf"]),
  size: z.number(),
  file: z.string().regex(/^card-(front|back)\.[a-z]+$/),
});
const leadSchema = z.object({
  version: z.literal(1),
  reference: z.string(),
  kind: z.enum(["call-request", "insurance-check"]),
  receivedAt: z.iso.datetime(),
  sourcePage: z.string(),
  values: z.looseObject({ phone: z.string(), name: z.string() }),
  cardPhotos: z.array(photoSchema).optional(),
});
const deliverySchema = z.object({
  status: z.enum(["pending", "sent"]),
  attempts: z.number().int(),
  lastAttemptAt: z.iso.datetime().optional(),
  lastError: z.string().optional(),
  sentAt: z.iso.datetime().optional(),
});

export type ImportReport = { imported: string[]; alreadyThere: string[]; unreadable: string[] };

export async function importFileStore(root: string, now: Date): Promise<ImportReport> {
  const report: ImportReport = { imported: [], alreadyThere: [], unreadable: [] };
  const entries = await fs.readdir(root, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, entry.name);
    const lead = leadSchema.safeParse(await readJson(path.join(dir, "lead.json")));
    if (!lead.success || lead.data.reference !== entry.name) {
      report.unreadable.push(entry.name);
      continue;
    }
    const delivery = deliverySchema.safeParse((await readJson(path.join(dir, "delivery.json"))) ?? { status: "pending", attempts: 0 });
    const photos = await Promise.all(
      (lead.data.cardPhotos ?? []).map(async (p) => ({ ...p, bytes: await fs.readFile(path.join(dir, p.file)) })),
    );
    const { cardPhotos, version, receivedAt, ...rest } = lead.data;
    void version;
    const stored = {
      ...rest,
      receivedAt: new Date(receivedAt),
      repeatCaller: false,
      ...(rest.kind === "insurance-check" ? { cardPhotos: cardPhotos ?? [] } : {}),
    } as StoredLead;
    const d = delivery.success ? delivery.data : { status: "pending" as const, attempts: 0 };
    const added = await importLead(
      {
        lead: stored,
        delivery: {
          sent: d.status === "sent",
          attempts: d.attempts,
          sentAt: "sentAt" in d && d.sentAt ? new Date(d.sentAt) : undefined,
          lastAttemptAt: "lastAttemptAt" in d && d.lastAttemptAt ? new Date(d.lastAttemptAt) : undefined,
          lastError: "lastError" in d ? d.lastError : undefined,
        },
        photos,
      },
      now,
    );
    (added ? report.imported : report.alreadyThere).push(entry.name);
  }
  return report;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8"));
  } catch {
    return undefined;
  }
}
