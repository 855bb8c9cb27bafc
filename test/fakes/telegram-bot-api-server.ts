/**
 * A local Telegram Bot API for tests: a real HTTP server that grammY (1.46) talks to through
 * `client: { apiRoot: fake.url }`, so the production Telegram adapter runs unchanged.
 *
 * It keeps Telegram's observable rules that a bot can get wrong: long polls honour
 * `timeout` and `offset`; a registered webhook receives updates with the secret header and
 * is retried on non-2xx (and `getUpdates` is refused meanwhile, 409); HTML parse mode is
 * validated; text over 4096 characters is refused; a wrong token gets 401. Tests push user
 * activity with `push*`, read the bot's output from `sentMessages`, and inject failures
 * with `failNext`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallbackQuery, Message, Update, User } from "grammy/types";
import { checkTelegramHtml } from "./telegram-html.ts";
import {
  createSignal, jsonField, numberField, parseRequest, sendJson, sleep, startServer, waitUntil,
  type ParsedBody,
} from "./fake-http.ts";

/** Everything the bot sent or changed that a test may assert on. */
export interface TelegramSentMessage {
  method: "sendMessage" | "sendPhoto";
  chat_id: number | string;
  message_id: number;
  text?: string;
  caption?: string;
  parse_mode?: string;
  reply_markup?: unknown;
  /** sendPhoto: what was sent (a URL or file_id string, or the uploaded bytes). */
  photo?: string | { filename: string; data: Buffer };
  payload: Record<string, unknown>;
}

/** One API call as the fake received it (including refused ones). */
export interface TelegramCall {
  method: string;
  payload: Record<string, unknown>;
  tokenOk: boolean;
  at: number;
}

/** A failure to inject: 429 with retry_after (flood wait), or any other status such as 502. */
export interface TelegramFailure {
  status: number;
  retryAfter?: number;
  description?: string;
  /** How many consecutive calls fail; default 1. */
  times?: number;
}

export interface TelegramFakeOptions {
  token: string;
  botId?: number;
  username?: string;
  /** First delay between webhook retries; doubles up to 2 s. Telegram waits longer. */
  webhookRetryDelayMs?: number;
}

/** The test-side handle of the fake. */
export interface TelegramFake {
  /** API root for grammY: `new Bot(token, { client: { apiRoot: fake.url } })`. */
  url: string;
  token: string;
  botUser: User;
  close(): Promise<void>;
  pushMessage(chatId: number, text: string, from?: Partial<User>): Update;
  pushCallbackQuery(chatId: number, data: string, messageId: number, from?: Partial<User>): Update;
  pushPhoto(chatId: number, options?: { caption?: string; data?: Buffer; from?: Partial<User> }): Update;
  pushEditedMessage(chatId: number, messageId: number, text: string, from?: Partial<User>): Update;
  pushSticker(chatId: number, from?: Partial<User>): Update;
  pushVoice(chatId: number, from?: Partial<User>): Update;
  /** Queues any update (e.g. `{ my_chat_member: ... }`); `update_id` is assigned unless given. */
  pushUpdate(update: Record<string, unknown>): Update;
  /** Queues an already-delivered update again with the same update_id (a duplicate delivery). */
  redeliver(update: Update): void;
  sentMessages: TelegramSentMessage[];
  edits: Array<{ method: string; chat_id: number | string; message_id: number; text?: string; reply_markup?: unknown }>;
  callbackAnswers: Array<{ callback_query_id: string; text?: string; show_alert?: boolean }>;
  chatActions: Array<{ chat_id: number | string; action: string }>;
  commands: unknown[];
  calls: TelegramCall[];
  webhookDeliveries: Array<{ update_id: number; status: number | "network-error" }>;
  webhook(): { url: string; secretToken?: string } | null;
  pendingUpdates(): number;
  waitForMessages(chatId: number | string, n: number, timeoutMs?: number): Promise<TelegramSentMessage[]>;
  waitForCalls(method: string, n: number, timeoutMs?: number): Promise<TelegramCall[]>;
  failNext(method: string, failure: TelegramFailure): void;
}

/** Thrown inside a method handler to answer `{ ok: false, error_code, description }`. */
class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

