/**
 * Renders a Reply for Zalo, which has no buttons and no safe formatting: plain text, choices
 * as a numbered menu ending "Trả lời 1, 2 hoặc 3." (the core maps a bare "2" to the second
 * offered choice), links as visible text ("📞 Gọi 111"), split at Zalo's 2000 characters.
 */
import type { Choice, Link, Reply } from "../../conversation/conversation-types.ts";
import { splitMessage } from "../message-splitter.ts";
import { ZALO_TEXT_LIMIT } from "./zalo-types.ts";

/** The messages to send for one reply, in order; none when the reply is empty. */
export function renderZaloReply(reply: Reply): string[] {
  const text = reply.text.trim();
  const sections = [text, numberedMenu(reply.choices ?? [], !/trả lời 1|reply 1/i.test(text)), linkLines(reply.links ?? [])].filter((s) => s !== "");
  const body = sections.join("\n\n");
  return splitMessage(reply.urgent && body !== "" ? `⚠️ ${body}` : body, ZALO_TEXT_LIMIT);
}

/** The numbered choices, with the "Trả lời 1, 2 hoặc 3." hint unless the core's text already says it. */
function numberedMenu(choices: Choice[], withHint: boolean): string {
  if (choices.length === 0) return "";
  const lines = choices.map((choice, index) => `${index + 1}. ${choice.label.trim()}`);
  return (withHint ? [...lines, answerHint(choices.length)] : lines).join("\n");
}

/** "Trả lời 1.", "Trả lời 1 hoặc 2.", "Trả lời 1, 2 hoặc 3." */
export function answerHint(count: number): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  if (numbers.length === 1) return "Trả lời 1.";
  return `Trả lời ${numbers.slice(0, -1).join(", ")} hoặc ${numbers.at(-1)}.`;
}

function linkLines(links: Link[]): string {
  return links.map(linkLine).join("\n");
}

function linkLine(link: Link): string {
  if (link.url.startsWith("tel:")) {
    const number = link.url.slice(4);
    return link.label.includes(number) ? `📞 ${link.label}` : `📞 ${link.label}: ${number}`;
  }
  return link.label.includes(link.url) ? link.label : `${link.label}: ${link.url}`;
}
