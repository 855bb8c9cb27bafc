/**
 * Applies the migrations of prisma/<provider>/migrations at start and with
 * `npm run db:migrate`. Before touching anything it reads the history: a half-applied
 * migration, an edited one, or a database that is ahead of this code stops start-up with
 * one line and leaves the data as it is. A database that is already current is left alone
 * without taking any lock, so an instance joining others starts at once. On PostgreSQL an
 * advisory lock makes concurrent instances migrate one at a time, and every lock (ours and
 * the schema engine's) is gone before the instance serves.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PoolClient } from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { StartupError, describeError } from "../core/errors.ts";
import { loadPostgresDriver } from "./postgres-driver.ts";
import { NO_FILTER, openSchemaEngine, readMigrationList, type MigrationList, type SchemaEngine } from "./schema-engine.ts";

type Provider = "sqlite" | "postgresql";

/** Arbitrary constant shared by every instance of this product for its migration lock. */
export const MIGRATION_LOCK_KEY = 7_311_011;

interface MigrationTarget {
  kind: Provider;
  factory: SqlMigrationAwareDriverAdapterFactory;
  client: { $queryRawUnsafe<T = unknown>(query: string): Promise<T> };
  url: string | undefined;
}

export interface MigrationState {
  applied: number;
  expected: number;
  pending: string[];
}

export function schemaDir(kind: Provider): string {
  return path.join(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../.."), "prisma", kind);
}

export function migrationNames(kind: Provider): string[] {
  return readMigrationList(path.join(schemaDir(kind), "migrations"), kind).migrationDirectories.map((d) => d.path);
}

/** Applies pending migrations and returns their names; throws StartupError when the history is not safe to extend. */
export async function applyPendingMigrations(target: MigrationTarget): Promise<string[]> {
  const list = readMigrationList(path.join(schemaDir(target.kind), "migrations"), target.kind);
  try {
    if (!(await withEngine(target, (engine) => checkHistory(engine, list, false)))) return [];
    return await withMigrationLock(target, () =>
      withEngine(target, async (engine) => {
        if (!(await checkHistory(engine, list, true))) return []; // another instance applied them while this one waited
        return (await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER })).appliedMigrationNames;
      }),
    );
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(`Không áp dụng được migration (migration failed), dữ liệu giữ nguyên (data left as it was): ${firstLine(error)}`, { cause: error });
  }
}

/** Runs `use` with a schema engine and closes the engine, and on PostgreSQL the connections it used, before returning. */
async function withEngine<T>(target: MigrationTarget, use: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const connections = target.kind === "postgresql" && target.url ? await engineConnections(target.url) : { factory: target.factory, close: async () => undefined };
  try {
    const schemaPath = path.join(schemaDir(target.kind), "schema.prisma");
    const { engine, close } = await openSchemaEngine(schemaPath, fs.readFileSync(schemaPath, "utf8"), connections.factory);
    try {
      return await use(engine);
    } finally {
      await close();
    }
  } finally {
    await connections.close();
  }
}

/**
 * Connections for the schema engine alone. Its migrations take pg_advisory_lock(72707369) and
 * never unlock it: the engine counts on its connection closing. Given the application's pool,
 * that lock stayed on a pooled connection the application kept using, and every other
 * instance waited on it. This pool ends with the engine; a connection still waiting (the
 * engine gives up after 10 s when someone else holds its lock) is ended too, so closing never hangs.
 */
async function engineConnections(url: string): Promise<{ factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> }> {
  const { pg, PrismaPg } = await loadPostgresDriver();
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 4 });
  pool.on("error", () => undefined);
  const busy = new Set<PoolClient>();
  pool.on("acquire", (client) => busy.add(client));
  pool.on("release", (_error, client) => busy.delete(client));
  pool.on("remove", (client) => busy.delete(client));
  return {
    factory: new PrismaPg(pool),
    close: async () => {
      for (const client of busy) void client.end().catch(() => undefined);
      await pool.end();
    },
  };
}

/**
 * Refuses a history that is not safe to extend; returns whether migrations are pending.
 * Reading the history takes no lock, so an instance whose database is current never waits.
 * Without the lock, an unfinished migration may be one another instance is applying right now:
 * it only says "look again under the lock", where an unfinished one really was left half-applied.
 */