type Params = Record<string, unknown>;
type Handler = (p: Params, files: ParsedBody["files"], abort: AbortSignal) => unknown;

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

/** Starts a fake Telegram Bot API server for `token`. */
export async function createTelegramFake(options: TelegramFakeOptions): Promise<TelegramFake> {
  const state = createState(options);
  const started = await startServer((req, res, body) => handle(state, req, res, body));
  state.publicUrl = started.url;
  return {
    url: started.url,
    token: options.token,
    botUser: state.botUser,
    close: async () => {
      state.closed.abort();
      await started.close();
    },
    pushMessage: (chatId, text, from) => state.push({ message: state.userMessage(chatId, from, { text, ...commandEntities(text) }) }),
    pushCallbackQuery: (chatId, data, messageId, from) => state.push({ callback_query: state.callbackQuery(chatId, data, messageId, from) }),
    pushPhoto: (chatId, opts = {}) => state.push({ message: state.userMessage(chatId, opts.from, state.photoContent(opts.data, opts.caption)) }),
    pushEditedMessage: (chatId, messageId, text, from) => state.push({ edited_message: { ...state.userMessage(chatId, from, { text }), message_id: messageId, edit_date: now() } as Message }),
    pushSticker: (chatId, from) => state.push({ message: state.userMessage(chatId, from, { sticker: stickerContent() }) }),
    pushVoice: (chatId, from) => state.push({ message: state.userMessage(chatId, from, { voice: { file_id: "voice-1", file_unique_id: "voice-u1", duration: 3 } }) }),
    pushUpdate: (update) => state.push(update),
    redeliver: (update) => state.enqueue(update),
    sentMessages: state.sent,
    edits: state.edits,
    callbackAnswers: state.callbackAnswers,
    chatActions: state.chatActions,
    commands: state.commands,
    calls: state.calls,
    webhookDeliveries: state.deliveries,
    webhook: () => (state.webhookUrl ? { url: state.webhookUrl, secretToken: state.secretToken } : null),
    pendingUpdates: () => state.pending.length,
    waitForMessages: (chatId, n, timeoutMs = 5000) =>
      waitUntil(() => state.sent.filter((m) => String(m.chat_id) === String(chatId)), n, timeoutMs, state.signal.subscribe, `telegram fake: messages to ${chatId}`),
    waitForCalls: (method, n, timeoutMs = 5000) =>
      waitUntil(() => state.calls.filter((c) => c.method === method), n, timeoutMs, state.signal.subscribe, `telegram fake: calls of ${method}`),
    failNext: (method, failure) => state.failures.set(method, { ...failure, times: failure.times ?? 1 }),
  };
}

type State = ReturnType<typeof createState>;

