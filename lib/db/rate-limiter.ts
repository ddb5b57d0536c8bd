import "server-only";
import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from "rate-limiter-flexible";
import { database } from "@/lib/db/connection";

/**
 * Limits counted in the shared database, so they hold however many servers answer: a client
 * spread over two servers gets no more tries than on one.
 */
export type RateLimitRule = { name: string; points: number; durationSeconds: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const TABLE = "rate_limits";
const limiters = new Map<string, Promise<RateLimiterAbstract>>();

export async function consumeLimit(rule: RateLimitRule, key: string): Promise<RateLimitResult> {
  const limiter = await limiterFor(rule);
  try {
    await limiter.consume(key || "unknown");
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Counts one more against `key` however many there were, and returns how many there are now. */
export async function addToLimit(rule: RateLimitRule, key: string): Promise<number> {
  return (await (await limiterFor(rule)).penalty(key || "unknown", 1)).consumedPoints;
}

/** Refuses `key` for the next `seconds` under `rule` (read with blockedFor). */
export async function blockFor(rule: RateLimitRule, key: string, seconds: number): Promise<void> {
  await (await limiterFor(rule)).block(key || "unknown", seconds);
}

/** Seconds until `key` may try again under `rule`: 0 if it may now. Counts nothing. */
export async function blockedFor(rule: RateLimitRule, key: string): Promise<number> {
  const state = await (await limiterFor(rule)).get(key || "unknown");
  if (!state || state.consumedPoints <= rule.points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** A success forgives earlier failures (a staff member who finally typed the right password). */
export async function resetLimit(rule: RateLimitRule, key: string): Promise<void> {
  await (await limiterFor(rule)).delete(key || "unknown");
}

function limiterFor(rule: RateLimitRule): Promise<RateLimiterAbstract> {
  const id = `${rule.name}:${rule.points}:${rule.durationSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = create(rule).catch((error: unknown) => {
      limiters.delete(id);
      throw error;
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

async function create(rule: RateLimitRule): Promise<RateLimiterAbstract> {
  const { engine } = await database();
  // The table is made by migration 006_rate_limits, with the columns these stores expect,
  // so the stores have nothing to set up and are ready at once.
  const options = { keyPrefix: rule.name, points: rule.points, duration: rule.durationSeconds, tableName: TABLE, tableCreated: true };
  return engine.kind === "postgres"
    ? new RateLimiterPostgres({ ...options, storeClient: engine.client, clearExpiredByTimeout: true })
    : new RateLimiterSQLite({ ...options, storeClient: engine.client, storeType: "better-sqlite3" });
}

/** Tests open a new database per case; limiters bound to the old one must go with it. */
export function resetRateLimitersForTests(): void {
  limiters.clear();
}