async function checkHistory(engine: SchemaEngine, list: MigrationList, locked: boolean): Promise<boolean> {
  let diagnosis;
  try {
    diagnosis = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTER });
  } catch (error) {
    if (/P1014|_prisma_migrations/.test(describeError(error))) return true; // a database never migrated: nothing to protect yet
    throw error;
  }
  const failed = diagnosis.failedMigrationNames;
  if (failed.length > 0 && !locked) return true;
  if (failed.length > 0) {
    throw new StartupError(
      `Migration ${failed.join(", ")} đã chạy dở (was half-applied); không thay đổi gì thêm (nothing else was changed). ` +
        `Khôi phục bản sao lưu hoặc hoàn tất bằng tay, rồi chạy: npm run db:migrate -- --mark-rolled-back ${failed[0]}`,
    );
  }
  if (diagnosis.editedMigrationNames.length > 0) {
    throw new StartupError(`Migration đã áp dụng bị sửa (applied migration was edited): ${diagnosis.editedMigrationNames.join(", ")}`);
  }
  const history = diagnosis.history;
  if (history && history.diagnostic !== "databaseIsBehind") {
    throw new StartupError(
      `Cơ sở dữ liệu có migration mà mã này không biết (the database has migrations this code does not know): ` +
        `${history.unpersistedMigrationNames.join(", ")}. Có thể đang chạy bản cũ hơn (an older version of the app?)`,
    );
  }
  return !diagnosis.hasMigrationsTable || history !== null;
}

/**
 * True when the database's history holds exactly this code's migrations, each finished, none
 * unfinished, none edited (Prisma's checksum is the SHA-256 of the migration file). Read with
 * one query and no lock, so an instance whose database is current starts without loading the
 * schema engine (a WebAssembly module of about 60 MB). Anything else, including a database
 * never migrated, goes to the engine, which applies, refuses or explains.
 */
export async function migrationsAreCurrent(target: MigrationTarget): Promise<boolean> {
  const list = readMigrationList(path.join(schemaDir(target.kind), "migrations"), target.kind);
  let rows: Array<{ migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown }>;
  try {
    rows = await target.client.$queryRawUnsafe(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations`);
  } catch {
    return false;
  }
  const active = rows.filter((r) => r.rolled_back_at === null);
  if (active.some((r) => r.finished_at === null)) return false;
  const applied = new Map(active.map((r) => [r.migration_name, r.checksum]));
  if (applied.size !== list.migrationDirectories.length) return false;
  return list.migrationDirectories.every((d) => {
    const file = d.migrationFile.content;
    return file.tag === "ok" && applied.get(d.path) === createHash("sha256").update(file.value).digest("hex");
  });
}

/**
 * On PostgreSQL, runs `use` holding this product's migration lock on a connection of its own,
 * so instances migrate one after another; the connection is closed afterwards, which releases
 * the lock even when the unlock itself fails. SQLite's single writer needs no lock.
 */
async function withMigrationLock<T>(target: MigrationTarget, use: () => Promise<T>): Promise<T> {
  if (target.kind !== "postgresql" || !target.url) return use();
  const { pg } = await loadPostgresDriver();
  const lockClient = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  lockClient.on("error", () => undefined);
  await lockClient.connect();
  try {
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    return await use();
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockClient.end().catch(() => undefined);
  }
}

/**
 * Marks a failed migration as rolled back after an operator repaired the database by hand,
 * as `prisma migrate resolve --rolled-back` does: the row stays for the record, and the
 * next start applies the migration again. Returns whether a failed row was found.
 */
export async function markRolledBack(target: MigrationTarget, name: string): Promise<boolean> {
  const rows = await target.client.$queryRawUnsafe<Array<{ migration_name: string }>>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL AND migration_name = '${name.replace(/'/g, "''")}'`,
  );
  if (rows.length === 0) return false;
  await target.client.$queryRawUnsafe(
    `UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE finished_at IS NULL AND rolled_back_at IS NULL AND migration_name = '${name.replace(/'/g, "''")}'`,
  );
  return true;
}

/** Counts applied migrations against this code's folder: what /readyz reports. */
export async function migrationState(
  client: { $queryRawUnsafe<T = unknown>(query: string): Promise<T> },
  kind: Provider,
): Promise<MigrationState> {
  const expected = migrationNames(kind);
  let rows: Array<{ migration_name: string }> = [];
  try {
    rows = await client.$queryRawUnsafe(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
  } catch (error) {
    if (!/no such table|relation "_prisma_migrations" does not exist|P2010.*42P01/i.test(describeError(error))) throw error;
  }
  const applied = new Set(rows.map((r) => r.migration_name));
  return { applied: applied.size, expected: expected.length, pending: expected.filter((n) => !applied.has(n)) };
}

function firstLine(error: unknown): string {
  return describeError(error).split("\n").find((l) => l.trim() !== "")?.trim() ?? "unknown error";
}
