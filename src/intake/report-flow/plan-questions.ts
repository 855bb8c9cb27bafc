/**
 * A question for the plans typed inside a story or in the middle of a report ("theo kế hoạch thì ai chịu trách nhiệm hỗ trợ bé?"):
 * the chat answers it from the plans of the reporter's own province, and it is kept neither as an answer nor as a note
 * (DESIGN.md, reporter conversation: a side question is answered, never taken as an answer).
 */
import type { ReportFlowDeps, ReportFlowState } from "./report-flow-types.ts";
import { foldKey, foldVietnamese } from "../../core/vietnamese-text.ts";
import { AGENCY_DUTY, isQuestionLike, sideTopics } from "./side-questions.ts";

/** A question for the plans as the reporter typed it (`sentence`) and as the plans are asked it (`asked`). */
export interface PlansQuestion {
  sentence: string;
  asked: string;
}

/**
 * Sentences that ask what the flow does not answer itself (no side topic of its own), tell nothing of a child, and that
 * `forThePlans` reads as a question for the plans. Each is asked with the report's province when it names none, so the answer
 * quotes that province's plan, not another's.
 */
export function plansQuestions(state: ReportFlowState, text: string, deps: ReportFlowDeps, tells: (sentence: string) => boolean, forThePlans: (sentence: string) => boolean): PlansQuestion[] {
  return sentencesOf(text)
    .filter((p) => isQuestionLike(p) && onlyUnanswered(p) && asksOfThePlans(p) && !tells(p) && forThePlans(p))
    .map((sentence) => ({ sentence, asked: inProvince(sentence, state.draft.provinceName, deps) }));
}

/** The message without the sentences given (the plans answered them): what is left to read as an answer or more of the story. */
export function withoutSentences(text: string, answered: readonly string[]): string {
  return sentencesOf(text).filter((p) => !answered.includes(p)).join(" ");
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?;\n])\s+/u).map((p) => p.trim()).filter(Boolean);

/**
 * Inside a report, only a question about the plans or about who is responsible goes to the plans: "Is that enough to report?",
 * "Do I report this here or somewhere else?" ask about reporting (the flow answers them or keeps them for the officers); sent
 * to the plans they got every province's duty to "báo cáo" quoted before the report's first question.
 */
const PLANS_ASKED = /\b(ke hoach|quyet dinh|(kh|qd)[ -]?\d|plan|plans|co quan|ban nganh|agency|agencies|department|authority|authorities|so (y te|giao duc|lao dong|tu phap|noi vu|tai chinh|van hoa|ngoai vu|thong tin|khoa hoc|ldtbxh|ld|gd)|ubnd|uy ban|cong an|trach nhiem|responsib\w*|chu tri|phu trach|in charge|duoc giao|giao cho|assigned?)\b/;
export const asksOfThePlans = (sentence: string): boolean => PLANS_ASKED.test(foldVietnamese(sentence).toLowerCase()) || AGENCY_DUTY.test(foldKey(sentence));

function onlyUnanswered(sentence: string): boolean {
  const topics = sideTopics(sentence);
  return topics.length > 0 && topics.every((t) => t === "question");
}

/** "ai chịu trách nhiệm hỗ trợ bé? (Gia Lai)": the province the report is about, unless the question names one. */
function inProvince(question: string, province: string | null, deps: ReportFlowDeps): string {
  if (!province || deps.findProvince(question)) return question;
  return `${question} (${province})`;
}
