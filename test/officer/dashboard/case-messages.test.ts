/**
 * Writing back to the reporter from the case page (issue 16, item 5), through the real
 * application on SQLite and PostgreSQL with the local Telegram and Zalo Bot API fakes and the
 * web chat API: ready phrases in the reporter's language, delivery by the outbox worker, the
 * reporter's answer joining the case timeline, an ended web session shown as not delivered,
 * and nothing of the reporter (chat id, session) shown to the officer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerReport, caseCodeIn, repliesText, reportAnswers, useHumanClock, webReporter } from "../../e2e/e2e-support.ts";
import { createTelegramFake, type TelegramFake } from "../../fakes/telegram-bot-api-server.ts";
import { createZaloFake, type ZaloFake } from "../../fakes/zalo-bot-api-server.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { officerClient, startCasework, visibleText, type Casework, type OfficerClient } from "./casework-test-support.ts";

const TELEGRAM_TOKEN = "123456:casework-messages-token-AAAAAAAAAAAAAA";
const ZALO_TOKEN = "1234567890:casework-messages-secret-ABCDEFGH";
const TELEGRAM_CHAT = 918273645;
const ZALO_CHAT = "zalo-user-7f3k";

/** Waits until `read` gives something truthy (the outbox worker runs every few seconds). */
async function eventually<T>(read: () => Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(testDatabases)("writing to the reporter on $name", (factory) => {
  let cw: Casework;
  let an: OfficerClient;
  let telegram: TelegramFake;
  let zalo: ZaloFake;
  beforeAll(async () => {
    telegram = await createTelegramFake({ token: TELEGRAM_TOKEN });
    zalo = await createZaloFake({ token: ZALO_TOKEN });
    cw = await startCasework(factory, { TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_API_ROOT: telegram.url, ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: zalo.url });
    an = await officerClient(cw.base).signIn("an");
  }, 60_000);
  afterAll(async () => {
    await cw?.close();
    await telegram?.close();
    await zalo?.close();
  });

  const additions = async (code: string) => {
    const shown = await cw.services.queue.show("test", code);
    return shown.ok ? shown.value.additions.map((a) => a.text) : [];
  };
  const messageStates = async (code: string) => {
    const shown = await cw.services.queue.show("test", code);
    return shown.ok ? (await cw.services.casework.messages(shown.value.case.id)).map((m) => m.status) : [];
  };

  it("sends a ready phrase on Telegram; the reporter's answer joins the timeline; the officer never sees the chat", { timeout: 60_000 }, async () => {
    const code = await cw.report({ channel: "telegram", chatId: String(TELEGRAM_CHAT), anonymous: true, contact: null, consentToContact: false });
    await an.post(`/officer/cases/${code}/claim`, {});
    const page = await an.page(`/officer/cases/${code}`);
    expect(visibleText(page)).toContain("Gửi qua Telegram, bằng tiếng Việt");
    // Only those who may read the report write to the reporter: not another officer while an holds the case.
    const dung = await officerClient(cw.base).signIn("dung");
    expect(await dung.page(`/officer/cases/${code}`)).not.toContain('action="/officer/cases/' + code + '/message"');
    expect((await dung.post(`/officer/cases/${code}/message`, { phrase: "received", text: "" })).status).toBe(409);
    const sent = await an.post(`/officer/cases/${code}/message`, { phrase: "received", text: "Bạn có thể cho biết bé đang ở đâu không?" });
    expect(sent.status).toBe(303);

    const [delivered] = await telegram.waitForMessages(TELEGRAM_CHAT as never, 1, 20_000);
    expect(delivered!.text).toContain("Cán bộ đã nhận tin của bạn. Bạn có thể cho biết bé đang ở đâu không?");
    expect(delivered!.text).toContain(code);
    expect(JSON.stringify(delivered!.reply_markup)).toContain("Trả lời cán bộ");
    await eventually(async () => (await messageStates(code))[0] === "delivered");

    telegram.pushMessage(TELEGRAM_CHAT, "Bé đang ở nhà bà ngoại, thôn 3");
    await eventually(async () => (await additions(code)).includes("Bé đang ở nhà bà ngoại, thôn 3"));
    const text = visibleText(await an.page(`/officer/cases/${code}`));
    expect(text).toMatch(/an : Nhắn người báo tin: Cán bộ đã nhận tin của bạn\. Bạn có thể cho biết bé đang ở đâu không\? \(Telegram: đã gửi\)/);
    expect(text).toContain("Người báo tin : Người báo tin trả lời / bổ sung: Bé đang ở nhà bà ngoại, thôn 3");
    expect(text).not.toContain(String(TELEGRAM_CHAT));
    expect((await cw.services.queue.auditTrail("test", code)).map((e) => e.action)).toContain("message");
  });

  it("writes to a Zalo reporter in English, completing the phrase, and takes the answer", { timeout: 60_000 }, async () => {
    const code = await cw.report({ channel: "zalo", chatId: ZALO_CHAT, language: "en" });
    const incomplete = await an.post(`/officer/cases/${code}/message`, { phrase: "more_about", text: "" });
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toContain("Câu này cần phần bạn viết");
    expect((await an.post(`/officer/cases/${code}/message`, { phrase: "more_about", text: "where the child lives" })).status).toBe(303);
    const [delivered] = await zalo.waitForMessages(ZALO_CHAT, 1, 20_000);
    expect(delivered!.text).toContain("A message from the child protection officer about report");
    expect(delivered!.text).toContain("Please tell us more about where the child lives");
    await eventually(async () => (await messageStates(code))[0] === "delivered");
    zalo.pushText(ZALO_CHAT, "Near the market, house 12");
    await eventually(async () => (await additions(code)).includes("Near the market, house 12"));
    expect(await an.page(`/officer/cases/${code}`)).not.toContain(ZALO_CHAT);
  });

  it("reaches a web chat reporter in their session (the transcript the page shows) and takes their next message; an ended session is shown as not delivered", { timeout: 90_000 }, async () => {
    const clock = useHumanClock();
    const reporter = webReporter(cw.base);
    let code: string | null;
    try {
      await reporter.send("/report");
      code = caseCodeIn(await answerReport(async (t) => repliesText((await reporter.send(t)).replies), clock, reportAnswers("Bé trai bị cha dượng đánh bằng roi mây nhiều ngày, người bầm tím")));
    } finally {
      clock.restore();
    }
    expect(code).not.toBeNull();
    const chi = await officerClient(cw.base).signIn("chi");
    expect((await chi.post(`/officer/cases/${code}/message`, { phrase: "safe_now", text: "" })).status).toBe(303);
    const entries = await eventually(async () => {
      const res = await fetch(`${cw.base}/api/chat/transcript`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: reporter.sessionId }) });
      const body = (await res.json()) as { entries: Array<{ from: string; reply?: { text: string } }> };
      return body.entries.find((e) => e.reply?.text.includes("Hiện giờ trẻ có an toàn không?"));
    });
    expect(entries.reply!.text).toContain(code!);
    const answer = await reporter.send("Bé đã sang nhà hàng xóm, tạm an toàn");
    expect(answer.status).toBe(200);
    await eventually(async () => (await additions(code!)).includes("Bé đã sang nhà hàng xóm, tạm an toàn"));
    expect(await chi.page(`/officer/cases/${code}`)).not.toContain(reporter.sessionId);

    const gone = await cw.report({ channel: "web", chatId: "session-that-ended-long-ago" });
    await chi.post(`/officer/cases/${gone}/message`, { phrase: "received", text: "" });
    await eventually(async () => (await messageStates(gone))[0] === "failed");
    expect(visibleText(await chi.page(`/officer/cases/${gone}`))).toContain("(trò chuyện trên trang web: không gửi được: web chat session ended)");
  });

  it("refuses an empty message and a message on a closed case", async () => {
    const code = await cw.report({ channel: "telegram", chatId: "5550001" });
    const empty = await an.post(`/officer/cases/${code}/message`, { phrase: "", text: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Tin nhắn trống.");
    await an.post(`/officer/cases/${code}/close`, { reason: "resolved", note: "xong", confirm: "yes" });
    expect((await an.post(`/officer/cases/${code}/message`, { phrase: "received", text: "" })).status).toBe(409);
    expect(await messageStates(code)).toEqual([]);
  });
});
