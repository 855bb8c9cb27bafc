/**
 * What every channel does the same way once a platform update became an InboundMessage:
 * keep each chat's messages in order while different chats run in parallel, drop a delivery
 * seen moments ago, ask the conversation core, and deliver the replies with patient retries,
 * telling the user (with the 111 hotline) when a reply finally cannot be delivered.
 * Channels supply only "send one reply" and "tell the user it failed".
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Logger } from "../core/logger.ts";
import type { ConversationCore, InboundMessage, Reply } from "../conversation/conversation-types.ts";

/** Runs tasks keyed by chat: one at a time per key, up to `concurrency` keys at once. */
export interface ChatQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks queued or running. */
  size(): number;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
}

/** Creates a ChatQueue; `concurrency` bounds the chats served at the same moment. */
export function createChatQueue(concurrency = 32): ChatQueue {
  const tails = new Map<string, Promise<unknown>>();
  const slots = createSemaphore(concurrency);
  let pending = 0;
  const waiters: Array<() => void> = [];
  const settle = (): void => {
    pending -= 1;
    if (pending === 0) for (const wake of waiters.splice(0)) wake();
  };
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      pending += 1;
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.catch(() => undefined).then(() => slots.with(task));
      const tail = result.catch(() => undefined).finally(() => {
        if (tails.get(key) === tail) tails.delete(key);
        settle();
      });
      tails.set(key, tail);
      return result;
    },
    size: () => pending,
    idle: () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

