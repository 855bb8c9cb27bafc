/**
 * Nothing of a report's words on disk in clear, through the real server and the web chat, on
 * SQLite (the database file, its WAL and journal) and PostgreSQL (every row of every table as
 * text): not the narrative's distinctive words, not the words the triage reasons quote, not the
 * commune, accented or folded. The officer still reads all of it. A case stored by an older
 * version (commune and quoting reasons in clear) is sealed at the next start, once.
 */
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { foldKey } from "../../src/core/vietnamese-text.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";
import { answerReport, caseCodeIn, listCases, removeDataDirs, repliesText, showCase, sqliteBytes, startApp, useHumanClock, webReporter, type RunningApp } from "../e2e/e2e-support.ts";

const MARKER = "Vyzkorthanu";
const NARRATIVE = `Bé gái tên ${MARKER} bị cha dượng đánh bằng roi mây nhiều ngày, người bầm tím`;
const COMMUNE = "Krông Zathuvyn";
/** What the triage reasons of this narrative quote from it. */
const QUOTED = ["cha dượng", "bầm tím", "roi mây"];
const ANSWERS = ["không", NARRATIVE, `xã ${COMMUNE}, Gia Lai`, "8 tuổi", "tuần trước", "hàng xóm", "ẩn danh", "gửi"];

/** Every row of every table in the database, as PostgreSQL prints a row. */
async function allPostgresRows(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    const out: string[] = [];
    for (const { table_name: table } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t`);
      out.push(...rows.rows.map((r) => r.row));
    }
    return out.join("\n");
  } finally {
    await client.end();
  }
}

async function onDisk(db: TestDatabase): Promise<string> {
  return db.config.kind === "sqlite" ? sqliteBytes(db.config.file).toString("utf8") : allPostgresRows(db.config.url);
}

describe.each(testDatabases)("data at rest on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp | undefined;
  const clock = useHumanClock();

  beforeEach(async () => {
    db = await factory.create();
  });
  afterEach(async () => {
    await running?.app.stop();
    running = undefined;
    await db.drop();
    removeDataDirs();
    clock.restore();
  });

  it("a whole report through the web chat leaves no narrative words, quoted words or commune in clear; the officer reads them all", { timeout: 120_000 }, async () => {
    running = await startApp(db);
    const reporter = webReporter(running.app.url);
    await reporter.send("/report");
    const last = await answerReport(async (text) => repliesText((await reporter.send(text)).replies), clock, ANSWERS);
    const code = caseCodeIn(last);
    expect(code, last).not.toBeNull();

    const shown = (await showCase(running, code!))!;
    expect(shown.narrative).toContain(MARKER);
    expect(shown.commune).toContain(COMMUNE);
    expect(shown.reasons.join(" ")).toMatch(/cha dượng|bầm tím/);

    const disk = await onDisk(db);
    expect(disk).toContain(code!);
    for (const words of [MARKER, ...QUOTED, COMMUNE, foldKey(COMMUNE), "Zathuvyn", foldKey("Zathuvyn")]) expect(disk.toLowerCase(), words).not.toContain(words.toLowerCase());
  });

  it("a case stored in clear by an older version is sealed at the next start, and reads the same", { timeout: 120_000 }, async () => {
    running = await startApp(db);
    const reporter = webReporter(running.app.url);
    await reporter.send("/report");
    const code = caseCodeIn(await answerReport(async (text) => repliesText((await reporter.send(text)).replies), clock, ANSWERS))!;
    const before = (await showCase(running, code))!;
    // As an older version wrote it: the commune and the quoting reasons in clear, no sealed copy.
    await running.app.database.client.intakeCase.updateMany({ where: { code }, data: { commune: before.commune, reasonsJson: JSON.stringify(before.reasons), reasonsEncrypted: null } });
    expect(await onDisk(db)).toContain("bầm tím");
    const dataDir = running.dataDir;
    await running.app.stop();

    running = await startApp(db, {}, dataDir);
    await running.app.stop();
    running = await startApp(db, {}, dataDir);
    const after = (await showCase(running, code))!;
    expect(after.commune).toBe(before.commune);
    expect(after.reasons).toEqual(before.reasons);
    expect((await listCases(running)).find((c) => c.code === code)?.commune).toBe(before.commune);
    const row = (await running.app.database.client.intakeCase.findUnique({ where: { code } }))!;
    expect(row.commune).toMatch(/^v1:/);
    expect(row.reasonsJson).not.toMatch(/bầm tím|cha dượng/);
    // SQLite keeps freed pages until they are reused: the rows are what must hold no clear text.
    expect(JSON.stringify(await running.app.database.client.intakeCase.findMany())).not.toMatch(/bầm tím|cha dượng|Zathuvyn/);
  });
});
