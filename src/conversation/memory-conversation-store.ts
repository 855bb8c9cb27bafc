/**
 * In-memory ConversationStore: the reference behaviour of the port (optimistic versions,
 * de-duplication, per-user language) and the store the tests use. States are copied in and
 * out, so a caller can never change a stored state without saving it.
 */
import {
  DuplicateDeliveryError,
  StaleConversationError,
  type ChannelName, type ConversationState, type ConversationStore, type Language,
} from "./conversation-types.ts";

export interface MemoryConversationStore extends ConversationStore {
  /** Number of deliveries recorded, for tests and diagnostics. */
  processedCount(): number;
}

/** Creates an empty store; `maxProcessed` bounds the de-duplication memory (oldest forgotten first). */
export function createMemoryConversationStore(options: { maxProcessed?: number } = {}): MemoryConversationStore {
  const states = new Map<string, ConversationState>();
  const processed = new Set<string>();
  const languages = new Map<string, Language>();
  const maxProcessed = options.maxProcessed ?? 100_000;
  const key = (channel: ChannelName, id: string) => `${channel}:${id}`;

  return {
    async load(channel, chatId) {
      const s = states.get(key(channel, chatId));
      return s ? structuredClone(s) : null;
    },
    async save(state, deliveryId) {
      const k = key(state.channel, state.chatId);
      const current = states.get(k);
      if ((current?.version ?? 0) !== state.version) throw new StaleConversationError(state.channel, state.chatId);
      if (deliveryId !== undefined) {
        const d = `${state.channel}:${state.chatId}:${deliveryId}`;
        if (processed.has(d)) throw new DuplicateDeliveryError(state.channel, state.chatId, deliveryId);
        processed.add(d);
        if (processed.size > maxProcessed) processed.delete(processed.values().next().value as string);
      }
      const version = state.version + 1;
      states.set(k, { ...structuredClone(state), version });
      return version;
    },
    async isProcessed(channel, chatId, messageId) {
      return processed.has(`${channel}:${chatId}:${messageId}`);
    },
    async userLanguage(channel, userId) {
      return languages.get(key(channel, userId)) ?? null;
    },
    async setUserLanguage(channel, userId, language) {
      languages.set(key(channel, userId), language);
    },
    processedCount: () => processed.size,
  };
}
