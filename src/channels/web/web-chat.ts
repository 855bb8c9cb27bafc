/**
 * The web chat: a page that needs no token (GET / and /chat) and its JSON API
 * (POST /api/chat/messages). The browser makes its own session id (kept in sessionStorage) and a
 * fresh id per message; a message sent again with the same id (a retry after a lost
 * connection) gets the same replies back instead of a second answer. Each session is answered
 * in order, other sessions in parallel. With a gate (the server's abuse limits), a message the
 * gate refuses gets 429 with Retry-After and the safety numbers in its replies. A reloaded page
 * gets its conversation back (POST /api/chat/transcript with the session id, which is the
 * session's secret: it is never in a URL, so never in an access log). An open page asks the same
 * endpoint every 15 seconds while it is visible for lines it has not shown (an officer's message
 * written back to the reporter joins the session's conversation, reporter-delivery.ts). Both
 * answers carry the conversation's language when it has one, so the page's own words follow it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "../../core/logger.ts";
import type { ConversationCore, ConversationStore, InboundMessage, Language, Reply } from "../../conversation/conversation-types.ts";
import { safetyReply } from "../../conversation/conversation-texts.ts";
import { chatKey, cleanInboundText, CORE_FAILURE_REPLY, createChatQueue } from "../channel-runner.ts";
import { WEB_CHAT_CSS, WEB_CHAT_JS, webChatHtml } from "./web-chat-page.ts";

export const WEB_CHAT_API_PATH = "/api/chat/messages";
export const WEB_CHAT_TRANSCRIPT_PATH = "/api/chat/transcript";
/** What a person can type in the page; longer text is refused (413 for the body, 400 for the field). */
export const WEB_TEXT_LIMIT = 4000;

export interface WebChatOptions {
  core: ConversationCore;
  logger: Logger;
  /** Where the page's "Thoát nhanh" (quick exit) leaves for; default https://www.google.com.vn. */
  exitUrl?: string;
  /** Paths that serve the page; default "/" and "/chat". */
  pagePaths?: string[];
  /** Largest request body of the API, bytes (default 16 KB). */
  bodyLimit?: number;
  concurrency?: number;
  /** Builds the gate each API message passes first (on the app, which holds the rate-limit plugin); no limits without it. */
  gate?: (app: FastifyInstance) => Promise<WebChatGate>;
  /**
   * The language a session's conversation is in (null when it has none yet), sent with the replies and the
   * transcript so the page's own words (input, Send, retry, quick exit) follow it; without it the page stays Vietnamese.
   */
  languageOf?: (chatId: string) => Promise<Language | null>;
}

/** Why a message was refused and when to try again. */
export interface WebChatRefusal {
  reason: "sessions" | "messages";
  retryAfterSeconds: number;
}

/** Decides whether a message goes on to the conversation core; null lets it through. */
export interface WebChatGate {
  admit(request: FastifyRequest, message: InboundMessage): Promise<WebChatRefusal | null>;
}

export interface WebChat {
  routes(app: FastifyInstance): void | Promise<void>;
}

interface ChatRequestBody {
  sessionId?: unknown;
  messageId?: unknown;
  text?: unknown;
  choice?: unknown;
}

const ID = /^[A-Za-z0-9_-]{8,64}$/;
/** What a valid id is, said in the 400 (a random UUID from crypto.randomUUID() is one). */
const ID_RULE = "8-64 ký tự: chữ cái A-Z a-z, chữ số, '-' hoặc '_', ví dụ một UUID (8-64 characters: letters, digits, '-' or '_', e.g. a UUID)";
const BAD_SESSION = `Phiên trò chuyện không hợp lệ (invalid sessionId): ${ID_RULE}.`;
const BAD_MESSAGE = `Mã tin nhắn không hợp lệ (invalid messageId): ${ID_RULE}.`;
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

