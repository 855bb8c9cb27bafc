/**
 * The Telegram channel (grammY): updates in, replies out, nothing else. Long polling when no
 * webhook URL is configured, otherwise a fastify route that checks Telegram's secret header
 * in constant time. Every update goes through the same path: the chat's queue slot (same chat
 * in order, other chats in parallel), grammY's middleware with an error boundary that
 * apologises with the 111 hotline, then the shared pipeline (de-duplication, core, delivery).
 */
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot, BotError, GrammyError, HttpError, type Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "../../core/logger.ts";
import type { ConversationCore, Reply } from "../../conversation/conversation-types.ts";
import {
  chatKey, CORE_FAILURE_REPLY, createChannelPipeline, createChatQueue, createRecentKeys, errorSummary, secretMatches,
  type DeliveryPolicy, type DeliveryProgress,
} from "../channel-runner.ts";
import { toInboundMessage } from "./telegram-inbound.ts";
import { malformedAt } from "./telegram-update-schema.ts";
import { createPollingLoop, type PollingLoop } from "./telegram-polling.ts";
import { renderTelegramReply } from "./telegram-render.ts";
import { createRetryTransformer, DEFAULT_TELEGRAM_RETRY, type TelegramRetryPolicy } from "./telegram-retry.ts";

export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";
const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

/** The bot's command menu as Telegram shows it. */
const COMMANDS = [
  { command: "start", description: "Bắt đầu / menu chính" },
  { command: "ask", description: "Hỏi về trách nhiệm của các cơ quan" },
  { command: "report", description: "Báo tin trẻ em bị xâm hại hoặc có nguy cơ" },
  { command: "status", description: "Xem tình trạng tin báo (kèm mã)" },
  { command: "lang", description: "Đổi ngôn ngữ / change language" },
  { command: "help", description: "Hướng dẫn và số 111" },
];
const COMMANDS_EN = [
  { command: "start", description: "Start / main menu" },
  { command: "ask", description: "Ask which agency is responsible" },
  { command: "report", description: "Report a child abused or at risk" },
  { command: "status", description: "Check a report's status (with its code)" },
  { command: "lang", description: "Change language / đổi ngôn ngữ" },
  { command: "help", description: "Help and the 111 hotline" },
];

export interface TelegramChannelOptions {
  token: string;
  /** A local Bot API server (TELEGRAM_API_ROOT); Telegram's own when absent. */
  apiRoot?: string;
  mode: "polling" | "webhook";
  /** Public HTTPS URL of TELEGRAM_WEBHOOK_PATH, registered at start in webhook mode. */
  webhookUrl?: string;
  webhookSecret?: string;
  core: ConversationCore;
  logger: Logger;
  retry?: Partial<TelegramRetryPolicy>;
  delivery?: Partial<DeliveryPolicy>;
  /** Chats served at the same moment. */
  concurrency?: number;
  /**
   * Messages the bot may send per second in all (Telegram's limit is 30 for an ordinary bot; more
   * only with paid broadcasts). Outgoing calls queue behind @grammyjs/transformer-throttler: this
   * many per second overall, one at a time within a private chat, and 20 a minute within a group
   * (the officers' chat).
   */
  sendsPerSecond?: number;
  pollTimeoutSec?: number;
  /** Skips getMe at start when the bot's identity is known (benchmarks, many instances). */
  botInfo?: UserFromGetMe;
  /** Registers the command menu at start (default true). */
  setCommands?: boolean;
  /** The officers' chat: its messages and button presses go to `handle` (src/officer), never to the conversation core. */
  officerChat?: OfficerChatHook;
}

/** Where updates from the officers' chat (OFFICER_TELEGRAM_CHAT_ID) go instead of the reporter/question core. */
export interface OfficerChatHook {
  chatId: string;
  handle(ctx: Context): Promise<void>;
}

export interface TelegramChannel {
  /** Polling: deletes any webhook and starts polling. Webhook: registers the webhook. */
  start(): Promise<void>;
  /** Stops polling and waits for updates in hand; the webhook stays registered for other instances. */
  stop(): Promise<void>;
  /** Registers POST /webhooks/telegram on the server. */
  routes(app: FastifyInstance): void;
  /** Handles one update as if it had just arrived (what the webhook route and the poller call). */
  handleUpdate(update: Update): Promise<void>;
  bot: Bot;
}

