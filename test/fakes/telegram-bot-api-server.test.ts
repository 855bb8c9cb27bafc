import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { createTelegramFake, type TelegramFake } from "./telegram-bot-api-server.ts";

const TOKEN = "123456:test-token-AAAAAAAAAAAAAAAA";

let fake: TelegramFake;
beforeEach(async () => {
  fake = await createTelegramFake({ token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

function botFor(token = TOKEN): Bot {
  return new Bot(token, { client: { apiRoot: fake.url } });
}

async function raw(method: string, body: unknown, token = TOKEN): Promise<Record<string, unknown>> {
  const res = await fetch(`${fake.url}/bot${token}/${method}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

describe("Telegram fake with grammY", () => {
  it("answers getMe and records sendMessage with its formatting and keyboard", async () => {
    const bot = botFor();
    const me = await bot.api.getMe();
    expect(me.is_bot).toBe(true);
    const keyboard = new InlineKeyboard().text("Hỏi", "ask");
    const sent = await bot.api.sendMessage(42, "<b>Xin chào</b> 👋", { parse_mode: "HTML", reply_markup: keyboard });
    expect(sent.message_id).toBeGreaterThan(0);
    expect(fake.sentMessages).toMatchObject([{ chat_id: 42, text: "<b>Xin chào</b> 👋", parse_mode: "HTML", reply_markup: { inline_keyboard: [[{ text: "Hỏi", callback_data: "ask" }]] } }]);
  });

  it("delivers a pushed message to a polling bot, which replies", async () => {
    const bot = botFor();
    bot.command("start", (ctx) => ctx.reply("chào"));
    bot.on("message:text", (ctx) => ctx.reply(`Bạn nói: ${ctx.message.text}`));
    void bot.start({ timeout: 1 });
    fake.pushMessage(7, "Trẻ em cần giúp đỡ");
    fake.pushMessage(7, "/start");
    const replies = await fake.waitForMessages(7, 2);
    await bot.stop();
    expect(replies.map((m) => m.text)).toEqual(["Bạn nói: Trẻ em cần giúp đỡ", "chào"]);
  });

  it("refuses a wrong token with 401 Unauthorized", async () => {
    const error = await botFor("999:wrong").api.getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(401);
    expect(fake.calls.at(-1)).toMatchObject({ method: "getMe", tokenOk: false });
  });

  it("injects a flood wait with retry_after, then a 502, then succeeds", async () => {
    const bot = botFor();
    fake.failNext("sendMessage", { status: 429, retryAfter: 3 });
    const flood = await bot.api.sendMessage(1, "a").catch((e: unknown) => e as GrammyError);
    expect(flood).toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    fake.failNext("sendMessage", { status: 502 });
    await expect(bot.api.sendMessage(1, "a")).rejects.toMatchObject({ error_code: 502 });
    await expect(bot.api.sendMessage(1, "a")).resolves.toMatchObject({ text: "a" });
    expect(fake.sentMessages).toHaveLength(1);
  });

  it("rejects broken HTML and text over 4096 characters like Telegram", async () => {
    const bot = botFor();
    await expect(bot.api.sendMessage(1, "x < y", { parse_mode: "HTML" })).rejects.toThrow(/can't parse entities/);
    await expect(bot.api.sendMessage(1, "<b>open", { parse_mode: "HTML" })).rejects.toThrow(/can't parse entities/);
    await expect(bot.api.sendMessage(1, "x &lt; y &amp; <i>z</i>", { parse_mode: "HTML" })).resolves.toBeDefined();
    await expect(bot.api.sendMessage(1, "a".repeat(4097))).rejects.toThrow(/too long/);
    await expect(bot.api.sendMessage(1, `<b>${"a".repeat(4096)}</b>`, { parse_mode: "HTML" })).resolves.toBeDefined();
    await expect(bot.api.sendMessage(1, "")).rejects.toThrow(/empty/);
  });

  it("handles a callback query: the bot answers it and edits the message", async () => {
    const bot = botFor();
    const menu = await bot.api.sendMessage(5, "Chọn:", { reply_markup: new InlineKeyboard().text("111", "call") });
    bot.on("callback_query:data", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Gọi 111" });
      await ctx.editMessageText(`Bạn chọn ${ctx.callbackQuery.data}`);
    });
    void bot.start({ timeout: 1 });
    fake.pushCallbackQuery(5, "call", menu.message_id);
    await fake.waitForCalls("editMessageText", 1);
    await bot.stop();
    expect(fake.callbackAnswers).toEqual([expect.objectContaining({ text: "Gọi 111" })]);
    expect(fake.edits).toMatchObject([{ message_id: menu.message_id, text: "Bạn chọn call" }]);
    expect(fake.sentMessages[0]?.text).toBe("Bạn chọn call");
  });

  it("uploads a photo as multipart and serves a pushed photo through getFile", async () => {
    const bot = botFor();
    await bot.api.sendPhoto(3, new InputFile(Buffer.from("PNGDATA"), "chart.png"), { caption: "Biểu đồ" });
    const sent = fake.sentMessages[0];
    expect(sent).toMatchObject({ method: "sendPhoto", caption: "Biểu đồ" });
    expect((sent?.photo as { data: Buffer }).data.toString()).toBe("PNGDATA");

    const update = fake.pushPhoto(3, { data: Buffer.from("user-photo"), caption: "ảnh" });
    const fileId = update.message?.photo?.at(-1)?.file_id ?? "";
    const file = await bot.api.getFile(fileId);
    const download = await fetch(`${fake.url}/file/bot${TOKEN}/${file.file_path}`);
    expect(await download.text()).toBe("user-photo");
  });

  it("reads form-urlencoded bodies", async () => {
    const res = await fetch(`${fake.url}/bot${TOKEN}/sendMessage`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ chat_id: "9", text: "form body" }).toString(),
    });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    expect(fake.sentMessages[0]).toMatchObject({ chat_id: 9, text: "form body" });
  });
});

describe("Telegram fake long polling", () => {
  it("returns queued updates with increasing ids and forgets those below the offset", async () => {
    const a = fake.pushMessage(1, "một");
    const b = fake.pushMessage(1, "hai");
    expect(b.update_id).toBeGreaterThan(a.update_id);
    const first = (await raw("getUpdates", { timeout: 0 })).result as Array<{ update_id: number }>;
    expect(first.map((u) => u.update_id)).toEqual([a.update_id, b.update_id]);
    const second = (await raw("getUpdates", { offset: b.update_id, timeout: 0 })).result as unknown[];
    expect(second).toHaveLength(1);
    expect(fake.pendingUpdates()).toBe(1);
  });

  it("holds an empty poll for `timeout` seconds, and answers at once when an update arrives", async () => {
    const started = Date.now();
    expect((await raw("getUpdates", { timeout: 1 })).result).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    const poll = raw("getUpdates", { timeout: 10 });
    setTimeout(() => fake.pushMessage(2, "now"), 100);
    const t0 = Date.now();
    expect((await poll).result).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("ends an older long poll with 409 Conflict when a second poller starts", async () => {
    const older = raw("getUpdates", { timeout: 10 });
    await fake.waitForCalls("getUpdates", 1);
    const newer = raw("getUpdates", { timeout: 0 });
    expect(await older).toMatchObject({ ok: false, error_code: 409, description: expect.stringContaining("terminated by other getUpdates") });
    expect(await newer).toMatchObject({ ok: true, result: [] });
  });
});

describe("Telegram fake webhook delivery", () => {
  it("posts updates with the secret header and retries after a non-2xx answer", async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const target = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(received.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
    try {
      await botFor().api.setWebhook(url, { secret_token: "s3cret-value" });
      expect((await raw("getUpdates", {})).error_code).toBe(409);
      const update = fake.pushMessage(11, "qua webhook");
      await expect.poll(() => fake.webhookDeliveries.length).toBe(2);
      expect(fake.webhookDeliveries.map((d) => d.status)).toEqual([500, 200]);
      expect(received[1]?.headers["x-telegram-bot-api-secret-token"]).toBe("s3cret-value");
      expect(JSON.parse(received[1]?.body ?? "{}")).toMatchObject({ update_id: update.update_id, message: { text: "qua webhook" } });
      expect(fake.pendingUpdates()).toBe(0);
      fake.redeliver(update);
      await expect.poll(() => fake.webhookDeliveries.length).toBe(3);
      expect(JSON.parse(received[2]?.body ?? "{}").update_id).toBe(update.update_id);
      const info = await botFor().api.getWebhookInfo();
      expect(info).toMatchObject({ url, pending_update_count: 0, last_error_message: expect.stringContaining("500") });
    } finally {
      target.close();
    }
  });
});
