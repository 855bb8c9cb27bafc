/**
 * New emergencies pushed to the dashboard's open pages by server-sent events, through the real
 * application on SQLite and PostgreSQL (issue 16, item 10): only to officers of the case's
 * province, only emergencies, never without a session; the pages load the script that turns
 * an event into a banner, a title and a tone (the browser test sees those).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { removeDataDirs, startApp, type RunningApp } from "../../e2e/e2e-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { addOfficerWithCli, officerClient, servicesOf, type OfficerClient } from "./queue-test-support.ts";

const DANGER = "Bố say rượu đang đánh con bằng gậy, bé đang chảy máu ở đầu";

/** An open event stream: the events it has received so far, parsed. */
async function listen(client: OfficerClient) {
  const res = await client.get("/officer/api/events");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  const reader = res.body!.getReader();
  const events: Array<{ code: string; text: string; url: string }> = [];
  let buffer = "";
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith("event: emergency")) events.push(JSON.parse(block.split("\ndata: ")[1]!));
      }
    }
  })();
  return { events, close: async () => { await reader.cancel(); await pump; } };
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out");
}

describe.each(testDatabases)("new emergencies on open pages on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp;

  beforeAll(async () => {
    db = await factory.create();
    running = await startApp(db);
    expect((await addOfficerWithCli(db, running, "an", "officer", "dak-lak")).status).toBe(0);
    expect((await addOfficerWithCli(db, running, "binh", "officer", "ha-noi")).status).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  it("reaches the officers of the province without a reload, and no one else", { timeout: 60_000 }, async () => {
    const an = officerClient(running.app.url);
    await an.signIn("an");
    const binh = officerClient(running.app.url);
    await binh.signIn("binh");
    const heard = await listen(an);
    const elsewhere = await listen(binh);
    const services = servicesOf(running);
    await services.intake.submit(draft({ locationText: "Phú Yên" }));
    const code = (await services.intake.submit(draft({ locationText: "Phú Yên", dangerNow: "yes", narrative: DANGER }))).caseCode;
    await until(() => heard.events.length > 0);
    expect(heard.events).toEqual([{ code, url: `/officer/cases/${code}`, text: "Tin khẩn cấp mới tại Đắk Lắk:", title: "Tin khẩn cấp mới", dismiss: "Đóng" }]);
    const hanoi = (await services.intake.submit(draft({ locationText: "Hà Nội", dangerNow: "yes", narrative: DANGER }))).caseCode;
    await until(() => elsewhere.events.length > 0);
    expect(elsewhere.events.map((e) => e.code)).toEqual([hanoi]);
    expect(heard.events.map((e) => e.code)).toEqual([code]);
    await heard.close();
    await elsewhere.close();
  });

  it("is refused without a session, and every signed-in page loads the script", async () => {
    const anonymous = await fetch(`${running.app.url}/officer/api/events`);
    expect(anonymous.status).toBe(401);
    const an = officerClient(running.app.url);
    await an.signIn("an");
    const page = await (await an.get("/officer/reports")).text();
    expect(page).toContain('<script src="/officer/assets/alerts.js" defer></script>');
    expect(page).toContain('data-events="/officer/api/events"');
    expect((await an.get("/officer/assets/alerts.js")).headers.get("content-type")).toContain("javascript");
  });

  it("lets the server stop while a page listens", { timeout: 30_000 }, async () => {
    const an = officerClient(running.app.url);
    await an.signIn("an");
    const heard = await listen(an);
    const started = Date.now();
    await running.app.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    await heard.close();
    running = await startApp(db, {}, running.dataDir);
  });
});
