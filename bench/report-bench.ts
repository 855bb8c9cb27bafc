/**
 * `npm run bench:report`: how long the periodic report of a province takes on 5,000 cases
 * (issue 18 asks for under a minute from the dashboard). Seeds 5,000 invented cases
 * (scripts/seed-cases.ts) into a fresh SQLite file, and into a fresh PostgreSQL database when
 * BENCH_DATABASE_URL names a server, then times, for Gia Lai's first half of 2026: reading and
 * computing the figures, the DOCX (with its chart), the XLSX, and the whole as the dashboard
 * does it. Median of 5 runs each.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseConfig } from "../src/config.ts";
import { createFieldCipher } from "../src/core/field-cipher.ts";
import { createCaseRepository } from "../src/db/case-repository.ts";
import { createReportDataRepository } from "../src/db/case-statistics-repository.ts";
import { openDatabase } from "../src/db/database.ts";
import { loadShippedPlans } from "../src/kb/knowledge-base.ts";
import { loadRegistry } from "../src/kb/registry/registry.ts";
import { buildPeriodicReport } from "../src/reports/periodic-report.ts";
import { reportChartPng } from "../src/reports/report-chart.ts";
import { reportDocx } from "../src/reports/report-docx.ts";
import { generateReportFiles } from "../src/reports/report-files.ts";
import { reportXlsx } from "../src/reports/report-xlsx.ts";
import { generateCases, seedCases } from "../scripts/seed-cases.ts";

const CASES = 5000;
const RUNS = 5;
const cipher = createFieldCipher(randomBytes(32));
const registry = loadRegistry();
const plans = loadShippedPlans(registry).plans;
const input = { provinceId: "gia-lai", period: { from: "2026-01-01", to: "2026-06-30" }, now: new Date("2026-07-02T03:00:00Z") };

async function time(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function bench(name: string, config: DatabaseConfig, drop: () => Promise<void>): Promise<void> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const seedStart = performance.now();
    await seedCases(database.client, cipher, generateCases({ count: CASES, seed: 1, from: "2026-01-01", to: "2026-11-30", now: input.now }));
    const seeded = performance.now() - seedStart;
    const deps = { data: createReportDataRepository(database.client, cipher), plans: () => plans, registry };
    const report = await buildPeriodicReport(deps, input);
    const figures = await time(() => buildPeriodicReport(deps, input));
    const chart = await time(() => reportChartPng(report.tables));
    const docx = await time(async () => reportDocx(report, { chartPng: await reportChartPng(report.tables) }));
    const xlsx = await time(() => reportXlsx(report));
    const whole = await time(() => generateReportFiles({ ...deps, audit: createCaseRepository(database.client, cipher) }, { ...input, officer: "bench", docx: true, xlsx: true }));
    console.log(`${name}: ${CASES} cases seeded in ${Math.round(seeded)} ms; Gia Lai 01/01-30/06/2026 holds ${report.figures.total} of them`);
    console.log(`  figures (read + compute) ${figures.toFixed(0)} ms, chart ${chart.toFixed(0)} ms, DOCX ${docx.toFixed(0)} ms, XLSX ${xlsx.toFixed(0)} ms, all files + audit ${whole.toFixed(0)} ms (median of ${RUNS})`);
  } finally {
    await database.close();
    await drop();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-report-bench-"));
await bench("SQLite", { kind: "sqlite", file: path.join(dir, "bench.sqlite") }, async () => fs.rmSync(dir, { recursive: true, force: true }));
const pgUrl = process.env.BENCH_DATABASE_URL;
if (pgUrl) {
  const name = `bvte_report_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  await bench("PostgreSQL", { kind: "postgresql", url: url.toString() }, () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
