/**
 * Applies the migrations of prisma/<provider>/migrations at start and with
 * `npm run db:migrate`. Before touching anything it reads the history: a half-applied
 * migration, an edited one, or a database that is ahead of this code stops start-up with
 * one line and leaves the data as it is. On PostgreSQL an advisory lock makes concurrent
 * instances migrate one at a time.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { StartupError, describeError } from "../core/errors.ts";
import { NO_FILTER, openSchemaEngine, readMigrationList, type OpenedSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

type Provider = "sqlite" | "postgresql";

/** Arbitrary constant shared by every instance of this product for its migration lock. */
const MIGRATION_LOCK_KEY = 7_311_011;

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
  const release = target.kind === "postgresql" && target.url ? await takeLock(target.url) : async () => undefined;
  const { engine, close } = await openEngine(target);
  try {
    const list = readMigrationList(path.join(schemaDir(target.kind), "migrations"), target.kind);
    await refuseUnsafeHistory(engine, list);
    const result = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER });
    return result.appliedMigrationNames;
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(`Không áp dụng được migration (migration failed), dữ liệu giữ nguyên (data left as it was): ${firstLine(error)}`, { cause: error });
  } finally {
    await close();
    await release();
  }
}

async function openEngine(target: MigrationTarget): Promise<OpenedSchemaEngine> {
  const schemaPath = path.join(schemaDir(target.kind), "schema.prisma");
  return openSchemaEngine(schemaPath, fs.readFileSync(schemaPath, "utf8"), target.factory);
}

async function refuseUnsafeHistory(engine: SchemaEngine, list: ReturnType<typeof readMigrationList>): Promise<void> {
  let diagnosis;
  try {
    diagnosis = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTER });
  } catch (error) {
    if (/P1014|_prisma_migrations/.test(describeError(error))) return; // a database never migrated: nothing to protect yet
    throw error;
  }
  const failed = diagnosis.failedMigrationNames;
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
}

async function takeLock(url: string): Promise<() => Promise<void>> {
  const lockClient = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await lockClient.connect();
  await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  return async () => {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockClient.end().catch(() => undefined);
  };
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
