/**
 * The report route of the conversation: starts the reporter flow, feeds it each message,
 * performs its effects through the CaseIntake port and keeps its state in the conversation,
 * so the next message (on any instance, after any restart) continues where this one ended.
 */
import { foldKey } from "../core/vietnamese-text.ts";
import { caseFactsOf } from "../intake/report-flow/new-concern.ts";
import { saysNoDanger } from "../intake/report-flow/answer-matching.ts";
import { draftText, saysCorrection } from "../intake/report-flow/report-flow.ts";
import { performReportEffects } from "../intake/report-flow/report-effects.ts";
import { statesDanger, statesDangerNow, storyAtDanger } from "../intake/report-flow/report-steps.ts";
import type { FlowStep, ReportFlowState } from "../intake/report-flow/report-flow-types.ts";
import { withoutSentences, type PlansQuestion } from "../intake/report-flow/plan-questions.ts";
import { T, say } from "../intake/report-flow/report-flow-texts.ts";
import { sickWithoutCare } from "../intake/report-flow/sick-child.ts";
import { calledSaid, calledText } from "../intake/report-flow/called-already.ts";
import { grownUpWriter } from "../intake/report-flow/grown-up-writer.ts";
import type { RouterDeps, Turn } from "./conversation-deps.ts";
import type { Attachment, Reply } from "./conversation-types.ts";
import { HOTLINE, TEXT, menuChoices, safetyReply } from "./conversation-texts.ts";
import { renderAnswer } from "./answer-renderer.ts";

/** Starts a report; `seedText` (a danger message typed at the menu) becomes the start of the narrative. */
export async function startReport(turn: Turn, deps: RouterDeps, given: string | null = null, aboutWhom: string | null = null, unasked = false, childSelf = false): Promise<Reply[]> {
  const m = turn.message;
  // The story told earlier in this chat and not reported then ("Không, tôi muốn hỏi") comes first: "vậy tôi muốn báo chuyện đó" alone is not the story.
  const declined = turn.data.declinedStory;
  delete turn.data.declinedStory;
  // A new story of its own is about that story (maybe another child): it starts alone.
  const seedText = declined && !(given ?? "").includes(declined) && !(given && deps.messageKind(given) === "concern") ? [declined, given].filter(Boolean).join("\n") : given;
  // The offer to a child already gave the safety advice: the report does not open by repeating it.
  // So did the offer that follows an answer which said "it is not your fault" (its short form, from "Gọi 111" on).
  const offers = [TEXT.maybeReportChild[turn.lang], TEXT.maybeReportChild[turn.lang].replace(/^.*?(?=Gọi 111|Call 111)/su, ""), TEXT.selfHarmChild[turn.lang], TEXT.offerAgainChild[turn.lang]];
  const advised = turn.data.lastDelivery?.replies.some((r) => offers.includes(r.text)) ?? false;
  const step = deps.reportFlow.start({
    draftId: deps.newId(), channel: m.channel, chatId: m.chatId, userId: m.userId, language: turn.lang, seedText, advised, now: turn.now,
    ...(aboutWhom && !seedText ? { aboutWhom } : {}),
    ...(turn.data.childInvited ? { childWriter: true } : {}),
    ...(unasked ? { unasked } : {}),
    ...(childSelf ? { childWriter: true, childSelf } : {}),
  });
  turn.state.mode = "report";
  if (unasked) turn.data.reportUnasked = true;
  else delete turn.data.reportUnasked;
  delete turn.data.pendingSeed;
  delete turn.data.offeredAgain;
  delete turn.data.pendingQuestion;
  delete turn.data.pendingAddition;
  // "Nếu tôi báo thì nhà nó có biết ai báo không?" was answered with the offer: the report's opening does not answer it again.
  const answered = new Set((turn.data.lastDelivery?.replies ?? []).map((r) => r.text));
  const replies = await apply(turn, deps, step);
  // A paragraph said in the offer (the advice on pictures asked for) is not said again inside a longer answer (walk 49).
  const saidLines = new Set([...answered].flatMap((t) => t.split("\n")).map((l) => l.trim()).filter((l) => l.length > 40));
  const opened = replies.filter((r, i) => i === replies.length - 1 || r.urgent || !answered.has(r.text))
    .map((r, i, all) => (i === all.length - 1 || r.urgent ? r : { ...r, text: r.text.split("\n").filter((l) => !saidLines.has(l.trim())).join("\n").trim() }))
    .filter((r) => r.text !== "");
  // "... Tôi là hàng xóm. Theo kế hoạch thì ai chịu trách nhiệm hỗ trợ bé?": the plan question is answered before the first question.
  const report = turn.data.report;
  const asked = report && seedText ? deps.reportFlow.plansQuestions(report, seedText, forThePlans(deps), true) : [];
  const answers = await answersFromPlans(turn, deps, asked);
  return answers.length > 0 ? beforeLast(opened, answers.map((a) => a.reply)) : opened;
}

