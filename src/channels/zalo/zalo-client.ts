/**
 * The Zalo Bot Platform HTTP client (shared/domain/zalo-bot-api.md). There is no official
 * Node SDK, so this wraps axios with the platform's rules: success is judged by `ok`, not
 * by the HTTP status; an empty long poll (408) is an empty list, not an error; 429, 403
 * (documented as an internal error), 5xx and network failures are retried with exponential
 * backoff and jitter for a bounded number of attempts, then surface as a ZaloApiError.
 *
 * The token is part of every URL. Nothing this client throws or logs contains it: errors
 * are rebuilt from scrubbed text and never carry axios's own error object.
 */
import type { AxiosInstance } from "axios";
import { axios } from "../../core/on-demand-libraries.ts";
import type { Logger } from "../../core/logger.ts";
import { scrubSecret, tokenSecrets, ZaloApiError } from "../channel-errors.ts";
import type { ZaloBotInfo, ZaloEnvelope, ZaloSentMessage, ZaloUpdate, ZaloWebhookInfo } from "./zalo-types.ts";

export const ZALO_DEFAULT_BASE_URL = "https://bot-api.zaloplatforms.com";

export interface ZaloRetryPolicy {
  /** Total tries per call, including the first. */
  maxAttempts: number;
  /** Delay before the second try; doubles each time, with jitter, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface ZaloClientOptions {
  token: string;
  /** API root without the `/bot<token>` part; ZALO_API_BASE in the configuration. */
  baseUrl?: string;
  /** Timeout of ordinary calls; long polls get their poll timeout plus a margin instead. */
  httpTimeoutMs?: number;
  logger?: Pick<Logger, "warn">;
  retry?: Partial<ZaloRetryPolicy>;
}

/** The API methods the adapter uses. Every method throws ZaloApiError when it fails for good. */
export interface ZaloClient {
  getMe(): Promise<ZaloBotInfo>;
  /**
   * Long-polls for up to `timeoutSec` seconds. Zalo returns one update per call; an array is
   * accepted too. An empty poll (408), or an abort through `signal`, returns `[]`.
   */
  getUpdates(timeoutSec?: number, options?: { signal?: AbortSignal }): Promise<ZaloUpdate[]>;
  setWebhook(url: string, secretToken: string): Promise<ZaloWebhookInfo>;
  deleteWebhook(): Promise<ZaloWebhookInfo>;
  getWebhookInfo(): Promise<ZaloWebhookInfo>;
  /**
   * Sends plain text of 1-2000 UTF-16 code units (split longer text with splitMessage first).
   * A retry after a 5xx or a lost connection may deliver the text twice; Zalo offers no
   * idempotency key, and a duplicate beats a lost safety message.
   */
  sendMessage(chatId: string, text: string): Promise<ZaloSentMessage>;
  sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<ZaloSentMessage>;
  sendChatAction(chatId: string, action?: "typing"): Promise<void>;
}

/** What one HTTP attempt produced, before the retry decision. */
type Outcome =
  | { ok: true; result: unknown }
  | { ok: false; errorCode?: number; description: string; httpStatus?: number; retryAfterSec?: number; cause?: Error; aborted?: boolean };

interface CallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

const POLL_MARGIN_MS = 5000;