export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  if (options.mode === "webhook" && (!options.webhookUrl || !options.webhookSecret)) {
    throw new Error("Telegram webhook mode needs webhookUrl and webhookSecret");
  }
  const log = options.logger.child({ channel: "telegram" });
  const bot = new Bot(options.token, { ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}), ...(options.botInfo ? { botInfo: options.botInfo } : {}) });
  // The throttler first, the retry around it: a retried call queues again like any other.
  bot.api.config.use(outboundThrottler(options.sendsPerSecond ?? 30));
  bot.api.config.use(createRetryTransformer({ ...DEFAULT_TELEGRAM_RETRY, ...options.retry }, log));
  const queue = createChatQueue(options.concurrency ?? 32);
  installMiddleware(bot, createPipeline(bot, options, log), log, options.officerChat);
  const handleUpdate = (update: Update): Promise<void> => {
    const malformed = malformedAt(update);
    if (malformed !== null) {
      log.warn({ updateId: (update as { update_id?: unknown } | null)?.update_id, at: malformed }, "malformed Telegram update dropped");
      return Promise.resolve();
    }
    return queue.run(chatKey("telegram", updateChatId(update)), () => bot.handleUpdate(update)).catch((error: unknown) => reportFailure(bot, error, log));
  };

  let polling: PollingLoop | undefined;
  return {
    bot,
    handleUpdate,
    routes: (app) => registerWebhookRoute(app, options.webhookSecret, handleUpdate),
    async start() {
      await bot.init();
      if (options.setCommands !== false) await registerCommands(bot, log);
      polling = await startReceiving(bot, options, log, { dispatch: handleUpdate });
    },
    async stop() {
      await polling?.stop();
      await queue.idle();
    },
  };
}

/** Telegram's outgoing limits as @grammyjs/transformer-throttler queues them (see `sendsPerSecond`). */
export function outboundThrottler(perSecond: number): ReturnType<typeof apiThrottler> {
  return apiThrottler({
    global: { reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000 },
    group: { maxConcurrent: 1, minTime: 1000, reservoir: 20, reservoirRefreshAmount: 20, reservoirRefreshInterval: 60_000 },
    out: { maxConcurrent: 1 }, // one at a time, in order; a reply's parts follow at once (a short burst Telegram allows)
  });
}

function createPipeline(bot: Bot, options: TelegramChannelOptions, log: Logger): ReturnType<typeof createChannelPipeline> {
  return createChannelPipeline({
    core: options.core, logger: log, recent: createRecentKeys(), delivery: options.delivery,
    send: (chatId, reply, progress) => sendReply(bot, chatId, reply, progress),
    isRetryable: isRetryableTelegramError,
    retryAfterMs: (error) => (error instanceof GrammyError && error.parameters.retry_after ? error.parameters.retry_after * 1000 : undefined),
    typing: async (chatId) => {
      await bot.api.sendChatAction(chatId, "typing");
    },
  });
}

/** Webhook: registers it with the secret. Polling: deletes any webhook (it would refuse getUpdates) and polls. */
async function startReceiving(
  bot: Bot, options: TelegramChannelOptions, log: Logger, queue: Pick<Parameters<typeof createPollingLoop>[0], "dispatch">,
): Promise<PollingLoop | undefined> {
  if (options.mode === "webhook") {
    await bot.api.setWebhook(options.webhookUrl ?? "", { secret_token: options.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ mode: "webhook" }, "Telegram webhook registered");
    return undefined;
  }
  await bot.api.deleteWebhook();
  const polling = createPollingLoop({
    bot, ...queue, logger: log, timeoutSec: options.pollTimeoutSec ?? 30,
    maxInFlight: (options.concurrency ?? 32) * 4, allowedUpdates: ALLOWED_UPDATES,
  });
  polling.start();
  log.info({ mode: "polling" }, "Telegram long polling started");
  return polling;
}

