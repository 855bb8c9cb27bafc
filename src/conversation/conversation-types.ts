/**
 * The channel-neutral conversation contract. Telegram, Zalo and the web chat translate their
 * updates into an InboundMessage and render the Replies back; everything else (menus, routing,
 * safety messages, the reporting flow, language) lives behind ConversationCore and is the same
 * on every channel.
 */

import type { Attachment, ChannelName, Choice, Language, Reply } from "../core/message-types.ts";

export type { Attachment, ChannelName, Choice, Language, Link, Reply } from "../core/message-types.ts";

export interface InboundMessage {
  channel: ChannelName;
  /** The chat to answer in, as the channel names it. */
  chatId: string;
  userId: string;
  /** The channel's id of this delivery, for de-duplication (Telegram update id, Zalo event+message id, web client id). */
  messageId: string;
  kind: "text" | "choice" | "photo" | "sticker" | "voice" | "unsupported" | "edited";
  /** Text as typed (commands included, e.g. "/status AB12CD"), or null when there is none. */
  text: string | null;
  /** The id of a pressed button (Telegram callback data, web button). */
  choice?: string;
  attachments: Attachment[];
  /** The user's interface language as the channel reports it ("vi", "en-US"), if any. */
  languageHint?: string;
  receivedAt: Date;
}

export interface ConversationCore {
  /**
   * Advances the conversation of message.chatId by one message and returns what to send back.
   * A message already handled (same channel, chat and messageId) returns no replies.
   */
  handle(message: InboundMessage): Promise<Reply[]>;
  /**
   * The replies this delivery got, when it is the last one the chat's conversation handled;
   * null otherwise. A web browser that retries after losing the response (the server restarted,
   * or another instance answered) gets the same answer, e.g. its case code, again.
   */
  replay?(message: InboundMessage): Promise<Reply[] | null>;
  /**
   * What was said in a web chat, oldest first (the last bot replies carry the pending question
   * and its buttons), so a reloaded page can show the conversation again; null when the chat is
   * unknown. Other channels keep their history in their own apps and get none.
   */
  transcript?(channel: ChannelName, chatId: string): Promise<TranscriptEntry[] | null>;
}

/**
 * One line of a web chat as the page shows it. `mid`: the id of the message that brought it (the
 * user's message and its replies; none on a line written from outside the conversation, such as
 * an officer's message); `n`: its place in the whole conversation, counted from the first line ever
 * (lines dropped past the bounds keep their numbers), given out by `transcript`, so an open page
 * asks only for lines it has not shown.
 */
export type TranscriptEntry = ({ from: "user"; text: string } | { from: "bot"; reply: Reply }) & { mid?: string; n?: number };

/** The conversation's stored state; `data` belongs to the active flow. */
export interface ConversationState {
  channel: ChannelName;
  chatId: string;
  language: Language | null;
  /** "menu", "ask", "report", ... */
  mode: string;
  data: Record<string, unknown>;
  /** Choices last offered, so a bare "2" on Zalo (or anywhere) selects the second. */
  lastChoices: Choice[];
  /** Optimistic-lock version: save fails when another instance saved first. A conversation never saved has version 0. */
  version: number;
  updatedAt: Date;
}

/** Persistence port for conversation state and de-duplication; Prisma in production, memory in tests. */
export interface ConversationStore {
  load(channel: ChannelName, chatId: string): Promise<ConversationState | null>;
  /**
   * Saves when `state.version` is still the stored one and returns the new version; throws
   * StaleConversationError otherwise. With `deliveryId`, records that delivery as handled in the
   * same transaction (throws DuplicateDeliveryError when it was recorded before), so a crash can
   * neither lose a message nor answer it twice.
   */
  save(state: ConversationState, deliveryId?: string): Promise<number>;
  /** Whether a delivery was already handled (a re-delivery is answered once). */
  isProcessed(channel: ChannelName, chatId: string, messageId: string): Promise<boolean>;
  /** Language chosen by a user, remembered across chats of the same channel. */
  userLanguage(channel: ChannelName, userId: string): Promise<Language | null>;
  setUserLanguage(channel: ChannelName, userId: string, language: Language): Promise<void>;
}

/** The delivery was handled already (by another instance, at the same moment). */
export class DuplicateDeliveryError extends Error {
  override readonly name = "DuplicateDeliveryError";
  constructor(
    readonly channel: ChannelName,
    readonly chatId: string,
    readonly messageId: string,
  ) {
    super(`delivery ${channel}:${chatId}:${messageId} was handled already`);
  }
}

/** Another instance or message saved the conversation first; the caller reloads and retries. */
export class StaleConversationError extends Error {
  override readonly name = "StaleConversationError";
  constructor(
    readonly channel: ChannelName,
    readonly chatId: string,
  ) {
    super(`conversation ${channel}:${chatId} changed while this message was handled`);
  }
}
