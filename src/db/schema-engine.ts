/**
 * Prisma's schema engine as WebAssembly, driven through a driver adapter. The Prisma CLI
 * would download a native engine binary, which this project's machines cannot fetch; the
 * wasm build creates and applies the same migrations (and keeps Prisma's own
 * `_prisma_migrations` table), so `prisma migrate deploy` still works where it is available.
 *
 * The module is instantiated by hand so that Node needs no --experimental-wasm-modules flag.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SchemaEngine, MigrationList };

export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The global WebAssembly API, typed for the one call made here (lib "dom" is not loaded). */
const wasmRuntime = (globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: object } }> };
}).WebAssembly;

let initialised: Promise<void> | undefined;

function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    const entry = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = fs.readFileSync(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await wasmRuntime.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(bg) });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return initialised;
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the connections it opened (SQLite would otherwise stay locked). */
  close(): Promise<void>;
}

/**
 * The engine arms 10-second timers it never clears; left as they are they keep a finished
 * command (npm run db:migrate, ask, ingest) alive for 10 s. Unref'd, they still fire while
 * the process has work, and no longer hold it open.
 */
function withUnrefTimers(module: Record<string, unknown>): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...module };
  for (const [name, value] of Object.entries(module)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (value as (...a: unknown[]) => unknown)(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return imports;
}

/**
 * Opens a schema engine for one schema file over a migration-aware adapter factory. On
 * PostgreSQL the engine's migrations take a session advisory lock it never releases, so the
 * factory must hand out connections that end when the engine is closed, never the
 * application's pool (see engineConnections in migrator.ts).
 */
export async function openSchemaEngine(
  schemaPath: string,
  schemaText: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OpenedSchemaEngine> {
  await initialiseWasm();
  const opened: Array<{ dispose(): Promise<void> }> = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(opened, await adapterFactory.connect()),
    connectToShadowDb: async () => remember(opened, await adapterFactory.connectToShadowDb()),
  };
  const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, () => undefined, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    engine,
    close: async () => {
      engine.free();
      for (const adapter of opened) await adapter.dispose().catch(() => undefined);
    },
  };
}

function remember<T extends { dispose(): Promise<void> }>(list: Array<{ dispose(): Promise<void> }>, adapter: T): T {
  list.push(adapter);
  return adapter;
}

/** Reads a migrations folder in the shape the engine expects (sorted by folder name). */
export function readMigrationList(migrationsDir: string, provider: "sqlite" | "postgresql"): MigrationList {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : `provider = "${provider}"\n` },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: readMigrationFile(path.join(migrationsDir, name, "migration.sql")) },
    })),
  };
}

function readMigrationFile(file: string): { tag: "ok"; value: string } | { tag: "error"; value: string } {
  try {
    return { tag: "ok", value: fs.readFileSync(file, "utf8") };
  } catch (error) {
    return { tag: "error", value: String(error) };
  }
}