function createState(options: TelegramFakeOptions) {
  const botUser: User = { id: options.botId ?? 7000001, is_bot: true, first_name: "Fake Bot", username: options.username ?? "fake_test_bot" };
  const state = {
    token: options.token,
    botUser,
    publicUrl: "",
    retryDelayMs: options.webhookRetryDelayMs ?? 50,
    nextUpdateId: 100001,
    nextMessageId: 1,
    nextCallbackId: 1,
    pending: [] as Update[],
    sent: [] as TelegramSentMessage[],
    edits: [] as TelegramFake["edits"],
    callbackAnswers: [] as TelegramFake["callbackAnswers"],
    openCallbacks: new Set<string>(),
    chatActions: [] as TelegramFake["chatActions"],
    commands: [] as unknown[],
    calls: [] as TelegramCall[],
    deliveries: [] as TelegramFake["webhookDeliveries"],
    files: new Map<string, { path: string; data: Buffer }>(),
    failures: new Map<string, TelegramFailure & { times: number }>(),
    webhookUrl: "",
    secretToken: undefined as string | undefined,
    lastWebhookError: undefined as { date: number; message: string } | undefined,
    pumping: false,
    pollGeneration: 0,
    signal: createSignal(),
    closed: new AbortController(),
    enqueue(update: Update): void {
      state.pending.push(update);
      state.signal.emit();
      if (state.webhookUrl) void pumpWebhook(state);
    },
    push(update: Params): Update {
      const id = typeof update.update_id === "number" ? update.update_id : state.nextUpdateId++;
      const full = { ...update, update_id: id } as unknown as Update;
      state.enqueue(full);
      return full;
    },
    userMessage(chatId: number, from: Partial<User> | undefined, content: Params): Message {
      const user = userFor(chatId, from);
      const chat = chatId < 0 ? { id: chatId, type: "group" as const, title: "Nhóm" } : { id: chatId, type: "private" as const, first_name: user.first_name };
      return { message_id: state.nextMessageId++, date: now(), chat, from: user, ...content } as Message;
    },
    callbackQuery(chatId: number, data: string, messageId: number, from?: Partial<User>): CallbackQuery {
      const id = `cbq-${state.nextCallbackId++}`;
      state.openCallbacks.add(id);
      const original = state.sent.find((m) => m.message_id === messageId);
      const message = {
        message_id: messageId, date: now(), chat: { id: chatId, type: "private" }, from: botUser,
        text: original?.text ?? "", ...(original?.reply_markup ? { reply_markup: original.reply_markup } : {}),
      } as Message;
      return { id, from: userFor(chatId, from), message, chat_instance: `ci-${chatId}`, data };
    },
    photoContent(data: Buffer | undefined, caption: string | undefined): Params {
      const bytes = data ?? Buffer.from("fake-jpeg-bytes");
      const small = registerFile(state, bytes, "photos/small.jpg");
      const large = registerFile(state, bytes, "photos/large.jpg");
      const photo = [
        { file_id: small, file_unique_id: `u-${small}`, width: 90, height: 90, file_size: bytes.length },
        { file_id: large, file_unique_id: `u-${large}`, width: 800, height: 800, file_size: bytes.length },
      ];
      return caption === undefined ? { photo } : { photo, caption };
    },
  };
  return state;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

/** In a private chat the user id is the chat id; in a group (negative id) pass `from`. */
function userFor(chatId: number, from?: Partial<User>): User {
  return { id: chatId > 0 ? chatId : 4242, is_bot: false, first_name: "Người dùng", language_code: "vi", ...from };
}

function stickerContent(): Params {
  return { file_id: "sticker-1", file_unique_id: "sticker-u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "😀" };
}

/** Telegram marks a leading /command as a bot_command entity; grammY's `bot.command` needs it. */
function commandEntities(text: string): Params {
  const m = /^\/[a-zA-Z0-9_]+(@[a-zA-Z0-9_]+)?/.exec(text);
  return m ? { entities: [{ type: "bot_command", offset: 0, length: m[0].length }] } : {};
}

function registerFile(state: State, data: Buffer, path: string): string {
  const id = `file-${state.files.size + 1}`;
  state.files.set(id, { path: `${id}-${path.replace(/\//g, "_")}`, data });
  return id;
}

// ---------------------------------------------------------------- HTTP

async function handle(state: State, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const path = new URL(req.url ?? "/", "http://fake").pathname;
  const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
  if (file) return serveFile(state, res, file[1] ?? "", decodeURIComponent(file[2] ?? ""));
  const api = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z]+)$/.exec(path);
  if (!api) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
  const method = api[2] ?? "";
  const { fields, files } = parseRequest(req, body);
  const tokenOk = api[1] === state.token;
  state.calls.push({ method, payload: fields, tokenOk, at: Date.now() });
  state.signal.emit();
  if (!tokenOk) return sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
  const abort = abortOnClose(req, res, state.closed.signal);
  const reply = await dispatch(state, method, fields, files, abort);
  sendJson(res, reply.ok ? 200 : (reply.error_code as number), reply);
}

function abortOnClose(req: IncomingMessage, res: ServerResponse, closed: AbortSignal): AbortSignal {
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  req.on("aborted", () => controller.abort());
  return AbortSignal.any([controller.signal, closed]);
}