function createSemaphore(limit: number): { with<T>(task: () => Promise<T>): Promise<T> } {
  let active = 0;
  const queue: Array<() => void> = [];
  const acquire = (): Promise<void> => {
    if (active < limit) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => queue.push(resolve));
  };
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async with<T>(task: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/**
 * Remembers recent delivery keys so a platform's re-delivery (or two webhook calls racing)
 * is answered once even before the core has stored it. The core's own de-duplication is the
 * durable one; this one is bounded and forgets the oldest keys first.
 */
export function createRecentKeys(capacity = 10_000): { firstTime(key: string): boolean } {
  const seen = new Set<string>();
  return {
    firstTime(key: string): boolean {
      if (seen.has(key)) return false;
      seen.add(key);
      if (seen.size > capacity) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
  };
}

/** Strips characters that only hide or corrupt text (NUL, other controls, bidi overrides); keeps newlines, tabs and emoji. */
export function cleanInboundText(text: unknown): string | null {
  if (typeof text !== "string") return null;
  const cleaned = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").replace(/\r\n?/g, "\n");
  return cleaned;
}

/** The reply used when the core fails: polite, Vietnamese first, and always the hotline. */
export const CORE_FAILURE_REPLY: Reply = {
  text: "Xin lỗi, hệ thống đang gặp sự cố và chưa trả lời được tin nhắn của bạn. Vui lòng thử lại sau ít phút.\nNếu trẻ em đang gặp nguy hiểm, hãy gọi ngay Tổng đài 111 (miễn phí, 24/7) hoặc Công an 113.\n(Sorry, something went wrong. If a child is in danger, call 111 or 113 now.)",
  links: [{ label: "Gọi 111", url: "tel:111" }],
  urgent: true,
};

/** Sent (if at all possible) when a reply could not be delivered after every retry. */
export const DELIVERY_FAILURE_TEXT =
  "Xin lỗi, một phần câu trả lời chưa gửi được do sự cố kết nối. Vui lòng gửi lại tin nhắn sau ít phút. Nếu trẻ em đang gặp nguy hiểm, hãy gọi ngay 111 hoặc 113.";

export interface DeliveryPolicy {
  /** Delays before each extra try of a reply whose send failed (the API client retried already). */
  retryDelaysMs: number[];
  /** The same for safety replies, which are never given up lightly. */
  urgentRetryDelaysMs: number[];
  /** Longest server-requested wait (flood control) honoured between tries. */
  maxRetryAfterMs: number;
  /** Show "typing…" when the core has not answered after this many ms. */
  typingAfterMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  retryDelaysMs: [2000, 10_000],
  urgentRetryDelaysMs: [2000, 10_000, 30_000, 60_000],
  maxRetryAfterMs: 300_000,
  typingAfterMs: 1000,
};

/** How far one reply got; a retry resumes after the parts already sent instead of repeating them. */
export interface DeliveryProgress {
  partsSent: number;
}

export interface ChannelPipelineDeps {
  core: ConversationCore;
  logger: Logger;
  recent: { firstTime(key: string): boolean };
  /** Sends one reply to the chat (splitting and formatting are the channel's), counting parts in `progress`. */
  send(chatId: string, reply: Reply, progress: DeliveryProgress): Promise<void>;
  /** Whether a failed send might succeed later (429, 5xx, network). */
  isRetryable(error: unknown): boolean;
  /** A wait the platform asked for (Telegram's retry_after), in ms. */
  retryAfterMs?(error: unknown): number | undefined;
  /** Shows "typing…" in the chat; failures are ignored. */
  typing?(chatId: string): Promise<void>;
  delivery?: Partial<DeliveryPolicy>;
}

/**
 * Handles one inbound message end to end: answered once, replies delivered or the user told.
 * Never throws: failures are logged with ids only. The caller runs it inside the chat's
 * queue slot (`chatKey`), so one chat's messages are answered in the order they came.
 */
export function createChannelPipeline(deps: ChannelPipelineDeps): (message: InboundMessage) => Promise<void> {
  const policy = { ...DEFAULT_DELIVERY_POLICY, ...deps.delivery };
  return async (message) => {
    if (!deps.recent.firstTime(`${chatKey(message.channel, message.chatId)}:${message.messageId}`)) return;
    const log = deps.logger.child({ channel: message.channel, chatId: message.chatId, messageId: message.messageId, kind: message.kind });
    const typing = deps.typing ? setTimeout(() => void deps.typing?.(message.chatId).catch(() => undefined), policy.typingAfterMs) : undefined;
    const replies = await askCore(deps.core, message, log).finally(() => clearTimeout(typing));
    await deliverAll(deps, policy, message.chatId, replies, log);
  };
}

/** The ChatQueue key of a chat. */
export function chatKey(channel: string, chatId: string): string {
  return `${channel}:${chatId}`;
}

/** Compares a presented secret with the expected one in constant time; false when either is missing. */
export function secretMatches(expected: string | undefined, presented: unknown): boolean {
  if (!expected || typeof presented !== "string" || presented === "") return false;
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(presented).digest();
  return timingSafeEqual(a, b);
}

async function askCore(core: ConversationCore, message: InboundMessage, log: Logger): Promise<Reply[]> {
  try {
    return await core.handle(message);
  } catch (error) {
    log.error({ err: error }, "conversation core failed; sending the apology with 111");
    return [CORE_FAILURE_REPLY];
  }
}

/** Delivers in order. After a loss, only safety replies are still tried; then the user is told once. */
async function deliverAll(deps: ChannelPipelineDeps, policy: DeliveryPolicy, chatId: string, replies: Reply[], log: Logger): Promise<void> {
  let lost = false;
  for (const [index, reply] of replies.entries()) {
    if (lost && !reply.urgent) continue;
    const delivered = await deliverOne(deps, policy, chatId, reply, log.child({ reply: index }));
    lost ||= !delivered;
  }
  if (lost) await tellDeliveryFailed(deps, chatId, log);
}

/** Sends with extra delayed tries for transient failures; false when the reply was lost. */
async function deliverOne(deps: ChannelPipelineDeps, policy: DeliveryPolicy, chatId: string, reply: Reply, log: Logger): Promise<boolean> {
  const progress: DeliveryProgress = { partsSent: 0 };
  const delays = reply.urgent ? policy.urgentRetryDelaysMs : policy.retryDelaysMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.send(chatId, reply, progress);
      return true;
    } catch (error) {
      const retryable = deps.isRetryable(error);
      const planned = delays[attempt];
      log.warn({ err: errorSummary(error), attempt: attempt + 1, retryable, partsSent: progress.partsSent, urgent: reply.urgent === true }, "reply not delivered");
      if (!retryable || planned === undefined) return false;
      const asked = Math.min(deps.retryAfterMs?.(error) ?? 0, policy.maxRetryAfterMs);
      await new Promise((resolve) => setTimeout(resolve, Math.max(planned, asked)));
    }
  }
}

async function tellDeliveryFailed(deps: ChannelPipelineDeps, chatId: string, log: Logger): Promise<void> {
  try {
    await deps.send(chatId, { text: DELIVERY_FAILURE_TEXT, urgent: true }, { partsSent: 0 });
  } catch {
    log.error("reply lost and the user could not be told");
  }
}

/** Ids and codes only: API errors may quote the text that failed to send. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: "non-error thrown" };
  const e = error as Error & { error_code?: unknown; method?: unknown; httpStatus?: unknown };
  return { name: e.name, method: e.method, error_code: e.error_code, httpStatus: e.httpStatus };
}