/** A sentence the chat would answer from the plans, were it sent alone at the menu. */
const forThePlans = (deps: RouterDeps) => (sentence: string): boolean => deps.messageKind(sentence) === "question";

/**
 * The answers the plans hold, without the buttons of the menu (the report's question follows them). A question the plans do not
 * answer is left to the report flow (its answer says so and where to ask).
 */
async function answersFromPlans(turn: Turn, deps: RouterDeps, questions: readonly PlansQuestion[]): Promise<Array<{ sentence: string; reply: Reply }>> {
  const answers: Array<{ sentence: string; reply: Reply }> = [];
  for (const q of questions) {
    const answer = await deps.answerQuestion(q.asked, turn.lang);
    if (answer.found) answers.push({ sentence: q.sentence, reply: renderAnswer(answer, turn.lang) });
    // "ở Hải Phòng thì cơ quan nào chịu trách nhiệm vụ này?": the plans do not say; where the report goes is said plainly (walk 48:
    // "Câu này mình chưa trả lời được ở đây").
    else if (WHICH_AGENCY.test(foldKey(q.sentence))) {
      const province = turn.data.report?.draft.provinceName ?? (turn.lang === "en" ? "this province" : "tỉnh này");
      answers.push({ sentence: q.sentence, reply: { text: TEXT.agencyWhere[turn.lang].replace("{province}", province), links: [HOTLINE[turn.lang]] } });
    }
  }
  return answers;
}

/** Which body is responsible for a case like this (folded): "cơ quan nào chịu trách nhiệm", "ai xử lý vụ này", "which agency handles this". */
const WHICH_AGENCY = /\b(?:co quan|ben|ai|don vi|noi)\s+nao\b.*\b(?:chiu trach nhiem|trach nhiem|phu trach|xu ly|giai quyet|lo|quan ly|thu ly)\b|\b(?:ai|co quan nao|ben nao)\s+(?:se\s+)?(?:chiu trach nhiem|phu trach|xu ly|giai quyet|lo)\b|\b(?:which|what)\s+(?:agency|body|authority|department|office)\b|\bwho\s+(?:is\s+)?(?:responsible|in charge|handles|deals with)\b/;

const beforeLast = (replies: Reply[], inserted: Reply[]): Reply[] => [...replies.slice(0, -1), ...inserted, ...replies.slice(-1)];