/** Runs one method (also used for webhook replies); returns the JSON envelope. */
async function dispatch(state: State, method: string, p: Params, files: ParsedBody["files"], abort: AbortSignal): Promise<Params> {
  const failure = takeFailure(state, method);
  if (failure) return failure;
  const handler = HANDLERS[method];
  if (!handler) return { ok: false, error_code: 404, description: "Not Found: method not found" };
  try {
    const result = await handler.call(state, p, files, abort);
    state.signal.emit();
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { ok: false, error_code: error.code, description: error.description, ...(error.parameters ? { parameters: error.parameters } : {}) };
  }
}

function takeFailure(state: State, method: string): Params | null {
  const failure = state.failures.get(method);
  if (!failure) return null;
  failure.times -= 1;
  if (failure.times <= 0) state.failures.delete(method);
  if (failure.status === 429) {
    const retryAfter = failure.retryAfter ?? 1;
    return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
  }
  return { ok: false, error_code: failure.status, description: failure.description ?? defaultDescription(failure.status) };
}

function defaultDescription(status: number): string {
  if (status === 502) return "Bad Gateway";
  if (status === 400) return "Bad Request";
  if (status === 403) return "Forbidden: bot was blocked by the user";
  return status >= 500 ? "Internal Server Error" : "Error";
}

function serveFile(state: State, res: ServerResponse, token: string, path: string): void {
  if (token !== state.token) return sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
  const file = [...state.files.values()].find((f) => f.path === path);
  if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.data.length });
  res.end(file.data);
}

// ---------------------------------------------------------------- methods

