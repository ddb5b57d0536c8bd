import "server-only";
import { centerConfig } from "@/lib/center/config";
import { refuseDemoValuesInPublic } from "@/lib/center/demo-values";
import { database } from "@/lib/db/connection";
import { getEnv } from "@/lib/env";
import { startLeadDelivery } from "@/lib/leads/delivery";

/**
 * What `next start` does before its first visitor: check the environment (a production server
 * missing its mail settings must not start and quietly lose leads), refuse to publish the
 * config's demo values under a public address, migrate the database, and deliver whatever
 * leads a previous run left unsent, then every new one.
 */
export async function startServer(): Promise<void> {
  try {
    refuseDemoValuesInPublic(getEnv(), centerConfig);
    await database();
  } catch (error) {
    console.error(`The site cannot start. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // On a thread of its own, so a burst of form posts does not hold up its emails.
  startLeadDelivery({ thread: true });
}