export function createWebChat(options: WebChatOptions): WebChat {
  const log = options.logger.child({ channel: "web" });
  const queue = createChatQueue(options.concurrency ?? 64);
  const failed = (message: InboundMessage) => (error: unknown): Reply[] => {
    log.error({ err: error instanceof Error ? { name: error.name } : {}, chatId: message.chatId, messageId: message.messageId }, "conversation core failed");
    return [CORE_FAILURE_REPLY];
  };

  /** A retried message id (the browser lost the response) gets the replies it got the first time, from the core's stored state. */
  const answer = (message: InboundMessage): Promise<AnsweredMessage> =>
    queue.run(chatKey("web", message.chatId), async () => {
      const replies = await options.core.handle(message).catch(failed(message));
      const all = replies.length > 0 || !options.core.replay ? replies : ((await options.core.replay(message).catch(failed(message))) ?? []);
      return { replies: all, ...(await languageOf(message.chatId)) };
    });
  /** The conversation's language as it stands after the message; none when unknown or unreadable (the page keeps its own). */
  const languageOf = async (chatId: string): Promise<{ language?: Language }> => {
    const language = await options.languageOf?.(chatId).catch(() => null);
    return language ? { language } : {};
  };

  const html = webChatHtml(options.exitUrl);
  const register = (app: FastifyInstance, gate: WebChatGate | undefined): void => {
    for (const path of options.pagePaths ?? ["/", "/chat"]) app.get(path, (_request, reply) => sendAsset(reply, "text/html; charset=utf-8", html));
    app.get("/chat/app.css", (_request, reply) => sendAsset(reply, "text/css; charset=utf-8", WEB_CHAT_CSS));
    app.get("/chat/app.js", (_request, reply) => sendAsset(reply, "text/javascript; charset=utf-8", WEB_CHAT_JS));
    app.post(WEB_CHAT_API_PATH, { bodyLimit: options.bodyLimit ?? 16_384 }, async (request, reply) => {
      const parsed = parseBody(request);
      if ("error" in parsed) return reply.code(400).send({ error: parsed.error });
      const refusal = await gate?.admit(request, parsed.message);
      if (refusal) return sendRefusal(reply, refusal, parsed.message);
      return reply.header("cache-control", "no-store").send(await answer(parsed.message));
    });
    // Only this session's own lines; an unknown session gets none (the page then starts afresh). With `after`
    // (the open page checking for lines it has not shown, such as an officer's message), only lines numbered from it.
    app.post(WEB_CHAT_TRANSCRIPT_PATH, { bodyLimit: 1024 }, async (request, reply) => {
      const body = request.body as { sessionId?: unknown; after?: unknown } | null;
      const sessionId = body?.sessionId;
      if (typeof sessionId !== "string" || !ID.test(sessionId)) return reply.code(400).send({ error: BAD_SESSION });
      const after = body?.after;
      if (after !== undefined && !(Number.isSafeInteger(after) && (after as number) >= 0)) return reply.code(400).send({ error: "Vị trí không hợp lệ (invalid after)." });
      const all = options.core.transcript ? await queue.run(chatKey("web", sessionId), async () => (await options.core.transcript?.("web", sessionId)) ?? []) : [];
      const entries = after === undefined ? all : all.filter((entry) => (entry.n ?? 0) >= (after as number));
      return reply.header("cache-control", "no-store").send({ entries, ...(all.length > 0 ? await languageOf(sessionId) : {}) });
    });
  };

  return {
    routes(app) {
      if (!options.gate) return register(app, undefined);
      return options.gate(app).then((gate) => register(app, gate));
    },
  };
}

/** What the API answers a message with: the replies, and the conversation's language when it has one. */
interface AnsweredMessage {
  replies: Reply[];
  language?: Language;
}

/**
 * The language a web session's conversation is in, as the conversation core uses it: the
 * language the user chose with /lang, else the one the conversation settled on (from its first
 * message of a few words, or the report's story), else Vietnamese.
 */
export function webChatLanguage(store: Pick<ConversationStore, "load" | "userLanguage">): (chatId: string) => Promise<Language> {
  return async (chatId) => (await store.userLanguage("web", chatId)) ?? (await store.load("web", chatId))?.language ?? "vi";
}

const LIMITED: Record<Language, (minutes: number) => string> = {
  vi: (minutes) => `Có quá nhiều tin nhắn hoặc phiên trò chuyện từ mạng của bạn. Xin thử lại sau khoảng ${minutes} phút.`,
  en: (minutes) => `Too many messages or chats from your network. Please try again in about ${minutes} minutes.`,
};

/** 429 with Retry-After, and replies the page can show: when to try again, and the numbers to call now. */
function sendRefusal(reply: FastifyReply, refusal: WebChatRefusal, message: InboundMessage): FastifyReply {
  const lang: Language = message.languageHint?.toLowerCase().startsWith("en") ? "en" : "vi";
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60));
  return reply.code(429).header("retry-after", String(refusal.retryAfterSeconds)).header("cache-control", "no-store").send({
    error: "Quá nhiều yêu cầu (too many requests).",
    retryAfterSeconds: refusal.retryAfterSeconds,
    replies: [{ text: LIMITED[lang](minutes) }, safetyReply(lang)],
  });
}

function sendAsset(reply: FastifyReply, type: string, body: string): FastifyReply {
  return reply.headers(SECURITY_HEADERS).header("cache-control", "no-cache").type(type).send(body);
}

/** Validates the API body into an InboundMessage, or a Vietnamese error for the page. */
function parseBody(request: FastifyRequest): { message: InboundMessage } | { error: string } {
  const body = (request.body ?? {}) as ChatRequestBody;
  if (typeof body !== "object" || typeof body.sessionId !== "string" || !ID.test(body.sessionId)) return { error: BAD_SESSION };
  if (typeof body.messageId !== "string" || !ID.test(body.messageId)) return { error: BAD_MESSAGE };
  const text = cleanInboundText(body.text);
  const choice = typeof body.choice === "string" && body.choice.length > 0 && body.choice.length <= 128 ? body.choice : undefined;
  if (body.choice !== undefined && choice === undefined) return { error: "Lựa chọn không hợp lệ (invalid choice)." };
  if (text !== null && text.length > WEB_TEXT_LIMIT) return { error: `Tin nhắn quá dài, tối đa ${WEB_TEXT_LIMIT} ký tự (text too long).` };
  if (choice === undefined && (text === null || text.trim() === "")) return { error: "Tin nhắn trống (empty message)." };
  return {
    message: {
      channel: "web", chatId: body.sessionId, userId: body.sessionId, messageId: body.messageId,
      kind: choice === undefined ? "text" : "choice", text: text === null || text.trim() === "" ? null : text,
      ...(choice === undefined ? {} : { choice }), attachments: [], receivedAt: new Date(),
      ...languageHint(request.headers["accept-language"]),
    },
  };
}

function languageHint(header: string | undefined): { languageHint?: string } {
  const first = header?.split(",")[0]?.split(";")[0]?.trim();
  return first && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(first) ? { languageHint: first } : {};
}

