/**
 * Topics none of the plans covers. A question about school buses, traffic or food safety shares its other words
 * (school, kindergarten, safety) with passages that are about something else; ranked on those words alone, it would be
 * answered with them. A word naming a topic on its own (TOPIC_WORDS of the glossary: "xe", "giao thông", "thực phẩm",
 * typed in Vietnamese or rendered from English) that no plan's text uses says the plans do not cover the topic: the answer
 * is "not in the plans", with the closest passage shown only as context. A plan added that uses the word is answered from.
 */
import { foldKey, hasVietnameseDiacritics } from "../core/vietnamese-text.ts";
import type { Answer, Intent } from "./answer-types.ts";
import { HOTLINE_EN, HOTLINE_VI, tr } from "./answer-composer.ts";
import { DETAIL_WORDS, TOPIC_WORDS } from "./english-glossary.ts";
import type { PassageIndex } from "./passage-index.ts";
import { translateTerms, type ParsedQuestion } from "./question-parser.ts";

/** Questions about a plan's structure, basis or a numbered row: their words are not the topic a passage must hold. */
const STRUCTURE_INTENTS: ReadonlySet<Intent> = new Set(["plan_details", "legal_basis", "recommendation", "count", "compare", "off_topic"]);

/** The topic words (folded, one word or a two-word compound) of `terms` that name a topic and that no plan uses. */
export type AbsentTopicFinder = (terms: string[]) => string[];

/** `index`: the passage index over every plan's sentences, headings and table rows (its words, and its word pairs by weight). */
export function createAbsentTopicFinder(index: Pick<PassageIndex, "vocabulary" | "idf">): AbsentTopicFinder {
  const words = index.vocabulary;
  const pairs = { has: (pair: string) => index.idf(pair) > 0 };
  const lexWords = new Set([...TOPIC_WORDS].filter((t) => !t.includes(" ")));
  const lexPairs = new Set([...TOPIC_WORDS].filter((t) => t.split(" ").length === 2));
  // "thư điện tử" (email): three words, absent when no plan writes its two pairs.
  const lexTriples = new Set([...TOPIC_WORDS].filter((t) => t.split(" ").length === 3));
  return (terms) => {
    const out: string[] = [];
    terms.forEach((t, i) => {
      if (lexWords.has(t) && !words.has(t)) out.push(t);
      const pair = i + 1 < terms.length ? `${t} ${terms[i + 1]}` : null;
      if (pair && lexPairs.has(pair) && !pairs.has(pair)) out.push(pair);
      const triple = i + 2 < terms.length ? `${pair} ${terms[i + 2]}` : null;
      if (triple && lexTriples.has(triple) && !(pairs.has(`${t} ${terms[i + 1]}`) && pairs.has(`${terms[i + 1]} ${terms[i + 2]}`))) out.push(triple);
    });
    return [...new Set(out)];
  };
}

/** The topic words as Vietnamese writes them, for a question typed without marks. */
const TOPIC_WRITTEN: Readonly<Record<string, string>> = {
  xe: "xe", "xe buyt": "xe buýt", "giao thong": "giao thông", "dua don": "đưa đón", "thuc pham": "thực phẩm", bep: "bếp", "tro choi": "trò chơi",
  "cap phep": "cấp phép", "giay phep": "giấy phép", "dia chi": "địa chỉ", "thu dien tu": "thư điện tử", "hop thu": "hộp thư",
  "bien che": "biên chế", "dinh muc": "định mức", "tien luong": "tiền lương", "phu cap": "phụ cấp", "thu lao": "thù lao",
};

/** A question word ("ai", "sở nào", "who", "which") with words to ask about: a part of the question the plans may answer. */
const ASKS_RE = /\b(ai|nao|gi|dau|the nao|bao nhieu|who|whom|which|what|where|how)\b/;

/**
 * "gia lai: cơ sở chăm sóc nuôi dưỡng trẻ em do ai kiểm tra quản lý, có cần cấp phép không": the topic no plan uses stands in a
 * part of its own, and another part asks something else; that part is answered, and the topic said to be absent.
 */
