/**
 * The Zalo channel: events in (webhook or long polling), replies out as plain text. The mode
 * is settled at start from getWebhookInfo, because a registered webhook silently starves
 * polling. The webhook route checks X-Bot-Api-Secret-Token in constant time, answers 200 at
 * once and handles the event afterwards; every event then takes the shared path: the chat's
 * queue slot, de-duplication on event + message id, the core, delivery with retries.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "../../core/logger.ts";
import type { ConversationCore } from "../../conversation/conversation-types.ts";
import { ZaloApiError } from "../channel-errors.ts";
import {
  chatKey, createChannelPipeline, createChatQueue, createRecentKeys, errorSummary, secretMatches, type DeliveryPolicy,
} from "../channel-runner.ts";
import type { ZaloClient } from "./zalo-client.ts";
import { toInboundMessage } from "./zalo-inbound.ts";
import { checkZaloUpdate } from "./zalo-update-schema.ts";
import { createZaloPolling, type ZaloPolling } from "./zalo-polling.ts";
import { renderZaloReply } from "./zalo-render.ts";
import type { ZaloUpdate } from "./zalo-types.ts";

export const ZALO_WEBHOOK_PATH = "/webhooks/zalo";

export interface ZaloChannelOptions {
  client: ZaloClient;
  core: ConversationCore;
  logger: Logger;
  /**
   * "webhook": events arrive at ZALO_WEBHOOK_PATH (registered at start when `webhookUrl` is
   * given); "polling": any webhook is deleted and getUpdates is polled; "auto" (default):
   * webhook when one is registered and a secret is configured to check it, else polling.
   */
  mode?: "webhook" | "polling" | "auto";
  webhookSecret?: string;
  webhookUrl?: string;
  pollTimeoutSec?: number;
  delivery?: Partial<DeliveryPolicy>;
  concurrency?: number;
}

export interface ZaloChannel {
  /** Reads the bot and the webhook state, settles the mode, starts polling if chosen. */
  start(): Promise<"webhook" | "polling">;
  /** Stops polling and waits for events in hand. */
  stop(): Promise<void>;
  /** Registers POST /webhooks/zalo. */
  routes(app: FastifyInstance): void;
  /** Handles one event (what the webhook and the poller call); resolves when answered. */
  handleUpdate(update: ZaloUpdate): Promise<void>;
}

export function createZaloChannel(options: ZaloChannelOptions): ZaloChannel {
  const log = options.logger.child({ channel: "zalo" });
  const queue = createChatQueue(options.concurrency ?? 32);
  let botId: string | undefined;
  let polling: ZaloPolling | undefined;
  const pipeline = createChannelPipeline({
    core: options.core, logger: log, recent: createRecentKeys(), delivery: options.delivery,
    send: async (chatId, reply, progress) => {
      const parts = renderZaloReply(reply);
      for (; progress.partsSent < parts.length; progress.partsSent++) await options.client.sendMessage(chatId, parts[progress.partsSent] ?? "");
    },
    isRetryable: (error) => !(error instanceof ZaloApiError) || error.retryable,
    typing: (chatId) => options.client.sendChatAction(chatId, "typing"),
  });
  const handleUpdate = async (raw: ZaloUpdate): Promise<void> => {
    const checked = checkZaloUpdate(raw);
    if (!checked.ok) {
      log.warn({ at: checked.at }, "malformed Zalo event dropped");
      return;
    }
    const update = checked.update;
    const inbound = toInboundMessage(update, botId);
    if (!inbound) {
      log.debug({ event: update.event_name }, "Zalo event ignored");
      return;
    }
    await queue.run(chatKey("zalo", inbound.chatId), () => pipeline(inbound));
  };

  return {
    handleUpdate,
    routes: (app) => registerWebhookRoute(app, options.webhookSecret, handleUpdate, log),
    async start() {
      botId = String((await options.client.getMe()).id);
      const mode = await settleMode(options, log);
      if (mode === "polling") {
        polling = createZaloPolling({ client: options.client, dispatch: handleUpdate, inFlight: queue.size, logger: log, timeoutSec: options.pollTimeoutSec ?? 30, maxInFlight: (options.concurrency ?? 32) * 4 });
        polling.start();
      }
      log.info({ mode }, "Zalo channel started");
      return mode;
    },
    async stop() {
      await polling?.stop();
      await queue.idle();
    },
  };
}

/** Chooses webhook or polling from the configuration and the webhook Zalo has on record. */
async function settleMode(options: ZaloChannelOptions, log: Logger): Promise<"webhook" | "polling"> {
  const wanted = options.mode ?? "auto";
  if (wanted === "webhook" && !options.webhookSecret) throw new Error("Zalo webhook mode needs webhookSecret (ZALO_WEBHOOK_SECRET)");
  if (wanted === "webhook" && options.webhookUrl) {
    await options.client.setWebhook(options.webhookUrl, options.webhookSecret ?? "");
    return "webhook";
  }
  const info = await options.client.getWebhookInfo();
  const registered = typeof info.url === "string" && info.url !== "";
  if (wanted === "webhook" || (wanted === "auto" && registered && options.webhookSecret)) {
    if (!registered) log.warn("Zalo webhook mode chosen but no webhook is registered; events arrive only after setWebhook");
    return "webhook";
  }
  if (registered) {
    if (wanted === "auto") log.warn("a Zalo webhook is registered but no secret is configured to check it; deleting it and polling");
    await options.client.deleteWebhook();
  }
  return "polling";
}

/** Both envelopes occur: `{ ok, result: event }` and the bare event. */
function readEvent(body: unknown): unknown {
  return body !== null && typeof body === "object" && "result" in body ? (body as { result: unknown }).result : body;
}

/**
 * POST /webhooks/zalo: 401 and nothing processed unless the secret matches, checked in onRequest
 * before any of the body is read; 200 at once otherwise (a malformed event is dropped and logged).
 */
function registerWebhookRoute(app: FastifyInstance, secret: string | undefined, handle: (update: ZaloUpdate) => Promise<void>, log: Logger): void {
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!secretMatches(secret, request.headers["x-bot-api-secret-token"])) return reply.code(401).header("connection", "close").send({ ok: false, error: "unauthorized" });
  };
  app.post(ZALO_WEBHOOK_PATH, { onRequest }, async (request: FastifyRequest, reply: FastifyReply) => {
    void handle(readEvent(request.body) as ZaloUpdate).catch((error: unknown) => log.error({ err: errorSummary(error) }, "Zalo event failed"));
    return reply.code(200).send({ ok: true });
  });
}
