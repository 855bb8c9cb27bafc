/**
 * A local Zalo Bot Platform API for tests (shared/domain/zalo-bot-api.md): a real HTTP
 * server the production Zalo client reaches through its configurable base URL.
 *
 * It keeps the quirks an adapter must survive: errors arrive as `{ ok: false }` with HTTP
 * 200; getUpdates hands out ONE update per call and answers an empty poll with error 408;
 * a registered webhook silently starves polling; text must be 1-2000 UTF-16 code units.
 * Tests queue user events with `push*`, post events to the bot's webhook with
 * `deliverWebhook`, read replies from `sentMessages` and inject failures with `failNext`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ZaloMessage, ZaloUpdate } from "../../src/channels/zalo/zalo-types.ts";
import { createSignal, numberField, parseRequest, sendJson, sleep, startServer, waitUntil } from "./fake-http.ts";

export interface ZaloSentMessage {
  method: "sendMessage" | "sendPhoto";
  chat_id: string;
  message_id: string;
  text?: string;
  photo?: string;
  caption?: string;
}

export interface ZaloCall {
  method: string;
  payload: Record<string, unknown>;
  tokenOk: boolean;
  at: number;
}

/**
 * A failure to inject into the next call(s) of a method. `status` is the API error_code;
 * `httpStatus` defaults to 200 for API errors (as Zalo answers) and to `status` for 5xx.
 * `rawBody` replaces the JSON (an HTML gateway page); `network` drops the connection.
 */
export interface ZaloFailure {
  status?: number;
  httpStatus?: number;
  description?: string;
  rawBody?: string;
  network?: boolean;
  delayMs?: number;
  times?: number;
}

export interface ZaloFakeOptions {
  token: string;
  botId?: string;
  /** Answer getUpdates with an array instead of one object (some sources describe this). */
  updatesAsArray?: boolean;
}

/** Options for building an event; defaults describe a private chat whose id is the user id. */
export interface ZaloEventOptions {
  fromId?: string;
  displayName?: string;
  isBot?: boolean;
  chatType?: "PRIVATE" | "GROUP";
  messageId?: string;
  /** Image events: put the URL in `photo` instead of `photo_url`. */
  photoField?: "photo_url" | "photo";
}

export interface ZaloFake {
  /** Base URL for the client: `createZaloClient({ baseUrl: fake.url, token })`. */
  url: string;
  token: string;
  botId: string;
  close(): Promise<void>;
  /** Builders for events (not queued), e.g. for `deliverWebhook`. */
  events: {
    text(chatId: string, text: string, opts?: ZaloEventOptions): ZaloUpdate;
    image(chatId: string, photoUrl: string, caption?: string, opts?: ZaloEventOptions): ZaloUpdate;
    sticker(chatId: string, sticker?: string, opts?: ZaloEventOptions): ZaloUpdate;
    voice(chatId: string, voiceUrl?: string, opts?: ZaloEventOptions): ZaloUpdate;
    unsupported(chatId: string, opts?: ZaloEventOptions): ZaloUpdate;
  };
  /** Queues an event for getUpdates and returns it. */
  push(event: ZaloUpdate): ZaloUpdate;
  pushText(chatId: string, text: string, opts?: ZaloEventOptions): ZaloUpdate;
  pushImage(chatId: string, photoUrl: string, caption?: string, opts?: ZaloEventOptions): ZaloUpdate;
  pushSticker(chatId: string, opts?: ZaloEventOptions): ZaloUpdate;
  pushVoice(chatId: string, opts?: ZaloEventOptions): ZaloUpdate;
  pushUnsupported(chatId: string, opts?: ZaloEventOptions): ZaloUpdate;
  /**
   * POSTs one event to the registered webhook (or `url`) with X-Bot-Api-Secret-Token set to
   * `secret` (default: the registered secret; `null` sends no header). `envelope: "result"`
   * wraps it as `{ ok, result }`, "bare" sends the event itself.
   */
  deliverWebhook(event: ZaloUpdate, opts?: { secret?: string | null; url?: string; envelope?: "result" | "bare" }): Promise<{ status: number; body: string }>;
  sentMessages: ZaloSentMessage[];
  chatActions: Array<{ chat_id: string; action: string }>;
  calls: ZaloCall[];
  webhook(): { url: string; secretToken: string } | null;
  pendingUpdates(): number;
  waitForMessages(chatId: string, n: number, timeoutMs?: number): Promise<ZaloSentMessage[]>;
  waitForCalls(method: string, n: number, timeoutMs?: number): Promise<ZaloCall[]>;
  failNext(method: string, failure: ZaloFailure): void;
}

type Params = Record<string, unknown>;
type Reply = { http: number; body: unknown };

class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

