/**
 * The page's quick exit goes where the operator configured (escaped, http(s) only), and the
 * transcript API answers only a well-formed session id and only with that session's lines.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { ConfigError } from "../../../src/core/errors.ts";
import { createWebChat } from "../../../src/channels/web/web-chat.ts";
import type { ConversationCore, TranscriptEntry } from "../../../src/conversation/conversation-types.ts";
import { captureLogger } from "../channel-test-support.ts";
import { createScriptedCore } from "../scripted-conversation-core.ts";

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function serve(core: ConversationCore, exitUrl?: string): Promise<FastifyInstance> {
  app = Fastify();
  createWebChat({ core, logger: captureLogger().logger, ...(exitUrl ? { exitUrl } : {}) }).routes(app);
  await app.ready();
  return app;
}

describe("web chat: quick exit and transcript", () => {
  it("the quick exit link leaves for the configured neutral page, escaped, and defaults to google.com.vn", async () => {
    const page = (await (await serve(createScriptedCore(), 'https://thoitiet.example.vn/?a=1&b="x"')).inject({ method: "GET", url: "/" })).body;
    expect(page).toContain('<a class="exit" id="exit" href="https://thoitiet.example.vn/?a=1&amp;b=&quot;x&quot;"');
    expect(page).toMatch(/>Thoát nhanh</);
    await app?.close();
    const plain = (await (await serve(createScriptedCore())).inject({ method: "GET", url: "/chat" })).body;
    expect(plain).toContain('href="https://www.google.com.vn"');
  });

  it("WEB_CHAT_EXIT_URL must be an http(s) address", () => {
    expect(loadConfig({ WEB_CHAT_EXIT_URL: "https://baomoi.example/thoi-tiet" }, "/nonexistent").webChatExitUrl).toBe("https://baomoi.example/thoi-tiet");
    expect(loadConfig({}, "/nonexistent").webChatExitUrl).toBe("https://www.google.com.vn");
    expect(() => loadConfig({ WEB_CHAT_EXIT_URL: "javascript:alert(1)" }, "/nonexistent")).toThrow(ConfigError);
  });

  it("gives a session its own lines, none to another session, and refuses a malformed id", async () => {
    const lines: Record<string, TranscriptEntry[]> = { "session-aaaa-1111": [{ from: "user", text: "xin chào" }, { from: "bot", reply: { text: "Chào bạn", choices: [{ id: "yes", label: "Có" }] } }] };
    const core: ConversationCore = { handle: async () => [], transcript: async (channel, chatId) => (channel === "web" ? (lines[chatId] ?? null) : null) };
    const server = await serve(core);
    const ask = (sessionId: unknown) => server.inject({ method: "POST", url: "/api/chat/transcript", payload: { sessionId } });
    const own = await ask("session-aaaa-1111");
    expect(own.statusCode).toBe(200);
    expect(own.headers["cache-control"]).toBe("no-store");
    expect(own.json()).toEqual({ entries: lines["session-aaaa-1111"] });
    expect((await ask("session-bbbb-2222")).json()).toEqual({ entries: [] });
    expect((await ask("../etc")).statusCode).toBe(400);
    expect((await ask(42)).statusCode).toBe(400);
  });
  it("an open page asks only for the lines it has not shown, by number", async () => {
    const lines: TranscriptEntry[] = [
      { from: "user", text: "xin chào", mid: "m1", n: 4 }, { from: "bot", reply: { text: "Chào bạn" }, mid: "m1", n: 5 },
      { from: "bot", reply: { text: "Cán bộ nhắn bạn" }, n: 6 },
    ];
    const server = await serve({ handle: async () => [], transcript: async () => lines });
    const ask = (after: unknown) => server.inject({ method: "POST", url: "/api/chat/transcript", payload: { sessionId: "session-aaaa-1111", after } });
    expect((await ask(6)).json()).toEqual({ entries: [lines[2]] });
    expect((await ask(7)).json()).toEqual({ entries: [] });
    expect((await ask(0)).json()).toEqual({ entries: lines });
    expect((await ask(-1)).statusCode).toBe(400);
    expect((await ask("5")).statusCode).toBe(400);
  });
});
