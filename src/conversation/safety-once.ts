/**
 * Safety advice is given once in a conversation about a child (DESIGN.md, reporter conversation): the conversation keeps which
 * advice blocks it gave (the danger advice, a child's opening, the advice on what to do or on worry, the footer), by name, and a
 * block given before is not given again; only the numbers of a danger now are said again, in one short line, each time danger is
 * told. A block given for the first time leaves out the sentences that only repeat numbers already told (113, 115, 111), so each
 * number is told once too; the danger advice itself is whole the first time. Never thinned: the questions, the summary, a
 * receipt with its case code, first aid.
 */
import type { Language, Reply } from "./conversation-types.ts";
import { TEXT } from "./conversation-texts.ts";
import { T, fill, otherChildWords } from "../intake/report-flow/report-flow-texts.ts";
import { SIDE_ANSWERS } from "../intake/report-flow/side-questions.ts";
import { CALLED_TEXTS } from "../intake/report-flow/called-already.ts";

type Texts = Partial<Record<"vi" | "en" | "viChild" | "enChild", string>>;

/** The advice the chat gives unasked (danger advice, openings, a child's footer, advice on what to do or on worry), by name. */
const BLOCKS: ReadonlyArray<[string, Texts]> = [
  ["emergencyNow", T.emergencyNow], ["emergencyTold", T.emergencyTold], ["emergencyLeftWithSibling", T.emergencyLeftWithSibling], ["emergencySick", T.emergencySick], ["risenByCorrection", T.risenByCorrection], ["emergencySelfHarmOther", T.emergencySelfHarmOther], ["emergencyChildrenAlone", T.emergencyChildrenAlone],
  ["safety", TEXT.safety], ["safetyChild", TEXT.safetyChild], ["safetyFriendChild", TEXT.safetyFriendChild], ["otherSelfHarmUrgent", TEXT.otherSelfHarmUrgent], ["otherSelfHarmUrgentChild", TEXT.otherSelfHarmUrgentChild],
  ["intro", T.intro], ["itWasMe", T.itWasMe], ["introStory", T.introStory], ["introUnasked", T.introUnasked], ["introAdvised", T.introAdvised], ["childFooter", T.childFooter],
  ["maybeReportChild", TEXT.maybeReportChild], ["offerAgainChild", TEXT.offerAgainChild], ["inviteChild", TEXT.inviteChild], ["inviteAdult", TEXT.inviteAdult],
  ["worry", SIDE_ANSWERS.worry], ["act", SIDE_ANSWERS.act], ["actForOther", SIDE_ANSWERS.actForOther],
  ["safetyAdult", TEXT.safetyAdult], ...CALLED_TEXTS.map((t): [string, Texts] => ["emergencyCalled", t]),
];
/** The danger advice: given whole once; told again, its numbers in one short line. */
const URGENT_NAMES: ReadonlySet<string> = new Set(["emergencyCalled", "safetyAdult", "emergencyNow", "emergencyTold", "emergencyLeftWithSibling", "emergencySick", "risenByCorrection", "emergencySelfHarmOther", "emergencyChildrenAlone", "emergencyForOther", "safety", "safetyChild", "safetyFriendChild", "otherSelfHarmUrgent", "otherSelfHarmUrgentChild"]);
const URGENT = { has: (id: string): boolean => URGENT_NAMES.has(id.replace(/:child$/, "")) };

/** Blocks said to a child (the chat's own texts have no child wording of their own: their name says it). */
const TO_A_CHILD: ReadonlySet<string> = new Set(["safetyChild", "safetyFriendChild", "otherSelfHarmUrgentChild", "maybeReportChild", "offerAgainChild", "inviteChild", "emergencyForOther"]);

interface Variant { id: string; text: string; child: boolean }
/** Every wording of every block, longest first (a block's wording is never found inside a longer one's). */
const VARIANTS: readonly Variant[] = [
  ...BLOCKS.flatMap(([id, t]) => (Object.entries(t) as Array<[string, string]>).filter(([, v]) => typeof v === "string" && v.trim()).map(([k, v]) => ({ id: k.endsWith("Child") ? `${id}:child` : id, text: v, child: k.endsWith("Child") || TO_A_CHILD.has(id) }))),
  // The advice to a child telling of a friend or a sibling, as said for each of them.
  ...(["friend", "younger_brother", "younger_sister", "younger_sibling", "older_brother", "older_sister", "brother", "sister"] as const)
    .flatMap((o) => (["vi", "en"] as const).map((l) => ({ id: "emergencyForOther", text: fill(T.emergencyForOther[l], otherChildWords(o, l)), child: true }))),
].sort((a, b) => b.text.length - a.text.length);

