/**
 * Webhook latency and throughput (issues 4 and 15), like against like. Both bots run in one
 * application started as `npm start` starts it (startApplication: SQLite in a temporary DATA_DIR,
 * Telegram in webhook mode against a local Bot API emulator), on the same fastify server:
 * - the product: POST /webhooks/telegram (secret check, chat queue, the conversation core over
 *   the database: duplicate check, state loaded and saved, a knowledge-base answer, the reply sent);
 * - the peer: a grammY bot (webhookCallback with the same secret) that records the update id in
 *   the same database (the same processed-message table) and replies with a fixed text.
 * The load generator runs in a child process (keep-alive clients, one new chat per update,
 * knowledge-base questions) and reports per-request latency; the emulator runs in another.
 *
 * Both queue their outgoing messages behind the same throttler (@grammyjs/transformer-throttler,
 * src/channels/telegram/telegram-channel.ts outboundThrottler) at 1,000 a second, the most Telegram
 * allows with paid broadcasts: at the default 30 a second both would measure Telegram's limit.
 *
 * Run: `npm run bench:webhook -- [seconds=5] [concurrency=32]`
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Agent, request } from "node:http";
import type { FastifyInstance } from "fastify";
import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { startApplication, type Application } from "../src/application.ts";
import { outboundThrottler } from "../src/channels/telegram/telegram-channel.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/core/logger.ts";
import type { Db } from "../src/db/database.ts";

const TOKEN = "123456:bench-token-AAAAAAAAAAAAAAAA";
const SECRET = "bench-secret-0123456789";
const PEER_PATH = "/bench/peer-webhook";
const SENDS_PER_SECOND = 1000;
const LOAD_MODE = process.argv[2] === "--load";
const ARGS = (LOAD_MODE ? process.argv.slice(5) : process.argv.slice(2)).filter((a) => !a.startsWith("--"));
const SECONDS = Number(ARGS[0] ?? 5);
const CONCURRENCY = Number(ARGS[1] ?? 32);
const PEER_BOT_INFO: UserFromGetMe = {
  id: 7000002, is_bot: true, first_name: "Peer", username: "peer_bot", can_join_groups: true,
  can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
} as UserFromGetMe;
const PEER_REPLY = "Cảm ơn bạn, chúng tôi đã nhận được tin nhắn. (Thank you, your message was received.)";
const QUESTIONS = [
  "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?",
  "Ai chịu trách nhiệm truyền thông về bảo vệ trẻ em tại Đắk Lắk?",
  "Công an tỉnh có nhiệm vụ gì trong kế hoạch bảo vệ trẻ em?",
  "Kinh phí thực hiện kế hoạch bảo vệ trẻ em lấy từ đâu?",
  "Sở Giáo dục và Đào tạo phối hợp việc gì về phòng chống bạo lực học đường?",
  "Báo cáo kết quả thực hiện kế hoạch gửi cho ai, khi nào?",
];

interface LoadResult { perSecond: number; done: number; failed: number; p50: number; p95: number; p99: number }

/** Posts updates (each from a new chat; ids start at `firstId`) from keep-alive clients for SECONDS. */
async function load(url: string, firstId: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = Date.now() + SECONDS * 1000;
  const latencies: number[] = [];
  let failed = 0;
  let next = firstId;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const id = next++;
      const text = QUESTIONS[id % QUESTIONS.length] ?? "";
      const body = JSON.stringify({ update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: 100000 + id, type: "private", first_name: "B" }, from: { id: 100000 + id, is_bot: false, first_name: "B", language_code: "vi" }, text } });
      const t0 = performance.now();
      const status = await post(url, body, agent);
      if (status === 200) latencies.push(performance.now() - t0);
      else failed++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { perSecond: latencies.length / seconds, done: latencies.length, failed, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function post(url: string, body: string, agent: Agent): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-telegram-bot-api-secret-token": SECRET } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

/** Runs `load` in a child process so the load generator does not share the measured server's CPU. */
async function loadFromChild(url: string, firstId: number): Promise<LoadResult> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--load", url, String(firstId), String(SECONDS), String(CONCURRENCY)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => (output += chunk));
  await once(child, "exit");
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as LoadResult;
}