/** Starts a fake Zalo Bot API server for `token`. */
export async function createZaloFake(options: ZaloFakeOptions): Promise<ZaloFake> {
  const state = createState(options);
  const started = await startServer((req, res, body) => handle(state, req, res, body));
  const events = eventBuilders(state);
  const push = (event: ZaloUpdate): ZaloUpdate => {
    state.pending.push(event);
    state.signal.emit();
    return event;
  };
  return {
    url: started.url,
    token: options.token,
    botId: state.botId,
    close: async () => {
      state.closed.abort();
      await started.close();
    },
    events,
    push,
    pushText: (chatId, text, opts) => push(events.text(chatId, text, opts)),
    pushImage: (chatId, url, caption, opts) => push(events.image(chatId, url, caption, opts)),
    pushSticker: (chatId, opts) => push(events.sticker(chatId, undefined, opts)),
    pushVoice: (chatId, opts) => push(events.voice(chatId, undefined, opts)),
    pushUnsupported: (chatId, opts) => push(events.unsupported(chatId, opts)),
    deliverWebhook: (event, opts = {}) => deliverWebhook(state, event, opts),
    sentMessages: state.sent,
    chatActions: state.chatActions,
    calls: state.calls,
    webhook: () => (state.webhookUrl ? { url: state.webhookUrl, secretToken: state.secretToken } : null),
    pendingUpdates: () => state.pending.length,
    waitForMessages: (chatId, n, timeoutMs = 5000) =>
      waitUntil(() => state.sent.filter((m) => m.chat_id === chatId), n, timeoutMs, state.signal.subscribe, `zalo fake: messages to ${chatId}`),
    waitForCalls: (method, n, timeoutMs = 5000) =>
      waitUntil(() => state.calls.filter((c) => c.method === method), n, timeoutMs, state.signal.subscribe, `zalo fake: calls of ${method}`),
    failNext: (method, failure) => state.failures.set(method, { ...failure, times: failure.times ?? 1 }),
  };
}

type State = ReturnType<typeof createState>;

function createState(options: ZaloFakeOptions) {
  return {
    token: options.token,
    botId: options.botId ?? "bot-9001",
    asArray: options.updatesAsArray ?? false,
    nextMessageId: 1,
    pending: [] as ZaloUpdate[],
    sent: [] as ZaloSentMessage[],
    chatActions: [] as ZaloFake["chatActions"],
    calls: [] as ZaloCall[],
    failures: new Map<string, ZaloFailure & { times: number }>(),
    webhookUrl: "",
    secretToken: "",
    webhookUpdatedAt: 0,
    signal: createSignal(),
    closed: new AbortController(),
  };
}

function eventBuilders(state: State): ZaloFake["events"] {
  const build = (eventName: string, chatId: string, content: Partial<ZaloMessage>, opts: ZaloEventOptions = {}): ZaloUpdate => ({
    event_name: eventName,
    message: {
      message_id: opts.messageId ?? `msg-${state.nextMessageId++}`,
      date: Date.now(),
      from: { id: opts.fromId ?? chatId, display_name: opts.displayName ?? "Người dùng Zalo", is_bot: opts.isBot ?? false },
      chat: { id: chatId, chat_type: opts.chatType ?? "PRIVATE" },
      ...content,
    },
  });
  return {
    text: (chatId, text, opts) => build("message.text.received", chatId, { text }, opts),
    image: (chatId, url, caption, opts) =>
      build("message.image.received", chatId, { [opts?.photoField ?? "photo_url"]: url, ...(caption === undefined ? {} : { caption }) }, opts),
    sticker: (chatId, sticker = "sticker-abc", opts) => build("message.sticker.received", chatId, { sticker }, opts),
    voice: (chatId, voiceUrl = "https://zalo.example/voice.aac", opts) => build("message.voice.received", chatId, { voice_url: voiceUrl }, opts),
    unsupported: (chatId, opts) => build("message.unsupported.received", chatId, {}, opts),
  };
}

// ---------------------------------------------------------------- HTTP

async function handle(state: State, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://fake").pathname);
  if (!match) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
  const method = match[2] ?? "";
  const { fields } = parseRequest(req, body);
  const tokenOk = match[1] === state.token;
  state.calls.push({ method, payload: fields, tokenOk, at: Date.now() });
  state.signal.emit();
  if (!tokenOk) return sendJson(res, 200, { ok: false, error_code: 401, description: "Unauthorized" });
  const failure = takeFailure(state, method);
  if (failure) return fail(res, failure);
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  const reply = await run(state, method, fields, AbortSignal.any([abort.signal, state.closed.signal]));
  state.signal.emit();
  sendJson(res, reply.http, reply.body);
}

function takeFailure(state: State, method: string): ZaloFailure | null {
  const failure = state.failures.get(method);
  if (!failure) return null;
  failure.times -= 1;
  if (failure.times <= 0) state.failures.delete(method);
  return failure;
}

async function fail(res: ServerResponse, failure: ZaloFailure): Promise<void> {
  if (failure.delayMs) await sleep(failure.delayMs);
  if (failure.network) {
    res.socket?.destroy();
    return;
  }
  const status = failure.status ?? 500;
  const http = failure.httpStatus ?? (status >= 500 ? status : 200);
  if (failure.rawBody !== undefined) {
    res.writeHead(http, { "content-type": "text/html" }).end(failure.rawBody);
    return;
  }
  sendJson(res, http, { ok: false, error_code: status, description: failure.description ?? describeStatus(status) });
}

