import "server-only";
import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from "rate-limiter-flexible";
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

/**
 * Takes one point from `key`'s allowance. `windowSeconds` sizes the window a first point opens
 * (the rule's own by default), for limits whose window grows, such as a doubling wait.
 */
export async function consumeLimit(rule: RateLimitRule, key: string, windowSeconds?: number): Promise<RateLimitResult> {
  return inWriteBatch(() => consumeNow(rule, key, windowSeconds));
}

/**
 * consumeLimit as one step of a SQLite write already under way (inside `writeTransaction`):
 * the store writes through that same connection, so the count commits, or is undone, with
 * the write around it, and the post waits for one commit instead of two.
 */
export function consumeLimitInWrite(rule: RateLimitRule, key: string): Promise<RateLimitResult> {
  return consumeNow(rule, key);
}

async function consumeNow(rule: RateLimitRule, key: string, windowSeconds?: number): Promise<RateLimitResult> {
  const limiter = await limiterFor(rule);
  // A refusal is an outcome, not an error: the count it made is committed like any other.
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
  const limiter = await limiterFor(rule);
  return (await inWriteBatch(() => limiter.penalty(key || "unknown", points))).consumedPoints;
}

/** A success forgives earlier failures (a staff member who finally typed the right password). */
export async function resetLimit(rule: RateLimitRule, key: string): Promise<void> {
  const limiter = await limiterFor(rule);
  await inWriteBatch(() => limiter.delete(key || "unknown"));
}

/** PostgreSQL's store runs its own statements on the pool; SQLite's joins the write batch. */
async function inWriteBatch<T>(write: () => Promise<T>): Promise<T> {
  const { engine } = await database();
  return engine.kind === "sqlite" ? writeTransaction(write) : write();
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
