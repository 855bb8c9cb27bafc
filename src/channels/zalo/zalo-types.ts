/**
 * Shapes of the Zalo Bot Platform API (see shared/domain/zalo-bot-api.md). Field names
 * follow the wire format (snake_case) because these objects are read straight from JSON;
 * optional fields are those that sources disagree on or that only some events carry.
 */

/** Zalo refuses text over this many UTF-16 code units; longer replies must be split. */
export const ZALO_TEXT_LIMIT = 2000;

/** The events a bot can receive; anything else is ignored by the adapter. */
export type ZaloEventName =
  | "message.text.received"
  | "message.image.received"
  | "message.sticker.received"
  | "message.voice.received"
  | "message.unsupported.received";

/** Every reply body: judge success by `ok`, never by the HTTP status. */
export interface ZaloEnvelope<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

export interface ZaloBotInfo {
  id: string;
  account_name: string;
  account_type: string;
  can_join_groups: boolean;
}

export interface ZaloUser {
  id: string;
  display_name?: string;
  is_bot?: boolean;
}

export interface ZaloChat {
  id: string;
  chat_type: "PRIVATE" | "GROUP";
}

/** A user's message. `date` is epoch MILLISECONDS (unlike Telegram's seconds). */
export interface ZaloMessage {
  message_id: string;
  date: number;
  from: ZaloUser;
  chat: ZaloChat;
  text?: string;
  /** Image events: `photo_url` in most sources, `photo` in some; both are read. The URL expires. */
  photo_url?: string;
  photo?: string;
  caption?: string;
  sticker?: string;
  voice_url?: string;
}

/** One inbound event, from getUpdates or a webhook call. `event_name` may be one this code does not know. */
export interface ZaloUpdate {
  event_name: ZaloEventName | (string & {});
  message: ZaloMessage;
}

export interface ZaloWebhookInfo {
  url: string;
  updated_at?: number;
}

export interface ZaloSentMessage {
  message_id: string;
  date: number;
}