/** The Bot API emulator in a child process; resolves with its URL. */
async function startFake(): Promise<{ url: string; child: ChildProcessWithoutNullStreams; sent(): Promise<number> }> {
  const script = fileURLToPath(new URL("./telegram-fake-process.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, TOKEN], { stdio: "pipe" });
  child.stdout.setEncoding("utf8");
  let output = "";
  child.stdout.on("data", (chunk: string) => (output += chunk));
  while (!/URL (\S+)\n/.test(output)) await once(child.stdout, "data");
  const url = /URL (\S+)\n/.exec(output)?.[1] ?? "";
  return {
    url,
    child,
    async sent() {
      child.stdin.write("report\n");
      while (!/SENT (\d+)\n/.test(output)) await once(child.stdout, "data");
      return Number(/SENT (\d+)\n/.exec(output)?.[1]);
    },
  };
}

/** The fair peer: grammY's webhook adapter on the same server; records the update id in the same database and replies. */
function peerRoute(apiRoot: string, database: () => Db): (app: FastifyInstance) => void {
  const bot = new Bot(TOKEN, { botInfo: PEER_BOT_INFO, client: { apiRoot } });
  bot.api.config.use(outboundThrottler(SENDS_PER_SECOND));
  bot.on("message", async (ctx) => {
    await database().processedMessage.create({ data: { channel: "bench-peer", chatId: String(ctx.chat.id), messageId: String(ctx.update.update_id) } });
    await ctx.reply(PEER_REPLY);
  });
  return (app) => {
    app.post(PEER_PATH, webhookCallback(bot, "fastify", { secretToken: SECRET }));
  };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function main(): Promise<void> {
  const fake = await startFake();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-bench-webhook-"));
  let app: Application | undefined;
  try {
    const config = loadConfig({
      DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "fatal", // failures are counted by the load generator
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, TELEGRAM_WEBHOOK_URL: "https://bench.example/webhooks/telegram", TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_SENDS_PER_SECOND: String(SENDS_PER_SECOND),
    }, dataDir);
    const logger = createLogger({ level: "fatal", pretty: false });
    app = await startApplication(config, logger, { routes: [peerRoute(fake.url, () => app!.database.client as Db)] });
    const product = `${app.url}/webhooks/telegram`;
    const peer = `${app.url}${PEER_PATH}`;

    // Warm-up of both (JIT, knowledge-base caches, SQLite pages), then the measured runs, one after the other.
    await loadFromChild(product, 1_000_000);
    await loadFromChild(peer, 2_000_000);
    const peerResult = await loadFromChild(peer, 3_000_000);
    const productResult = await loadFromChild(product, 4_000_000);
    const sent = await fake.sent();
    const stored = await (app.database.client as Db).processedMessage.count({ where: { channel: "bench-peer" } });

    console.log(`webhook bench: one application (SQLite in a temp dir), one fastify, ${SECONDS} s each, ${CONCURRENCY} concurrent clients, ${os.cpus().length} cores, Node ${process.version}`);
    const line = (name: string, r: LoadResult) => console.log(`  ${name} ${r.perSecond.toFixed(0).padStart(5)} updates/s   p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}   (${r.done} answered, ${r.failed} failed)`);
    line("grammY peer (store id + fixed reply):", peerResult);
    line("product (core over SQLite + answer): ", productResult);
    console.log(`  ratio product/peer: throughput ${(productResult.perSecond / peerResult.perSecond).toFixed(2)}, p95 latency ${(productResult.p95 / peerResult.p95).toFixed(2)}x; replies sent by both ${sent}, peer updates stored ${stored}`);
  } finally {
    await app?.stop();
    fake.child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (LOAD_MODE) process.stdout.write(`${JSON.stringify(await load(process.argv[3] ?? "", Number(process.argv[4] ?? 1)))}\n`);
else await main();
