import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { getEnv } from "@/lib/env";
import { extensionFor } from "@/lib/leads/card-photos";
import { requestDelivery, startLeadDelivery } from "@/lib/leads/delivery";
import { errorCode, logLead } from "@/lib/leads/log";
import { newReference } from "@/lib/leads/reference";
import { ReferenceTakenError, leadDir, storeLead } from "@/lib/leads/store";
import type { LeadInput, StoredCardPhoto, StoredLead } from "@/lib/leads/types";

export type ReceivedLead = { reference: string; duplicate: boolean; receivedAt: Date };

/** A second press of "send", or a nervous resubmit, within this window is the same lead. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

/**
 * Stores a lead durably and only then resolves; delivery starts in the background. Throws
 * if the lead could not be stored, so the visitor is never told "received" for a lead that
 * isn't on disk.
 */
export async function receiveLead(input: LeadInput, options: { now?: Date } = {}): Promise<ReceivedLead> {
  const now = options.now ?? new Date();
  const env = getEnv();
  const key = createHash("sha256").update(`${input.kind}\n${input.values.phone}`).digest("hex");
  const received = await oneAtATime(key, async () => {
    const recent = await findRecent(env.DATA_DIR, key, now);
    if (recent) {
      logLead(recent.reference, { event: "duplicate" });
      return { ...recent, duplicate: true };
    }
    const reference = await storeNew(env.DATA_DIR, input, now);
    await rememberRecent(env.DATA_DIR, key, reference, now);
    return { reference, duplicate: false, receivedAt: now };
  });
  startLeadDelivery();
  requestDelivery();
  return received;
}

async function storeNew(dataDir: string, input: LeadInput, now: Date): Promise<string> {
  for (let tries = 0; ; tries++) {
    const reference = newReference();
    const { lead, files } = toStored(input, reference, now);
    try {
      await storeLead(dataDir, lead, files);
      logLead(reference, { event: "stored" });
      return reference;
    } catch (error) {
      if (error instanceof ReferenceTakenError && tries < 3) continue;
      logLead(reference, { event: "store-failed", code: errorCode(error) });
      throw new Error("The lead could not be stored", { cause: error });
    }
  }
}

function toStored(input: LeadInput, reference: string, now: Date) {
  const base = {
    version: 1,
    reference,
    receivedAt: now.toISOString(),
    sourcePage: cleanPath(input.sourcePage),
  } as const;
  if (input.kind === "call-request") {
    return { lead: { ...base, kind: input.kind, values: input.values } satisfies StoredLead, files: [] };
  }
  const photos = input.cardPhotos.slice(0, 2);
  const cardPhotos: StoredCardPhoto[] = photos.map((photo) => ({
    side: photo.side,
    filename: photo.filename,
    contentType: photo.contentType,
    size: photo.bytes.length,
    file: `card-${photo.side}.${extensionFor(photo.contentType)}`,
  }));
  const files = photos.map((photo, i) => ({ name: cardPhotos[i].file, bytes: photo.bytes }));
  return { lead: { ...base, kind: input.kind, values: input.values, cardPhotos } satisfies StoredLead, files };
}

/** A path on this site, or "/": the email turns it into a link. */
function cleanPath(page: string): string {
  return /^\/(?!\/)[^\s\p{Cc}\\]{0,200}$/u.test(page) ? page : "/";
}

/**
 * DATA_DIR/recent/<hash of kind and phone>.json names the last lead from that number, so
 * the duplicate check is one read. It is a hint: losing it costs at most a duplicate email.
 */
async function findRecent(
  dataDir: string,
  key: string,
  now: Date,
): Promise<Omit<ReceivedLead, "duplicate"> | undefined> {
  try {
    const recent = JSON.parse(await fs.readFile(recentFile(dataDir, key), "utf8")) as {
      reference: string;
      receivedAt: string;
    };
    const receivedAt = new Date(recent.receivedAt);
    const age = now.getTime() - receivedAt.getTime();
    if (!(age >= 0 && age < DUPLICATE_WINDOW_MS)) return undefined;
    await fs.access(path.join(leadDir(dataDir, recent.reference), "lead.json"));
    return { reference: recent.reference, receivedAt };
  } catch {
    return undefined;
  }
}

async function rememberRecent(dataDir: string, key: string, reference: string, now: Date): Promise<void> {
  try {
    await fs.mkdir(path.dirname(recentFile(dataDir, key)), { recursive: true, mode: 0o700 });
    await writeFileAtomic(recentFile(dataDir, key), JSON.stringify({ reference, receivedAt: now.toISOString() }), {
      mode: 0o600,
      fsync: false,
    });
  } catch {
    // The lead itself is stored; without the hint a resubmit becomes a second lead, not a lost one.
  }
}

const recentFile = (dataDir: string, key: string) => path.join(dataDir, "recent", `${key}.json`);

/** Same kind + phone in this process is handled one at a time, so a double click stores one lead. */
const queues = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(task);
  queues.set(key, current);
  try {
    return await current;
  } finally {
    if (queues.get(key) === current) queues.delete(key);
  }
}
