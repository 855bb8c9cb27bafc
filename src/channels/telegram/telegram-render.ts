/**
 * Renders a channel-neutral Reply as Telegram messages: HTML with every character of the
 * reply escaped (a user's "<b>" quoted back stays text), split at Telegram's 4096-character
 * limit BEFORE formatting so no cut falls inside a tag, choices as inline buttons on the last
 * part, and https links as URL buttons. Telegram refuses tel: URLs in buttons, so phone links
 * become a visible line of text ("📞 Gọi 111").
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Choice, Link, Reply } from "../../conversation/conversation-types.ts";
import { splitMessage } from "../message-splitter.ts";

export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit on callback data, in bytes. */
const CALLBACK_DATA_LIMIT = 64;
const CHOICE_PROMPT = "Chọn một mục bên dưới:";

/** One sendMessage call: HTML text and, on the last part of a reply, its keyboard. */
export interface TelegramOutgoing {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Turns one reply into the messages to send, in order. */
export function renderTelegramReply(reply: Reply): TelegramOutgoing[] {
  const plain = [reply.text.trim(), textLinks(reply.links ?? []).join("\n")].filter((s) => s !== "").join("\n\n");
  const keyboard = buildKeyboard(reply.choices ?? [], reply.links ?? []);
  const body = plain === "" && keyboard ? CHOICE_PROMPT : plain;
  const parts = splitMessage(body, TELEGRAM_TEXT_LIMIT);
  const out: TelegramOutgoing[] = parts.map((part) => ({ html: reply.urgent ? `<b>${escapeHtml(part)}</b>` : escapeHtml(part) }));
  const last = out.at(-1);
  if (last && keyboard) last.keyboard = keyboard;
  return out;
}

/** Escapes the three characters Telegram's HTML parser reads as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Links Telegram cannot put on a button (tel:, mailto:, ...) become text lines. */
function textLinks(links: Link[]): string[] {
  return links.filter((l) => !isButtonUrl(l.url)).map(linkLine);
}

function linkLine(link: Link): string {
  if (link.url.startsWith("tel:")) {
    const number = link.url.slice(4);
    return link.label.includes(number) ? `📞 ${link.label}` : `📞 ${link.label}: ${number}`;
  }
  return link.label.includes(link.url) ? link.label : `${link.label}: ${link.url}`;
}

function isButtonUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function buildKeyboard(choices: Choice[], links: Link[]): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = choices.map((choice, index) => [{ text: buttonLabel(choice.label), callback_data: callbackData(choice, index) }]);
  for (const link of links.filter((l) => isButtonUrl(l.url))) rows.push([{ text: buttonLabel(link.label), url: link.url }]);
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

function buttonLabel(label: string): string {
  const trimmed = label.trim();
  return trimmed === "" ? "…" : trimmed;
}

/**
 * The choice id when it fits Telegram's 64 bytes; otherwise "#n", which the adapter turns
 * back into the text "n" so the core picks the n-th offered choice (its lastChoices).
 */
export function callbackData(choice: Choice, index: number): string {
  return Buffer.byteLength(choice.id, "utf8") <= CALLBACK_DATA_LIMIT && !choice.id.startsWith("#") ? choice.id : `#${index + 1}`;
}
