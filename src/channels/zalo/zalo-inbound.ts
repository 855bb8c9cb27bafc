/**
 * Translates a Zalo event into the core's InboundMessage, or null for events to ignore:
 * unknown event names, messages from bots and the bot's own echoes. Zalo has no update id;
 * the de-duplication key is the event name plus the message id, since a webhook may be
 * delivered again and nothing says it will not.
 */
import type { Attachment, InboundMessage } from "../../conversation/conversation-types.ts";
import { cleanInboundText } from "../channel-runner.ts";
import type { ZaloUpdate } from "./zalo-types.ts";

export function toInboundMessage(update: ZaloUpdate, botId: string | undefined): InboundMessage | null {
  const m = update.message;
  if (!m?.from || !m.chat || typeof m.message_id !== "string") return null;
  if (m.from.is_bot === true || (botId !== undefined && String(m.from.id) === botId)) return null;
  const content = readContent(update);
  if (!content) return null;
  return {
    channel: "zalo",
    chatId: String(m.chat.id),
    userId: String(m.from.id),
    messageId: `${update.event_name}:${m.message_id}`,
    ...content,
    receivedAt: typeof m.date === "number" && Number.isFinite(m.date) ? new Date(m.date) : new Date(),
  };
}

type Content = Pick<InboundMessage, "kind" | "text" | "attachments">;

function readContent(update: ZaloUpdate): Content | null {
  const m = update.message;
  const caption = cleanInboundText(m.caption);
  switch (update.event_name) {
    case "message.text.received":
      return { kind: "text", text: cleanInboundText(m.text) ?? "", attachments: [] };
    case "message.image.received":
      return { kind: "photo", text: caption, attachments: [withUrl("photo", m.photo_url ?? m.photo, caption)] };
    case "message.sticker.received":
      return { kind: "sticker", text: null, attachments: [{ kind: "sticker", ...(m.sticker ? { fileId: m.sticker } : {}) }] };
    case "message.voice.received":
      return { kind: "voice", text: null, attachments: [withUrl("voice", m.voice_url, null)] };
    case "message.unsupported.received":
      return { kind: "unsupported", text: null, attachments: [] };
    default:
      return null;
  }
}

function withUrl(kind: Attachment["kind"], url: string | undefined, caption: string | null): Attachment {
  return { kind, ...(url ? { url } : {}), ...(caption ? { caption } : {}) };
}
