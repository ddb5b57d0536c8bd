import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { database } from "@/lib/db/connection";
import { getEnv } from "@/lib/env";

/**
 * The secret that signs form tokens and keys duplicate checks: FORM_SECRET, or else one made
 * at random the first time any server needs it and kept in the database, so every server
 * sharing the database agrees without being told.
 */
let cached: Promise<string> | undefined;

export function serverSecret(): Promise<string> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** HMAC-SHA256 of `value` under the server secret, for one named purpose. */
export async function keyedHash(purpose: string, value: string): Promise<string> {
  return createHmac("sha256", await serverSecret()).update(`${purpose}\n${value}`).digest("base64url");
}

export function resetServerSecretForTests(): void {
  cached = undefined;
}

async function load(): Promise<string> {
  const configured = getEnv().FORM_SECRET;
  if (configured) return configured;
  const { db } = await database();
  await db
    .insertInto("settings")
    .values({ name: "server-secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("settings").select("value").where("name", "=", "server-secret").executeTakeFirstOrThrow();
  return row.value;
}
