/**
 * The database: SQLite embedded by default (a file under DATA_DIR), PostgreSQL when
 * DATABASE_URL says so. Both run the same Prisma models through driver adapters; this is
 * the only module that knows which one is in use.
 */
import fs from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "../config.ts";
import { StartupError, describeError, redactUrl } from "../core/errors.ts";
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { loadPostgresDriver } from "./postgres-driver.ts";
import { applyPendingMigrations, markRolledBack, migrationsAreCurrent, migrationState, type MigrationState } from "./migrator.ts";

/** The Prisma client type; both generated clients share these models. */
export type Db = SqliteClient;

/** SQLite settings, stated once: WAL for concurrent readers, FULL sync so an acknowledged write survives power loss. */
export const SQLITE_PRAGMAS = { journal_mode: "WAL", synchronous: "FULL", foreign_keys: "ON" } as const;
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export interface Database {
  kind: DatabaseConfig["kind"];
  client: Db;
  /** A human description without credentials ("SQLite ./data/x.sqlite", "PostgreSQL postgres://u:***@h/db"). */
  describe(): string;
  /** Applies migrations that have not run yet; refuses a half-applied or foreign history. */
  migrate(): Promise<string[]>;
  /** Records that an operator repaired a half-applied migration by hand. */
  markRolledBack(name: string): Promise<boolean>;
  /** Whether the database answers and every migration of this code has been applied. */
  readiness(): Promise<MigrationState & { reachable: boolean; error?: string }>;
  close(): Promise<void>;
}

/** Opens the configured database and checks it answers; throws StartupError with one clear line when it cannot. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "sqlite") prepareSqliteDirectory(config.file);
  else await probePostgres(config.url);
  // Only the configured database's driver and client are loaded (each costs memory at start).
  const postgres = config.kind === "postgresql" ? await loadPostgresDriver() : null;
  // PostgreSQL: one pool we own and end on close (the adapter would leave idle connections open for 10 s after $disconnect).
  const pool = postgres && config.kind === "postgresql" ? new postgres.pg.Pool({ connectionString: config.url, connectionTimeoutMillis: 5_000, max: 10 }) : null;
  // An idle connection the server closed (restart, failover) is dropped by the pool; without a listener it would crash the process.
  pool?.on("error", () => undefined);
  const factory = postgres && pool ? new postgres.PrismaPg(pool) : await adapterFactory(config as DatabaseConfig & { kind: "sqlite" });
  const client = await createClient(config, factory);
  const db = buildDatabase(config, client, factory, async () => { await pool?.end(); });
  try {
    if (config.kind === "sqlite") await applySqlitePragmas(client);
    else await client.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new StartupError(`${cannotOpen(config)}: ${oneLine(error)}`, { cause: error });
  }
  return db;
}

function buildDatabase(config: DatabaseConfig, client: Db, factory: SqlMigrationAwareDriverAdapterFactory, endPool: () => Promise<void>): Database {
  const target = { kind: config.kind, factory, client, url: config.kind === "postgresql" ? config.url : undefined };
  return {
    kind: config.kind,
    client,
    describe: () => (config.kind === "sqlite" ? `SQLite ${config.file}` : `PostgreSQL ${redactUrl(config.url)}`),
    migrate: async () => {
      if (await migrationsAreCurrent(target)) return [];
      return config.kind === "sqlite" ? migrateSqlite(client, () => applyPendingMigrations(target)) : applyPendingMigrations(target);
    },
    markRolledBack: (name) => markRolledBack(target, name),
    readiness: async () => {
      try {
        return { reachable: true, ...(await migrationState(client, config.kind)) };
      } catch (error) {
        return { reachable: false, applied: 0, expected: 0, pending: [], error: oneLine(error) };
      }
    },
    close: async () => {
      await client.$disconnect();
      await endPool();
    },
  };
}

async function adapterFactory(config: DatabaseConfig & { kind: "sqlite" }): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  return new PrismaBetterSqlite3({ url: `file:${config.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
}

async function createClient(config: DatabaseConfig, factory: SqlMigrationAwareDriverAdapterFactory): Promise<Db> {
  if (config.kind === "sqlite") return new (await import("./generated/sqlite/client.ts")).PrismaClient({ adapter: factory });
  return new (await import("./generated/postgresql/client.ts")).PrismaClient({ adapter: factory }) as unknown as Db;
}

/**
 * SQLite allows one writer: the schema engine's own connection would wait on the client's,
 * so the client lets go of its connection while migrations run and takes a new one after.
 */
async function migrateSqlite(client: Db, apply: () => Promise<string[]>): Promise<string[]> {
  await client.$disconnect();
  try {
    return await apply();
  } finally {
    await applySqlitePragmas(client);
  }
}

async function applySqlitePragmas(client: Db): Promise<void> {
  for (const [name, value] of Object.entries(SQLITE_PRAGMAS)) await client.$queryRawUnsafe(`PRAGMA ${name} = ${value}`);
  await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
}

/** Connects once with a plain client: its errors (ECONNREFUSED, 28P01, 3D000) name the problem better than the adapter's. */
async function probePostgres(url: string): Promise<void> {
  const { pg } = await loadPostgresDriver();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new StartupError(`${cannotOpen({ kind: "postgresql", url })}: ${oneLine(error)}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates DATA_DIR when missing and proves it is writable, before SQLite would fail obscurely. */
function prepareSqliteDirectory(file: string): void {
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    // Owner only, as the encryption key beside it: SQLite gives its -wal and -shm the same mode.
    fs.closeSync(fs.openSync(file, "a", 0o600));
    fs.chmodSync(file, 0o600);
  } catch (error) {
    throw new StartupError(`DATA_DIR ${dir} không ghi được (is not writable): ${oneLine(error)}`, { cause: error });
  }
}

function cannotOpen(config: DatabaseConfig): string {
  return config.kind === "sqlite"
    ? `Không mở được SQLite (cannot open SQLite) ${config.file}`
    : `Không kết nối được PostgreSQL (cannot reach PostgreSQL) ${redactUrl(config.url)} [DATABASE_URL]`;
}

/** The first line of an error's description, without credentials. */
export function oneLine(error: unknown): string {
  const text = describeError(error).split("\n").find((l) => l.trim() !== "") ?? "unknown error";
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g, "$1***@").trim();
}