const HANDLERS: Record<string, (this: State, ...args: Parameters<Handler>) => unknown> = {
  getMe() {
    return { ...this.botUser, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
  },
  getUpdates(p, _files, abort) {
    return getUpdates(this, p, abort);
  },
  setWebhook(p) {
    const url = typeof p.url === "string" ? p.url : "";
    if (url && !/^https?:\/\//.test(url)) throw new ApiFailure(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    this.webhookUrl = url;
    this.secretToken = typeof p.secret_token === "string" ? p.secret_token : undefined;
    if (p.drop_pending_updates === true || p.drop_pending_updates === "true") this.pending.length = 0;
    if (url) void pumpWebhook(this);
    return true;
  },
  deleteWebhook(p) {
    this.webhookUrl = "";
    this.secretToken = undefined;
    if (p.drop_pending_updates === true || p.drop_pending_updates === "true") this.pending.length = 0;
    return true;
  },
  getWebhookInfo() {
    const error = this.lastWebhookError;
    return {
      url: this.webhookUrl, has_custom_certificate: false, pending_update_count: this.pending.length,
      ...(error ? { last_error_date: error.date, last_error_message: error.message } : {}),
    };
  },
  sendMessage(p) {
    const chatId = requireChat(p);
    const text = checkedText(p.text, p.parse_mode, TEXT_LIMIT, "message text");
    const message = recordSent(this, { method: "sendMessage", chat_id: chatId, text, ...formatting(p), payload: p });
    return botMessage(this, chatId, message.message_id, { text: p.text, ...replyMarkup(p) });
  },
  sendPhoto(p, files) {
    const chatId = requireChat(p);
    const photo = photoInput(p.photo, files);
    const caption = p.caption === undefined ? undefined : checkedText(p.caption, p.parse_mode, CAPTION_LIMIT, "caption", true);
    const sent = recordSent(this, { method: "sendPhoto", chat_id: chatId, photo, caption, ...formatting(p), payload: p });
    const size = { file_id: registerFile(this, Buffer.from("sent"), "photos/sent.jpg"), file_unique_id: `s-${sent.message_id}`, width: 800, height: 800 };
    return botMessage(this, chatId, sent.message_id, { photo: [size], ...(caption ? { caption } : {}), ...replyMarkup(p) });
  },
  editMessageText(p) {
    const target = editable(this, p);
    const text = checkedText(p.text, p.parse_mode, TEXT_LIMIT, "message text");
    const markup = jsonField(p.reply_markup);
    if (target.text === text && JSON.stringify(target.reply_markup) === JSON.stringify(markup)) {
      throw new ApiFailure(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    Object.assign(target, { text, reply_markup: markup, parse_mode: p.parse_mode });
    this.edits.push({ method: "editMessageText", chat_id: target.chat_id, message_id: target.message_id, text, reply_markup: markup });
    return botMessage(this, target.chat_id, target.message_id, { text, ...replyMarkup(p) });
  },
  editMessageReplyMarkup(p) {
    const target = editable(this, p);
    const markup = jsonField(p.reply_markup);
    if (JSON.stringify(target.reply_markup) === JSON.stringify(markup)) throw new ApiFailure(400, "Bad Request: message is not modified");
    target.reply_markup = markup;
    this.edits.push({ method: "editMessageReplyMarkup", chat_id: target.chat_id, message_id: target.message_id, reply_markup: markup });
    return botMessage(this, target.chat_id, target.message_id, { text: target.text, ...replyMarkup(p) });
  },
  answerCallbackQuery(p) {
    const id = String(p.callback_query_id ?? "");
    if (!this.openCallbacks.delete(id)) throw new ApiFailure(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    this.callbackAnswers.push({ callback_query_id: id, text: p.text as string | undefined, show_alert: p.show_alert === true || p.show_alert === "true" });
    return true;
  },
  sendChatAction(p) {
    this.chatActions.push({ chat_id: requireChat(p), action: String(p.action ?? "") });
    return true;
  },
  getFile(p) {
    const id = String(p.file_id ?? "");
    const file = this.files.get(id);
    if (!file) throw new ApiFailure(400, "Bad Request: invalid file_id");
    return { file_id: id, file_unique_id: `u-${id}`, file_size: file.data.length, file_path: file.path };
  },
  setMyCommands(p) {
    const commands = jsonField(p.commands);
    if (!Array.isArray(commands)) throw new ApiFailure(400, "Bad Request: commands must be an array");
    this.commands.splice(0, this.commands.length, ...commands);
    return true;
  },
  getMyCommands() {
    return this.commands;
  },
  deleteMyCommands() {
    this.commands.length = 0;
    return true;
  },
};

/** Long poll. A newer getUpdates ends an older one with 409, as when two bot instances run. */
async function getUpdates(state: State, p: Params, abort: AbortSignal): Promise<Update[]> {
  if (state.webhookUrl) throw new ApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  const offset = numberField(p.offset) ?? 0;
  const limit = Math.min(Math.max(numberField(p.limit) ?? 100, 1), 100);
  const deadline = Date.now() + Math.max(numberField(p.timeout) ?? 0, 0) * 1000;
  const generation = ++state.pollGeneration;
  state.signal.emit();
  for (;;) {
    if (generation !== state.pollGeneration) throw new ApiFailure(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
    if (offset > 0) state.pending = state.pending.filter((u) => u.update_id >= offset);
    if (state.pending.length > 0 || Date.now() >= deadline || abort.aborted) return state.pending.slice(0, limit);
    await waitForPush(state, deadline - Date.now(), abort, generation);
  }
}

function waitForPush(state: State, ms: number, abort: AbortSignal, generation: number): Promise<void> {
  const wake = new AbortController();
  const unsubscribe = state.signal.subscribe(() => {
    if (state.pending.length > 0 || generation !== state.pollGeneration) wake.abort();
  });
  return sleep(ms, AbortSignal.any([wake.signal, abort])).finally(unsubscribe);
}

function requireChat(p: Params): number | string {
  const raw = p.chat_id;
  const id = numberField(raw) ?? (typeof raw === "string" && raw.startsWith("@") ? raw : undefined);
  if (id === undefined) throw new ApiFailure(400, "Bad Request: chat not found");
  return id;
}

function checkedText(value: unknown, parseMode: unknown, limit: number, what: string, allowEmpty = false): string {
  const text = typeof value === "string" ? value : value === undefined ? "" : String(value);
  let visible = text;
  if (parseMode === "HTML") {
    const check = checkTelegramHtml(text);
    if (!check.ok) throw new ApiFailure(400, check.description);
    visible = check.plain;
  }
  if (!allowEmpty && visible.trim() === "") throw new ApiFailure(400, `Bad Request: ${what} is empty`);
  if (visible.length > limit) throw new ApiFailure(400, `Bad Request: ${what === "caption" ? "message caption" : "message"} is too long`);
  return text;
}

function formatting(p: Params): Partial<TelegramSentMessage> {
  const out: Partial<TelegramSentMessage> = {};
  if (typeof p.parse_mode === "string") out.parse_mode = p.parse_mode;
  if (p.reply_markup !== undefined) out.reply_markup = jsonField(p.reply_markup);
  return out;
}

function replyMarkup(p: Params): Params {
  const markup = jsonField(p.reply_markup) as Params | undefined;
  return markup && "inline_keyboard" in markup ? { reply_markup: markup } : {};
}

function photoInput(value: unknown, files: ParsedBody["files"]): TelegramSentMessage["photo"] {
  if (typeof value !== "string" || value === "") throw new ApiFailure(400, "Bad Request: there is no photo in the request");
  if (!value.startsWith("attach://")) return value;
  const file = files[value.slice("attach://".length)];
  if (!file) throw new ApiFailure(400, "Bad Request: wrong file identifier/HTTP URL specified");
  return file;
}

function recordSent(state: State, entry: Omit<TelegramSentMessage, "message_id">): TelegramSentMessage {
  const message = { ...entry, message_id: state.nextMessageId++ } as TelegramSentMessage;
  for (const key of Object.keys(message) as Array<keyof TelegramSentMessage>) if (message[key] === undefined) delete message[key];
  state.sent.push(message);
  return message;
}

function botMessage(state: State, chatId: number | string, messageId: number, content: Params): Message {
  const chat = typeof chatId === "number" && chatId < 0 ? { id: chatId, type: "group", title: "Nhóm" } : { id: chatId, type: "private", first_name: "Người dùng" };
  return { message_id: messageId, date: now(), chat, from: state.botUser, ...content } as Message;
}

function editable(state: State, p: Params): TelegramSentMessage {
  const messageId = numberField(p.message_id);
  const chatId = requireChat(p);
  const target = state.sent.find((m) => m.message_id === messageId && String(m.chat_id) === String(chatId));
  if (!target) throw new ApiFailure(400, "Bad Request: message to edit not found");
  return target;
}

// ---------------------------------------------------------------- webhook delivery

/** Delivers queued updates in order, one at a time, retrying each until a 2xx as Telegram does. */
async function pumpWebhook(state: State): Promise<void> {
  if (state.pumping) return;
  state.pumping = true;
  try {
    let delay = state.retryDelayMs;
    while (state.webhookUrl && state.pending.length > 0 && !state.closed.signal.aborted) {
      const update = state.pending[0] as Update;
      const delivered = await deliverOnce(state, update);
      if (delivered) {
        if (state.pending[0] === update) state.pending.shift();
        delay = state.retryDelayMs;
      } else {
        await sleep(delay, state.closed.signal);
        delay = Math.min(delay * 2, 2000);
      }
    }
  } finally {
    state.pumping = false;
  }
}

async function deliverOnce(state: State, update: Update): Promise<boolean> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (state.secretToken) headers["X-Telegram-Bot-Api-Secret-Token"] = state.secretToken;
  try {
    const res = await fetch(state.webhookUrl, {
      method: "POST", headers, body: JSON.stringify(update),
      signal: AbortSignal.any([AbortSignal.timeout(10_000), state.closed.signal]),
    });
    const text = await res.text();
    state.deliveries.push({ update_id: update.update_id, status: res.status });
    if (!res.ok) state.lastWebhookError = { date: now(), message: `Wrong response from the webhook: ${res.status} ${res.statusText}` };
    else await runWebhookReply(state, text);
    state.signal.emit();
    return res.ok;
  } catch (error) {
    state.deliveries.push({ update_id: update.update_id, status: "network-error" });
    state.lastWebhookError = { date: now(), message: `Connection failed: ${String(error)}` };
    state.signal.emit();
    return false;
  }
}

/** grammY may answer a webhook call with a method call in the body; Telegram executes it. */
async function runWebhookReply(state: State, text: string): Promise<void> {
  const reply = jsonField(text);
  if (!reply || typeof reply !== "object" || typeof (reply as Params).method !== "string") return;
  const { method, ...payload } = reply as Params;
  state.calls.push({ method: method as string, payload, tokenOk: true, at: Date.now() });
  await dispatch(state, method as string, payload, {}, state.closed.signal);
}
