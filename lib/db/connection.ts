import "server-only";
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type SqliteDatabase as KyselySqliteDatabase,
} from "kysely";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { migrations } from "@/lib/db/migrations";
import type { Database } from "@/lib/db/schema";

/**
 * The one database: PostgreSQL when DATABASE_URL is set (several servers share it), else an
 * embedded SQLite file under DATA_DIR. Opened and migrated once per process, on first use.
 */
type Engine = { kind: "sqlite"; client: SqliteDatabase.Database } | { kind: "postgres"; client: pg.Pool };
export type Db = { db: Kysely<Database>; engine: Engine };
/** The database or a transaction on it: a table's module writes through the one it is given. */
export type Executor = Kysely<Database>;

export const SQLITE_FILE = "leads.sqlite";

let opened: Promise<Db> | undefined;

export function database(): Promise<Db> {
  opened ??= open().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/** Tests and the CLI close it so the process can exit; the next call opens it again. */
export async function closeDatabase(): Promise<void> {
  const current = opened;
  opened = undefined;
  if (current) await (await current.catch(() => undefined))?.db.destroy();
}

async function open(): Promise<Db> {
  const env = getEnv();
  const engine = env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openSqlite(env.DATA_DIR);
  const db = new Kysely<Database>({
    dialect:
      engine.kind === "postgres"
        ? new PostgresDialect({ pool: engine.client })
        : new ImmediateSqliteDialect({ database: withStatementCache(engine.client) }, engine.client),
  });
  const { error, results } = await new Migrator({
    db,
    provider: { getMigrations: async () => migrations(engine.kind) },
    // Numbers are handed out to work merged in any order: a database that already has 007
    // still gets 006 (each migration stands alone).
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
  return { db, engine };
}

function openPostgres(url: string): Engine {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Times are bigint columns in milliseconds: read them as numbers, not strings.
    types: {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format),
    } as pg.CustomTypesConfig,
  });
  // An idle connection dropped by the server must not crash the process.
  pool.on("error", () => undefined);
  return { kind: "postgres", client: pool };
}

function openSqlite(dataDir: string): Engine {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, SQLITE_FILE);
  // Created 0600 before SQLite opens it; its -wal and -shm files take the same mode.
  fs.closeSync(fs.openSync(file, "a", 0o600));
  fs.chmodSync(file, 0o600);
  const client = new SqliteDatabase(file);
  client.pragma("journal_mode = WAL");
  // A lead the visitor was told about is on disk before the commit returns, even on power loss.
  client.pragma("synchronous = FULL");
  client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  client.pragma("foreign_keys = ON");
  return { kind: "sqlite", client };
}

/** How long a write waits for SQLite's write lock before it fails (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5_000;
/** The longest pause between two tries for the write lock. */
const MAX_LOCK_POLL_MS = 16;

/**
 * Every transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE). A server's
 * delivery thread writes through a connection of its own; a transaction that read first and
 * wrote later would fail at once with SQLITE_BUSY when that thread had written in between,
 * and a visitor would be told their request was not saved.
 *
 * The lock is waited for here, between turns of the event loop, not in SQLite's busy handler:
 * better-sqlite3 is synchronous, so the handler's sleeps stopped this whole thread, every
 * other visitor's request with it, for as long as the other connection held the lock.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #begin: () => boolean;
  constructor(config: ConstructorParameters<typeof SqliteDriver>[0], client: SqliteDatabase.Database) {
    super(config);
    const noWait = client.prepare("pragma busy_timeout = 0");
    const wait = client.prepare(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const begin = client.prepare("begin immediate");
    this.#begin = () => {
      noWait.run();
      try {
        begin.run();
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code === "SQLITE_BUSY") return false;
        throw error;
      } finally {
        wait.run();
      }
    };
  }

  override async beginTransaction(): Promise<void> {
    const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
    for (let pause = 1; !this.#begin(); pause = Math.min(pause * 2, MAX_LOCK_POLL_MS)) {
      if (Date.now() >= giveUpAt) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  readonly #client: SqliteDatabase.Database;
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], client: SqliteDatabase.Database) {
    super(config);
    this.#config = config;
    this.#client = client;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config, this.#client);
  }
}

/** Statements kept compiled, at most this many; queries with a list of values vary in text. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely prepares each query anew; compiling the same few statements on every form post
 * showed in profiles as a tenth of the server's time during a burst. The statements run to
 * completion synchronously (nothing here streams rows), so one compiled copy can be reused.
 */
function withStatementCache(client: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => client.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = client.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
