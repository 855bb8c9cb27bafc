import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrationNames } from "../../src/db/migrator.ts";
import { PROJECT_ROOT, startAppProcess, type AppProcess } from "../support/app-process.ts";
import { postgresUrl, tempDir, testDatabases, type TestDatabase } from "../support/test-databases.ts";

/** How long an instance may take from spawn to ready on a busy machine; a stuck one waits forever. */
const READY_WITHIN_MS = 45_000;

describe.runIf(postgresUrl)("several instances on one PostgreSQL database", () => {
  let target: TestDatabase | undefined;
  const processes: AppProcess[] = [];
  const cleanups: Array<() => void> = [];

  const start = (root?: string) => {
    const dataDir = tempDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const proc = startAppProcess({ DATA_DIR: dataDir, DATABASE_URL: (target!.config as { url: string }).url }, root);
    processes.push(proc);
    return proc;
  };

  afterEach(async () => {
    await Promise.all(processes.splice(0).map((p) => p.kill()));
    await target?.drop();
    target = undefined;
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it("two instances started together on a new database both become ready, and neither keeps a lock", async () => {
    target = await createPostgres();
    const [a, b] = [start(), start()];
    const urls = await Promise.all([ready(a), ready(b)]);
    for (const url of urls) expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(await appliedMigrations(target)).toEqual(migrationNames("postgresql"));
    expect(await advisoryLocksHeld(target)).toEqual([]);
  }, 120_000);

  it("a rolling upgrade: the old instance keeps serving while a new one applies the last migration and becomes ready", async () => {
    target = await createPostgres();
    const previous = previousVersion();
    cleanups.push(previous.remove);
    const oldUrl = await ready(start(previous.root));
    expect(await appliedMigrations(target)).toEqual(migrationNames("postgresql").slice(0, -1));

    const watch = watchReadiness(oldUrl);
    const newUrl = await ready(start());
    const oldStatuses = await watch.stop();

    expect(await appliedMigrations(target)).toEqual(migrationNames("postgresql"));
    expect((await fetch(`${newUrl}/readyz`)).status).toBe(200);
    expect(oldStatuses.length).toBeGreaterThan(0);
    expect(new Set(oldStatuses)).toEqual(new Set([200]));
    expect((await fetch(`${oldUrl}/readyz`)).status).toBe(200);
    expect(await advisoryLocksHeld(target)).toEqual([]);
  }, 120_000);
});

async function createPostgres(): Promise<TestDatabase> {
  return testDatabases.find((f) => f.name === "postgresql")!.create();
}

/** Waits until the process listens and answers /readyz with 200, within READY_WITHIN_MS of now. */
async function ready(proc: AppProcess): Promise<string> {
  const deadline = Date.now() + READY_WITHIN_MS;
  const url = await proc.listening(READY_WITHIN_MS);
  while (Date.now() < deadline) {
    if ((await fetch(`${url}/readyz`)).status === 200) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} was not ready within ${READY_WITHIN_MS} ms`);
}

/** Asks /readyz every 100 ms until stopped; returns the statuses (0 when the request failed). */
function watchReadiness(url: string): { stop(): Promise<number[]> } {
  const statuses: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      statuses.push(await fetch(`${url}/readyz`).then((r) => r.status, () => 0));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return statuses;
    },
  };
}

/**
 * A copy of this code without its last PostgreSQL migration: the version a rolling upgrade
 * replaces. Dependencies and content are shared through links; the code and migrations are
 * copied because each instance finds them next to its own source files.
 */
function previousVersion(): { root: string; remove(): void } {
  const root = tempDir("bvte-previous-");
  for (const entry of ["src", "prisma", "package.json", "tsconfig.json"]) {
    fs.cpSync(path.join(PROJECT_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  for (const entry of ["node_modules", "content", "prompts"]) fs.symlinkSync(path.join(PROJECT_ROOT, entry), path.join(root, entry));
  fs.rmSync(path.join(root, "prisma", "postgresql", "migrations", migrationNames("postgresql").at(-1)!), { recursive: true });
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

async function withClient<T>(target: TestDatabase, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: (target.config as { url: string }).url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function appliedMigrations(target: TestDatabase): Promise<string[]> {
  return withClient(target, async (client) => {
    const result = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return result.rows.map((r) => r.migration_name);
  });
}

/** Advisory locks held or awaited by anyone on the test database, with what the holder last ran. */
async function advisoryLocksHeld(target: TestDatabase): Promise<string[]> {
  return withClient(target, async (client) => {
    const result = await client.query<{ lock: string }>(
      `SELECT l.objid || CASE WHEN l.granted THEN ' held by ' ELSE ' awaited by ' END || a.state || ': ' || left(a.query, 60) AS lock
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND a.datname = current_database()`,
    );
    return result.rows.map((r) => r.lock);
  });
}
