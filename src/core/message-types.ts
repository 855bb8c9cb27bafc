/**
 * The message shapes every layer shares: the channel a message came from, its language, what
 * it carried (attachments) and what the bot sends back (replies with choices and links). They
 * live in core so the intake flow and the conversation both depend on them, and neither on
 * the other.
 */

export type ChannelName = "telegram" | "zalo" | "web";
export type Language = "vi" | "en";

export interface Attachment {
  kind: "photo" | "voice" | "sticker" | "file";
  /** A URL to fetch now (Zalo's expire) or a channel file id (Telegram). */
  url?: string;
  fileId?: string;
  caption?: string;
  mimeType?: string;
}

export interface Choice {
  id: string;
  label: string;
}

export interface Link {
  label: string;
  /** tel:111, https://... */
  url: string;
}

export interface Reply {
  /** Plain text; each channel escapes or formats it for itself. */
  text: string;
  /** Buttons on Telegram and the web; numbered text choices on Zalo ("Trả lời 1, 2 hoặc 3"). */
  choices?: Choice[];
  links?: Link[];
  /** A safety message (danger detected): channels may render it prominently and must never drop it. */
  urgent?: boolean;
}
