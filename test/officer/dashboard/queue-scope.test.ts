/**
 * The queue through the real application on SQLite and PostgreSQL (issue 16, item 1): the
 * officer's provinces are part of the database query, so an officer of a quiet province sees
 * every open case of it even when 600 newer cases arrived elsewhere (the old queue read the
 * first 500 of all provinces and then kept the officer's, so the province's cases that came
 * after the 500 were missing).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { startApp, removeDataDirs, type RunningApp } from "../../e2e/e2e-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { addOfficerWithCli, codesOnPage, officerClient, servicesOf } from "./queue-test-support.ts";

const ELSEWHERE = 600;
const STORY = "Bé trai 9 tuổi bị bố đánh bầm tím, hàng xóm nghe tiếng khóc.";

describe.each(testDatabases)("the queue of a quiet province on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp;
  const ours: string[] = [];

  beforeAll(async () => {
    db = await factory.create();
    running = await startApp(db);
    const services = servicesOf(running);
    // The same story everywhere (so the same risk); one of ours before the 600, two after them.
    const file = async (locationText: string, commune: string) => (await services.intake.submit(draft({ locationText, commune, narrative: STORY }))).caseCode;
    ours.push(await file("Phú Yên", "xã Hòa Xuân"));
    for (let i = 0; i < ELSEWHERE; i += 1) await file("Hà Nội", "phường Hoàn Kiếm");
    ours.push(await file("Phú Yên", "xã Hòa Xuân"), await file("Phú Yên", "xã Hòa Xuân"));
    expect((await addOfficerWithCli(db, running, "an", "officer", "dak-lak")).status).toBe(0);
    expect((await addOfficerWithCli(db, running, "giamsat", "supervisor", "*")).status).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  it("shows the officer every open case of their province, counted in the tabs, with 600 newer cases elsewhere", async () => {
    const an = officerClient(running.app.url);
    await an.signIn("an");
    const page = await (await an.get("/officer")).text();
    expect(codesOnPage(page).sort()).toEqual([...ours].sort());
    expect(page).toContain('<p id="queue-count" role="status" aria-live="polite">3 hồ sơ</p>');
    expect(page).toMatch(/Tất cả <span class="tab-count">3<\/span>/);
    expect(page).toMatch(/Chưa ai nhận <span class="tab-count">3<\/span>/);
    expect(page).toMatch(/Của tôi <span class="tab-count">0<\/span>/);
    const polled = (await (await an.get("/officer/api/queue")).json()) as { count: number; codes: string[] };
    expect(polled.count).toBe(3);
    expect(polled.codes.sort()).toEqual([...ours].sort());
  });

  it("pages a supervisor of every province through all cases, 50 a page, without a case twice or missing", async () => {
    const chief = officerClient(running.app.url);
    await chief.signIn("giamsat");
    const first = await (await chief.get("/officer")).text();
    expect(first).toContain(`${ELSEWHERE + 3} hồ sơ`);
    expect(first).toContain("Trang 1/13");
    const seen: string[] = [];
    for (let page = 1; page <= 13; page += 1) seen.push(...((await (await chief.get(`/officer/api/queue?page=${page}`)).json()) as { codes: string[] }).codes);
    expect(seen).toHaveLength(ELSEWHERE + 3);
    expect(new Set(seen).size).toBe(ELSEWHERE + 3);
    expect(ours.every((code) => seen.includes(code))).toBe(true);
    const onlyOurs = (await (await chief.get("/officer/api/queue?province=dak-lak")).json()) as { codes: string[] };
    expect(onlyOurs.codes.sort()).toEqual([...ours].sort());
  });

  it("a claimed case moves to the officer's own tab", async () => {
    const an = officerClient(running.app.url);
    const csrf = await an.signIn("an");
    expect((await an.post(`/officer/cases/${ours[0]}/claim`, { _csrf: csrf })).status).toBe(303);
    const mine = await (await an.get("/officer?assignee=me")).text();
    expect(codesOnPage(mine)).toEqual([ours[0]]);
    expect(mine).toMatch(/<a href="\/officer\?assignee=me" aria-current="page">Của tôi <span class="tab-count">1<\/span>/);
    expect(codesOnPage(await (await an.get("/officer?assignee=none")).text()).sort()).toEqual(ours.slice(1).sort());
  });
});
