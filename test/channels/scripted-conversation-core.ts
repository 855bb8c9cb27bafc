/**
 * A small ConversationCore for channel tests: it keeps the contract the real core keeps
 * (a messageId seen before gets no replies) and answers from a fixed script, so channel tests
 * exercise translation, ordering and delivery without the knowledge base or the database.
 *
 * Script: "/start" or "menu" -> a menu with three choices and a tel:111 link; choice "ask" ->
 * a question prompt; "sleep <ms> <tag>" -> waits, then echoes the tag; "long <n>" -> n
 * characters; "code <n>" -> a case code, n characters more and three choices (taller than a phone's
 * screen for a large n); "boom" -> throws; "danger" -> an urgent safety reply; "two" -> two replies;
 * other kinds -> "Đã nhận <kind>"; anything else -> "Bạn nói: <text>".
 */
import type { ConversationCore, InboundMessage, Reply } from "../../src/conversation/conversation-types.ts";

export interface ScriptedCore extends ConversationCore {
  /** Every message the core was asked to handle, duplicates included. */
  seen: InboundMessage[];
  /** Messages it answered (not duplicates). */
  answered: InboundMessage[];
}

export const MENU_REPLY: Reply = {
  text: "Chào bạn! Bạn cần gì?",
  choices: [
    { id: "ask", label: "Hỏi về trách nhiệm cơ quan" },
    { id: "report", label: "Báo tin trẻ em bị xâm hại" },
    { id: "call111", label: "Gọi 111" },
  ],
  links: [{ label: "Gọi 111", url: "tel:111" }, { label: "Cổng thông tin", url: "https://example.gov.vn/tre-em" }],
};

/** The choices under a case code, as the real flow offers them. */
export const CODE_CHOICES = [
  { id: "add_info", label: "Gửi thêm thông tin" },
  { id: "status", label: "Xem tình trạng" },
  { id: "menu", label: "Về menu" },
];

export function createScriptedCore(): ScriptedCore {
  const handled = new Map<string, Reply[]>();
  const core: ScriptedCore = {
    seen: [],
    answered: [],
    async handle(message) {
      core.seen.push(message);
      const key = `${message.channel}:${message.chatId}:${message.messageId}`;
      if (handled.has(key)) return [];
      handled.set(key, []);
      core.answered.push(message);
      const replies = await script(message);
      handled.set(key, replies);
      return replies;
    },
    async replay(message) {
      return handled.get(`${message.channel}:${message.chatId}:${message.messageId}`) ?? null;
    },
  };
  return core;
}

async function script(message: InboundMessage): Promise<Reply[]> {
  if (message.kind === "choice") return message.choice === "ask" ? [{ text: "Bạn muốn hỏi về cơ quan nào?" }] : [{ text: `Bạn chọn: ${message.choice}` }];
  if (message.kind !== "text") return [{ text: `Đã nhận ${message.kind}${message.text ? `: ${message.text}` : ""}` }];
  const text = message.text ?? "";
  if (text === "/start" || text === "menu") return [MENU_REPLY];
  const sleep = /^sleep (\d+) (.+)$/.exec(text);
  if (sleep) {
    await new Promise((resolve) => setTimeout(resolve, Number(sleep[1])));
    return [{ text: `xong ${sleep[2]}` }];
  }
  const long = /^long (\d+)$/.exec(text);
  if (long) return [{ text: longText(Number(long[1])) }];
  const code = /^code (\d+)$/.exec(text);
  if (code) return [{ text: `Đã gửi. Mã báo tin của bạn: TE-7K3M9Q\n${longText(Number(code[1]))}`, choices: CODE_CHOICES }];
  if (text === "boom") throw new Error("scripted core failure");
  if (text === "danger") return [{ text: "Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay 111 hoặc 113.", urgent: true, links: [{ label: "Gọi 111", url: "tel:111" }] }, { text: "Bạn có thể kể thêm?" }];
  if (text === "two") return [{ text: "một" }, { text: "hai" }];
  return [{ text: `Bạn nói: ${text}` }];
}

/** Sentences of Vietnamese text, `n` characters in all. */
export function longText(n: number): string {
  const sentence = "Ủy ban nhân dân xã chịu trách nhiệm bảo vệ trẻ em trên địa bàn. ";
  return sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
}
