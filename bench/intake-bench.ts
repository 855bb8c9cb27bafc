/**
 * `npm run bench:intake`: how many complete reports per second the product acknowledges
 * with many reporters at once, and whether any acknowledged report is missing afterwards.
 *
 * Each reporter goes through the whole flow (/report, twelve answers, "gửi") in the real
 * conversation core over the Prisma conversation store and the real case queue, in-process,
 * with encryption on; the per-user rate limit is lifted (it is meant for people, not for a
 * load generator). Measured on SQLite and, when a server answers (TEST_DATABASE_URL or
 * postgresql://postgres@127.0.0.1:5432/test), on a temporary PostgreSQL database, beside
 * raw better-sqlite3 inserts of one case row per transaction with the same durability (WAL,
 * synchronous=FULL). Prints reports/s, the ratio to the raw inserts and the reports lost
 * (case codes returned that are not rows in the database; must be 0).
 *
 *   npm run bench:intake [-- --seconds 4 --reporters 32]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "../src/config.ts";
import { createFieldCipher } from "../src/core/field-cipher.ts";
import { createDefaultConversationCore } from "../src/conversation/default-conversation-core.ts";
import type { ConversationCore, InboundMessage } from "../src/conversation/conversation-types.ts";
import { createCaseServices } from "../src/db/case-services.ts";
import { createConversationRepository } from "../src/db/conversation-repository.ts";
import { openDatabase, SQLITE_PRAGMAS } from "../src/db/database.ts";
import { parseCaseSettings } from "../src/intake/cases/case-settings.ts";
import { loadRegistry, type Registry } from "../src/kb/registry/registry.ts";

const CASE_CODE = /\b(TE-[A-Z0-9]{6})\b/;
const ANSWERS = ["không", "hàng xóm", "", "8 tuổi", "bé trai", "Gia Lai", "xã Ia Grai", "tuần trước", "không", "ẩn danh", "xong", "gửi"];
const SILENT = { child: () => SILENT, info: () => {}, warn: () => {}, error: () => {} };
const DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test";

interface Options {
  seconds: number;
  reporters: number;
}

interface IntakeResult {
  name: string;
  acknowledged: number;
  seconds: number;
  rows: number;
  lost: number;
}

function parseArgs(argv: string[]): Options {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const n = i >= 0 ? Number(argv[i + 1]) : NaN;
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return { seconds: value("--seconds", 4), reporters: value("--reporters", 32) };
}

/** One complete report through the core; returns the case code the reporter was given, or null. */
async function oneReport(core: ConversationCore, chatId: string, n: number): Promise<string | null> {
  let last = "";
  const texts = ["/report", ...ANSWERS.map((a) => a || `Cháu bé số ${n} bị cha dượng đánh bằng roi mây, người bầm tím`)];
  for (const [i, text] of texts.entries()) {
    const message: InboundMessage = { channel: "web", chatId, userId: chatId, messageId: `${chatId}-${i}`, kind: "text", text, attachments: [], receivedAt: new Date() };
    last = (await core.handle(message)).map((r) => r.text).join("\n");
  }
  return CASE_CODE.exec(last)?.[1] ?? null;
}

/** Many reporters for `seconds`; reports already started are finished, then codes are checked against rows. */
async function benchIntake(name: string, config: DatabaseConfig, registry: Registry, options: Options): Promise<IntakeResult> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const cipher = createFieldCipher(randomBytes(32));
    const cases = createCaseServices(database, { cipher, settings: parseCaseSettings({}) });
    const core = createDefaultConversationCore({
      store: createConversationRepository(database.client, cipher), caseIntake: cases.intake, logger: SILENT, registry,
      answerQuestion: () => ({ answer: "", found: false, citations: [], language: "vi" }),
      rateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
    });
    await oneReport(core, "warm-up", 0);
    const codes: string[] = [];
    let failed = 0;
    let counter = 0;
    const started = performance.now();
    const until = started + options.seconds * 1000;
    const worker = async (w: number) => {
      while (performance.now() < until) {
        const code = await oneReport(core, `bench-${w}-${counter}`, counter++);
        if (code) codes.push(code);
        else failed++;
      }
    };
    await Promise.all(Array.from({ length: options.reporters }, (_, w) => worker(w)));
    const seconds = (performance.now() - started) / 1000;
    if (failed > 0) console.error(`${name}: ${failed} reports ended without a case code`);
    const stored = new Set((await database.client.intakeCase.findMany({ select: { code: true } })).map((r: { code: string }) => r.code));
    const lost = codes.filter((c) => !stored.has(c)).length;
    return { name, acknowledged: codes.length, seconds, rows: stored.size - 1, lost };
  } finally {
    await database.close();
  }
}

