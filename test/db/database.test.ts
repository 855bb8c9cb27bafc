import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.ts";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { MIGRATION_LOCK_KEY, migrationNames, schemaDir } from "../../src/db/migrator.ts";
import { StartupError } from "../../src/core/errors.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";

describe.each(testDatabases)("database on $name", (factory) => {
  let target: TestDatabase;
  const opened: Database[] = [];
  const open = async () => {
    const db = await openDatabase(target.config);
    opened.push(db);
    return db;
  };

  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close().catch(() => undefined);
    await target?.drop();
  });

  it("a new database is migrated on first open and then reports ready", async () => {
    target = await factory.create();
    const db = await open();
    expect((await db.readiness()).pending).toEqual(migrationNames(db.kind));
    expect(await db.migrate()).toEqual(migrationNames(db.kind));
    const state = await db.readiness();
    expect(state).toMatchObject({ reachable: true, pending: [], applied: migrationNames(db.kind).length });
    expect(await db.migrate()).toEqual([]);
  });

  it.runIf(factory.name === "postgresql")("two instances starting at once on one PostgreSQL apply each migration once", async () => {
    target = await factory.create();
    const [a, b] = await Promise.all([open(), open()]);
    const [appliedA, appliedB] = await Promise.all([a.migrate(), b.migrate()]);
    expect([...appliedA, ...appliedB].sort()).toEqual(migrationNames("postgresql").sort());
    const rows = await a.client.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT count(*) AS n FROM _prisma_migrations`);
    expect(Number(rows[0]!.n)).toBe(migrationNames("postgresql").length);
  });

  it.runIf(factory.name === "postgresql")("an instance whose database is current starts while another holds the migration locks", async () => {
    target = await factory.create();
    await (await open()).migrate();
    const holder = new pg.Client({ connectionString: (target.config as { url: string }).url });
    holder.on("error", () => undefined); // dropped with the database if the test fails
    await holder.connect();
    try {
      // This product's lock and the one Prisma's schema engine takes (72707369), as an instance in the middle of migrating holds them.
      await holder.query("SELECT pg_advisory_lock($1), pg_advisory_lock(72707369)", [MIGRATION_LOCK_KEY]);
      const second = await open();
      const started = Date.now();
      expect(await second.migrate()).toEqual([]);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await second.readiness()).pending).toEqual([]);
    } finally {
      await holder.end();
    }
  });

  it("data written before a restart is there after it", async () => {
    target = await factory.create();
    const first = await open();
    await first.migrate();
    await first.client.planDocument.create({ data: { documentNumber: "99/KH-UBND", title: "Kế hoạch thử", currentVersion: 1 } });
    await first.close();
    const second = await open();
    await second.migrate();
    const row = await second.client.planDocument.findUnique({ where: { documentNumber: "99/KH-UBND" } });
    expect(row?.title).toBe("Kế hoạch thử");
  });

  it("a half-applied migration stops start-up with one line and leaves the data untouched", async () => {
    target = await factory.create();
    const db = await open();
    await db.migrate();
    await db.client.planDocument.create({ data: { documentNumber: "1/KH", title: "giữ nguyên", currentVersion: 1 } });
    expect(migrationNames(db.kind).length).toBeGreaterThan(1); // the failed one must not be the one that created PlanDocument
    const name = migrationNames(db.kind).at(-1)!;
    await db.client.$executeRawUnsafe(`UPDATE _prisma_migrations SET finished_at = NULL, logs = 'failed' WHERE migration_name = '${name}'`);
    await db.close();

    const again = await open();
    const error = await again.migrate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toMatch(/half-applied/);
    expect((error as Error).message.split("\n")).toHaveLength(1);
    expect(await again.client.planDocument.count()).toBe(1);

    // The operator restores the tables' state by hand, then records it; the next start re-applies the migration.
    for (const statement of undoStatements(db.kind, name)) await again.client.$executeRawUnsafe(statement);
    expect(await again.markRolledBack(name)).toBe(true);
    expect(await again.migrate()).toEqual([name]);
    expect((await again.readiness()).pending).toEqual([]);
  });

  it("a database with migrations this code does not know is refused", async () => {
    target = await factory.create();
    const db = await open();
    await db.migrate();
    await db.client.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x1', 'abc', '29991231000000_from_the_future', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
    );
    const error = await db.migrate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain("29991231000000_from_the_future");
  });
});

/** What undoes a migration (its tables, added columns and indexes, last first), read from its SQL, as an operator undoing it would. */
function undoStatements(kind: "sqlite" | "postgresql", name: string): string[] {
  const sql = fs.readFileSync(path.join(schemaDir(kind), "migrations", name, "migration.sql"), "utf8");
  const undo = [...sql.matchAll(/CREATE TABLE "([^"]+)"|ALTER TABLE "([^"]+)" ADD COLUMN\s+"([^"]+)"|CREATE (?:UNIQUE )?INDEX "([^"]+)"/g)].map((m) =>
    m[1] ? `DROP TABLE "${m[1]}"` : m[2] ? `ALTER TABLE "${m[2]}" DROP COLUMN "${m[3]}"` : `DROP INDEX IF EXISTS "${m[4]}"`);
  return undo.reverse();
}

describe("database start-up errors", () => {
  it("an unreachable PostgreSQL is one line naming DATABASE_URL, without the password", async () => {
    const error = await openDatabase({ kind: "postgresql", url: "postgresql://app:s3cret@127.0.0.1:1/nothing" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toMatch(/PostgreSQL.*DATABASE_URL.*ECONNREFUSED/);
    expect(message).not.toContain("s3cret");
    expect(message.split("\n")).toHaveLength(1);
  });

  it("a DATA_DIR that cannot be written is one line naming DATA_DIR", async () => {
    const unwritable = process.getuid?.() === 0 ? "/sys/kernel/bvte-data" : "/proc/bvte-data";
    const error = await openDatabase({ kind: "sqlite", file: `${unwritable}/db.sqlite` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^DATA_DIR .*bvte-data.* not writable/);
  });
});

describe("the SQLite file on disk", () => {
  it("is readable and writable by its owner only, with its write-ahead log", async () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "bvte-mode-"));
    const file = path.join(dir, "db.sqlite");
    const database = await openDatabase({ kind: "sqlite", file });
    try {
      await database.migrate();
      for (const f of [file, `${file}-wal`].filter((f) => fs.existsSync(f))) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
