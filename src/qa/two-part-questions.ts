/**
 * Two questions in one: "Huế đặt chỉ tiêu bao nhiêu % trẻ được làm giấy khai sinh, và sở nào lo
 * việc đăng ký khai sinh?", "... tổng kết lúc nào và báo cáo cho ai?". The whole question is
 * answered as usual; the second part is then answered on its own, read as a follow-up of the
 * first (same province and plan), and what it adds (new quotes) joins the answer.
 */
import type { Answer } from "./answer-types.ts";
import { foldWords } from "../core/vietnamese-text.ts";

/** A word that makes a clause a question. */
const ASKS_RE = /\b(bao nhieu|may|nao|gi|ai|khi nao|luc nao|bao gio|o dau|how many|how much|which|who|whom|what|when|where)\b/;
/** Where the second question starts: "..., và", "... và", "..., and", "..., còn". */
const ENDS_ASKING_RE = new RegExp(`(?:${ASKS_RE.source})$`);
const JOIN_RE = /(,\s*(?:và|va|and|còn|con)|\s(?:và|va|and))\s+/giu;
const MIN_WORDS = 3;
/** A yes/no question: "Is the labour department still ...?", "Kế hoạch 26 có còn hiệu lực không?". */
const YES_NO_RE = /^(is|are|was|were|do|does|did|can|could|should|must|has|have|will|would)\b|\b(khong|chua|phai khong|dung khong|co phai|duoc khong)$/;