const sentencesOf = (text: string): string[] => text.split("\n").flatMap((l) => l.split(/(?<=[.!])\s+/u)).map((x) => x.trim()).filter(Boolean);
const ADVICE_SENTENCES: ReadonlySet<string> = new Set(VARIANTS.flatMap((v) => sentencesOf(v.text)));

const NUMBER = /(?<![\d.])11[135](?!\d)/g;
/** Advice for a child hiding, which tells them to have 113 called: counts as telling 113. */
const HIDING = /đang trốn|are hiding/iu;
/** What is never thinned: first aid, the summary and what follows it, a receipt with its case code. */
const FIRST_AID = /ép chặt|press a clean cloth/iu;
const SUMMARY_HEAD = /^\s*(?:TÓM TẮT|SUMMARY|REPORT SUMMARY)/u;
const CASE_CODE = /\b[A-Z]{2}-[A-Z0-9]{6}\b/;

/** Danger told again: the numbers, at once, in one line. */
const SHORT_CALL: Record<"vi" | "en" | "viChild" | "enChild", string> = {
  vi: "Nếu chưa gọi, hãy gọi 113 ngay (trẻ bị thương: 115).",
  en: "If you have not called yet, call 113 now (a hurt child: 115).",
  viChild: "Em gọi ngay 113 nhé (bị thương thì gọi 115), hoặc 111, miễn phí.",
  enChild: "Call 113 now (if you are hurt, 115), or 111. It is free.",
};
/** A sick child's danger told again: the doctor first, no police line (walk 49). */
const SICK_CALL: Record<"vi" | "en" | "viChild" | "enChild", string> = {
  vi: "Nếu chưa gọi, hãy gọi 115 ngay hoặc đưa trẻ tới trạm y tế gần nhất.",
  en: "If you have not called yet, call 115 now or take the child to the nearest health station.",
  viChild: "Em gọi ngay 115 nhé, hoặc chạy sang gọi một người lớn ở gần.",
  enChild: "Call 115 now, or run and get an adult nearby.",
};
/** Advice given before, asked for again: said to stand, not repeated. */
const SAID_ABOVE: Record<"vi" | "en" | "viChild" | "enChild", string> = {
  vi: "Mình đã ghi lại. Lời khuyên mình gửi ở trên vẫn như vậy; nguy hiểm ngay thì gọi 113.",
  en: "Noted. The advice I gave above still stands; in danger now, call 113.",
  viChild: "Cô chú đã ghi lại. Em nhớ lời cô chú dặn ở trên nhé; nguy hiểm ngay thì gọi 113.",
  enChild: "I wrote that down. Remember what I said above; in danger now, call 113.",
};

function numbersOf(sentence: string): string[] {
  const found = [...sentence.matchAll(NUMBER)].map((m) => m[0]);
  return HIDING.test(sentence) ? [...found, "113"] : found;
}

/** One line thinned: its advice sentences that only repeat numbers already told are left out. */
function thinLine(line: string, told: ReadonlySet<string>): string {
  const sentences = line.split(/(?<=[.!])\s+/u);
  const kept = sentences.filter((s) => {
    if (s.includes("?") || !ADVICE_SENTENCES.has(s.trim())) return true;
    const nums = numbersOf(s);
    return nums.length === 0 || nums.some((n) => !told.has(n));
  });
  // A line left with no sentence of its own ("Gọi miễn phí." after its number went) is dropped whole.
  if (kept.length === sentences.length) return line;
  return kept.some((s) => /\p{L}{3,}/u.test(s) && !/^(?:⚠️\s*)?(?:Gọi miễn phí|It is free|Miễn phí)\.?$/iu.test(s.trim())) ? kept.join(" ") : "";
}

/** What the conversation has given so far: the numbers told and the advice blocks, by name. */
export interface SafetyGiven {
  told: string[];
  advice: string[];
}

/** Where each advice block of `text` is, first to last, each once. */
function blocksIn(text: string): Array<Variant & { at: number }> {
  const found: Array<Variant & { at: number }> = [];
  for (const v of VARIANTS) {
    const at = text.indexOf(v.text);
    if (at < 0 || found.some((f) => at < f.at + f.text.length && f.at < at + v.text.length)) continue;
    found.push({ ...v, at });
  }
  return found.sort((a, b) => a.at - b.at);
}

