/**
 * Wires the conversation core to the real knowledge base (shipped plans, agency registry,
 * question answerer), rule triage and the reporter flow. The composition root passes the
 * store, the case queue and the logger; everything else has a sensible default.
 */
import { createQuestionAnswerer } from "../qa/question-answerer.ts";
import { loadShippedPlans } from "../kb/knowledge-base.ts";
import { loadRegistry, type Registry } from "../kb/registry/registry.ts";
import { findChildProvince, findNamedProvince } from "../kb/registry/child-province.ts";
import type { ParsedPlan } from "../kb/types.ts";
import type { CaseIntake } from "../intake/case-intake-port.ts";
import type { DeadlinePolicy } from "../intake/cases/case-deadlines.ts";
import { createReportFlow } from "../intake/report-flow/report-flow.ts";
import { isChildReporter, isChildWriter } from "../intake/report-flow/story-reading.ts";
import { routeMessageKind } from "../intake/triage/message-kind.ts";
import { analyseMessage, safetyFloor } from "../intake/triage/triage-model.ts";
import { createConversationCore, type ConversationLogger } from "./conversation-core.ts";
import type { AnswerLike } from "./answer-renderer.ts";
import type { ConversationCore, ConversationStore } from "./conversation-types.ts";
import type { RateLimitSettings } from "./rate-limiter.ts";

export interface DefaultConversationCoreOptions {
  store: ConversationStore;
  caseIntake: CaseIntake;
  logger: ConversationLogger;
  /** Already loaded knowledge base, to share with the CLI or the server; loaded from content/ otherwise. */
  registry?: Registry;
  plans?: ParsedPlan[];
  /** The running knowledge service's answers (it reloads after an ingest); built from `plans` when absent. */
  answerQuestion?: (question: string, context?: { previous?: string }) => AnswerLike | Promise<AnswerLike>;
  /** ISO date answers are given on; today by default. */
  today?: string;
  clock?: () => Date;
  rateLimit?: RateLimitSettings;
  /** The case deadlines by risk the queue applies; the reporter is told them when they ask how long it takes (defaults when absent). */
  deadlines?: DeadlinePolicy;
  /** False when no officers' alert channel is configured: the reporter is never told officers are alerted at once (true when absent). */
  officerAlerts?: boolean;
}

/** The core as the product runs it. Loading the plans takes about a second; do it once at start. */
export function createDefaultConversationCore(options: DefaultConversationCoreOptions): ConversationCore {
  const registry = options.registry ?? loadRegistry();
  const clock = options.clock ?? (() => new Date());
  const answerQuestion = options.answerQuestion ?? answererFromPlans(registry, options.plans, options.today ?? clock().toISOString().slice(0, 10));
  // The danger check, the routing and the report flow all read the same message: analyse it once.
  const analyse = lastOnly((text: string) => analyseMessage(text));
  const kindOf = lastOnly((text: string) => routeMessageKind(text, undefined, analyse(text)));
  const triage = (text: string) => analyse(text).triage;
  // Where the child is, not where someone went to work: "bố mẹ đi làm ăn xa ở Bình Dương ... Ở thôn 3, xã Ea Tu, Đắk Lắk".
  const findProvince = (text: string) => findChildProvince(registry, text);
  // "lured to Hanoi", "bị dụ vào Bình Dương": a province named only as where the child was taken, offered to the reporter to confirm.
  const namedProvince = (text: string) => findNamedProvince(registry, text);
  // "BMT", "buon ma thuot": the towns and former districts of a province as the registry spells them.
  const placesOf = (provinceId: string): readonly string[] => {
    const p = registry.province(provinceId);
    return p ? [...(p.places ?? []), ...(p.districts ?? [])] : [];
  };
  return createConversationCore({
    store: options.store,
    caseIntake: options.caseIntake,
    logger: options.logger,
    clock,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    answerQuestion: (question, _lang, context) => answerQuestion(question, context),
    triage,
    messageKind: (text) => kindOf(text).kind,
    // The same reading as the report's story: "em 13 tuổi, ... bố dượng em đánh em với mẹ" is a child, whatever kin word is in it.
    // A child writing about a friend ("e có nhỏ bạn cùng lớp ...", teencode with "e") is answered as a child too.
    // A reporter read as a grown-up (a parent, a neighbour, a teacher, an official) is never a child writer.
    childWriting: (text) => {
      const facts = analyse(text).facts;
      return isChildReporter(facts, text) || (!ADULT_KINDS.has(facts.reporter ?? "") && isChildWriter(text));
    },
    // A one-word reply ("không") carries too little for the model: an emergency needs a safety
    // rule or a message the model reads as a concern.
    // A short message ("nhà e ở xã Ea H'leo, Đắk Lắk", "tôi ở trọ sát vách nhà nó") is too little for the model alone: it needs a safety rule.
    emergencySignal: (text) => {
      const { triage, facts } = analyse(text);
      if (triage.risk !== "emergency") return false;
      if (safetyFloor(triage) !== null) return true;
      // What the rules read (a red flag, a rule's reason) or a person or injury the facts name: not only the model's reading.
      const ruleRead = triage.redFlags.length > 0 || triage.reasons.length > 1 || facts.injury !== null || facts.harmer !== null || facts.when === "now" || facts.when === "tonight";
      return ((text.match(/\p{L}+/gu) ?? []).length > 12 || ruleRead) && kindOf(text).concern >= 0.5;
    },
    namesProvince: (text) => namedProvince(text) !== null,
    reportFlow: createReportFlow({ findProvince, namedProvince, triage, placesOf, ...(options.deadlines ? { deadlines: options.deadlines } : {}), ...(options.officerAlerts === false ? { officerAlerts: false } : {}) }),
  });
}

function answererFromPlans(registry: Registry, plans: ParsedPlan[] | undefined, today: string): (question: string, context?: { previous?: string }) => AnswerLike | Promise<AnswerLike> {
  const answerer = createQuestionAnswerer({ plans: plans ?? loadShippedPlans(registry).plans, registry, today });
  return (question, context) => answerer.answer(question, context);
}

const ADULT_KINDS = new Set(["parent", "neighbour", "teacher", "official"]);

/** Remembers the result for the last argument only: one message is read by several steps in a row. */
function lastOnly<T>(fn: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, value: fn(text) };
    return last.value;
  };
}
