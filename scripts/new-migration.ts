/**
 * Creates the next migration for both databases from the change in their schema files:
 * `npm run db:new-migration -- add_cases`. The engine diffs the schema as it was at the
 * last migration (kept beside the migrations as schema.snapshot) against the schema now,
 * so no downloaded engine binary is needed (the PostgreSQL engine wants a reachable server to
 * start, MIGRATION_PG_URL, default the local one; nothing is written to it). Review the SQL.
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { NO_FILTER, openSchemaEngine } from "../src/db/schema-engine.ts";
import { schemaDir } from "../src/db/migrator.ts";

const SNAPSHOT = "schema.snapshot";

async function createFor(kind: "sqlite" | "postgresql", name: string, stamp: string): Promise<string | null> {
  const dir = schemaDir(kind);
  const schemaPath = path.join(dir, "schema.prisma");
  const now = fs.readFileSync(schemaPath, "utf8");
  const migrations = path.join(dir, "migrations");
  const snapshotPath = path.join(migrations, SNAPSHOT);
  const before = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, "utf8") : null;
  const factory = kind === "sqlite" ? new PrismaBetterSqlite3({ url: ":memory:" }) : new PrismaPg({ connectionString: process.env.MIGRATION_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  const { engine, close } = await openSchemaEngine(schemaPath, now, factory);
  try {
    const result = await engine.diff({
      from: before === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: schemaPath, content: before }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: now }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = result.stdout ?? "";
    if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA|UPDATE)\b/.test(sql)) return null;
    const folder = path.join(migrations, `${stamp}_${name}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), sql);
    fs.writeFileSync(path.join(migrations, "migration_lock.toml"), `# Written by scripts/new-migration.ts\nprovider = "${kind}"\n`);
    fs.writeFileSync(snapshotPath, now);
    return folder;
  } finally {
    await close();
  }
}

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Cách dùng (usage): npm run db:new-migration -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
for (const kind of ["sqlite", "postgresql"] as const) {
  const folder = await createFor(kind, name, stamp);
  console.log(folder ? `${kind}: ${path.relative(process.cwd(), folder)}/migration.sql` : `${kind}: không có thay đổi (no changes)`);
}
