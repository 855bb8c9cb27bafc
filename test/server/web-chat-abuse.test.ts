/**
 * Abuse limits through the real HTTP server and the real database: a flood of new web-chat
 * sessions from one address is refused (429) past the limit while another address is served;
 * a flood of danger reports from one address is stored in full, but past the first few the
 * cases are marked as a suspected flood and officers get one batched alert instead of a page
 * per report; and a message that may carry a report is never refused.
 * The "other address" is a second loopback address (127.0.0.2) the client binds to.
 */
import http from "node:http";
import net from "node:net";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramFake, type TelegramFake } from "../fakes/telegram-bot-api-server.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";
import { listCases, removeDataDirs, repliesText, startApp, type RunningApp } from "../e2e/e2e-support.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const TOKEN = "123456:abuse-test-token-AAAAAAAAAAAAAA";
const OFFICERS = -1009998887776;
const DANGER = "Cứu em với, bố đang đánh em chảy máu đầu, em sợ lắm";

interface Answer {
  status: number;
  retryAfter: string | undefined;
  replies: Reply[];
}

/** Posts one web-chat message from `from` (a loopback address the client binds to), as a browser would. */
function post(url: string, body: { sessionId: string; text?: string; choice?: string }, from = "127.0.0.1", headers: Record<string, string> = {}): Promise<Answer> {
  const payload = JSON.stringify({ messageId: `m-${randomBytes(6).toString("hex")}`, ...body });
  const target = new URL("/api/chat/messages", url);
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method: "POST", localAddress: from, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        const json = JSON.parse(text || "{}") as { replies?: Reply[] };
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined, replies: json.replies ?? [] });
      });
    });
    request.on("error", reject);
    request.end(payload);
  });
}

