/**
 * What the Zalo adapter reads of an event, checked with zod before any handler sees it: an event
 * (webhook body after the secret matched, or a polled one) that does not have this shape is
 * dropped with one log line instead of failing inside a handler. Ids may come as strings or
 * numbers (sources disagree); unknown event names pass and are ignored later.
 */
import { z } from "zod";
import type { ZaloUpdate } from "./zalo-types.ts";

const id = z.union([z.string().min(1), z.number()]);

export const zaloUpdateSchema = z.looseObject({
  event_name: z.string(),
  message: z.looseObject({
    message_id: z.string(),
    date: z.number().optional(),
    from: z.looseObject({ id, is_bot: z.boolean().optional() }),
    chat: z.looseObject({ id }),
    text: z.string().optional(),
    photo_url: z.string().optional(),
    photo: z.string().optional(),
    caption: z.string().optional(),
    sticker: z.string().optional(),
    voice_url: z.string().optional(),
  }),
});

export type ZaloEventCheck = { ok: true; update: ZaloUpdate } | { ok: false; at: string };

/** The event, or where it first departs from the shape (e.g. "message.chat"), for the log line; never its content. */
export function checkZaloUpdate(value: unknown): ZaloEventCheck {
  const result = zaloUpdateSchema.safeParse(value);
  if (result.success) return { ok: true, update: value as ZaloUpdate };
  return { ok: false, at: result.error.issues[0]?.path.join(".") || "event" };
}