/** Advances the report by one message; a danger message gets the safety message first. */
export async function continueReport(turn: Turn, deps: RouterDeps, input: { text: string | null; choice: string | null; attachments: Attachment[] }): Promise<Reply[]> {
  const state = turn.data.report;
  if (!state) return startReport(turn, deps, input.text);
  // "theo kế hoạch thì ai chịu trách nhiệm hỗ trợ bé?" in the middle of the report: answered from the plans of the report's
  // province, then the question of the step again (or the rest of the message read as it would be); never kept as a note.
  const asked = input.text && input.choice === null && input.attachments.length === 0 ? deps.reportFlow.plansQuestions(state, input.text, forThePlans(deps)) : [];
  const answers = await answersFromPlans(turn, deps, asked);
  if (input.text && answers.length > 0) {
    const rest = withoutSentences(input.text, answers.map((a) => a.sentence));
    if (!rest) return [...answers.map((a) => a.reply), ...askAgain(turn, deps)];
    return beforeLast(await continueReport(turn, deps, { ...input, text: rest }), answers.map((a) => a.reply));
  }
  const step = deps.reportFlow.advance(await storyLanguage(turn, deps, state, input.text), { ...input, now: turn.now });
  const replies = await apply(turn, deps, step);
  // At the summary a message corrects what was understood ("1 bé gái 9 tuổi"): the safety message
  // is left out only when the corrected draft does not read as an emergency (the flow itself warns,
  // once, when the correction makes it one).
  const correcting = state.step === "confirm" || state.step === "edit" || (input.text !== null && saysCorrection(input.text));
  // A report already read as an emergency has shown the safety message: a classifier's reading of a later message does not repeat it.
  const repeated = state.emergencyAlerted && turn.danger.signal === "triage";
  // "không, bé đang ở trường với cô": the reporter just answered that no child is in danger now; a classifier's reading of
  // the same words does not contradict them with the alarm (a danger phrase still does).
  // "im not in danger right now" says no in words a danger phrase also matches ("right now"): the no wins.
  const answeredNo = step.state.draft.dangerNow === "no" && (turn.danger.signal === "triage" ? state.draft.dangerNow !== "no" : saysNoDanger(input.text ?? ""));
  // "giờ bé ở trường, chiều nay phải về nhà với ông ta", "không biết nữa, tôi sợ lắm": a not known typed at the danger question gets
  // the flow's own line of calm and safety (113, 111); a classifier's reading of the same words does not add the alarm on top of it.
  const answeredUnsure = state.step === "danger" && state.draft.dangerNow === null && step.state.draft.dangerNow === "unknown" && turn.danger.signal === "triage" && input.choice === null;
  // "bà bị bệnh nằm một chỗ, bố mẹ đi làm xa": a description typed at the danger question that the flow does not read as an answer
  // is asked again at once; a classifier's reading of it does not put the alarm before that question.
  const askedAgain = state.step === "danger" && step.state.step === "danger" && step.state.draft.dangerNow === null && turn.danger.signal === "triage" && input.text !== null && (!statesDangerNow(input.text, deps) || storyAtDanger(input.text, deps));
  // "Tôi ở phường An Cựu, còn nhà bố nó ở phường Thủy Xuân": after the reporter answered no danger now, a classifier's reading of a
  // later answer raises no alarm unless the words state a danger themselves (a safety flag).
  const saidNoBefore = state.draft.dangerNow === "no" && state.draft.dangerFromStory !== true && turn.danger.signal === "triage" && input.text !== null && !statesDanger(deps.triage(input.text));
  // A correction's warning is the flow's own (once, from what the correction says); a report already alerted is not warned again.
  const danger = turn.danger.danger && !answeredNo && !answeredUnsure && !askedAgain && !saidNoBefore && !repeated && !(correcting && (state.emergencyAlerted || deps.triage(draftText(step.state.draft)).risk !== "emergency"));
  // A child reporting reads the advice in words meant for a child; a child telling of a friend is not told to hide.
  const child = step.state.draft.reporterRelation === "self" || step.state.childWriter === true;
  const forOther = child && step.state.draft.reporterRelation !== "self" && (step.state.otherChild !== undefined || step.state.draft.reporterRelation !== null);
  // A little one ill with no adult: 115 and an adult nearby first, not a hiding script (walk 49).
  const story = draftText(step.state.draft);
  const sick = !forOther && sickWithoutCare(story, deps.triage(story));
  // "tôi đã gọi 113 rồi" said now: thanked for the call, not told to make it (walk 53); a writer who said they are a grown-up gets no line for a child.
  const called = input.text ? calledSaid(input.text) : null;
  const grownUp = !child && grownUpWriter(story, step.state.draft.reporterRelation);
  const safety = sick ? { ...safetyReply(turn.lang), text: say(T.emergencySick, turn.lang, child) } : called && !forOther ? { ...safetyReply(turn.lang), text: say(calledText(called), turn.lang, child) }
    : child ? { ...safetyReply(turn.lang), text: (forOther ? TEXT.safetyFriendChild : TEXT.safetyChild)[turn.lang] } : grownUp ? { ...safetyReply(turn.lang), text: TEXT.safetyAdult[turn.lang] } : safetyReply(turn.lang);
  return danger && !replies.some((r) => r.urgent) ? [safety, ...replies] : replies;
}

/**
 * The report keeps the language of its first message. A report opened by /report has no story
 * yet: the story, when it comes, decides (unless the user chose a language with /lang).
 */