function describeStatus(status: number): string {
  if (status === 429) return "Quota exceeded";
  if (status === 403) return "Internal error";
  if (status === 400) return "Bad request";
  return status >= 500 ? "Internal server error" : "Error";
}

async function run(state: State, method: string, p: Params, abort: AbortSignal): Promise<Reply> {
  const handler = HANDLERS[method];
  if (!handler) return { http: 200, body: { ok: false, error_code: 404, description: "Method not found" } };
  try {
    const result = await handler(state, p, abort);
    return { http: 200, body: result === undefined ? { ok: true } : { ok: true, result } };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { http: 200, body: { ok: false, error_code: error.code, description: error.description } };
  }
}

// ---------------------------------------------------------------- methods

const HANDLERS: Record<string, (state: State, p: Params, abort: AbortSignal) => unknown> = {
  getMe: (state) => ({ id: state.botId, account_name: "bot.fake", account_type: "BASIC", can_join_groups: false }),
  getUpdates: (state, p, abort) => getUpdates(state, p, abort),
  setWebhook: (state, p) => {
    const url = typeof p.url === "string" ? p.url : "";
    const secret = typeof p.secret_token === "string" ? p.secret_token : "";
    if (!/^https?:\/\//.test(url)) throw new ApiFailure(400, "Invalid webhook url");
    if (secret.length < 8 || secret.length > 256) throw new ApiFailure(400, "secret_token must be 8-256 characters");
    Object.assign(state, { webhookUrl: url, secretToken: secret, webhookUpdatedAt: Date.now() });
    return { url, updated_at: state.webhookUpdatedAt };
  },
  deleteWebhook: (state) => {
    Object.assign(state, { webhookUrl: "", secretToken: "", webhookUpdatedAt: Date.now() });
    return { url: "", updated_at: state.webhookUpdatedAt };
  },
  getWebhookInfo: (state) => ({ url: state.webhookUrl, updated_at: state.webhookUpdatedAt }),
  sendMessage: (state, p) => {
    const chatId = requireChat(p);
    const text = typeof p.text === "string" ? p.text : "";
    if (text.length < 1 || text.length > 2000) throw new ApiFailure(400, "Text length must be between 1 and 2000 characters");
    return recordSent(state, { method: "sendMessage", chat_id: chatId, text });
  },
  sendPhoto: (state, p) => {
    const chatId = requireChat(p);
    if (typeof p.photo !== "string" || p.photo === "") throw new ApiFailure(400, "photo is required");
    const caption = typeof p.caption === "string" ? { caption: p.caption } : {};
    return recordSent(state, { method: "sendPhoto", chat_id: chatId, photo: p.photo, ...caption });
  },
  sendChatAction: (state, p) => {
    state.chatActions.push({ chat_id: requireChat(p), action: String(p.action ?? "") });
    return undefined;
  },
};

/** One update per call; 408 when none arrives in time. A registered webhook starves polling. */
async function getUpdates(state: State, p: Params, abort: AbortSignal): Promise<unknown> {
  const deadline = Date.now() + Math.max(numberField(p.timeout) ?? 30, 0) * 1000;
  for (;;) {
    const next = state.webhookUrl ? undefined : state.pending.shift();
    if (next) return state.asArray ? [next] : next;
    if (Date.now() >= deadline || abort.aborted) throw new ApiFailure(408, "Request timeout");
    await waitForPush(state, deadline - Date.now(), abort);
  }
}

function waitForPush(state: State, ms: number, abort: AbortSignal): Promise<void> {
  const wake = new AbortController();
  const unsubscribe = state.signal.subscribe(() => {
    if (state.pending.length > 0 && !state.webhookUrl) wake.abort();
  });
  return sleep(ms, AbortSignal.any([wake.signal, abort])).finally(unsubscribe);
}

function requireChat(p: Params): string {
  const id = typeof p.chat_id === "string" || typeof p.chat_id === "number" ? String(p.chat_id) : "";
  if (!id) throw new ApiFailure(400, "chat_id is required");
  return id;
}

function recordSent(state: State, entry: Omit<ZaloSentMessage, "message_id">): { message_id: string; date: number } {
  const message: ZaloSentMessage = { ...entry, message_id: `sent-${state.nextMessageId++}` };
  state.sent.push(message);
  return { message_id: message.message_id, date: Date.now() };
}

async function deliverWebhook(
  state: State,
  event: ZaloUpdate,
  opts: { secret?: string | null; url?: string; envelope?: "result" | "bare" },
): Promise<{ status: number; body: string }> {
  const url = opts.url ?? state.webhookUrl;
  if (!url) throw new Error("zalo fake: no webhook registered and no url given");
  const headers: Record<string, string> = { "content-type": "application/json" };
  const secret = opts.secret === undefined ? state.secretToken : opts.secret;
  if (secret !== null) headers["X-Bot-Api-Secret-Token"] = secret;
  const payload = opts.envelope === "bare" ? event : { ok: true, result: event };
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.text() };
}