const register = (lang: Language, child: boolean) => (child ? (lang === "en" ? "enChild" : "viChild") : lang);

/**
 * The replies with advice given before left out (danger told again keeps its numbers in one line) and numbers told before
 * thinned from new advice; and what has been given, these replies included.
 */
export function safetyOnce(replies: Reply[], before: SafetyGiven, lang: Language): { replies: Reply[]; given: SafetyGiven } {
  const told = new Set(before.told);
  const advice = new Set(before.advice);
  const out: Reply[] = [];
  for (const reply of replies) {
    if (FIRST_AID.test(reply.text) || CASE_CODE.test(reply.text)) {
      out.push(reply);
      for (const b of blocksIn(reply.text)) advice.add(b.id);
      continue;
    }
    const head = reply.text.split("\n").findIndex((l) => SUMMARY_HEAD.test(l));
    const cut = head < 0 ? reply.text.length : reply.text.split("\n").slice(0, head).join("\n").length;
    const advised = reply.text.slice(0, cut);
    const { text, changed, repeated, child, dangerAgain, sick } = withoutRepeats(advised, advice, told);
    const rest = reply.text.slice(cut);
    // Danger told again: its numbers at once, whatever else the reply says.
    const call = reply.urgent && dangerAgain && !numbersOf(text).includes("113") ? [(sick ? SICK_CALL : SHORT_CALL)[register(lang, child)]] : [];
    if (!changed && call.length === 0) {
      out.push(reply);
      continue;
    }
    // A sentence the short call already says ("It is free.") is not said again right after it (walk 53: "It is free.\nIt is free.").
    const inCall = new Set(call.flatMap(sentencesOf));
    const unsaid = inCall.size === 0 ? text : text.split("\n").map((l) => l.split(/(?<=[.!])\s+/u).filter((x) => !inCall.has(x.trim())).join(" ")).filter((l) => l.trim() !== "").join("\n");
    const kept = [...call, unsaid, rest.replace(/^\n/, "")].filter((part) => part.trim() !== "").join("\n");
    if (kept === reply.text) {
      out.push(reply);
      continue;
    }
    if (kept.trim() === "" && !reply.choices?.length) {
      // Advice given before, asked for again (a second "what should I do?"): said to stand, once.
      if (repeated && !out.some((r) => r.text === SAID_ABOVE[register(lang, child)])) out.push({ ...reply, text: SAID_ABOVE[register(lang, child)] });
      continue;
    }
    out.push({ ...reply, text: kept.trim() === "" ? reply.text : kept });
  }
  return { replies: out, given: { told: [...told], advice: [...advice] } };
}

/** The text with its advice blocks given before left out and its new blocks thinned of numbers told; what it left out. */
function withoutRepeats(text: string, advice: Set<string>, told: Set<string>): { text: string; changed: boolean; repeated: boolean; child: boolean; dangerAgain: boolean; sick: boolean } {
  const pieces: string[] = [];
  let from = 0;
  let repeated = false;
  let child = false;
  let dangerAgain = false;
  let sick = false;
  // Lines outside the blocks (a sentence of advice inside other words) are thinned of numbers told, as the blocks are.
  const thinned = (part: string) => part.split("\n").map((l) => (l.trim() === "" ? l : thinLine(l, told) || "\u0000")).filter((l) => l !== "\u0000").join("\n");
  for (const block of blocksIn(text)) {
    pieces.push(thinned(text.slice(from, block.at)));
    from = block.at + block.text.length;
    child ||= block.child;
    const urgent = URGENT.has(block.id);
    const urgentBefore = [...advice].some((id) => URGENT.has(id));
    if (advice.has(block.id)) {
      repeated = true;
      dangerAgain ||= urgent;
      sick ||= block.id.startsWith("emergencySick");
      continue;
    }
    // Danger advice is whole the first time danger is told; another block of it later keeps its own advice, its numbers said once.
    const whole = urgent && !urgentBefore;
    dangerAgain ||= urgent && urgentBefore;
    pieces.push(whole ? block.text : thinned(block.text));
    advice.add(block.id);
    for (const n of numbersOf(block.text)) told.add(n);
  }
  pieces.push(thinned(text.slice(from)));
  const out = pieces.join("").split("\n").filter((l, i, all) => l.trim() !== "" || (i > 0 && i < all.length - 1 && all[i - 1]!.trim() !== "")).join("\n").trim();
  for (const n of numbersOf(text)) told.add(n);
  return { text: out, changed: out !== text.trim(), repeated, child, dangerAgain, sick };
}
