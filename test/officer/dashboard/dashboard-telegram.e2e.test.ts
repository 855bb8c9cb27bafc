/**
 * The whole product: a report made in Telegram (the local Bot API emulator) reaches the
 * real application's dashboard, where an officer of the province signs in over HTTP, finds
 * it in the queue, claims it, refers it to 111 with its case number and closes it, while an
 * officer of another province gets 404 for the same case.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import { createOfficerAuth, registryTodayProvince } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { answerReport, caseCodeIn, removeDataDirs, reportAnswers, settle, startApp, useHumanClock, type RunningApp } from "../../e2e/e2e-support.ts";
import { createTelegramFake, type TelegramFake } from "../../fakes/telegram-bot-api-server.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";

const TOKEN = "123456:dashboard-e2e-token-AAAAAAAAAAAAAA";
const PASSWORD = "mat-khau-e2e-2026";

/** A browser-like client: keeps the cookies it was given and follows nothing by itself. */
function officerClient(base: string) {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
    return res;
  };
  const cookie = () => [...jar].filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).join("; ");
  return {
    get: async (path: string) => remember(await fetch(`${base}${path}`, { headers: { cookie: cookie() }, redirect: "manual" })),
    post: async (path: string, fields: Record<string, string>) =>
      remember(await fetch(`${base}${path}`, { method: "POST", headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields), redirect: "manual" })),
    async signIn(username: string) {
      await this.get("/officer/login");
      const res = await this.post("/officer/login", { _csrf: jar.get("bvte_login") ?? "", username, password: PASSWORD });
      expect(res.status).toBe(303);
      const queue = await (await this.get("/officer")).text();
      return /name="_csrf" value="([^"]+)"/.exec(queue)![1]!;
    },
  };
}

describe("a Telegram report worked in the dashboard", () => {
  let db: TestDatabase;
  let fake: TelegramFake;
  let running: RunningApp | undefined;
  let clock: ReturnType<typeof useHumanClock>;

  beforeEach(async () => {
    db = await testDatabases.find((d) => d.name === "sqlite")!.create();
    fake = await createTelegramFake({ token: TOKEN });
    clock = useHumanClock();
  });
  afterEach(async () => {
    clock.restore();
    await running?.app.stop();
    running = undefined;
    await fake.close();
    await db.drop();
    removeDataDirs();
  });

  it("arrives in the province's queue, and is claimed, referred to 111 with its number and closed", { timeout: 60_000 }, async () => {
    running = await startApp(db, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url });
    const auth = createOfficerAuth({ store: createOfficerAccountRepository(running.app.database.client), todayProvinceId: registryTodayProvince(running.app.knowledge.registry) });
    await auth.addAccount({ username: "an", role: "officer", provinces: ["gia-lai"], password: PASSWORD });
    await auth.addAccount({ username: "binh", role: "officer", provinces: ["ha-noi"], password: PASSWORD });

    const say = async (text: string) => {
      const before = fake.sentMessages.filter((m) => m.chat_id === 601).length;
      fake.pushMessage(601, text);
      return (await settle(fake, 601, before)).map((m) => m.text ?? "").join("\n");
    };
    await say("/report");
    const last = await answerReport(say, clock, reportAnswers("Bé trai hàng xóm bị cha dượng đánh <b>bằng roi</b> nhiều ngày"));
    const code = caseCodeIn(last);
    expect(code, last).not.toBeNull();

    const an = officerClient(running.app.url);
    const csrf = await an.signIn("an");
    const queue = (await (await an.get("/officer/api/queue")).json()) as { codes: string[] };
    expect(queue.codes).toEqual([code]);
    const page = await (await an.get(`/officer/cases/${code}`)).text();
    expect(page).toContain("&lt;b&gt;bằng roi&lt;/b&gt;");

    const binh = officerClient(running.app.url);
    const binhCsrf = await binh.signIn("binh");
    expect((await binh.get(`/officer/cases/${code}`)).status).toBe(404);
    expect((await binh.post(`/officer/cases/${code}/claim`, { _csrf: binhCsrf })).status).toBe(404);

    expect((await an.post(`/officer/cases/${code}/claim`, { _csrf: csrf })).status).toBe(303);
    expect((await an.post(`/officer/cases/${code}/refer`, { _csrf: csrf, target: "hotline_111", method: "phone", externalRef: "111-2026-000123" })).status).toBe(303);
    expect((await an.post(`/officer/cases/${code}/close`, { _csrf: csrf, reason: "referred_accepted", note: "111 đã nhận", confirm: "yes" })).status).toBe(303);
    const closed = await (await an.get(`/officer/cases/${code}`)).text();
    expect(closed).toContain("số hồ sơ: <strong>111-2026-000123</strong>");
    expect(closed).toContain("Hồ sơ đã kết thúc; không còn thao tác.");
    expect(((await (await an.get("/officer/api/queue")).json()) as { codes: string[] }).codes).toEqual([]);
  });
});