/** Redis for the shared-counter tests (TEST_REDIS_URL, default the local one); those tests are skipped when it does not answer. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisUp = await new Promise<boolean>((resolve) => {
  const target = new URL(REDIS_URL);
  const socket = net.connect({ host: target.hostname, port: Number(target.port || 6379) });
  socket.setTimeout(1_000, () => { socket.destroy(); resolve(false); });
  socket.once("connect", () => { socket.end(); resolve(true); });
  socket.once("error", () => resolve(false));
});
if (!redisUp) console.warn(`Redis at ${REDIS_URL} does not answer: the shared-limit tests are skipped`);

const newSession = () => `s-${randomBytes(8).toString("hex")}`;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(testDatabases)("web chat abuse limits on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp | undefined;
  let fake: TelegramFake | undefined;

  beforeEach(async () => {
    db = await factory.create();
  });
  afterEach(async () => {
    await running?.app.stop();
    running = undefined;
    await fake?.close();
    fake = undefined;
    await db.drop();
    removeDataDirs();
  });

  it("30 sessions from one address reporting danger within a second: every report is stored, the first 3 page officers, the other 27 are marked and come in one batched alert", { timeout: 90_000 }, async () => {
    fake = await createTelegramFake({ token: TOKEN });
    running = await startApp(db, { WEB_LIMITS_EXEMPT: "none", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, OFFICER_TELEGRAM_CHAT_ID: String(OFFICERS), FLOOD_ALERT_WINDOW_SECONDS: "6" });
    const url = running.app.url;

    const answers = await Promise.all(Array.from({ length: 30 }, () => post(url, { sessionId: newSession(), text: DANGER })));
    // Nobody reporting danger is refused, and each gets the safety numbers first.
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    for (const a of answers) expect(repliesText(a.replies)).toMatch(/113/);

    const cases = await until(() => listCases(running!), (c) => c.length >= 30);
    expect(cases).toHaveLength(30);
    expect(cases.every((c) => c.risk === "emergency")).toBe(true);
    const marked = cases.filter((c) => c.floodGroup);
    expect(marked).toHaveLength(27);
    expect(new Set(marked.map((c) => c.floodGroup)).size).toBe(1);
    expect(marked[0]!.floodGroup).toMatch(/^src-[0-9a-f]{20}$/);
    expect(marked[0]!.floodGroup).not.toContain("127.0.0.1");

    // The alert window is wide enough that 30 requests on a loaded two-core machine still fall in one; waiting one more
    // window after the fourth message shows that no second batch follows.
    const officerMessages = await fake.waitForMessages(OFFICERS, 4, 25_000);
    await new Promise((r) => setTimeout(r, 6_500));
    const sent = fake.sentMessages.filter((m) => String(m.chat_id) === String(OFFICERS)).map((m) => m.text ?? "");
    expect(officerMessages).toHaveLength(4);
    expect(sent).toHaveLength(4);
    const single = sent.filter((t) => /KHẨN CẤP/.test(t) && !/HÀNG LOẠT/.test(t));
    const batch = sent.filter((t) => /HÀNG LOẠT/.test(t));
    expect(single).toHaveLength(3);
    expect(batch).toHaveLength(1);
    expect(batch[0]).toMatch(/27 tin báo khẩn cấp từ cùng một nguồn trong \d+ phút/);
    expect(batch[0]).not.toContain("127.0.0.1");
    const unmarkedCodes = cases.filter((c) => !c.floodGroup).map((c) => c.code).sort();
    expect(single.map((t) => /TE-[A-Z0-9]{6}/.exec(t)?.[0]).sort()).toEqual(unmarkedCodes);
  });

  it("the host itself (health checks, tools on the same machine) is not limited by default", { timeout: 60_000 }, async () => {
    running = await startApp(db, { WEB_SESSIONS_PER_HOUR: "2" });
    const url = running.app.url;
    const local = await Promise.all(Array.from({ length: 6 }, () => post(url, { sessionId: newSession(), text: "xin chào" })));
    expect(local.map((a) => a.status)).toEqual(Array(6).fill(200));
    const other: number[] = [];
    for (let i = 0; i < 4; i++) other.push((await post(url, { sessionId: newSession(), text: "xin chào" }, "127.0.0.2")).status);
    expect(other).toEqual([200, 200, 429, 429]);
  });

  it("a new-session flood from one address gets 429 past the limit while another address is served", { timeout: 60_000 }, async () => {
    running = await startApp(db, { WEB_LIMITS_EXEMPT: "none", WEB_SESSIONS_PER_HOUR: "5" });
    const url = running.app.url;

    const flood: Answer[] = [];
    for (let i = 0; i < 8; i += 1) flood.push(await post(url, { sessionId: newSession(), text: "xin chào" }));
    expect(flood.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = flood[7]!;
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // Refused, never silently: when to try again, and the numbers to call now.
    expect(repliesText(refused.replies)).toMatch(/thử lại/);
    expect(repliesText(refused.replies)).toMatch(/111/);

    expect((await post(url, { sessionId: newSession(), text: "xin chào" }, "127.0.0.2")).status).toBe(200);
    // A session that already exists goes on talking from the limited address.
    const known = newSession();
    expect((await post(url, { sessionId: known, text: "xin chào" }, "127.0.0.3")).status).toBe(200);

    // A danger message in a new session from the limited address is never refused, and its report is stored.
    const danger = await post(url, { sessionId: newSession(), text: DANGER });
    expect(danger.status).toBe(200);
    expect(repliesText(danger.replies)).toMatch(/113/);
    const cases = await until(() => listCases(running!), (c) => c.length >= 1);
    expect(cases).toMatchObject([{ risk: "emergency" }]);
  });

  it("past the message limits a reporter in the middle of a report is still answered, while chatter from the same address is refused", { timeout: 60_000 }, async () => {
    running = await startApp(db, { WEB_LIMITS_EXEMPT: "none", WEB_MESSAGES_PER_10_SECONDS: "4", WEB_MESSAGES_PER_MINUTE: "6" });
    const url = running.app.url;
    const reporter = newSession();
    expect((await post(url, { sessionId: reporter, text: "/report" })).status).toBe(200);
    const chatter = newSession();
    const chat: number[] = [];
    for (let i = 0; i < 6; i += 1) chat.push((await post(url, { sessionId: chatter, text: `xin chào lần ${i}` })).status);
    expect(chat).toContain(429);

    const answer = await post(url, { sessionId: reporter, text: "không" });
    expect(answer.status).toBe(200);
    expect(answer.replies.length).toBeGreaterThan(0);
  });

  it("behind a trusted proxy the limits count the client named in X-Forwarded-For, not the proxy", { timeout: 60_000 }, async () => {
    running = await startApp(db, { WEB_LIMITS_EXEMPT: "none", WEB_SESSIONS_PER_HOUR: "2", TRUST_PROXY: "127.0.0.1" });
    const url = running.app.url;
    const from = (client: string) => post(url, { sessionId: newSession(), text: "xin chào" }, "127.0.0.1", { "x-forwarded-for": client });
    expect([(await from("203.0.113.7")).status, (await from("203.0.113.7")).status, (await from("203.0.113.7")).status]).toEqual([200, 200, 429]);
    expect((await from("198.51.100.20")).status).toBe(200);
    // IPv6 clients count per /64: another address in the same block shares the limit.
    expect([(await from("2001:db8:1:2::10")).status, (await from("2001:db8:1:2::99")).status, (await from("2001:db8:1:2::abcd")).status]).toEqual([200, 200, 429]);
  });

  describe.skipIf(!redisUp)("with REDIS_URL, two instances", () => {
    let second: RunningApp | undefined;
    afterEach(async () => {
      await second?.app.stop();
      second = undefined;
    });

    /** Two instances over one database and one Redis, with the same key (as production instances share ENCRYPTION_KEY). */
    const startPair = async (env: Record<string, string>) => {
      const shared = { REDIS_URL, WEB_LIMITS_EXEMPT: "none", ENCRYPTION_KEY: randomBytes(32).toString("hex"), ...env };
      running = await startApp(db, shared);
      second = await startApp(db, shared);
      return [running.app.url, second.app.url] as const;
    };

    it("share the new-session limit of an address", { timeout: 60_000 }, async () => {
      const [a, b] = await startPair({ WEB_SESSIONS_PER_HOUR: "3" });
      const statuses: number[] = [];
      for (const url of [a, b, a, b]) statuses.push((await post(url, { sessionId: newSession(), text: "xin chào" })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await post(b, { sessionId: newSession(), text: "xin chào" }, "127.0.0.2")).status).toBe(200);
    });

    it("share the count of danger reports, so a flood spread over instances is still marked", { timeout: 60_000 }, async () => {
      const [a, b] = await startPair({});
      for (const url of [a, b, a, b, a]) expect((await post(url, { sessionId: newSession(), text: DANGER })).status).toBe(200);
      const cases = await until(() => listCases(running!), (c) => c.length >= 5);
      expect(cases).toHaveLength(5);
      expect(cases.filter((c) => c.floodGroup)).toHaveLength(2);
    });
  });
});