/** Creates a client bound to one bot token. */
export function createZaloClient(options: ZaloClientOptions): ZaloClient {
  const secrets = tokenSecrets(options.token);
  const baseUrl = (options.baseUrl ?? ZALO_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const http = axios().create({
    baseURL: `${baseUrl}/bot${options.token}`,
    timeout: options.httpTimeoutMs ?? 15_000,
    validateStatus: () => true,
    headers: { "content-type": "application/json" },
  });
  const policy: ZaloRetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000, ...options.retry };
  const call = <T>(method: string, body: object = {}, callOptions: CallOptions = {}): Promise<T> =>
    callWithRetry({ http, secrets, policy, logger: options.logger }, method, body, callOptions) as Promise<T>;

  return {
    getMe: () => call<ZaloBotInfo>("getMe"),
    getUpdates: (timeoutSec = 30, pollOptions = {}) => getUpdates(call, timeoutSec, pollOptions.signal),
    setWebhook: (url, secretToken) => call<ZaloWebhookInfo>("setWebhook", { url, secret_token: secretToken }),
    deleteWebhook: () => call<ZaloWebhookInfo>("deleteWebhook"),
    getWebhookInfo: () => call<ZaloWebhookInfo>("getWebhookInfo"),
    sendMessage: (chatId, text) => call<ZaloSentMessage>("sendMessage", { chat_id: chatId, text }),
    sendPhoto: (chatId, photoUrl, caption) =>
      call<ZaloSentMessage>("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption === undefined ? {} : { caption }) }),
    sendChatAction: async (chatId, action = "typing") => {
      await call<unknown>("sendChatAction", { chat_id: chatId, action });
    },
  };
}

type Call = <T>(method: string, body?: object, options?: CallOptions) => Promise<T>;

async function getUpdates(call: Call, timeoutSec: number, signal: AbortSignal | undefined): Promise<ZaloUpdate[]> {
  const result = await call<unknown>("getUpdates", { timeout: timeoutSec }, { timeoutMs: timeoutSec * 1000 + POLL_MARGIN_MS, signal });
  const items = Array.isArray(result) ? result : result == null ? [] : [result];
  return items.filter(isUpdate);
}

function isUpdate(value: unknown): value is ZaloUpdate {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<ZaloUpdate>;
  return typeof v.event_name === "string" && v.message !== null && typeof v.message === "object";
}

interface CallContext {
  http: AxiosInstance;
  secrets: string[];
  policy: ZaloRetryPolicy;
  logger: Pick<Logger, "warn"> | undefined;
}

/** Tries a call until it succeeds, fails for good, or runs out of attempts. */
async function callWithRetry(ctx: CallContext, method: string, body: object, options: CallOptions): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(ctx, method, body, options);
    if (outcome.ok) return outcome.result;
    if (outcome.errorCode === 408 && method === "getUpdates") return [];
    if (outcome.aborted && method === "getUpdates") return [];
    const retryable = !outcome.aborted && isRetryable(outcome.errorCode);
    if (!retryable || attempt >= ctx.policy.maxAttempts) throw toError(method, outcome, attempt, retryable, ctx.secrets);
    const delayMs = backoffDelay(ctx.policy, attempt, outcome.retryAfterSec);
    ctx.logger?.warn({ method, attempt, errorCode: outcome.errorCode ?? "network", delayMs }, "Zalo API call failed; retrying");
    if (!(await pause(delayMs, options.signal)) && method === "getUpdates") return [];
  }
}

async function attemptOnce(ctx: CallContext, method: string, body: object, options: CallOptions): Promise<Outcome> {
  if (options.signal?.aborted) return { ok: false, description: "aborted", aborted: true };
  try {
    const res = await ctx.http.post(method, body, { timeout: options.timeoutMs, signal: options.signal });
    return readEnvelope(res.status, res.data as unknown);
  } catch (error) {
    const cause = scrubbedError(error, ctx.secrets);
    return { ok: false, description: cause.message, cause, aborted: options.signal?.aborted === true };
  }
}

/** Reads the API's reply; a body that is not the API's JSON (a gateway's HTML page) counts as that HTTP status. */
function readEnvelope(status: number, data: unknown): Outcome {
  if (data !== null && typeof data === "object" && typeof (data as ZaloEnvelope<unknown>).ok === "boolean") {
    const envelope = data as ZaloEnvelope<unknown>;
    if (envelope.ok) return { ok: true, result: envelope.result };
    const errorCode = typeof envelope.error_code === "number" ? envelope.error_code : status;
    const retryAfterSec = envelope.parameters?.retry_after;
    return { ok: false, errorCode, description: String(envelope.description ?? "unknown error"), httpStatus: status, retryAfterSec };
  }
  return { ok: false, errorCode: status >= 400 ? status : 502, description: `HTTP ${status} without an API reply`, httpStatus: status };
}

/** 429 quota, 403 (Zalo's "internal error"), 5xx and network failures may pass on a later try. */
function isRetryable(errorCode: number | undefined): boolean {
  return errorCode === undefined || errorCode === 429 || errorCode === 403 || errorCode >= 500;
}

/** Exponential backoff with "equal jitter": half fixed, half random; a server's retry_after wins when longer. */
export function backoffDelay(policy: ZaloRetryPolicy, attempt: number, retryAfterSec?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  const serverAsked = typeof retryAfterSec === "number" && retryAfterSec > 0 ? Math.min(retryAfterSec * 1000, 60_000) : 0;
  return Math.max(jittered, serverAsked);
}

/** Waits `ms`; false when `signal` aborted first. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A fresh Error with only scrubbed text: axios errors hold the URL (and the token) in several places. */
function scrubbedError(error: unknown, secrets: string[]): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const code = (source as { code?: unknown }).code;
  const text = typeof code === "string" && !source.message.includes(code) ? `${code}: ${source.message}` : source.message;
  const clean = new Error(scrubSecret(text, secrets));
  clean.name = source.name;
  return clean;
}

function toError(method: string, outcome: Extract<Outcome, { ok: false }>, attempts: number, retryable: boolean, secrets: string[]): ZaloApiError {
  return new ZaloApiError({
    method,
    errorCode: outcome.errorCode,
    description: scrubSecret(outcome.description, secrets),
    httpStatus: outcome.httpStatus,
    attempts,
    retryable,
    cause: outcome.cause,
  });
}
