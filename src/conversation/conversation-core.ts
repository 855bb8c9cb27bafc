/**
 * The channel-neutral conversation core. One message in, replies out: a duplicate delivery
 * is answered once, the conversation state is loaded and saved around every message (so a
 * restart or another instance continues it), a concurrent save is retried once on fresh
 * state, and any internal error becomes a polite apology with 111. Logs carry ids only.
 */
import { randomUUID } from "node:crypto";
import { detectLanguage as detectQuestionLanguage } from "../qa/question-parser.ts";
import type { ConversationLogger, ConversationCoreDeps, CoreData, RouterDeps, Turn } from "./conversation-deps.ts";
import { routeMessage } from "./conversation-router.ts";
import { safetyOnce } from "./safety-once.ts";
import { HOTLINE, TEXT } from "./conversation-texts.ts";
import {
  DuplicateDeliveryError,
  StaleConversationError,
  type ChannelName, type Choice, type ConversationCore, type ConversationState, type InboundMessage, type Language, type Reply, type TranscriptEntry,
} from "./conversation-types.ts";
import { createDangerDetector } from "./danger-detector.ts";
import { detectMessageLanguage, shortLineIsEnglish } from "./language-detector.ts";
import { choiceAsSent, cleanText, DEFAULT_MAX_PROCESSING_CHARS } from "./message-text.ts";
import { createRateLimiter, DEFAULT_RATE_LIMIT } from "./rate-limiter.ts";
import { nameOf } from "./report-route.ts";
import { isChildWriter, writerIsGrownUp } from "../intake/report-flow/story-reading.ts";
import { foldKey, hasVietnameseDiacritics } from "../core/vietnamese-text.ts";

export type { ConversationCoreDeps, ConversationLogger } from "./conversation-deps.ts";

/** Creates the core over its ports. */
export function createConversationCore(deps: ConversationCoreDeps): ConversationCore {
  const detectDanger = createDangerDetector(deps.emergencySignal ?? ((text) => deps.triage(text).risk === "emergency"));
  const router: RouterDeps = {
    ...deps,
    clock: deps.clock ?? (() => new Date()),
    newId: deps.newId ?? randomUUID,
    detectLanguage: deps.detectLanguage ?? ((text) => detectMessageLanguage(text, detectQuestionLanguage)),
    limiter: createRateLimiter(deps.rateLimit ?? DEFAULT_RATE_LIMIT),
    // Five wrong codes, then one more try every two minutes.
    codeGuesses: createRateLimiter({ capacity: 5, refillPerSecond: 1 / 120, maxUsers: 50_000 }),
    detectDanger,
    childWriting: deps.childWriting ?? (() => false),
    namesProvince: deps.namesProvince ?? (() => false),
    emergencySignal: deps.emergencySignal ?? ((text) => deps.triage(text).risk === "emergency"),
    messageKind: deps.messageKind ?? ((text) => (!detectDanger(text).policyQuestion && deps.triage(text).risk !== "low" ? "concern" : "question")),
    maxProcessingChars: deps.maxProcessingChars ?? DEFAULT_MAX_PROCESSING_CHARS,
  };
  return {
    async replay(message) {
      const state = await deps.store.load(message.channel, message.chatId);
      const last = (state?.data as CoreData | undefined)?.lastDelivery;
      return last && last.messageId === message.messageId ? last.replies : null;
    },
    async transcript(channel, chatId) {
      if (!TRANSCRIPT_CHANNELS.has(channel)) return null;
      const state = await deps.store.load(channel, chatId);
      if (!state) return null;
      const data = state.data as CoreData;
      const base = data.transcriptBase ?? 0;
      return (data.transcript ?? []).map((entry, i) => ({ ...entry, n: base + i }));
    },
    async handle(message) {
      const log = deps.logger.child({ channel: message.channel, chatId: message.chatId, messageId: message.messageId });
      try {
        if (await deps.store.isProcessed(message.channel, message.chatId, message.messageId)) return duplicate(log);
        return await handleWithRetry(message, router, log);
      } catch (error) {
        if (error instanceof DuplicateDeliveryError) return duplicate(log);
        log.error({ event: "failed", errorName: nameOf(error) }, "conversation failed");
        const lang = await safeLanguage(deps, message);
        return [{ text: TEXT.apology[lang], links: [HOTLINE[lang]] }];
      }
    },
  };
}