async function storyLanguage(turn: Turn, deps: RouterDeps, state: ReportFlowState, text: string | null): Promise<ReportFlowState> {
  if (state.draft.narrative || !text || (text.match(/\p{L}+/gu) ?? []).length < 3) return state;
  if (await deps.store.userLanguage(turn.message.channel, turn.message.userId)) return state;
  const lang = deps.detectLanguage(text);
  if (lang === state.draft.language) return state;
  turn.lang = lang;
  turn.state.language = lang;
  return { ...state, draft: { ...state.draft, language: lang } };
}

export async function backReport(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const state = turn.data.report;
  return state ? apply(turn, deps, deps.reportFlow.back(state, turn.now)) : [];
}

export async function cancelReport(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const state = turn.data.report;
  return state ? apply(turn, deps, deps.reportFlow.cancel(state, turn.now)) : [];
}

/**
 * The reporter asks to stop the report in words, at any question (folded): "thôi em không muốn kể nữa", "dừng lại", "hủy",
 * "xóa đi được không", "I want to stop". Not wanting someone told ("không muốn kể cho bố mẹ") is no stop.
 */
const STOP_REPORT = /^(?:(?:em|minh|toi|tui) (?:bao|noi) (?:la )?thoi(?: ma| roi)?[,.!\s]+)?(?:(?:thoi|a|u|da|vang|em|e|mk|minh|toi|tui)[,.!\s]+)*(?:huy|huy bo|huy bao tin|huy di|dung lai|dung lai di|ngung|ngung lai|stop|cancel|quit|never mind|nevermind|forget it|xoa di|xoa het|xoa het di|(?:xoa|huy) (?:bao tin|cai nay|tin nay|het di)|(?:em |e |mk |minh |toi |tui |thoi )*(?:khong|ko|k|hong|hem|chang) (?:muon |mun |can )?(?:ke|bao|noi|bao tin|tra loi|gui|nhan|nhan tin) (?:tiep |them )?nua|(?:thoi|dung|ngung) (?:khong|ko|k|hong|khoi) (?:ke|bao|noi|bao tin|gui) (?:nua|tiep)|(?:em |minh |toi |tui |thoi )*(?:dung|ngung) (?:o )?(?:day|tai day)|(?:den day|toi day) thoi)(?: (?:di|nha|nhe|a|luon|dau|ma|giup|giup em|giup toi|duoc khong|dc ko|duoc ko|dc khong))*$|^(?:i )?(?:want to|wanna|would like to) stop(?: (?:this|now|here|the report|reporting|please))*$|^(?:i )?(?:don t|do not|dont|no longer) want to (?:tell|talk|report|continue|go on|do this)(?: (?:anymore|any more|now|please))*$|^(?:please )?(?:stop|cancel|delete) (?:this|the report|reporting|my report|everything|what i (?:said|wrote))(?: please)?$/;

/** True when the message asks to stop the report under way (folded). */
export const wantsToStop = (folded: string, written = folded): boolean =>
  // "đúng" (right) and "dừng" (stop) fold alike: with accents, only "dừng" stops.
  (STOP_REPORT.test(folded) || STOP_REPORT.test(stopWithoutItsReason(written))) && !(/\bdung\b/.test(folded) && /đúng/iu.test(written.normalize("NFC")));

/**
 * A stop with the fear that makes it (folded): "thôi em không muốn kể nữa, em sợ dì biết", "I don't want to tell anymore, I'm scared he'll
 * find out" is the stop alone. Only a fear of being found out or of what comes: a harm told after it ("..., chú ấy vẫn sờ em") keeps it no stop.
 */
function stopWithoutItsReason(written: string): string {
  const m = /^([^,.;!]+)[,.;!]+\s*(.+)$/u.exec(written.trim());
  if (!m) return "";
  const rest = foldKey(m[2]!);
  // What is feared is being found out, told, or what the person does when they know.
  const fear = /^(?:(?:vi|tai|boi vi|tai vi|because|cause|cuz) )?(?:(?:em|e|minh|tui|toi|con|i m|im|i am) )?(?:so|scared|afraid|worried|ngai)\b(?: (?:that|of))?(?: \w+){0,3} (?:biet|phat hien|nghe thay|doc|xem|find out|finds out|know|knows|will know|ll find out|ll know|sees|see|hear|hears)(?: \w+){0,4}$/;
  return fear.test(rest) ? foldKey(m[1]!) : "";
}

