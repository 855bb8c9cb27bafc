import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWebChat } from "../../../src/channels/web/web-chat.ts";
import { WEB_CHAT_JS } from "../../../src/channels/web/web-chat-page.ts";
import { captureLogger } from "../channel-test-support.ts";
import { createScriptedCore, type ScriptedCore } from "../scripted-conversation-core.ts";

const SESSION = "3f1c2b7e-5a4d-4c1e-9b8a-0d6e2f4a1b3c";
let app: FastifyInstance;
let core: ScriptedCore;
let counter = 0;

beforeEach(async () => {
  core = createScriptedCore();
  app = Fastify();
  createWebChat({ core, logger: captureLogger().logger }).routes(app);
  await app.ready();
});
afterEach(async () => {
  await app.close();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method: "POST", url: "/api/chat/messages", payload: body as object, headers });
}
function nextId(): string {
  counter += 1;
  return `msg-${counter.toString().padStart(6, "0")}`;
}

describe("web chat", () => {
  it("serves a Vietnamese page with 111 one tap away, labels and a live region, without any token", async () => {
    for (const url of ["/", "/chat"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/html");
      expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(res.body).toContain('<html lang="vi">');
      expect(res.body).toMatch(/<a class="call" href="tel:111"/);
      expect(res.body).toContain('<label for="input"');
      expect(res.body).toContain('aria-live="polite"');
      expect(res.body).toContain('name="viewport"');
    }
    expect((await app.inject({ method: "GET", url: "/chat/app.js" })).headers["content-type"]).toContain("javascript");
    expect((await app.inject({ method: "GET", url: "/chat/app.css" })).statusCode).toBe(200);
  });

  it("never writes message text into the page as HTML", () => {
    expect(WEB_CHAT_JS).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(WEB_CHAT_JS).toContain("textContent");
  });

  it("holds a conversation: the menu with choices and links, then a pressed choice", async () => {
    const menu = await post({ sessionId: SESSION, messageId: nextId(), text: "/start" }, { "accept-language": "vi-VN,vi;q=0.9,en;q=0.8" });
    expect(menu.statusCode).toBe(200);
    const replies = menu.json().replies;
    expect(replies[0].choices.map((c: { id: string }) => c.id)).toEqual(["ask", "report", "call111"]);
    expect(replies[0].links[0]).toEqual({ label: "Gọi 111", url: "tel:111" });
    const chosen = await post({ sessionId: SESSION, messageId: nextId(), choice: "ask", text: "Hỏi về trách nhiệm cơ quan" });
    expect(chosen.json().replies[0].text).toBe("Bạn muốn hỏi về cơ quan nào?");
    expect(core.answered[0]).toMatchObject({ channel: "web", chatId: SESSION, userId: SESSION, kind: "text", languageHint: "vi-VN" });
    expect(core.answered[1]).toMatchObject({ kind: "choice", choice: "ask" });
  });

  it("answers a message sent twice (a retry) once, returning the same replies", async () => {
    const messageId = nextId();
    const [a, b] = await Promise.all([post({ sessionId: SESSION, messageId, text: "xin chào" }), post({ sessionId: SESSION, messageId, text: "xin chào" })]);
    const c = await post({ sessionId: SESSION, messageId, text: "xin chào" });
    expect([a.json(), b.json(), c.json()]).toEqual(Array(3).fill({ replies: [{ text: "Bạn nói: xin chào" }] }));
    expect(core.answered).toHaveLength(1);
  });

  it("answers one session in order and other sessions meanwhile", async () => {
    const order: string[] = [];
    const slow = post({ sessionId: SESSION, messageId: nextId(), text: "sleep 300 a" }).then(() => order.push("a"));
    const after = post({ sessionId: SESSION, messageId: nextId(), text: "sleep 1 b" }).then(() => order.push("b"));
    const other = post({ sessionId: "another-session-0001", messageId: nextId(), text: "sleep 1 c" }).then(() => order.push("c"));
    await Promise.all([slow, after, other]);
    expect(order).toEqual(["c", "a", "b"]);
  });

  it("refuses bad input with a clear status and never reaches the core", async () => {
    const cases: Array<[unknown, number]> = [
      [{ sessionId: SESSION, messageId: nextId(), text: "" }, 400],
      [{ sessionId: SESSION, messageId: nextId(), text: "   \n " }, 400],
      [{ sessionId: SESSION, messageId: nextId(), text: "\u0000\u0001" }, 400],
      [{ sessionId: "x", messageId: nextId(), text: "hi" }, 400],
      [{ sessionId: SESSION, messageId: "<script>", text: "hi" }, 400],
      [{ sessionId: SESSION, messageId: nextId(), text: 42 }, 400],
      [{ sessionId: SESSION, messageId: nextId(), choice: { id: 1 } }, 400],
      [{ sessionId: SESSION, messageId: nextId(), text: "a".repeat(5000) }, 400],
      [{ sessionId: SESSION, messageId: nextId(), text: "ạ".repeat(100_000) }, 413],
    ];
    for (const [body, status] of cases) expect((await post(body)).statusCode, JSON.stringify(body).slice(0, 80)).toBe(status);
    const binary = await app.inject({ method: "POST", url: "/api/chat/messages", payload: Buffer.from([0, 255, 7, 1]), headers: { "content-type": "application/octet-stream" } });
    expect(binary.statusCode).toBe(415);
    const broken = await app.inject({ method: "POST", url: "/api/chat/messages", payload: "{nope", headers: { "content-type": "application/json" } });
    expect(broken.statusCode).toBe(400);
    expect(core.seen).toHaveLength(0);
  });

  it("says what a valid session or message id is when one is refused (a developer or tester can fix it without reading code)", async () => {
    const badSession = await post({ sessionId: "my session #1", messageId: nextId(), text: "hi" });
    expect(badSession.statusCode).toBe(400);
    expect(badSession.json().error).toMatch(/sessionId/);
    expect(badSession.json().error).toMatch(/8.64/);
    expect(badSession.json().error).toMatch(/A-Z|chữ cái/);
    const badMessage = await post({ sessionId: SESSION, messageId: "m1", text: "hi" });
    expect(badMessage.statusCode).toBe(400);
    expect(badMessage.json().error).toMatch(/messageId/);
    expect(badMessage.json().error).toMatch(/8.64/);
    // Any such id is taken, not only a UUID.
    expect((await post({ sessionId: "tester_walk-0001", messageId: "tester_msg-0001", text: "hi" })).statusCode).toBe(200);
    expect(core.seen.some((m) => m.chatId === "tester_walk-0001")).toBe(true);
  });

  it("passes emoji-only and right-to-left text on, with control and bidi-override characters removed", async () => {
    const emoji = await post({ sessionId: SESSION, messageId: nextId(), text: "😢🙏" });
    expect(emoji.json().replies[0].text).toBe("Bạn nói: 😢🙏");
    const rtl = await post({ sessionId: SESSION, messageId: nextId(), text: "\u202eمرحبا\u0007 xin chào" });
    expect(rtl.json().replies[0].text).toBe("Bạn nói: مرحبا xin chào");
  });

  it("says the conversation's language with the replies and with a reloaded page's transcript, so the page's own words follow it", async () => {
    const languages = new Map<string, "vi" | "en">([[SESSION, "en"]]);
    const withLanguage = Fastify();
    createWebChat({ core: { ...core, transcript: async () => [{ from: "user", text: "hello" }] }, logger: captureLogger().logger, languageOf: async (chatId) => languages.get(chatId) ?? null }).routes(withLanguage);
    const ask = (url: string, body: object) => withLanguage.inject({ method: "POST", url, payload: body });
    expect((await ask("/api/chat/messages", { sessionId: SESSION, messageId: nextId(), text: "hello" })).json()).toMatchObject({ language: "en" });
    expect((await ask("/api/chat/transcript", { sessionId: SESSION })).json()).toEqual({ entries: [{ from: "user", text: "hello" }], language: "en" });
    // When the language cannot be told, the answer says none: the page keeps its own words.
    const other = "5b2d8c1e-7f3a-4b6c-9d0e-1a2b3c4d5e6f";
    expect((await ask("/api/chat/messages", { sessionId: other, messageId: nextId(), text: "hello" })).json()).not.toHaveProperty("language");
    await withLanguage.close();
  });

  it("apologises with 111 when the conversation fails", async () => {
    const res = await post({ sessionId: SESSION, messageId: nextId(), text: "boom" });
    expect(res.statusCode).toBe(200);
    expect(res.json().replies[0]).toMatchObject({ urgent: true, text: expect.stringContaining("111") });
  });
});
