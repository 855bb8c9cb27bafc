/**
 * Webhook throughput (issue 4, "Measure"): updates per second the Telegram webhook path
 * sustains for knowledge-base questions (secret check, chat queue, the product's conversation
 * core over the memory store, a reply sent to a local Bot API emulator), beside the same
 * fastify server running a grammY bot that does nothing, in one run, and the ratio.
 *
 * Run: `npm run bench:webhook -- [seconds] [concurrency] [--echo-core]`
 * The Bot API emulator and the load generator run
 * in child processes so that only the server under test uses this process's CPU.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { Agent, request } from "node:http";
import Fastify, { type FastifyInstance } from "fastify";
import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createTelegramChannel } from "../src/channels/telegram/telegram-channel.ts";
import { createLogger } from "../src/core/logger.ts";
import type { ConversationCore, InboundMessage } from "../src/conversation/conversation-types.ts";
import { createRealCoreWorld } from "../test/channels/real-core-support.ts";

const TOKEN = "123456:bench-token-AAAAAAAAAAAAAAAA";
const SECRET = "bench-secret-0123456789";
const LOAD_MODE = process.argv[2] === "--load";
/** `--echo-core` replaces the product's core by an echo, to show the adapter's own cost. */
const ECHO_CORE = process.argv.includes("--echo-core");
const ARGS = (LOAD_MODE ? process.argv.slice(4) : process.argv.slice(2)).filter((a) => !a.startsWith("--"));
const SECONDS = Number(ARGS[0] ?? 5);
const CONCURRENCY = Number(ARGS[1] ?? 32);
const BOT_INFO: UserFromGetMe = {
  id: 7000001, is_bot: true, first_name: "Bench", username: "bench_bot", can_join_groups: true,
  can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
} as UserFromGetMe;
const QUESTIONS = [
  "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?",
  "Ai chịu trách nhiệm truyền thông về bảo vệ trẻ em tại Đắk Lắk?",
  "Công an tỉnh có nhiệm vụ gì trong kế hoạch bảo vệ trẻ em?",
  "Kinh phí thực hiện kế hoạch bảo vệ trẻ em lấy từ đâu?",
  "Sở Giáo dục và Đào tạo phối hợp việc gì về phòng chống bạo lực học đường?",
  "Báo cáo kết quả thực hiện kế hoạch gửi cho ai, khi nào?",
];

let nextUpdate = 1;
function update(): string {
  const id = nextUpdate++;
  const text = QUESTIONS[id % QUESTIONS.length] ?? "";
  return JSON.stringify({ update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: 100000 + id, type: "private", first_name: "B" }, from: { id: 100000 + id, is_bot: false, first_name: "B", language_code: "vi" }, text } });
}

/** Posts updates from `CONCURRENCY` keep-alive clients for `SECONDS`; returns completed updates per second. */
async function load(url: string): Promise<{ perSecond: number; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const status = await post(url, update(), agent);
      if (status === 200) done++;
      else failed++;
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return { perSecond: done / ((Date.now() - t0) / 1000), failed };
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
async function loadFromChild(url: string): Promise<{ perSecond: number; failed: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--load", url, String(SECONDS), String(CONCURRENCY)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => (output += chunk));
  await once(child, "exit");
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as { perSecond: number; failed: number };
}

async function serve(register: (app: FastifyInstance) => void): Promise<{ url: string; app: FastifyInstance }> {
  const app = Fastify({ logger: false });
  register(app);
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url: `${base}/webhooks/telegram`, app };
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

/** Messages per second the core handles by itself for one second, after a warm-up. */
async function coreAlone(core: ConversationCore): Promise<number> {
  const message = (i: number): InboundMessage => ({
    channel: "telegram", chatId: `alone-${i}`, userId: `alone-${i}`, messageId: `alone-${i}`, kind: "text",
    text: QUESTIONS[i % QUESTIONS.length] ?? "", attachments: [], receivedAt: new Date(),
  });
  for (let i = 0; i < 200; i++) await core.handle(message(-1 - i));
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 1000) await core.handle(message(n++));
  return n / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  const logger = createLogger({ level: "error", pretty: false });
  const fake = await startFake();
  const core: ConversationCore = ECHO_CORE ? { handle: async (m) => [{ text: `Bạn nói: ${m.text}` }] } : createRealCoreWorld(logger).newCore();
  const alone = await coreAlone(core);
  const channel = createTelegramChannel({
    token: TOKEN, apiRoot: fake.url, mode: "webhook", webhookUrl: "https://bench.example/webhooks/telegram", webhookSecret: SECRET,
    core, logger, botInfo: BOT_INFO, setCommands: false, concurrency: 64,
  });
  const ours = await serve((app) => channel.routes(app));
  const idle = new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: fake.url } });
  const baseline = await serve((app) => {
    app.post("/webhooks/telegram", webhookCallback(idle, "fastify", { secretToken: SECRET }));
  });

  await loadFromChild(ours.url); // warm-up: JIT, knowledge-base caches
  const nothing = await loadFromChild(baseline.url);
  const product = await loadFromChild(ours.url);
  const sent = await fake.sent();
  console.log(`core alone (no HTTP)  : ${alone.toFixed(0)} messages/s${ECHO_CORE ? " (echo core)" : " (product core, knowledge-base questions)"}`);
  console.log(`do-nothing grammY bot : ${nothing.perSecond.toFixed(0)} updates/s (failed ${nothing.failed})`);
  console.log(`product webhook path  : ${product.perSecond.toFixed(0)} updates/s (failed ${product.failed}; replies sent ${sent})`);
  console.log(`ratio                 : ${(product.perSecond / nothing.perSecond).toFixed(2)} (aim >= 0.5); ${SECONDS}s each, ${CONCURRENCY} concurrent clients`);
  await ours.app.close();
  await baseline.app.close();
}

if (LOAD_MODE) process.stdout.write(`${JSON.stringify(await load(process.argv[3] ?? ""))}\n`);
else await main();