/** "không, tôi chỉ muốn hỏi", "I just want to ask, not report": the person does not want the report started from their story (folded). */
const ONLY_ASKING = /\b(?:chi (?:muon |can )?hoi|hoi thoi|(?:chi )?(?:muon |can )?xin tu van|khong can bao|(?:dung|khoan) gui|(?:khong|ko|k|chua|hong) muon bao|(?:khong|ko|k|dung) bao tin|just (?:want(?:ed)? to |wanna )?ask(?:ing)?|only (?:want(?:ed)? to )?ask(?:ing)?|(?:don t|do not|dont) (?:want to )?report|not (?:to )?report)\b/;

/**
 * A report started from a story without asking, declined at its first question (the caller knows it is that question):
 * the draft is cancelled (nothing is sent), the story is kept in the chat for a report later, and the person is asked
 * their question. Null when the message does not decline.
 */
export async function declinedAtStart(turn: Turn, deps: RouterDeps): Promise<Reply[] | null> {
  const state = turn.data.report;
  if (!state || !turn.text || !ONLY_ASKING.test(turn.text.folded)) return null;
  const story = state.draft.narrative;
  await cancelReport(turn, deps);
  delete turn.data.reportUnasked;
  if (story) turn.data.declinedStory = story;
  turn.state.mode = "ask";
  return [{ text: TEXT.notReported[turn.lang], links: [HOTLINE[turn.lang]] }];
}

/** The current question again, after something else was answered in the middle of a report. */
export function askAgain(turn: Turn, deps: RouterDeps): Reply[] {
  return turn.data.report ? [deps.reportFlow.ask(turn.data.report)] : [];
}

/** Keeps text that arrived while the user was rate limited, so nothing typed in a report is lost. */
export async function keepNote(turn: Turn, deps: RouterDeps, note: string): Promise<void> {
  const state = turn.data.report;
  if (!state) return;
  const draft = { ...state.draft, extraNotes: [...state.draft.extraNotes, note], updatedAt: turn.now.toISOString() };
  turn.data.report = { ...state, draft };
  await deps.caseIntake.saveDraft(draft).catch((error: unknown) => turn.log.warn({ effect: "save_draft", errorName: nameOf(error) }, "report effect failed"));
}

async function apply(turn: Turn, deps: RouterDeps, step: FlowStep): Promise<Reply[]> {
  const onFailure = (effect: string, error: unknown) => turn.log.error({ effect, errorName: nameOf(error), draftId: step.state.draft.draftId }, "report effect failed");
  const result = await performReportEffects(step, deps.reportFlow, deps.caseIntake, onFailure);
  if (step.effects.some((e) => e.type === "alert_emergency")) turn.log.warn({ draftId: step.state.draft.draftId }, "emergency draft: officers alerted");
  if (result.outcome === "continue") {
    turn.data.report = result.state;
    return result.replies;
  }
  delete turn.data.report;
  turn.state.mode = "menu";
  if (result.outcome === "cancelled") return withMenu(result.replies, turn);
  turn.data.lastCaseCode = result.caseCode ?? undefined;
  // A child who wrote (about themself or a friend) is spoken to as a child after the code too (no photos asked).
  const facts = { ...caseFactsOf(step.state.draft), category: deps.triage(draftText(step.state.draft)).category };
  turn.data.lastCaseFacts = step.state.childWriter ? { ...facts, self: true } : facts;
  turn.log.info({ draftId: step.state.draft.draftId, caseCode: result.caseCode }, "report submitted");
  return withCaseChoices(result.replies, turn, result.caseCode ?? "");
}

function withMenu(replies: Reply[], turn: Turn): Reply[] {
  const last = replies[replies.length - 1];
  if (!last) return replies;
  return [...replies.slice(0, -1), { ...last, choices: menuChoices(turn.lang, turn.message.channel) }];
}

/** After a report: add information, see its status, or go back to the menu. */
export function withCaseChoices(replies: Reply[], turn: Turn, code: string): Reply[] {
  const last = replies[replies.length - 1];
  if (!last) return replies;
  const en = turn.lang === "en";
  const choices = [
    { id: `case:add:${code}`, label: en ? "Add information" : "Gửi thêm thông tin" },
    { id: `case:status:${code}`, label: en ? "See status" : "Xem tình trạng" },
    { id: "menu:home", label: en ? "Menu" : "Về menu" },
  ];
  return [...replies.slice(0, -1), { ...last, choices }];
}

export function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
