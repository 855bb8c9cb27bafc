/**
 * `npm run bench:queue`: how long the officers' queue takes with many cases, now that the
 * province, the filters, the search and the order of urgency are one database query. Seeds
 * 20,000 cases over five provinces (scripts/seed-cases.ts), fills the search columns as the
 * start-up does, then times (median of 30): the first page for an officer of one province, the
 * first and the 100th page for a supervisor of every province, the overdue tab, a search by
 * case code, by phone number and by place words, and an export of one province. Beside them,
 * the old way (read 500 cases of every province, keep the officer's) for comparison, and how
 * many open cases of the officer's province the old way missed. SQLite always; PostgreSQL
 * when BENCH_DATABASE_URL names a server.
 *
 *   npm run bench:queue [-- --cases 20000]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseConfig } from "../src/config.ts";
import { createFieldCipher } from "../src/core/field-cipher.ts";
import { backfillCaseSearchKeys } from "../src/db/case-search-keys.ts";
import { createCaseServices } from "../src/db/case-services.ts";
import { openDatabase } from "../src/db/database.ts";
import { parseCaseSettings } from "../src/intake/cases/case-settings.ts";
import type { QueueFilters } from "../src/officer/dashboard/queue-query.ts";
import { generateCases, seedCases } from "../scripts/seed-cases.ts";

const argIndex = process.argv.indexOf("--cases");
const CASES = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 20_000;
const RUNS = 30;
const NOW = new Date("2026-12-01T03:00:00Z");
const cipher = createFieldCipher(randomBytes(32));

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function bench(name: string, config: DatabaseConfig, drop: () => Promise<void>): Promise<void> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const cases = generateCases({ count: CASES, seed: 1, from: "2026-01-01", to: "2026-11-30", now: NOW });
    await seedCases(database.client, cipher, cases);
    // One reporter's phone number on one case in twenty, so the phone search has something to find.
    for (const c of cases.filter((_, i) => i % 20 === 0)) await database.client.intakeCase.update({ where: { id: c.id }, data: { contactEncrypted: cipher.encrypt(JSON.stringify("0912 345 678")) } });
    const fillStart = performance.now();
    const filled = await backfillCaseSearchKeys(database.client, cipher);
    const fill = performance.now() - fillStart;
    const services = createCaseServices(database, { cipher, settings: parseCaseSettings({}), clock: () => NOW });
    const page = (filters: QueueFilters, provinces: string[] | "all" = ["tay-ninh"]) => services.officerQueue.page({ officer: "an", provinces, filters, now: NOW });
    const sample = cases.find((c) => c.provinceId === "tay-ninh")!;
    const timings: Array<[string, number]> = [
      ["one province, page 1", await median(() => page({}))],
      ["every province, page 1", await median(() => page({}, "all"))],
      ["every province, page 100", await median(() => page({ status: "all", page: 100 }, "all"))],
      ["one province, overdue tab", await median(() => page({ deadline: "overdue" }))],
      ["search by code", await median(() => page({ q: sample.code.toLowerCase().replace("-", " ") }))],
      ["search by phone", await median(() => page({ q: "+84 912 345 678" }, "all"))],
      ["search by place words", await median(() => page({ q: "xa ia grai" }, "all"))],
      ["export one province (all statuses)", await median(() => services.officerQueue.exportRows({ officer: "an", provinces: ["tay-ninh"], filters: { status: "all" }, now: NOW }, 20_000, false))],
      ["old way: 500 of every province, then filter", await median(async () => (await services.queue.list("an", { limit: 500 }, { audit: false })).filter((c) => c.provinceId === "tay-ninh"))],
    ];
    const phoneFound = (await page({ q: "+84 912 345 678" }, "all")).total;
    const placeFound = (await page({ q: "xa ia grai" }, "all")).total;
    const open = (await page({})).total;
    const oldWay = (await services.queue.list("an", { limit: 500 }, { audit: false })).filter((c) => c.provinceId === "tay-ninh").length;
    console.log(`${name}: ${CASES} cases; search columns filled for ${filled} in ${Math.round(fill)} ms (${(fill / Math.max(1, filled)).toFixed(2)} ms a case, once, at the first start)`);
    for (const [what, ms] of timings) console.log(`  ${what.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms`);
    console.log(`  found: ${phoneFound} cases by the phone number, ${placeFound} by "xa ia grai"`);
    console.log(`  open cases of Tây Ninh: ${open} in the queue now; the old way showed ${oldWay} of them`);
  } finally {
    await database.close();
    await drop();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-queue-bench-"));
await bench("SQLite", { kind: "sqlite", file: path.join(dir, "bench.sqlite") }, async () => fs.rmSync(dir, { recursive: true, force: true }));
const pgUrl = process.env.BENCH_DATABASE_URL;
if (pgUrl) {
  const name = `bvte_queue_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  await bench("PostgreSQL", { kind: "postgresql", url: url.toString() }, () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