/** The command menu in Vietnamese, and in English for clients set to English; a failure is only logged. */
async function registerCommands(bot: Bot, log: Logger): Promise<void> {
  try {
    await bot.api.setMyCommands(COMMANDS);
    await bot.api.setMyCommands(COMMANDS_EN, { language_code: "en" });
  } catch (error) {
    log.warn({ err: errorSummary(error) }, "setMyCommands failed");
  }
}

/** Callback buttons are acknowledged at once (the spinner stops), then every update goes to the pipeline. */
function installMiddleware(bot: Bot, pipeline: ReturnType<typeof createChannelPipeline>, log: Logger, officerChat?: OfficerChatHook): void {
  if (officerChat) {
    // Officers' chat first: its buttons are answered by the officer handler with the outcome.
    bot.use(async (ctx, next) => (ctx.chat !== undefined && String(ctx.chat.id) === officerChat.chatId ? officerChat.handle(ctx) : next()));
  }
  bot.on("callback_query", async (ctx, next) => {
    await ctx.answerCallbackQuery().catch((error: unknown) => log.warn({ err: errorSummary(error) }, "answerCallbackQuery failed"));
    await next();
  });
  bot.use(async (ctx) => {
    const inbound = toInboundMessage(ctx.update);
    if (inbound) await pipeline(inbound);
  });
  bot.catch((error) => apologise(error, log));
}

/** The error boundary: logs ids only and tells the user, politely and with 111, that something failed. */
async function apologise(error: BotError<Context>, log: Logger): Promise<void> {
  log.error({ err: errorSummary(error.error), updateId: error.ctx.update.update_id }, "update failed");
  const chatId = error.ctx.chat?.id ?? error.ctx.from?.id;
  if (chatId === undefined) return;
  await sendReply(error.ctx as unknown as { api: Bot["api"] }, String(chatId), CORE_FAILURE_REPLY).catch(() => undefined);
}

async function reportFailure(bot: Bot, error: unknown, log: Logger): Promise<void> {
  if (error instanceof BotError) {
    await bot.errorHandler(error);
    return;
  }
  log.error({ err: errorSummary(error) }, "update could not be handled");
}

/** Sends every part of a reply, in order; the keyboard rides on the last part. */
export async function sendReply(target: { api: Bot["api"] }, chatId: string, reply: Reply, progress: DeliveryProgress = { partsSent: 0 }): Promise<void> {
  const parts = renderTelegramReply(reply);
  for (; progress.partsSent < parts.length; progress.partsSent++) {
    const part = parts[progress.partsSent];
    if (!part) break;
    await target.api.sendMessage(chatId, part.html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(part.keyboard ? { reply_markup: part.keyboard } : {}),
    });
  }
}

function isRetryableTelegramError(error: unknown): boolean {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500);
}

/** The chat an update belongs to, for ordering; updates without one share a lane. */
function updateChatId(update: Update): string {
  // Read defensively: a webhook body is only shaped like an Update.
  const u = update as { message?: { chat?: { id?: unknown } }; edited_message?: { chat?: { id?: unknown } }; callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } } };
  const chat = u.message?.chat?.id ?? u.edited_message?.chat?.id ?? u.callback_query?.message?.chat?.id ?? u.callback_query?.from?.id;
  return chat === undefined ? "other" : String(chat);
}

/**
 * POST /webhooks/telegram: 401 and nothing processed unless the secret header matches, checked
 * in onRequest, before any of the body is read (a caller without the secret never gets 413 or 415).
 */
function registerWebhookRoute(app: FastifyInstance, secret: string | undefined, handle: (update: Update) => Promise<void>): void {
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!secretMatches(secret, request.headers["x-telegram-bot-api-secret-token"])) return reply.code(401).header("connection", "close").send({ ok: false, error: "unauthorized" });
  };
  app.post(TELEGRAM_WEBHOOK_PATH, { onRequest }, async (request: FastifyRequest, reply: FastifyReply) => {
    const update = request.body as Update | null;
    if (!update || typeof update !== "object" || typeof update.update_id !== "number") return reply.code(400).send({ ok: false, error: "not an update" });
    await handle(update);
    return reply.code(200).send({ ok: true });
  });
}
