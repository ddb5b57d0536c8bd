import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { isReference } from "@/lib/leads/reference";
import type { DeliveryState, StoredLead } from "@/lib/leads/types";

/**
 * Leads on disk, one directory each: DATA_DIR/leads/<reference>/ holds lead.json (the
 * submission, written once), the card photos, and delivery.json (attempts and status).
 * Every write is atomic and fsynced along with its directory, so a lead the visitor was
 * told about survives a crash or power cut. Files are 0600 and directories 0700: they hold
 * health and insurance details.
 */

export const leadsRoot = (dataDir: string) => path.join(dataDir, "leads");
export const leadDir = (dataDir: string, reference: string) => path.join(leadsRoot(dataDir), reference);
const leadFile = (dataDir: string, reference: string) => path.join(leadDir(dataDir, reference), "lead.json");
const deliveryFile = (dataDir: string, reference: string) => path.join(leadDir(dataDir, reference), "delivery.json");

export class ReferenceTakenError extends Error {}

/** Stores a new lead and everything attached to it; resolves once it is all on disk. */
export async function storeLead(
  dataDir: string,
  lead: StoredLead,
  files: ReadonlyArray<{ name: string; bytes: Buffer }>,
): Promise<void> {
  const root = leadsRoot(dataDir);
  await fs.mkdir(root, { recursive: true, mode: 0o700 });
  const dir = leadDir(dataDir, lead.reference);
  try {
    await fs.mkdir(dir, { mode: 0o700 });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") throw new ReferenceTakenError();
    throw error;
  }
  try {
    for (const file of files) await writeFileAtomic(path.join(dir, file.name), file.bytes, { mode: 0o600 });
    // lead.json goes last: a directory without it is an interrupted store, never a lead.
    await writeFileAtomic(path.join(dir, "lead.json"), JSON.stringify(lead, null, 2), { mode: 0o600 });
    await syncDirectory(dir);
    await syncDirectory(root);
    await syncDirectory(dataDir);
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

export async function readLead(dataDir: string, reference: string): Promise<StoredLead | undefined> {
  const text = await readOptional(leadFile(dataDir, reference));
  if (text === undefined) return undefined;
  const lead: unknown = JSON.parse(text);
  if (!isStoredLead(lead) || lead.reference !== reference) throw new Error("lead.json is not a lead");
  return lead;
}

export async function readDelivery(dataDir: string, reference: string): Promise<DeliveryState> {
  const text = await readOptional(deliveryFile(dataDir, reference));
  return text === undefined ? { status: "pending", attempts: 0 } : (JSON.parse(text) as DeliveryState);
}

export async function writeDelivery(dataDir: string, reference: string, state: DeliveryState): Promise<void> {
  const file = deliveryFile(dataDir, reference);
  await writeFileAtomic(file, JSON.stringify(state, null, 2), { mode: 0o600 });
  await syncDirectory(path.dirname(file));
}

/** Every reference that has a directory (in no particular order). */
export async function listReferences(dataDir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(leadsRoot(dataDir), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && isReference(e.name)).map((e) => e.name);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  }
}

/** A new or renamed file is only durable once its directory entry is flushed too. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
}

function isStoredLead(value: unknown): value is StoredLead {
  if (typeof value !== "object" || value === null) return false;
  const lead = value as Record<string, unknown>;
  return (
    lead.version === 1 &&
    (lead.kind === "call-request" || lead.kind === "insurance-check") &&
    typeof lead.reference === "string" &&
    typeof lead.receivedAt === "string" &&
    typeof lead.values === "object" &&
    lead.values !== null &&
    (lead.kind === "call-request" || Array.isArray(lead.cardPhotos))
  );
}
