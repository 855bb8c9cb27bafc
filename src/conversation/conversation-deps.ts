/**
 * What the conversation core needs from the rest of the product, as small function types so
 * tests pass fakes and the composition root passes the real knowledge base, triage and queue.
 */
import type { CaseIntake, DraftTriage } from "../intake/case-intake-port.ts";
import type { ReportFlow } from "../intake/report-flow/report-flow.ts";
import type { ReportFlowState } from "../intake/report-flow/report-flow-types.ts";
import type { CaseFacts } from "../intake/report-flow/new-concern.ts";
import type { AnswerLike } from "./answer-renderer.ts";
import type { CleanText } from "./message-text.ts";
import type { DangerAssessment, DangerDetector } from "./danger-detector.ts";
import type { ConversationState, ConversationStore, InboundMessage, Language, Reply, TranscriptEntry } from "./conversation-types.ts";
import type { RateLimiter, RateLimitSettings } from "./rate-limiter.ts";

/** The pino methods the core uses; a pino Logger fits. Only ids are ever passed to it. */
export interface ConversationLogger {
  child(bindings: Record<string, unknown>): ConversationLogger;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ConversationCoreDeps {
  store: ConversationStore;
  /** The knowledge base: a question in, an answer with citations out. */
  answerQuestion(question: string, lang: Language, context?: { previous?: string }): AnswerLike | Promise<AnswerLike>;
  /** Triage of a text (DESIGN.md "Triage contract"). */
  triage(text: string): DraftTriage;
  /**
   * What a free-text message at the menu is: a concern about a child, a question, chatter, or
   * unsure (the chat then asks once). Defaults to "a concern when triage rates it above low".
   */
  messageKind?(text: string): "concern" | "question" | "chatter" | "unsure";
  /**
   * Triage's second signal for the safety message: the message reads as an emergency. Defaults
   * to "triage rates it an emergency".
   */
  emergencySignal?(text: string): boolean;
  /** True when the message reads as a child writing about themself (first person, a child's age). */
  childWriting?(text: string): boolean;
  /** True when the text names a province (a question about one province's plan, not about the hotline itself). */
  namesProvince?(text: string): boolean;
  reportFlow: ReportFlow;
  caseIntake: CaseIntake;
  logger: ConversationLogger;
  clock?: () => Date;
  rateLimit?: RateLimitSettings;
  /** Ids for report drafts. */
  newId?: () => string;
  /** Vietnamese or English for a message; defaults to the question parser's detector. */
  detectLanguage?: (text: string) => Language;
  maxProcessingChars?: number;
}

/** Data the core keeps in ConversationState.data. */
export interface CoreData {
  report?: ReportFlowState;
  /** The case the user is adding information to. */
  addInfoCode?: string;
  /** Set when an officer's message put the chat in add_info: the answer joins that case, never asked "another child?". */
  officerAsked?: boolean;
  lastCaseCode?: string;
  /** What the report behind `lastCaseCode` said about its child: a later message about another child is not added to it unasked. */
  lastCaseFacts?: CaseFacts;
  /** A message after a code that read as about another child, waiting for "add to that case" or "new report". */
  pendingAddition?: { code: string; text: string };
  /** A description typed at the menu, kept in case the user then chooses to report it. */
  pendingSeed?: string;
  /** More of the story sent while the report was offered and the offer asked again (the next piece starts the report). */
  offeredAgain?: number;
  /** A story the person chose not to report yet ("Không, tôi muốn hỏi"): kept, so a report started later in the chat begins with it. */
  declinedStory?: string;
  /** The report was started from a story without asking whether to report it: until the first answer, "chỉ hỏi" leaves it. */
  reportUnasked?: boolean;
  /** A child said they want to tell something: the story they tell next is answered as a child's. */
  childInvited?: boolean;
  /** A message the chat could not tell apart (question or concern), answered if the user says it was a question. */
  pendingQuestion?: string;
  /** The last question answered from the plans, for its "Xem thêm" (more) choice. */
  lastAnswered?: string;
  /** The question `lastAnswered` was read with (a follow-up such as "còn Gia Lai thì sao?" completes it). */
  lastPrevious?: string;
  /** The emergency numbers already told in this conversation about a child (113, 115, 111): later advice does not repeat them. */
  safetyTold?: string[];
  /** The safety advice blocks already given in this conversation about a child, by name ("emergencyNow", "worry", "act"): not given again. */
  adviceGiven?: string[];
  /** A child who said they still hurt or bleed was told where to get care (said once in a conversation). */
  careAdvised?: boolean;
  /** The last delivery handled and its replies (stored encrypted with the state), for `replay`. */
  lastDelivery?: { messageId: string; replies: Reply[] };
  /** The web chat's conversation (bounded, stored encrypted with the state), for `transcript`. */
  transcript?: TranscriptEntry[];
  /** How many of the oldest transcript lines were dropped past its bounds: the first kept line's number. */
  transcriptBase?: number;
}

/** One message being handled: a working copy of the state that the router changes. */
export interface Turn {
  message: InboundMessage;
  state: ConversationState;
  data: CoreData;
  lang: Language;
  now: Date;
  log: ConversationLogger;
  text: CleanText | null;
  danger: DangerAssessment;
}

/** Dependencies resolved once by the factory. */
export interface RouterDeps extends Required<Omit<ConversationCoreDeps, "rateLimit" | "maxProcessingChars">> {
  limiter: RateLimiter;
  /** Wrong case codes per sender: a code opens a case's status from any chat, so guessing is slowed. */
  codeGuesses: RateLimiter;
  detectDanger: DangerDetector;
  maxProcessingChars: number;
}
