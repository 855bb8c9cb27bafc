/**
 * The search box through the real application on SQLite and PostgreSQL (issue 16, item 2): an
 * officer made with `npm run officer -- add` finds a web-chat report by its code typed
 * loosely, by the reporter's phone number however it is written (stored encrypted, found by
 * its keyed hash) and by words of the commune without diacritics; only in their provinces;
 * every search audited without the number; cases stored before the search columns are found
 * after a restart fills them in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseCodeIn, removeDataDirs, repliesText, startApp, useHumanClock, webReporter, type RunningApp } from "../../e2e/e2e-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { draft } from "../../intake/cases/case-test-support.ts";
import { addOfficerWithCli, codesOnPage, officerClient, servicesOf, type OfficerClient } from "./queue-test-support.ts";

const STORY = "Bé gái hàng xóm bị mẹ kế đánh bằng roi mây nhiều ngày, người bầm tím";

/** The web chat's whole report, the reporter leaving a phone number and agreeing to be called. */
async function webReport(url: string, clock: { pause(): void }): Promise<string> {
  const reporter = webReporter(url);
  await reporter.send("/report");
  let last = "";
  for (const text of ["không", STORY, "xã Ea Súp, Đắk Lắk", "8 tuổi", "tuần trước", "hàng xóm", "0912 345 678", "có", "gửi"]) {
    clock.pause();
    last = repliesText((await reporter.send(text)).replies);
  }
  const code = caseCodeIn(last);
  if (!code) throw new Error(`no case code in: ${last}`);
  return code;
}

describe.each(testDatabases)("searching cases on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp;
  let code: string;
  let an: OfficerClient;

  beforeAll(async () => {
    db = await factory.create();
    running = await startApp(db);
    const clock = useHumanClock();
    try {
      code = await webReport(running.app.url, clock);
    } finally {
      clock.restore();
    }
    expect((await addOfficerWithCli(db, running, "an", "officer", "dak-lak")).status).toBe(0);
    expect((await addOfficerWithCli(db, running, "binh", "officer", "ha-noi")).status).toBe(0);
    an = officerClient(running.app.url);
    await an.signIn("an");
  }, 120_000);
  afterAll(async () => {
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  const found = async (client: OfficerClient, q: string) => codesOnPage(await (await client.get(`/officer?q=${encodeURIComponent(q)}`)).text());

  it("finds the web-chat report by its code typed loosely", async () => {
    const body = code.slice(3);
    for (const typed of [code, code.toLowerCase(), `te${body.toLowerCase()}`, ` TE ${body.slice(0, 3)} ${body.slice(3)} `, body.toLowerCase()]) {
      expect(await found(an, typed), typed).toEqual([code]);
    }
    expect(await found(an, "TE-ZZZZZZ")).toEqual([]);
  });

  it("finds it by the reporter's phone number however it is written, though the number is stored encrypted", async () => {
    for (const typed of ["0912345678", "0912 345 678", "+84 912 345 678", "+84912345678", "84 912.345.678", "(0912) 345-678"]) {
      expect(await found(an, typed), typed).toEqual([code]);
    }
    expect(await found(an, "0912 345 679")).toEqual([]);
    const stored = await running.app.database.client.intakeCase.findUniqueOrThrow({ where: { code } });
    expect(JSON.stringify(stored)).not.toMatch(/912\s?345\s?678/);
  });

  it("finds it by words of the commune or province, with or without diacritics", async () => {
    for (const typed of ["Ea Súp", "ea sup", "EA SUP", "sup", "đắk lắk", "dak lak ea"]) expect(await found(an, typed), typed).toEqual([code]);
    expect(await found(an, "hoàn kiếm")).toEqual([]);
  });

  it("reads six letters that could be a code body as place words too (\"ia grai\" is a commune)", async () => {
    const iaGrai = (await servicesOf(running).intake.submit(draft({ locationText: "Phú Yên", commune: "xã Ia Grai", contact: null, anonymous: true }))).caseCode;
    expect(await found(an, "ia grai")).toEqual([iaGrai]);
    expect(await found(an, "IAGRAI")).toEqual([]);
  });

  it("shows the search in the box on every page, and says what it searched", async () => {
    const page = await (await an.get(`/officer?q=${encodeURIComponent("ea sup")}`)).text();
    expect(page).toMatch(/<form class="site-search" role="search" method="get" action="\/officer">/);
    expect(page).toContain('value="ea sup"');
    expect(page).toContain("Kết quả tìm «ea sup»: 1 hồ sơ");
    const reports = await (await an.get("/officer/reports")).text();
    expect(reports).toContain('class="site-search"');
  });

  it("finds nothing outside the officer's provinces", async () => {
    const binh = officerClient(running.app.url);
    await binh.signIn("binh");
    expect(await found(binh, code)).toEqual([]);
    expect(await found(binh, "0912 345 678")).toEqual([]);
    expect(await found(binh, "ea sup")).toEqual([]);
  });

  it("audits every search, by kind, never with the phone number", async () => {
    const before = await running.app.database.client.caseAudit.count({ where: { officer: "an", action: "search" } });
    await an.get(`/officer?q=${encodeURIComponent("+84 912 345 678")}`);
    await an.get(`/officer?q=${encodeURIComponent(code.toLowerCase())}`);
    const rows = await running.app.database.client.caseAudit.findMany({ where: { officer: "an", action: "search" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(rows).toHaveLength(before + 2);
    expect(rows.at(-2)?.detail).toBe("phone: 1 cases");
    expect(rows.at(-1)?.detail).toContain(`code ${code.replace("-", "")}`);
    expect(rows.map((r) => r.detail).join(" ")).not.toMatch(/912/);
  });

  it("finds cases stored before the search columns existed once the application has started again", async () => {
    await running.app.database.client.intakeCase.updateMany({ data: { phoneHash: null, placeKey: null } });
    expect(await found(an, "0912 345 678")).toEqual([]);
    await running.app.stop();
    running = await startApp(db, {}, running.dataDir);
    an = officerClient(running.app.url);
    await an.signIn("an");
    expect(await found(an, "0912 345 678")).toEqual([code]);
    expect(await found(an, "ea sup")).toEqual([code]);
  });
});
