/**
 * The databases a storage test runs against: always a fresh SQLite file, and a fresh
 * PostgreSQL database when TEST_DATABASE_URL names a server (CI sets it). Each call makes a
 * new empty database so tests never see each other's data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach } from "vitest";
import type { DatabaseConfig } from "../../src/config.ts";

export interface TestDatabase {
  name: "sqlite" | "postgresql";
  config: DatabaseConfig;
  /** Removes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

export type TestDatabaseFactory = { name: "sqlite" | "postgresql"; create(): Promise<TestDatabase> };

export const postgresUrl = process.env.TEST_DATABASE_URL;

export function tempDir(prefix = "bvte-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const sqlite: TestDatabaseFactory = {
  name: "sqlite",
  async create() {
    const dir = tempDir();
    return { name: "sqlite", config: { kind: "sqlite", file: path.join(dir, "test.sqlite") }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgresql: TestDatabaseFactory = {
  name: "postgresql",
  async create() {
    const base = new URL(postgresUrl!);
    const dbName = `bvte_t_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${dbName}`);
    const url = new URL(base.toString());
    url.pathname = `/${dbName}`;
    return {
      name: "postgresql",
      config: { kind: "postgresql", url: url.toString() },
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`),
    };
  },
};

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. Use with describe.each. */
export const testDatabases: TestDatabaseFactory[] = postgresUrl ? [sqlite, postgresql] : [sqlite];

/**
 * A fresh, migrated database per test for one factory: call inside describe.each. `open()`
 * creates it; the afterEach hook closes and drops it. `reopen()` closes and opens the same
 * database again, as a restart would.
 */
export function useMigratedDatabase(factory: TestDatabaseFactory) {
  let target: TestDatabase | undefined;
  let db: import("../../src/db/database.ts").Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
    await target?.drop();
    target = undefined;
  });
  return {
    async open() {
      const { openDatabase } = await import("../../src/db/database.ts");
      target = await factory.create();
      db = await openDatabase(target.config);
      await db.migrate();
      return db;
    },
    async reopen() {
      const { openDatabase } = await import("../../src/db/database.ts");
      await db?.close();
      db = await openDatabase(target!.config);
      return db;
    },
    get db() {
      return db!;
    },
    get target() {
      return target!;
    },
  };
}