export function secondQuestion(raw: string): { first: string; second: string; marked?: boolean } | null {
  const text = raw.normalize("NFC").trim();
  // "Tỉnh nào giao Công an ...? Trong kế hoạch 2130, ai chủ trì?": two questions, each ended by its own mark.
  const marked = /^([^?]+\?)\s+(\S.*)$/su.exec(text);
  if (marked) {
    const f1 = foldWords(marked[1]!).join(" "), f2 = foldWords(marked[2]!).join(" ");
    if (f1.split(" ").length >= MIN_WORDS && f2.split(" ").length >= 2 && (ASKS_RE.test(f1) || YES_NO_RE.test(f1)) && ASKS_RE.test(f2)) return { first: marked[1]!, second: marked[2]!, marked: true };
  }
  for (const m of text.matchAll(JOIN_RE)) {
    const first = text.slice(0, m.index).trim();
    const second = text.slice(m.index! + m[0].length).trim();
    // "Thương binh và Xã hội", "Kế hoạch và Đầu tư": a capital after "và" continues a name; after ", và" a new clause
    // may open on a place ("..., và Huế đặt chỉ tiêu bao nhiêu?").
    if (/^\p{Lu}/u.test(second) && !m[0].includes(",")) continue;
    const f1 = foldWords(first), f2 = foldWords(second);
    if (f1.length < MIN_WORDS || f2.length < 2) continue;
    if (!ASKS_RE.test(f1.join(" ")) || !ASKS_RE.test(f2.join(" "))) continue;
    // A bare "và" also joins a list ("theo dõi và báo cáo"): there the first question must be complete, ending on its question word.
    if (!m[0].includes(",") && !ENDS_ASKING_RE.test(f1.join(" "))) continue;
    // "Em là cán bộ Sở LĐ-TB&XH cũ ở Đắk Lắk. Kế hoạch 2041 yêu cầu ...": a sentence about the asker is not the question.
    const sentences = first.split(/(?<=[.!])\s+(?=\p{Lu})/u);
    const asked = sentences.filter((x) => !/^(em|tôi|toi|mình|minh|i)\s+(là|la|làm|lam|đang|dang|am|work)(?=\s|$)/iu.test(x) && !/^i['’]m\b/iu.test(x)).join(" ");
    return { first: asked.length > 0 ? asked : first, second };
  }
  return null;
}

/** `b`'s quotes that `a` does not already hold join `a`; `a` is unchanged when `b` adds none or found nothing. */
export function withSecondAnswer(a: Answer, b: Answer): Answer {
  if (!a.found || !b.found || b.clarify) return a;
  const held = new Set(a.citations.map((c) => c.quote));
  const added = b.citations.filter((c) => !held.has(c.quote) && !a.answer.includes(c.quote));
  if (added.length === 0) return a;
  const seenLines = new Set(a.answer.split("\n"));
  // A line of `b` whose quotes `a` already shows says nothing new ("— 2509/KH-UBND (Gia Lai), section IV.6: “...”" again).
  const quoted = (l: string) => [...l.matchAll(/“([^”]*?)(?: …)?”/gu)].map((m) => m[1]!).filter((x) => x.length >= 20);
  const repeats = (l: string) => { const qs = quoted(l); return qs.length > 0 && qs.every((x) => a.answer.includes(x)); };
  const lines = b.answer.split("\n").filter((l) => !seenLines.has(l) && !repeats(l));
  // One body, whichever of the plan's words each part shows beside its name ("Ủy ban nhân dân cấp huyện (UBND các huyện, ...)").
  const key = (x: Answer["agencies"][number]) => `${x.name.replace(/ \(.*\)$/u, "")}|${x.role}`;
  const names = new Set(a.agencies.map(key));
  return {
    ...a,
    answer: [a.answer, ...lines].join("\n"),
    citations: [...a.citations, ...added],
    agencies: [...a.agencies, ...b.agencies.filter((x) => !names.has(key(x)))],
    notes: [...new Set([...a.notes, ...b.notes])],
  };
}

/** "việc đó", "việc này", "it", "that": the second part points back at what the first asks about. */
const POINTS_BACK_RE = /\s*(?<![\p{L}\d])(việc đó|việc này|viec do|viec nay|điều đó|dieu do|chỉ tiêu đó|chỉ tiêu này|mục tiêu đó|it|that|this)(?![\p{L}\d])\s*/iu;
/**
 * Question words of the first part, dropped when its words stand in for "việc đó"; in English with the measure they ask for
 * ("what percentage of newborns ..., and who pushes families to do it?": the topic is the newborns' registration, not a percentage).
 */
const QUESTION_WORDS_RE = /(?<![\p{L}\d])(là bao nhiêu|bao nhiêu|la bao nhieu|bao nhieu|mấy|nào|gì|(?:what|which) (?:percentage|percent|share|proportion|rate|number)(?: of)?|what|which|how many|how much)(?![\p{L}\d])/giu;

/** "..., và sở nào phụ trách việc đó?": "việc đó" read as the first part's own words. */
/** "... ai chủ trì?" asking of no task: the task is the one the first question names, put after it. */
export function withTopicOf(second: string, first: string): string {
  const topic = first.replace(QUESTION_WORDS_RE, " ").replace(/[?.!]+/g, " ").replace(/\s+/g, " ").trim();
  return `${second.trim().replace(/[?.!\s]+$/u, "")} ${topic}?`;
}

export function pointedBack(second: string, first: string): string {
  const m = POINTS_BACK_RE.exec(second);
  if (!m) return second;
  const topic = first.replace(QUESTION_WORDS_RE, " ").replace(/[?.!]+/g, " ").replace(/\s+/g, " ").trim();
  return `${second.slice(0, m.index)} ${topic} ${second.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
}

const GENERIC_PAIRS = new Set(["tre em", "ke hoach", "bao ve", "cham soc", "thuc hien", "giao duc", "cong tac", "nhiem vu", "so nao", "co quan"]);
const pairsOf = (text: string): Set<string> => {
  const w = foldWords(text);
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`).filter((p) => !GENERIC_PAIRS.has(p)));
};

/**
 * A second part that points back ("sở nào chỉ đạo việc đó?") is answered only by a passage about the
 * first part's topic: one sharing a pair of words with it ("khai sinh"), not any duty that "chỉ đạo".
 */
export function keepsTopic(b: Answer, first: string, firstTerms: readonly string[] = []): boolean {
  // An English first part is matched by the plans' words its terms were read as ("birth" "registered": "khai sinh", "dang ky").
  const topic = new Set([...pairsOf(first), ...pairsOf(firstTerms.join(" "))]);
  return b.citations.some((c) => [...pairsOf(c.quote)].some((p) => topic.has(p)));
}
