/**
 * Abuse limits of the web chat, per address and per route, counted by @fastify/rate-limit: new
 * sessions per hour, messages per minute, and a burst (messages per 10 seconds). The counts live
 * in Redis when REDIS_URL is set (every instance shares them) and in memory otherwise; when Redis
 * fails a request goes through (skipOnError) rather than a reporter being refused.
 *
 * A limit never refuses a message that may carry a real report: a danger message, or any message
 * of a session with a report in progress, is counted and let through, and the case it makes is
 * counted against its source by the flood guard (stored, marked, alerted in a batch). A refused
 * message gets 429 with Retry-After and the safety numbers, never silence.
 *
 * Addresses are keyed by a keyed hash (HMAC): raw addresses are never stored, in Redis or on a
 * case. IPv6 addresses count per /64, the block one subscriber usually holds.
 */
import { BlockList } from "node:net";
import { createHmac } from "node:crypto";
import fastifyRateLimit, { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Redis } from "ioredis";
import type { WebChatLimits } from "../config.ts";
import type { Logger } from "../core/logger.ts";
import type { WebChatGate, WebChatRefusal } from "../channels/web/web-chat.ts";
import type { ConversationStore, InboundMessage } from "../conversation/conversation-types.ts";
import { REDIS_PREFIX } from "./redis-counters.ts";

/** What the stored conversation says about a web session: never seen, writing a report (or adding to one), or anything else. */
export type WebSessionState = "new" | "reporting" | "other";

export interface WebChatLimitsDeps {
  limits: WebChatLimits;
  /** Shared counters; in-memory counters without it. */
  redis?: Redis | undefined;
  /** Names the source of an address (see createSourceHasher). */
  sourceOf(address: string): string;
  session(chatId: string): Promise<WebSessionState>;
  isDanger(text: string): boolean;
  /** Told the source of every message let through, so a case it makes is counted against that source. */
  onSource?(chatId: string, source: string): void;
  logger: Logger;
}

/**
 * The keyed hash that names a source: "src-" and 20 hex characters of HMAC-SHA256 over the
 * address (IPv6 by its /64). Every instance with the same key names a source the same way.
 */
export function createSourceHasher(key: Buffer): (address: string) => string {
  return (address) => `src-${createHmac("sha256", key).update(normalizeIP(address, 64)).digest("hex").slice(0, 20)}`;
}

type Check = (request: FastifyRequest) => Promise<{ isAllowed: true } | { isAllowed: false; isExceeded: boolean; ttlInSeconds: number }>;

/** Registers the rate-limit plugin on `app` and returns the gate the web chat asks before each message. */
export async function createWebChatLimits(app: FastifyInstance, deps: WebChatLimitsDeps): Promise<WebChatGate> {
  const log = deps.logger.child({ component: "web-limits" });
  await app.register(fastifyRateLimit, { global: false, skipOnError: true, cache: 50_000, ...(deps.redis ? { redis: deps.redis, nameSpace: `${REDIS_PREFIX}rl:` } : {}) });
  const sources = new WeakMap<FastifyRequest, string>();
  const sourceOf = (request: FastifyRequest): string => {
    let source = sources.get(request);
    if (source === undefined) {
      source = deps.sourceOf(request.ip);
      sources.set(request, source);
    }
    return source;
  };
  const limiter = (name: string, max: number, timeWindow: number): [WebChatRefusal["reason"], Check] => [
    name === "sessions" ? "sessions" : "messages",
    app.createRateLimit({ max, timeWindow, keyGenerator: (request) => `web-${name}:${sourceOf(request)}` }) as Check,
  ];
  const exempt = exemptList(deps.limits.exempt);
  const sessions = limiter("sessions", deps.limits.sessionsPerHour, 3_600_000);
  const burst = limiter("burst", deps.limits.messagesPer10Seconds, 10_000);
  const minute = limiter("minute", deps.limits.messagesPerMinute, 60_000);

  return {
    async admit(request: FastifyRequest, message: InboundMessage) {
      if (isExempt(exempt, request.ip)) return null;
      const source = sourceOf(request);
      const state = await deps.session(message.chatId);
      const mayCarryReport = state === "reporting" || (message.text !== null && deps.isDanger(message.text));
      const refusal = await firstRefusal(request, state === "new" ? [sessions, burst, minute] : [burst, minute], mayCarryReport);
      if (refusal && !mayCarryReport) {
        log.warn({ event: "web_limit", source, reason: refusal.reason }, "web chat message refused (429)");
        return refusal;
      }
      if (refusal) log.warn({ event: "web_limit_passed", source, reason: refusal.reason }, "past a web chat limit, let through: it may carry a report");
      deps.onSource?.(message.chatId, source);
      return null;
    },
  };
}

/** The configured exempt addresses and subnets (WEB_LIMITS_EXEMPT), as a BlockList to match against. */
function exemptList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const type = address!.includes(":") ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(prefix), type);
  }
  return list;
}

function isExempt(list: BlockList, ip: string): boolean {
  const address = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  return list.check(address, address.includes(":") ? "ipv6" : "ipv4");
}

/** Runs the checks in order; stops at the first refusal unless every check must count (a message let through anyway). */
async function firstRefusal(request: FastifyRequest, checks: Array<[WebChatRefusal["reason"], Check]>, countAll: boolean): Promise<WebChatRefusal | null> {
  let refusal: WebChatRefusal | null = null;
  for (const [reason, check] of checks) {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) continue;
    refusal ??= { reason, retryAfterSeconds: Math.max(1, result.ttlInSeconds) };
    if (!countAll) break;
  }
  return refusal;
}

/** A web session's state as the limits need it, read from the stored conversation. */
export function webSessionState(store: Pick<ConversationStore, "load">): (chatId: string) => Promise<WebSessionState> {
  return async (chatId) => {
    const state = await store.load("web", chatId);
    if (!state) return "new";
    return state.mode === "report" || state.mode === "add_info" ? "reporting" : "other";
  };
}
