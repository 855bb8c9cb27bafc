/**
 * Suspected floods: one source (a web-chat address, known here only by its keyed hash) making
 * more reports than a person would. Nothing is refused: a real report must never be lost, so
 * every case is stored and queued. Past a limit the case is marked with the source's group, so
 * officers get one batched alert for the group instead of a page per case, and the queue shows
 * those cases apart from the emergencies it pins.
 *
 * Counts are kept per source and window by a WindowCounter: in memory (each instance counts
 * alone) or in Redis (every instance shares the count; src/server/abuse-counters.ts).
 */
import type { ChannelName } from "../../core/message-types.ts";
import type { CaseOwner } from "../case-intake-port.ts";
import type { TriageRisk } from "../triage/triage-types.ts";

/** Reports a source may make before its further reports are marked as a suspected flood. */
export interface FloodLimits {
  /** Reports of any risk per source per day. */
  reportsPerDay: number;
  /** Emergency reports per source per hour (the ones that page officers). */
  dangerReportsPerHour: number;
}

export const DEFAULT_FLOOD_LIMITS: FloodLimits = { reportsPerDay: 10, dangerReportsPerHour: 3 };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A counter of hits in fixed windows: the first hit of a key opens its window. */
export interface WindowCounter {
  /** Adds one to `key` in its current window of `windowMs` and returns the count in that window, this hit included. */
  hit(key: string, windowMs: number): Promise<number>;
}

/**
 * Which source a chat's messages come from. The web chat tags each session with its address's
 * keyed hash as the message enters; Telegram and Zalo chats have no source here (the platforms
 * own their users, and the conversation core limits each chat).
 */
export interface ChatSources {
  tag(channel: ChannelName, chatId: string, source: string): void;
  sourceOf(channel: ChannelName, chatId: string): string | null;
}

/** Decides, as a case is created, whether it joins its source's suspected-flood group. */
export interface FloodGuard {
  /** Counts one new case against its source; returns the flood group when the source is past a limit, null otherwise. */
  check(owner: CaseOwner, risk: TriageRisk): Promise<string | null>;
}

export interface FloodGuardDeps {
  sources: ChatSources;
  counter: WindowCounter;
  limits?: FloodLimits;
  /** Told when counting failed; the case is then alerted as usual (failing open never hides a report). */
  onError?: (error: unknown) => void;
}

export function createFloodGuard(deps: FloodGuardDeps): FloodGuard {
  const limits = deps.limits ?? DEFAULT_FLOOD_LIMITS;
  return {
    async check(owner, risk) {
      const source = deps.sources.sourceOf(owner.channel, owner.chatId);
      if (!source) return null;
      try {
        const reports = await deps.counter.hit(`reports:${source}`, DAY_MS);
        const dangers = risk === "emergency" ? await deps.counter.hit(`danger:${source}`, HOUR_MS) : 0;
        return reports > limits.reportsPerDay || dangers > limits.dangerReportsPerHour ? source : null;
      } catch (error) {
        deps.onError?.(error);
        return null;
      }
    },
  };
}

/** The source as officers may compare it between messages and pages: a short part of its keyed hash, never an address. */
export function floodSourceLabel(group: string): string {
  return group.replace(/^src-/, "").slice(0, 8);
}

/** Chat-to-source tags in memory, the least recently tagged forgotten first beyond `capacity`. */
export function createChatSources(capacity = 50_000): ChatSources {
  const tags = new Map<string, string>();
  return {
    tag(channel, chatId, source) {
      const key = `${channel}:${chatId}`;
      tags.delete(key);
      tags.set(key, source);
      if (tags.size > capacity) tags.delete(tags.keys().next().value as string);
    },
    sourceOf: (channel, chatId) => tags.get(`${channel}:${chatId}`) ?? null,
  };
}

/** A WindowCounter in this process's memory; `maxKeys` bounds it (the oldest windows are dropped first). */
export function createMemoryWindowCounter(clock: () => Date = () => new Date(), maxKeys = 100_000): WindowCounter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    async hit(key, windowMs) {
      const now = clock().getTime();
      const open = windows.get(key);
      const window = open && open.endsAt > now ? open : { count: 0, endsAt: now + windowMs };
      window.count += 1;
      windows.set(key, window);
      if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
      return window.count;
    },
  };
}
