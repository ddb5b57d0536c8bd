import "server-only";
import { getEnv } from "@/lib/env";

/**
 * The client address a throttle keys on: the X-Forwarded-For entry TRUSTED_PROXY_HOPS from
 * the right (entries further left are whatever the client chose to send).
 * TODO(merge): replace with `clientKey` from lib/leads/guard.ts once main has it.
 */
export function clientKey(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-getEnv().TRUSTED_PROXY_HOPS) ?? entries[0] ?? "unknown";
}