function askedApart(q: ParsedQuestion, absent: string[]): boolean {
  const parts = q.raw.normalize("NFC").split(/[,;?!]|\s(?:còn|con|và có|va co|and|but|also)\s/iu).map((x) => ` ${foldKey(x)} `);
  const said = [...absent, ...writtenAs(q, absent).map((w) => foldKey(w))];
  const holds = (part: string) => said.some((t) => part.includes(` ${t} `));
  const withTopic = parts.filter(holds);
  if (withTopic.length === 0) return false;
  // "Phụ cấp cho cộng tác viên ở thôn, làng ... là bao nhiêu?": an amount asked beside pay is the pay's amount, not a part of its own.
  const ofAmount = absent.every((t) => AMOUNT_TOPICS.has(t));
  const asks = (part: string) => ASKS_RE.test(ofAmount ? part.replace(AMOUNT_ASKED_RE, " ") : part);
  return parts.some((part) => !holds(part) && asks(part) && part.trim().split(" ").length >= 4);
}
/** Topics that are an amount (pay): "bao nhiêu", "how much" asked anywhere asks theirs. */
const AMOUNT_TOPICS: ReadonlySet<string> = new Set(["tien luong", "phu cap", "thu lao"]);
const AMOUNT_ASKED_RE = /\b(bao nhieu|how much|how many)\b/g;

/** The question's own words for an absent topic: the English words rendered as it, or the Vietnamese as typed. */
function writtenAs(q: ParsedQuestion, absent: string[]): string[] {
  const tokens = q.raw.normalize("NFC").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const out: string[] = [];
  for (const topic of absent) {
    const parts = topic.split(" ");
    if (q.language === "en") {
      const rendersIt = (x: string) => { const said = translateTerms([x.toLowerCase()], "en").join(" "); return said.length > 0 && (said.includes(topic) || parts.includes(said)); };
      const hit = tokens.filter((t) => t.split("-").some(rendersIt));
      out.push(hit.length > 0 ? [...new Set(hit)].join(" ") : topic);
      continue;
    }
    const folded = tokens.map((t) => foldKey(t));
    const at = folded.findIndex((_, i) => parts.every((p, j) => folded[i + j] === p));
    const typed = at >= 0 ? tokens.slice(at, at + parts.length).join(" ") : topic;
    // Typed without marks ("cap phep"): shown as Vietnamese writes it ("cấp phép").
    out.push(hasVietnameseDiacritics(typed) ? typed : (TOPIC_WRITTEN[topic] ?? typed));
  }
  return [...new Set(out)];
}

/**
 * A found answer to a question naming a topic no plan uses becomes "the plans do not mention it", its first quote kept as
 * context only. Questions about a plan's structure, its basis, a numbered row or a document are left as they are.
 */
export function withAbsentTopic(q: ParsedQuestion, a: Answer, absent: string[], coverage: string, refsHeld = true): Answer {
  // A document number the library does not hold ("Kế hoạch 61/KH-UBND của Gia Lai về cấp phép ...") does not make the topic covered.
  // A contact detail or staffing quota (DETAIL_WORDS) is given by no plan, whichever plan is named and however the question is put.
  const detail = absent.some((t) => DETAIL_WORDS.has(t));
  if (!a.found || absent.length === 0 || (!detail && (STRUCTURE_INTENTS.has(q.intent) || q.recommendationNumber || (q.documentRefs.length > 0 && refsHeld)))) return a;
  const written = writtenAs(q, absent).map((w) => `“${w}”`).join(", ");
  // "Trẻ bị tai nạn giao thông thì Sở Y tế phải làm gì?": what the plans give the body named still answers; it is said first
  // that they do not name the topic.
  // "Địa chỉ email của Sở LĐTBXH là gì?": a body's contact detail is asked, not its duties.
  if (q.intent === "duties" && q.agencies.length > 0 && !detail) {
    return { ...a, answer: `${tr(q.language, `Các kế hoạch trong kho không nhắc đến ${written}. Nhiệm vụ kế hoạch giao cho cơ quan được hỏi:`,
      `The plans in the knowledge base do not mention ${written}. What they give the body asked about:`)}\n${a.answer}` };
  }
  if (askedApart(q, absent)) {
    return { ...a, answer: `${tr(q.language, `Các kế hoạch trong kho không nói về ${written}. Phần câu hỏi các kế hoạch trả lời:`,
      `The plans in the knowledge base say nothing of ${written}. The part of the question they answer:`)}\n${a.answer}` };
  }
  const first = a.citations[0];
  const lines = [tr(q.language, `Không kế hoạch nào trong kho nhắc đến ${written}; các kế hoạch không nói về việc này.`,
    `None of the plans in the knowledge base mentions ${written}; they do not cover this.`)];
  if (first) {
    lines.push(tr(q.language, `Đoạn gần nhất (chỉ để tham khảo, không nói về ${written}): ${first.document}, mục ${first.section}: “${first.quote}”`,
      `The closest passage (context only; it is not about ${written}): ${first.document}, section ${first.section}: “${first.quote}”`));
  }
  const { counts: _counts, ...rest } = a;
  return {
    ...rest, answer: [...lines, coverage, tr(q.language, HOTLINE_VI, HOTLINE_EN)].join("\n"), found: false, agencies: [], citations: first ? [first] : [],
    successors: [], planExpired: false, confidence: 0,
  };
}
