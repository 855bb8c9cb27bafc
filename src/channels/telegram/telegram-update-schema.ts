/**
 * What the Telegram channel reads of an update, checked with zod before any handler sees it:
 * a webhook body (after the secret matched) or a polled update that does not have this shape is
 * dropped with one log line instead of failing with a TypeError deep inside a handler. Only the
 * fields the channel reads are checked; everything else passes through untouched.
 */
import { z } from "zod";

const user = z.looseObject({ id: z.number().int(), is_bot: z.boolean(), language_code: z.string().optional() });
const chat = z.looseObject({ id: z.number().int() });
const file = z.looseObject({ file_id: z.string() });
const keyboard = z.looseObject({ inline_keyboard: z.array(z.array(z.looseObject({ text: z.string(), callback_data: z.string().optional() }))) });

const message = z.looseObject({
  message_id: z.number().int(),
  date: z.number(),
  edit_date: z.number().optional(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(file).optional(),
  voice: z.looseObject({ file_id: z.string(), mime_type: z.string().optional() }).optional(),
  sticker: file.optional(),
  document: file.optional(),
  video: file.optional(),
  audio: file.optional(),
  reply_markup: keyboard.optional(),
});

const callbackQuery = z.looseObject({ id: z.string(), from: user, data: z.string().optional(), message: message.optional() });

export const telegramUpdateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
});

/** Where an update first departs from the shape (e.g. "message.chat.id"), for the log line; never its content. */
export function malformedAt(update: unknown): string | null {
  const result = telegramUpdateSchema.safeParse(update);
  if (result.success) return null;
  return result.error.issues[0]?.path.join(".") || "update";
}