function duplicate(log: ConversationLogger): Reply[] {
  log.info({ event: "duplicate" }, "duplicate delivery ignored");
  return [];
}

async function handleWithRetry(message: InboundMessage, deps: RouterDeps, log: ConversationLogger): Promise<Reply[]> {
  try {
    return await handleOnce(message, deps, log);
  } catch (error) {
    if (!(error instanceof StaleConversationError)) throw error;
    log.warn({ event: "stale_state_retry" }, "conversation changed concurrently; retrying once");
    return handleOnce(message, deps, log);
  }
}

async function handleOnce(sent: InboundMessage, deps: RouterDeps, log: ConversationLogger): Promise<Reply[]> {
  const now = deps.clock();
  const state = (await deps.store.load(sent.channel, sent.chatId)) ?? freshState(sent, now);
  const message = choiceAsSent(sent, state.lastChoices);
  const text = cleanText(message.text, deps.maxProcessingChars);
  const turn: Turn = {
    message, state, data: { ...(state.data as CoreData) }, now, log, text,
    lang: await turnLanguage(message, state, deps, text?.processing ?? null),
    danger: text ? deps.detectDanger(text.processing, text.folded) : { danger: false, signal: null, policyQuestion: false },
  };
  const modeBefore = state.mode;
  const codeBefore = turn.data.lastCaseCode;
  const routed = await routeMessage(turn, deps);
  const replies = careForHurtChild(turn, believed(grownUpWords(paragraphsOnce(numbersOnce(turn, routed, modeBefore, codeBefore)), text?.processing ?? null), text?.processing ?? null, turn.lang));
  if (turn.danger.danger) log.warn({ event: "danger_signal", signal: turn.danger.signal }, "safety message shown");
  const offered = [...replies].reverse().find((r) => r.choices && r.choices.length > 0);
  // No reply (a silenced flood message) leaves the offered choices as they were, so "2" still means what the user saw.
  const lastChoices = replies.length === 0 ? turn.state.lastChoices : (offered?.choices ?? []);
  // The delivery is recorded with the state in one transaction: a crash before it means the re-delivery is handled anew.
  const transcript = TRANSCRIPT_CHANNELS.has(message.channel) ? appendTranscript(state.data as CoreData, message, state.lastChoices, replies) : {};
  const data = { ...turn.data, lastDelivery: { messageId: message.messageId, replies }, ...transcript };
  await deps.store.save({ ...turn.state, data, lastChoices, updatedAt: now }, message.messageId);
  log.info({ event: "handled", mode: turn.state.mode, kind: message.kind, replies: replies.length }, "message handled");
  return replies;
}

/**
 * In a conversation about a child (a report under way or just offered, or danger read), each piece of safety advice is given once
 * and 113/115/111 are told once (safety-once.ts): the conversation keeps what it gave. A report sent starts afresh (its receipt says
 * what to do next).
 */
function numbersOnce(turn: Turn, replies: Reply[], modeBefore: string, codeBefore: string | undefined): Reply[] {
  const about = modeBefore === "report" || turn.state.mode === "report" || turn.danger.danger || replies.some((r) => r.choices?.some((c) => c.id === "menu:report"));
  if (!about) return replies;
  const once = safetyOnce(replies, { told: turn.data.safetyTold ?? [], advice: turn.data.adviceGiven ?? [] }, turn.lang);
  if (turn.data.lastCaseCode !== codeBefore || turn.state.mode !== "report" && modeBefore === "report") {
    delete turn.data.safetyTold;
    delete turn.data.adviceGiven;
  } else {
    turn.data.safetyTold = once.given.told;
    turn.data.adviceGiven = once.given.advice;
  }
  return once.replies;
}

