/**
 * Translates a Telegram update into the core's InboundMessage, or null for updates that are
 * not a person talking to the bot (service messages, membership changes, other bots, channel
 * posts). The update id is the de-duplication key: Telegram re-delivers with the same id.
 */
import type { Message, Update, User } from "grammy/types";
import type { Attachment, InboundMessage } from "../../conversation/conversation-types.ts";
import { cleanInboundText } from "../channel-runner.ts";

/** Message contents the core cannot read but should acknowledge (it answers kind "unsupported"). */
const UNSUPPORTED_CONTENT = ["document", "video", "video_note", "audio", "animation", "location", "venue", "contact", "poll", "dice", "story"] as const;

export function toInboundMessage(update: Update): InboundMessage | null {
  if (update.callback_query) return fromCallback(update);
  if (update.edited_message) return fromMessage(update.update_id, update.edited_message, true);
  if (update.message) return fromMessage(update.update_id, update.message, false);
  return null;
}

function base(updateId: number, chatId: number, from: User, date: number): Omit<InboundMessage, "kind" | "text" | "attachments"> {
  return {
    channel: "telegram",
    chatId: String(chatId),
    userId: String(from.id),
    messageId: String(updateId),
    ...(from.language_code ? { languageHint: from.language_code } : {}),
    receivedAt: new Date(date * 1000),
  };
}

function fromMessage(updateId: number, message: Message, edited: boolean): InboundMessage | null {
  const from = message.from;
  if (!from || from.is_bot) return null;
  const head = base(updateId, message.chat.id, from, message.edit_date ?? message.date);
  const content = readContent(message);
  if (!content) return null;
  if (edited) return { ...head, kind: "edited", text: content.text, attachments: content.attachments };
  return { ...head, ...content };
}

type Content = Pick<InboundMessage, "kind" | "text" | "attachments">;

function readContent(message: Message): Content | null {
  const caption = cleanInboundText(message.caption);
  if (message.text !== undefined) return { kind: "text", text: normaliseCommand(cleanInboundText(message.text) ?? ""), attachments: [] };
  if (message.photo && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1];
    return { kind: "photo", text: caption, attachments: [attachment("photo", largest?.file_id, caption)] };
  }
  if (message.voice) return { kind: "voice", text: caption, attachments: [{ ...attachment("voice", message.voice.file_id, caption), mimeType: message.voice.mime_type }] };
  if (message.sticker) return { kind: "sticker", text: null, attachments: [attachment("sticker", message.sticker.file_id, null)] };
  if (UNSUPPORTED_CONTENT.some((key) => key in message)) {
    const fileId = message.document?.file_id ?? message.video?.file_id ?? message.audio?.file_id;
    return { kind: "unsupported", text: caption, attachments: fileId ? [attachment("file", fileId, caption)] : [] };
  }
  return null;
}

function attachment(kind: Attachment["kind"], fileId: string | undefined, caption: string | null): Attachment {
  return { kind, ...(fileId ? { fileId } : {}), ...(caption ? { caption } : {}) };
}

/** "/start@my_bot args" (as sent in groups) reads as "/start args". */
function normaliseCommand(text: string): string {
  return text.replace(/^(\/[A-Za-z0-9_]+)@[A-Za-z0-9_]+/, "$1");
}

function fromCallback(update: Update): InboundMessage | null {
  const query = update.callback_query;
  if (!query || query.from.is_bot || query.data === undefined) return null;
  const chatId = query.message?.chat.id ?? query.from.id;
  const head = base(update.update_id, chatId, query.from, query.message?.date ?? Math.floor(Date.now() / 1000));
  const numbered = /^#(\d+)$/.exec(query.data);
  if (numbered) return { ...head, receivedAt: new Date(), kind: "text", text: numbered[1] ?? "", attachments: [] };
  return { ...head, receivedAt: new Date(), kind: "choice", text: buttonLabelFor(query.message, query.data), choice: query.data, attachments: [] };
}

/** The label of the pressed button, read from the message it sits on, so the core can echo it. */
function buttonLabelFor(message: { reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data?: string }>> } } | undefined, data: string): string | null {
  for (const row of message?.reply_markup?.inline_keyboard ?? []) {
    for (const button of row) if (button.callback_data === data) return button.text;
  }
  return null;
}
