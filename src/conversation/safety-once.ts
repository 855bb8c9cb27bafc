/**
 * The emergency numbers are given once in a conversation about a child (DESIGN.md, reporter conversation): a sentence that
 * tells a number already told (113, 115, 111) is left out of later advice, wherever that advice comes from (the danger
 * reading, the reporter flow's opening, a side answer, a child's footer). Within one reply every sentence stays, so each
 * block reads whole the first time. Never left out: the questions, the summary, the receipt with its code, first aid.
 * A repeated urgent call (the reporter answers "yes, in danger now") keeps one short line instead of the block.
 */
import type { Language, Reply } from "./conversation-types.ts";
import { TEXT } from "./conversation-texts.ts";
import { T, fill, otherChildWords } from "../intake/report-flow/report-flow-texts.ts";
import { SIDE_ANSWERS } from "../intake/report-flow/side-questions.ts";

/** The advice the chat gives unasked (openings, danger advice, a child's footer and comfort): only its sentences are thinned. */
const ADVICE = [
  T.emergencyNow, T.emergencyTold, T.intro, T.introStory, T.introUnasked, T.introAdvised, T.childFooter, T.risenByCorrection, T.emergencySelfHarmOther,
  TEXT.safety, TEXT.safetyChild, TEXT.safetyFriendChild, TEXT.otherSelfHarmUrgent, TEXT.otherSelfHarmUrgentChild,
  TEXT.maybeReportChild, TEXT.offerAgainChild, TEXT.inviteChild, TEXT.inviteAdult, SIDE_ANSWERS.worry, SIDE_ANSWERS.act, SIDE_ANSWERS.actForOther,
];
/** The advice to a child telling of a friend or a sibling, as said for each of them. */
const FOR_OTHER: string[] = (["friend", "younger_brother", "younger_sister", "younger_sibling", "older_brother", "older_sister", "brother", "sister"] as const)
  .flatMap((o) => (["vi", "en"] as const).map((l) => fill(T.emergencyForOther[l], otherChildWords(o, l))));
const sentencesOf = (text: string): string[] => text.split("\n").flatMap((l) => l.split(/(?<=[.!])\s+/u)).map((x) => x.trim()).filter(Boolean);
const ADVICE_SENTENCES: ReadonlySet<string> = new Set([...ADVICE.flatMap((t) => Object.values(t).filter((v): v is string => typeof v === "string")), ...FOR_OTHER].flatMap(sentencesOf));

const NUMBER = /(?<![\d.])11[135](?!\d)/g;
/** Advice for a child hiding, which tells them to have 113 called: counts as telling 113. */
const HIDING = /đang trốn|are hiding/iu;
/** What is never thinned: first aid, the summary and what follows it, a receipt with its case code. */
const FIRST_AID = /ép chặt|press a clean cloth/iu;
const SUMMARY_HEAD = /^\s*(?:TÓM TẮT|SUMMARY|REPORT SUMMARY)/u;
const CASE_CODE = /\b[A-Z]{2}-[A-Z0-9]{6}\b/;

const SHORT_CALL: Record<Language, string> = {
  vi: "Nếu chưa gọi, hãy gọi 113 ngay (trẻ bị thương: 115).",
  en: "If you have not called yet, call 113 now (a hurt child: 115).",
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

/** The replies with repeated numbers left out, and the numbers told so far (including these replies'). */
export function safetyOnce(replies: Reply[], toldBefore: readonly string[], lang: Language): { replies: Reply[]; told: string[] } {
  const told = new Set(toldBefore);
  const earlier = new Set(toldBefore);
  const out: Reply[] = [];
  for (const reply of replies) {
    if (FIRST_AID.test(reply.text) || CASE_CODE.test(reply.text)) {
      out.push(reply);
      continue;
    }
    const lines = reply.text.split("\n");
    const head = lines.findIndex((l) => SUMMARY_HEAD.test(l));
    const upto = head < 0 ? lines.length : head;
    const thinned = lines.slice(0, upto).map((l) => thinLine(l, told));
    const changed = thinned.some((l, i) => l !== lines[i]);
    for (const l of lines.slice(0, upto)) for (const n of numbersOf(l)) told.add(n);
    if (!changed) {
      out.push(reply);
      continue;
    }
    const kept = [...thinned.filter((l) => l.trim() !== ""), ...lines.slice(upto)];
    // A repeated urgent call, told in an earlier message and not yet in this one: one short line stands for it.
    const short = reply.urgent && earlier.has("113") && !out.some((r) => numbersOf(r.text).includes("113"));
    const text = short ? [SHORT_CALL[lang], ...kept].join("\n") : kept.join("\n");
    if (text.trim() === "" && !reply.choices?.length) continue;
    out.push({ ...reply, text: text.trim() === "" ? reply.text : text });
  }
  return { replies: out, told: [...told] };
}
