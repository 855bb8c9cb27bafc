/**
 * Delivers an officer's message to the reporter through the channel they reported on, for the
 * outbox worker (so a message survives restarts and is retried): Telegram and Zalo by their bot
 * APIs, the web chat by adding it to the session's stored conversation, which the page shows
 * (only while the session lives: an ended session fails for good, and the officer sees it).
 *
 * After delivery the reporter's conversation waits for their answer: their next message is added
 * to the case (as "add information" does), so the reply joins the case timeline. A reporter in
 * the middle of another report is not interrupted; the "Reply to the officer" button still works.
 * Nothing of the reporter (chat id, name) is returned to the officer: only delivered or not.
 */
import { normaliseCaseCode } from "../intake/case-intake-port.ts";
import type { ReporterMessagePayload } from "../intake/cases/casework-service.ts";
import type { DeliveryFailure } from "../intake/cases/outbox-worker.ts";
import type { OutboxItem } from "../intake/cases/outbox-types.ts";
import type { ChannelName, ConversationState, ConversationStore, Reply, TranscriptEntry } from "../conversation/conversation-types.ts";

/** Sends a reply into a chat of a push channel (Telegram, Zalo); rejects when it could not. */
export type ReporterSender = (chatId: string, reply: Reply) => Promise<void>;

export interface ReporterDeliveryDeps {
  conversations: ConversationStore;
  /** The push channels that are configured; a message to a channel that is off waits (it may be turned on again). */
  senders: Partial<Record<Exclude<ChannelName, "web">, ReporterSender>>;
  clock?: () => Date;
}

const TEXT = {
  vi: (code: string, text: string) =>
    `✉️ Tin nhắn của cán bộ bảo vệ trẻ em về tin báo ${code}:\n\n${text}\n\nBạn có thể trả lời ngay tại đây: tin nhắn tiếp theo của bạn sẽ được chuyển cho cán bộ. Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay 111 hoặc 113.`,
  en: (code: string, text: string) =>
    `✉️ A message from the child protection officer about report ${code}:\n\n${text}\n\nYou can answer right here: your next message goes to the officer. If the child is in danger now, call 111 or 113.`,
};
const REPLY_LABEL = { vi: "Trả lời cán bộ", en: "Reply to the officer" };

/** The message as the reporter reads it: who writes, the officer's words, how to answer, and the numbers for danger. */
export function reporterReply(p: ReporterMessagePayload): Reply {
  const lang = p.language === "en" ? "en" : "vi";
  return { text: TEXT[lang](p.code, p.text), choices: [{ id: `case:add:${p.code}`, label: REPLY_LABEL[lang] }] };
}

export function createReporterDeliverer(deps: ReporterDeliveryDeps): (item: OutboxItem) => Promise<DeliveryFailure | null> {
  const clock = deps.clock ?? (() => new Date());
  return async (item) => {
    const p = item.payload as ReporterMessagePayload;
    const reply = reporterReply(p);
    if (p.channel === "web") return deliverToWebSession(deps.conversations, p, reply, clock());
    const send = deps.senders[p.channel];
    if (!send) return { error: `${p.channel} channel is not configured` };
    try {
      await send(p.chatId, reply);
    } catch (error) {
      return { error: `${p.channel}: ${(error as Error).name}` };
    }
    // Delivered: the wait for the answer is a convenience (the button works without it), so a busy conversation is left as it is.
    await awaitAnswer(deps.conversations, p, reply, clock(), null).catch(() => undefined);
    return null;
  };
}

/** The web chat has no push: the message joins the session's stored conversation, where the page shows it. */
async function deliverToWebSession(conversations: ConversationStore, p: ReporterMessagePayload, reply: Reply, now: Date): Promise<DeliveryFailure | null> {
  const state = await conversations.load("web", p.chatId);
  if (!state) return { error: "web chat session ended", final: true };
  try {
    await awaitAnswer(conversations, p, reply, now, state);
    return null;
  } catch (error) {
    return { error: `web chat busy: ${(error as Error).name}` };
  }
}

/**
 * Saves the conversation waiting for the reporter's answer to the case (unless they are in the
 * middle of something else), with the message in the web transcript and its button as the
 * offered choice (so "1" on Zalo presses it).
 */
async function awaitAnswer(conversations: ConversationStore, p: ReporterMessagePayload, reply: Reply, now: Date, loaded: ConversationState | null): Promise<void> {
  const state: ConversationState = loaded ?? (await conversations.load(p.channel, p.chatId)) ?? {
    channel: p.channel, chatId: p.chatId, language: p.language, mode: "menu", data: {}, lastChoices: [], version: 0, updatedAt: now,
  };
  const idle = state.mode === "menu" || state.mode === "add_info";
  // officerAsked: the reporter's next message answers the officer, so it goes to this case as it is.
  const data: Record<string, unknown> = { ...state.data, ...(idle ? { addInfoCode: normaliseCaseCode(p.code), officerAsked: true } : {}) };
  if (p.channel === "web") data.transcript = [...((state.data.transcript as TranscriptEntry[] | undefined) ?? []), { from: "bot", reply } satisfies TranscriptEntry];
  await conversations.save({ ...state, mode: idle ? "add_info" : state.mode, data, lastChoices: idle ? reply.choices ?? [] : state.lastChoices, updatedAt: now });
}
