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

/**
 * Takes one point from `key`'s allowance. `windowSeconds` sizes the window a first point opens
 * (the rule's own by default), for limits whose window grows, such as a doubling wait.
 */
export async function consumeLimit(rule: RateLimitRule, key: string, windowSeconds?: number): Promise<RateLimitResult> {
  const limiter = await limiterFor(rule);
  try {
    await limiter.consume(key || "unknown", 1, windowSeconds === undefined ? {} : { customDuration: windowSeconds });
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/**
 * Counts `points` more (fewer, if negative) against `key` however many there were, and returns
 * how many there are now, in one statement: concurrent calls each see a different count.
 */
export async function addToLimit(rule: RateLimitRule, key: string, points = 1): Promise<number> {
  return (await (await limiterFor(rule)).penalty(key || "unknown", points)).consumedPoints;
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