/** One case row per transaction, WAL and synchronous=FULL, for `seconds`. */
function benchRawSqlite(file: string, seconds: number): { perSecond: number; rows: number } {
  const db = new BetterSqlite3(file);
  for (const [name, value] of Object.entries(SQLITE_PRAGMAS)) db.pragma(`${name} = ${value}`);
  db.exec(`CREATE TABLE intake_case (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, status TEXT NOT NULL, risk TEXT NOT NULL,
    category TEXT NOT NULL, red_flags TEXT NOT NULL, province_id TEXT, narrative BLOB NOT NULL, created_at INTEGER NOT NULL, action_due_at INTEGER NOT NULL)`);
  const insert = db.prepare("INSERT INTO intake_case VALUES (?, ?, 'new', 'high', 'physical_violence', '[\"injury\"]', 'gia-lai', ?, ?, ?)");
  const report = db.transaction((i: number) => {
    const now = Date.now();
    insert.run(randomBytes(12).toString("hex"), `TE-${i.toString(36).toUpperCase().padStart(6, "0")}`, randomBytes(160), now, now + 86_400_000);
  });
  let rows = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) report(rows++);
  const perSecond = rows / ((performance.now() - started) / 1000);
  db.close();
  return { perSecond, rows };
}

/** A temporary PostgreSQL database, or null when no server answers. */
async function temporaryPostgres(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const base = process.env.TEST_DATABASE_URL ?? DEFAULT_PG;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 2000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `bvte_bench_${randomBytes(5).toString("hex")}`;
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (error) {
    console.log(`PostgreSQL: skipped (${base.replace(/\/\/[^@]*@/, "//***@")} did not answer: ${(error as Error).message})`);
    return null;
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function line(r: IntakeResult, raw: number): string {
  const rate = r.acknowledged / r.seconds;
  return `${r.name.padEnd(11)} ${rate.toFixed(1).padStart(8)} reports/s  (${(rate * 13).toFixed(0)} messages/s; ${r.acknowledged} acknowledged in ${r.seconds.toFixed(1)} s, ${r.rows} rows)  ratio to raw ${(rate / raw).toFixed(4)}  lost ${r.lost}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-bench-intake-"));
  const registry = loadRegistry();
  const results: IntakeResult[] = [];
  try {
    const raw = benchRawSqlite(path.join(dir, "raw.sqlite"), options.seconds);
    results.push(await benchIntake("SQLite", { kind: "sqlite", file: path.join(dir, "intake.sqlite") }, registry, options));
    const postgres = await temporaryPostgres();
    if (postgres) {
      try {
        results.push(await benchIntake("PostgreSQL", { kind: "postgresql", url: postgres.url }, registry, options));
      } finally {
        await postgres.drop();
      }
    }
    console.log(`Intake benchmark: ${options.reporters} concurrent reporters, ${options.seconds} s per part, 13 messages per report`);
    console.log(`${"raw SQLite".padEnd(11)} ${raw.perSecond.toFixed(1).padStart(8)} inserts/s  (${raw.rows} one-row transactions, WAL, synchronous=FULL)`);
    for (const r of results) console.log(line(r, raw.perSecond));
    const lost = results.reduce((sum, r) => sum + r.lost, 0);
    console.log(`reports lost: ${lost}`);
    if (lost > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
