/**
 * ConversationStore on Prisma. Flow data (which may hold a report being written) is
 * encrypted before it is stored; an optimistic version check keeps two instances from
 * overwriting each other's step of the same conversation.
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import { DuplicateDeliveryError, StaleConversationError, type ChannelName, type Choice, type ConversationState, type ConversationStore, type Language } from "../conversation/conversation-types.ts";
import type { Db } from "./database.ts";

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === "P2002";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function recordDelivery(tx: Tx, channel: ChannelName, chatId: string, messageId: string): Promise<void> {
  try {
    await tx.processedMessage.create({ data: { channel, chatId, messageId } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateDeliveryError(channel, chatId, messageId);
    throw error;
  }
}

async function createConversation(tx: Tx, data: Parameters<Db["conversation"]["create"]>[0]["data"]): Promise<void> {
  try {
    await tx.conversation.create({ data });
  } catch (error) {
    if (isUniqueViolation(error)) throw new StaleConversationError(data.channel as ChannelName, data.chatId);
    throw error;
  }
}

export function createConversationRepository(db: Db, cipher: FieldCipher): ConversationStore {
  return {
    async load(channel, chatId) {
      const row = await db.conversation.findUnique({ where: { channel_chatId: { channel, chatId } } });
      if (!row) return null;
      return {
        channel: row.channel as ChannelName,
        chatId: row.chatId,
        language: (row.language as Language | null) ?? null,
        mode: row.mode,
        data: JSON.parse(cipher.decrypt(row.dataEncrypted)) as Record<string, unknown>,
        lastChoices: JSON.parse(row.lastChoicesJson) as Choice[],
        version: row.version,
        updatedAt: row.updatedAt,
      };
    },
    async save(state: ConversationState, deliveryId?: string) {
      const fields = { language: state.language, mode: state.mode, dataEncrypted: cipher.encrypt(JSON.stringify(state.data)), lastChoicesJson: JSON.stringify(state.lastChoices) };
      const next = state.version + 1;
      await db.$transaction(async (tx) => {
        if (deliveryId !== undefined) await recordDelivery(tx, state.channel, state.chatId, deliveryId);
        if (state.version === 0) {
          await createConversation(tx, { channel: state.channel, chatId: state.chatId, ...fields, version: next });
          return;
        }
        const updated = await tx.conversation.updateMany({ where: { channel: state.channel, chatId: state.chatId, version: state.version }, data: { ...fields, version: next } });
        if (updated.count === 0) throw new StaleConversationError(state.channel, state.chatId);
      });
      return next;
    },
    async isProcessed(channel, chatId, messageId) {
      return (await db.processedMessage.count({ where: { channel, chatId, messageId } })) > 0;
    },
    async userLanguage(channel, userId) {
      const row = await db.userPreference.findUnique({ where: { channel_userId: { channel, userId } } });
      return (row?.language as Language | undefined) ?? null;
    },
    async setUserLanguage(channel, userId, language) {
      await db.userPreference.upsert({ where: { channel_userId: { channel, userId } }, create: { channel, userId, language }, update: { language } });
    },
  };
}

/** How long a delivery id is remembered for de-duplication: channels re-deliver within hours, not weeks. */
export const DELIVERY_MEMORY_DAYS = 7;

/**
 * Retention for conversations: deletes conversation state (which may hold an encrypted draft)
 * untouched since `idleBefore`, and delivery records older than DELIVERY_MEMORY_DAYS.
 */
export async function purgeConversations(db: Db, idleBefore: Date, now: Date = new Date()): Promise<{ conversations: number; deliveries: number }> {
  const conversations = await db.conversation.deleteMany({ where: { updatedAt: { lt: idleBefore } } });
  const deliveries = await db.processedMessage.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DELIVERY_MEMORY_DAYS * 86_400_000) } } });
  return { conversations: conversations.count, deliveries: deliveries.count };
}