/**
 * A paragraph is said once in one turn (walk 48: "Có, báo ở đây là đúng..." answered the side question, then came again inside the
 * report's opening): a long paragraph a reply repeats from an earlier reply of the same turn is left out of it. The first one stays,
 * so nothing is lost; a reply left with nothing to say and nothing to choose is dropped. Questions and short lines are never touched.
 */
function paragraphsOnce(replies: Reply[]): Reply[] {
  const seen = new Set<string>();
  const out: Reply[] = [];
  for (const reply of replies) {
    const paragraphs = reply.text.split(/\n\s*\n/u);
    const kept = paragraphs.filter((p) => {
      const key = p.trim().replace(/\s+/gu, " ");
      if (key.length < 80) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (kept.length === paragraphs.length) { out.push(reply); continue; }
    const text = kept.join("\n\n").trim();
    if (!text && !(reply.choices?.length) && !(reply.links?.length)) continue;
    out.push({ ...reply, text: text || reply.text });
  }
  return out;
}

/** The safety message's line for a child reader ("Nếu bạn là trẻ em: ...", "If you are a child: ..."), up to its sentence's end. */
const IF_CHILD_LINE = /\s*(?:Nếu bạn là trẻ em|If you are a child):[^.]*\./u;

/**
 * A writer who says they are a grown-up ("Tôi là cô giáo mầm non ...", "I'm her teacher") is not told "Nếu bạn là trẻ em: ..." in the
 * safety message (walk 48: a teacher read it); the rest of it stands.
 */
function grownUpWords(replies: Reply[], text: string | null): Reply[] {
  if (!text || !replies.some((r) => IF_CHILD_LINE.test(r.text)) || !writerIsGrownUp(text) || isChildWriter(text)) return replies;
  return replies.map((r) => (IF_CHILD_LINE.test(r.text) ? { ...r, text: r.text.replace(IF_CHILD_LINE, "") } : r));
}

/** A child says they were not believed (folded): "mẹ không tin em", "không ai tin con", "nobody believes me". */
const NOT_BELIEVED = /\b(?:khong|ko|k|chang|cha|hong|hok|khum|kh)\s+(?:ai\s+)?(?:chiu\s+)?tin\s+(?:em|e|con|minh|mk|tui|chau|lời em|loi em|loi con)\b|\b(?:nobody|no one|noone)\s+believes?\s+me\b|\b(?:doesn t|does not|don t|do not|won t|didn t|did not)\s+believe\s+me\b/;
const BELIEVED: Record<Language, string> = { vi: "Cô chú tin em. Em kể ra là đúng, và em không có lỗi.", en: "We believe you. You were right to tell, and it is not your fault." };

/**
 * A child who says they were not believed ("mẹ không tin em") hears first that they are believed (walk 48: the reply said nothing of
 * it). Only in a child's conversation (the words a child writes, or replies already in the child's register).
 */
function believed(replies: Reply[], text: string | null, lang: Language): Reply[] {
  if (!text || replies.length === 0 || !NOT_BELIEVED.test(foldKey(text))) return replies;
  const childTalk = isChildWriter(text) || replies.some((r) => /[Cc]ô chú|\bem\b/u.test(r.text) && !/\bbạn\b/u.test(r.text));
  if (!childTalk || replies.some((r) => r.text.includes(BELIEVED[lang]))) return replies;
  // After the urgent numbers, when they come first; before everything else.
  const at = replies.findIndex((r) => !r.urgent);
  const i = at < 0 ? replies.length - 1 : at;
  return replies.map((r, k) => (k === i ? { ...r, text: `${BELIEVED[lang]} ${r.text}` } : r));
}

/**
 * A hurt still felt or blood told (folded): "vẫn còn đau", "đang chảy máu", "có máu", "đau lắm", "still hurts", "hurts a lot",
 * "bleeding", "there is some blood". Said not to be so ("không còn đau", "hết chảy máu", "does not hurt anymore", "no blood"): none.
 */
const HURT_NOW = /\b(?:van (?:con )?(?:dau|chay mau|ra mau|rat dau)|con dau|dang (?:chay mau|ra mau)|chay mau|ra mau|co mau|dau (?:lam|qua|du doi|kinh khung|ghe)|sung (?:to|vu|het)|still (?:hurts?|bleeding|sore)|hurts? (?:a lot|so much|really bad|badly)|bleeding|(?:some|a lot of|lots of|there is|there s|theres|with) blood|blood (?:on|coming|everywhere))\b/;
const NOT_HURT = /\b(?:(?:khong|ko|k|het|chang|hong|hok|chua)(?: (?:con|bi|co bi|he))? (?:dau|chay mau|ra mau|co mau)(?: nua)?|(?:isn t|wasn t|is not|was not|not) (?:bleeding|hurt|hurting)|(?:doesn t|does not|don t|do not|didn t|did not) (?:hurt|bleed)\w*(?: anymore| any more)?|no (?:more )?blood|not (?:bleeding|hurting)|stopped (?:bleeding|hurting))\b/g;
/**
 * The text folded, with the words that only fold like "máu" (blood) or "đau" (hurt) set apart when it is typed with diacritics (RD37):
 * "có màu đỏ" (a colour), "ở đâu", "đầu", "dầu" carry a mark of their own and are neither. A "mau" or "dau" typed with no mark in a
 * message that has some is blood or pain, as in a message with none ("chay mau mui", "van con dau lam", RD38), except "mau" after
 * a marked word that is not "chảy" or "có": "chạy mau" (run fast), "đi mau".
 */
function hurtKey(text: string): string {
  const nfc = text.normalize("NFC");
  if (!hasVietnameseDiacritics(nfc)) return foldKey(nfc);
  let before = "";
  return foldKey(nfc.replace(/[\p{L}\p{M}]+/gu, (w) => {
    const folded = foldKey(w);
    const low = w.toLowerCase();
    const marked = low !== folded;
    const prev = before;
    before = low;
    if (folded === "dau") return marked && low !== "đau" ? "xx" : w;
    if (folded !== "mau") return w;
    if (marked) return low === "máu" ? w : "xx";
    return hasVietnameseDiacritics(prev) && prev !== "chảy" && prev !== "có" ? "xx" : w;
  }));
}
const BLOOD_WORDS = /mau|blood|bleed/;
/**
 * A hurt still felt or blood told, not said after it to have stopped (RD37: "đánh em chảy máu mũi nhưng hết chảy máu rồi" is none;
 * "hết chảy máu rồi nhưng lưng vẫn còn đau lắm" still hurts): each hurt is undone only by a later "not" of its own kind (blood or pain).
 */
function hurtStillTold(text: string): boolean {
  const key = hurtKey(text);
  const stops = [...key.matchAll(NOT_HURT)].map((m) => ({ at: m.index, blood: BLOOD_WORDS.test(m[0]) }));
  const spared = key.replace(NOT_HURT, (m) => " ".repeat(m.length));
  return [...spared.matchAll(new RegExp(HURT_NOW.source, "g"))].some((m) => !stops.some((s) => s.at > m.index && s.blood === BLOOD_WORDS.test(m[0])));
}
const CARE_FOR_HURT: Record<Language, string> = {
  vi: "Nếu em vẫn còn đau hoặc bị chảy máu: nhờ một người lớn em tin đưa em tới trạm y tế hoặc bác sĩ ngay hôm nay. Máu chảy nhiều, đau dữ dội hoặc thấy choáng: gọi 115 (cấp cứu).",
  en: "If you still hurt or are bleeding: ask an adult you trust to take you to a health station or a doctor today. If the bleeding is heavy, the pain is very bad or you feel faint: call 115 (ambulance).",
};

/**
 * A child who says they still hurt or bleed ("my back still hurts and there is some blood") is told where to get care, once in a
 * conversation (issue 13: no word of 115 nor of a health station was said), after the urgent numbers, before the question.
 */
function careForHurtChild(turn: Turn, replies: Reply[]): Reply[] {
  const text = turn.text?.processing ?? null;
  if (!text || replies.length === 0 || turn.data.careAdvised || !isChildWriter(text)) return replies;
  if (!hurtStillTold(text)) return replies;
  if (replies.some((r) => /trạm y tế|health station|bác sĩ|doctor/iu.test(r.text))) return replies;
  turn.data.careAdvised = true;
  const care: Reply = { text: CARE_FOR_HURT[turn.lang] };
  const at = replies.findIndex((r) => !r.urgent);
  const i = at < 0 ? replies.length : at;
  return [...replies.slice(0, i), care, ...replies.slice(i)];
}

/** Channels whose conversation is kept for a reloaded page: the web chat only (Telegram and Zalo keep theirs in the app). */
const TRANSCRIPT_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(["web"]);
const TRANSCRIPT_MAX_ENTRIES = 120;
const TRANSCRIPT_MAX_CHARS = 60_000;

/**
 * The transcript with this message and its replies added (each line marked with the message's
 * id), the oldest lines dropped past the bounds and counted, so every line keeps its number.
 */
function appendTranscript(data: CoreData, message: InboundMessage, offered: Choice[], replies: Reply[]): Pick<CoreData, "transcript" | "transcriptBase"> {
  // A pressed button is shown by its label, as the page showed it.
  const said = message.text ?? offered.find((c) => c.id === message.choice)?.label ?? message.choice;
  const mid = message.messageId;
  const next: TranscriptEntry[] = [...(data.transcript ?? []), ...(said ? [{ from: "user" as const, text: said, mid }] : []), ...replies.map((reply) => ({ from: "bot" as const, reply, mid }))];
  const size = (e: TranscriptEntry) => (e.from === "user" ? e.text.length : e.reply.text.length + 200);
  let total = next.reduce((sum, e) => sum + size(e), 0);
  let base = data.transcriptBase ?? 0;
  while (next.length > 1 && (next.length > TRANSCRIPT_MAX_ENTRIES || total > TRANSCRIPT_MAX_CHARS)) {
    total -= size(next.shift() as TranscriptEntry);
    base += 1;
  }
  return { transcript: next, transcriptBase: base };
}

function freshState(message: InboundMessage, now: Date): ConversationState {
  return { channel: message.channel, chatId: message.chatId, language: null, mode: "menu", data: {}, lastChoices: [], version: 0, updatedAt: now };
}

/**
 * The language of this turn: the user's explicit /lang choice wins; otherwise a message of a few
 * words decides (and is remembered for short replies such as "2"); otherwise what this chat
 * used before, then Vietnamese.
 */
async function turnLanguage(message: InboundMessage, state: ConversationState, deps: RouterDeps, text: string | null): Promise<Language> {
  const chosen = await deps.store.userLanguage(message.channel, message.userId);
  if (chosen) return chosen;
  const report = (state.data as CoreData).report;
  if (state.mode === "report" && report) return report.draft.language;
  const words = text && !text.startsWith("/") ? (text.match(/\p{L}+/gu) ?? []) : [];
  if (words.length >= 3) {
    state.language = deps.detectLanguage(text ?? "");
    return state.language;
  }
  // "help", "pls help": a first line of one or two English words is answered in English (walk 52); a chat already in a language keeps it.
  if (!state.language && words.length > 0 && shortLineIsEnglish(text ?? "")) {
    state.language = "en";
    return state.language;
  }
  // Vietnamese first: a device set to English (common on Vietnamese phones) does not switch the bot; typing English or /lang en does.
  return state.language ?? "vi";
}

async function safeLanguage(deps: ConversationCoreDeps, message: InboundMessage): Promise<Language> {
  try {
    return (await deps.store.userLanguage(message.channel, message.userId)) ?? "vi";
  } catch {
    return "vi";
  }
}
