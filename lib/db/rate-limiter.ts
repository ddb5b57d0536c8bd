import "server-only";
import {
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { database } from "@/lib/db/connection";
import { writeTransaction } from "@/lib/db/write-batch";

/**
 * Limits counted in the shared database, so they hold however many servers answer: a client
 * spread over two servers gets no more tries than on one. On SQLite a count joins the commit
 * of the writes around it (lib/db/write-batch.ts) instead of waiting for an fsync of its own:
 * the library writes through the same connection, inside that transaction.
 */
export type RateLimitRule = { name: string; points: number; durationSeconds: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const TABLE = "rate_limits";
const limiters = new Map<string, Promise<RateLimiterAbstract>>();

export async function consumeLimit(rule: RateLimitRule, key: string): Promise<RateLimitResult> {
  const limiter = await limiterFor(rule);
  // A refusal is an outcome, not an error: the count it made is committed like any other.
  return inWriteBatch(async () => {
    try {
      await limiter.consume(key || "unknown");
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      throw rejection;
    }
  });
}

/** PostgreSQL's store runs its own statements on the pool; SQLite's joins the write batch. */
async function inWriteBatch<T>(write: () => Promise<T>): Promise<T> {
  const { engine } = await database();
  return engine.kind === "sqlite" ? writeTransaction(write) : write();
}

/** Counts one more against `key` however many there were, and returns how many there are now. */
export async function addToLimit(rule: RateLimitRule, key: string): Promise<number> {
  const limiter = await limiterFor(rule);
  return (await inWriteBatch(() => limiter.penalty(key || "unknown", 1))).consumedPoints;
}

/** Refuses `key` for the next `seconds` under `rule` (read with blockedFor). */
export async function blockFor(rule: RateLimitRule, key: string, seconds: number): Promise<void> {
  const limiter = await limiterFor(rule);
  await inWriteBatch(() => limiter.block(key || "unknown", seconds));
}

/** Seconds until `key` may try again under `rule`: 0 if it may now. Counts nothing. */
export async function blockedFor(rule: RateLimitRule, key: string): Promise<number> {
  const state = await (await limiterFor(rule)).get(key || "unknown");
  if (!state || state.consumedPoints <= rule.points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** A success forgives earlier failures (a staff member who finally typed the right password). */
export async function resetLimit(rule: RateLimitRule, key: string): Promise<void> {
  const limiter = await limiterFor(rule);
  await inWriteBatch(() => limiter.delete(key || "unknown"));
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
  const options = { keyPrefix: rule.name, points: rule.points, duration: rule.durationSeconds, tableName: TABLE };
  return new Promise((resolve, reject) => {
    const ready = (error?: unknown) => (error ? reject(error) : resolve(limiter));
    const limiter: RateLimiterAbstract =
      engine.kind === "postgres"
        ? new RateLimiterPostgres({ ...options, storeClient: engine.client, clearExpiredByTimeout: true }, ready)
        : new RateLimiterSQLite({ ...options, storeClient: engine.client, storeType: "better-sqlite3" }, ready);
  });
}

/** Tests open a new database per case; limiters bound to the old one must go with it. */
export function resetRateLimitersForTests(): void {
  limiters.clear();
}
