/**
 * Shapes of the reporter flow: its JSON state (kept in ConversationState.data, so a restart
 * resumes it), the input of one message, and the effects the caller must carry out. The flow
 * itself is pure; effects (saving the draft, alerting officers, submitting) are performed by
 * `runReportEffects` against the CaseIntake port.
 */
import type { Attachment, ChannelName, Language, Reply } from "../../core/message-types.ts";
import type { DraftTriage, ReportDraft } from "../case-intake-port.ts";
import type { ChildProvince } from "../../kb/registry/child-province.ts";
import type { DeadlinePolicy } from "../cases/case-deadlines.ts";

export const STEPS = ["danger", "what", "where", "commune", "age", "when", "reporter", "contact", "consent", "confirm", "edit"] as const;
export type StepId = (typeof STEPS)[number];

/** The whole flow state; plain JSON. */
/** The other child a child writes about: a friend, or their own brother or sister. */
export type OtherChild = "friend" | "younger_brother" | "younger_sister" | "younger_sibling" | "older_brother" | "older_sister" | "brother" | "sister";

/** A field of the summary the reporter chose to correct, or named without its value ("sai tuổi rồi"). */
export type FixField = "age" | "place" | "harmer" | "when" | "danger" | "contact" | "children";

export interface ReportFlowState {
  step: StepId;
  /** At the summary's edit: the field whose value the next message gives ("11" after [Tuổi] is the age). */
  fixing?: FixField;
  /** Questions shown so far, for /back. */
  history: StepId[];
  draft: ReportDraft;
  /** Officers were told about this draft already: the alert is sent once. */
  emergencyAlerted: boolean;
  /** Questions answered or skipped: never asked again (absent in states saved before it existed). */
  asked?: StepId[];
  /** A child reporter has been shown the safety advice (a trusted adult, a safe place, 111). */
  childAdvised?: boolean;
  /** The reporter said they already called 113 (or the police), and was told it was noted: not said again. */
  calledNoted?: boolean;
  /** The writer is a child telling about someone else (a classmate): the child's register, questions about the friend. */
  childWriter?: boolean;
  /** The other child a child writer tells about (a friend when absent): the questions name them ("em trai em", "your sister"). */
  otherChild?: OtherChild;
  /** The writer was told what to do tonight, when the one who harms comes back (said once). */
  tonightAdvised?: boolean;
  /** What to do before a day a harm is planned for ("thứ bảy này") was said (once). */
  dayAdvised?: boolean;
  /** "Who are you to the child?" was asked once more in other words after an answer that named no choice: the next such answer is kept as "other". */
  relationAskedAgain?: boolean;
  /** A question asked with "send" at the summary ("ok send. will police contact me?"): answered after the code. */
  askedAtSubmit?: string;
}

/** One message as the flow sees it; a bare "2" was already resolved to a choice id by the caller. */
export interface FlowInput {
  text: string | null;
  choice: string | null;
  attachments: Attachment[];
  now: Date;
}

export type FlowEffect = { type: "save_draft" } | { type: "alert_emergency"; triage: DraftTriage } | { type: "submit" };

/** The result of one step: the new state, what to say, what to do. */
export interface FlowStep {
  state: ReportFlowState;
  replies: Reply[];
  effects: FlowEffect[];
  outcome: "continue" | "submit" | "cancelled";
}

export interface StartOptions {
  draftId: string;
  channel: ChannelName;
  chatId: string;
  userId: string;
  language: Language;
  /** Text that opened the report (a danger message typed at the menu): kept as the start of the narrative. */
  seedText?: string | null;
  /** The opening said only whom the report is about ("tôi muốn báo tin về cháu gái tôi"): its facts are read and it is kept in the notes, but the story is still asked for. */
  aboutWhom?: string | null;
  /** The safety advice was just given (the offer to a child said it): the report opens without saying it again. */
  advised?: boolean;
  /** The story was told without being asked to report it ("do you want to report?" was not asked): the opening says that
   *  nothing is sent before the reporter chooses "Gửi", and how to only ask instead. */
  unasked?: boolean;
  /** The writer is a child, known before the story ("con có chuyện muốn kể mà con sợ"): asked in a child's words from the start. */
  childWriter?: boolean;
  /** The child writes of a harm to herself ("Nếu bố mẹ bắt em lấy chồng ... thì em báo ở đâu?"): the questions are about her, not a friend. */
  childSelf?: boolean;
  now: Date;
}

/** What the flow needs from outside, as plain functions so tests pass fakes. */
export interface ReportFlowDeps {
  /** Today's province for a name typed by the reporter (old names mapped), or null. */
  findProvince(text: string): ChildProvince | null;
  /** Today's province for the first province the text names, wherever it stands (a place the child was taken to included), or null. */
  namedProvince?(text: string): ChildProvince | null;
  /** Rule triage of the draft's text. */
  triage(text: string): DraftTriage;
  /** The places the registry knows in a province (its towns, its districts before 2025), spelled in full: a commune typed short or without tones is spelled so. */
  placesOf?(provinceId: string): readonly string[];
  /** The case deadlines by risk the queue applies (the defaults when absent): "how long until someone comes?" is answered with them. */
  deadlines?: DeadlinePolicy;
  /** False when no officers' alert channel is configured (nobody is alerted at once: the report waits in the queue); true when absent. */
  officerAlerts?: boolean;
}
