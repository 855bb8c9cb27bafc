/**
 * The reporter flow as a pure state machine: `start`, then `advance` once per message, with
 * `back` and `cancel` at any step. The story comes first: it is read for its facts (child, age,
 * who harms, when, where, who writes) and only the gaps are asked; the summary shows once what
 * was understood, with a way to correct it. A side question is answered and the same question
 * asked again; only an answer moves the flow on. No I/O here: the same state and input always
 * give the same result, which is what lets a restart resume mid-report.
 */
import type { Attachment, Choice, Language, Reply } from "../../core/message-types.ts";
import type { CaseReceipt, ReportDraft } from "../case-intake-port.ts";
import { bareAddedNumber, chatKey, isSkip, leadingAnswer, matchDangerAnswer, matchTriState, nobodyThereSaid, saysNotSafe, moreChildrenSaid, saysNoDanger, saysNotKnown, saysSafeNow, wantsAnonymity, matchSummaryWord, refusesContact, matchRelation, allChildrenSaid, bandOf } from "./answer-matching.ts";
import { HOUSEHOLD, extractReportFacts } from "../triage/report-facts.ts";
import { triageRules } from "../triage/triage-rules.ts";
import { situationToldAsEnded } from "../triage/ended-situation.ts";
import { EMERGENCY_LINKS, HARMER_LABELS, HOTLINE_LINK, LABELS, PEER, T, fill, otherChildWords, say, type FlowText } from "./report-flow-texts.ts";
import type { FixField, FlowEffect, FlowInput, FlowStep, ReportFlowDeps, ReportFlowState, StartOptions, StepId } from "./report-flow-types.ts";
import { fineButLittleOneIll, illOfChild, sickWithoutCare } from "./sick-child.ts";
import { CALLED_ALREADY, CHAT_ONLY, KEEP_ME_SECRET, STEP_DEFS, consentSaid, contactFixed, dangerUnsureSaid, householdHarmerAway, storyAtDanger, backWithHarmerToday, goesToHarmerToday, harmerBackLater, harmerComesForChild, laterDangerToday, nextStep, saysMessagesOnly, statesDanger, statesDangerNow, thinStory, type StepDef } from "./report-steps.ts";
import { renderSummary, understoodLine } from "./report-summary.ts";
import { sexCorrected } from "./sex-correction.ts";
import { harmerWordsSwapped } from "./self-correction.ts";
import { placeSaid, withPlace } from "./place-parts.ts";
import { grownUpWriter } from "./grown-up-writer.ts";
import { ANSWERED_HERE, asksNobodyTold, besideNobodyTold, DEMAND_TO_GROWN_UP, FEARS_FAMILY_KNOWS, HURT_BY_SOMEONE, imagesAsked, SIDE_ANSWERS, asksSomething, isQuestionLike, sideAnswerText, sideTopic, sideTopics, statementPart, type SideTopic } from "./side-questions.ts";
import { PLACE_ANSWER_FIELDS, STORY_FIELDS, cleanPlaceAnswer, severalSaid, numbersSaid, type StoryField, isChildWriter, plannedDay, readCommuneAnswer, readStory, saysOftenAndLatest, siblingOfWriter, toldOfFriend, withLatest, withPersonNowOf, writerIsGrownUp, writerAndSiblingAges } from "./story-reading.ts";
import { foldKey, foldVietnamese, hasVietnameseDiacritics, standardDialect } from "../../core/vietnamese-text.ts";
import { childMentions } from "./children-reading.ts";
import { aloneWithTonightSaid, movedInSaid, onlineMeetingOfWriter, onlineMeetingSaid, smallChildrenAloneSaid, takenSecretlySaid, tellsHarmDone } from "./flow-words.ts";
import { dangerInStory } from "./danger-in-story.ts";
import { calledSaid, calledText } from "./called-already.ts";

/** A reply saying the place is not known (folded). */
const PLACE_UNKNOWN = /^(da |thua )?(toi |tui |em |e |minh |ba |con |chau |i )?(cung )?((khong|ko|k|kg|hong|hok|hem|chua) (ro|biet|bik|bit|bt)|not sure|don t know|dont know|do not know|no idea|unknown|idk)\b/;
import { aboutAnotherChild, type CaseFacts } from "./new-concern.ts";
import { DEFAULT_DEADLINES } from "../cases/case-deadlines.ts";
import { triageDraft } from "../cases/case-builder.ts";
import { plansQuestions, type PlansQuestion } from "./plan-questions.ts";

export interface ReportFlow {
  start(options: StartOptions): FlowStep;
  advance(state: ReportFlowState, input: FlowInput): FlowStep;
  back(state: ReportFlowState, now: Date): FlowStep;
  cancel(state: ReportFlowState, now: Date): FlowStep;
  /** Replies after the queue accepted the report. */
  submitted(state: ReportFlowState, receipt: CaseReceipt): Reply[];
  /** Replies when the queue failed; the flow stays at the confirmation. */
  submitFailed(state: ReportFlowState): Reply[];
  /** The question the flow is waiting on, asked again (after a note, a photo, a resume). */
  ask(state: ReportFlowState): Reply;
  /** A message typed after a case code reads as a new report about another child (new-concern.ts). */
  anotherChild(known: CaseFacts | null, text: string): boolean;
  /**
   * The message tells something besides its questions (facts of a story, a risk, or a statement
   * of a few words): it belongs with the report. Only a pure question is false.
   */
  hasStory(text: string): boolean;
  /** A concern told as a story (facts of a child or of a harm, not only a question or a past matter now resolved). */
  toldStory(text: string): boolean;
  /** A child writing of a friend who is harmed ("bạn em bị ba đánh"): the writer is the friend's reporter, not the child harmed. */
  friendTold(text: string): boolean;
  /**
   * The questions for the plans a message asks (plan-questions.ts), with the report's province; `forThePlans` says which sentence
   * is one. In the middle of the report only those the flow has no answer of its own for; `atStart`, those of the story.
   */
  plansQuestions(state: ReportFlowState, text: string, forThePlans: (sentence: string) => boolean, atStart?: boolean): PlansQuestion[];
}

/** Creates the flow over its two outside functions (province lookup, triage). */

/** Words that only open a report or say whom it is about (folded): no act, no condition, no place. */
const REPORT_OPENING = /^(?:(?:xin )?chao|hi|hello)?[\s,.!:]*(?:(?:toi|tui|minh|em|e|i)\s+)?(?:(?:muon|can|xin|want to|would like to|need to|wanna)\s+)?(?:bao tin|bao|to giac|report|tell you)\b/;
const WHOM_WORDS: ReadonlySet<string> = new Set(["something", "some", "thing", "about", "regarding", "concerning", "in", "of", "from", "my", "our", "a", "an", "the", "this", "that", "family", "kid", "kids", "child", "children", "relative", "relatives",
  "ve", "mot", "chuyen", "viec", "vu", "dua", "tre", "chau", "be", "trong", "ho", "hang", "nha", "toi", "tui", "minh", "cua", "con", "em", "xom", "gia", "dinh", "nay", "do", "kia", "ay"]);
/**
 * "Tôi muốn báo tin về một đứa trẻ trong họ hàng nhà tôi", "I want to report something about a kid in my family": the opening of a
 * report and whom it is about, nothing that happened yet, so not "I kept your story" (walk 49). "Tôi muốn báo tin: bé ở nhà một mình",
 * "… họ bán con tôi" tell something, however short.
 */
function onlyWhomSaid(seed: string): boolean {
  const folded = foldVietnamese(seed.normalize("NFC")).toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
  const opening = REPORT_OPENING.exec(folded);
  const rest = opening ? folded.slice(opening[0].length) : folded;
  return rest.split(" ").filter(Boolean).every((w) => WHOM_WORDS.has(w));
}
export function createReportFlow(deps: ReportFlowDeps): ReportFlow {
  /** One message at a question: what it answers or corrects, and the next question. */
  function advanceStep(saved: ReportFlowState, input: FlowInput): FlowStep {
    const typedText = input.text?.trim() || null;
    const state = dangerToldNow(writer(resume(saved), typedText), typedText, deps);
    // "thiệt ra là em đó": the child is the writer now; the advice for them, the words kept, and the question asked again of them.
    if (typedText && resume(saved).draft.reporterRelation !== "self" && state.draft.reporterRelation === "self" && state.childAdvised === false) {
      // A child who was advised as telling of a friend is thanked for saying it is them (advice given once is not given again).
      const advisedBefore = resume(saved).childAdvised === true;
      const step = move(advisedBefore ? { ...state, childAdvised: true } : state, { ...state.draft, extraNotes: [...state.draft.extraNotes, typedText] }, [], input.now, flow, deps, false);
      return advisedBefore ? { ...step, replies: [decorate(step.state, { text: say(T.itWasMe, lang(step.state), true) }), ...step.replies] } : step;
    }
    // "ko phải bố e đánh e, là bố của bạn e", "mà ko phải e bị đánh đâu, là bn e": the child told of a friend, not of themself; the
    // questions and the summary are about the friend from now on, and what was asked of the writer (their age) is no fact of the friend.
    if (typedText && input.attachments.length === 0 && resume(saved).draft.reporterRelation === "self" && FRIEND_NOT_ME.test(foldKey(typedText))) {
      const d = state.draft;
      const friend: ReportFlowState = { ...state, childWriter: true, otherChild: "friend", childAdvised: true,
        draft: { ...d, reporterRelation: "other", reporterRelationText: d.language === "en" ? "a friend of the child" : "bạn của trẻ", childAgeBand: null, childAgeText: null } };
      // At a question, the answer the message also gives ("dạ có, mà ko phải e bị đánh đâu, là bn e") is read as it would be, of the friend.
      if (friend.step !== "confirm" && friend.step !== "edit") return advanceStep({ ...friend, asked: (friend.asked ?? []).filter((x) => x !== "age") }, input);
      const next: ReportFlowState = { ...friend, step: "confirm", draft: stamp({ ...friend.draft, extraNotes: [...d.extraNotes, typedText] }, input.now) };
      // "... là bố của bn e đánh bn e. bn e là con trai 13t, ở phường Diên Hồng": what the other sentences tell of the friend is read too.
      const rest = typedText.split(/(?<=[.;!\n])\s*/).map((p) => p.trim()).filter((p) => p && !FRIEND_NOT_ME.test(foldKey(p)));
      if (rest.length === 0) return finish(next, [withAck(flow.ask(next), note(next, T.edited))], deps);
      const read = correction(next, rest.join(" "), input.now, flow, deps);
      const notes = [...d.extraNotes, typedText];
      const after: ReportFlowState = { ...read.state, draft: { ...read.state.draft, extraNotes: notes } };
      return finish(after, [...read.replies.filter((r) => r.urgent), withAck(flow.ask(after), note(after, T.edited))], deps);
    }
    if (input.attachments.length > 0) return withAttachments(state, input, flow, deps);
    const text = input.text?.trim() || null;
    // "thêm 3" at "how old?", "where?" or "when?": a number with no child, age, place or time word answers none of them; kept, asked again (walk 47).
    if (text && !input.choice && ["where", "commune", "age", "when", "reporter"].includes(state.step) && bareAddedNumber(text)) {
      const kept: ReportFlowState = { ...state, draft: stamp({ ...state.draft, extraNotes: [...state.draft.extraNotes, text] }, input.now) };
      return finish(kept, [withAck(flow.ask(kept), note(kept, T.notAnswer))], deps);
    }
    // "Không phải mẹ, là bố nó bỏ đói, mẹ nó mất rồi" at any question: who harms is corrected, and only that; the "không" answers
    // nothing, what else it says is kept for officers, and the question is asked again (issue 13).
    const whoFixed = text && !input.choice && state.step !== "confirm" && state.step !== "edit" ? harmerOnlyMidFlow(state, text, input.now, flow, deps) : null;
    if (whoFixed) return whoFixed;
    if (state.step === "confirm") return confirmStep(state, input.choice, text, input.now, flow, deps);
    if (state.step === "edit") return editStep(state, input.choice, text, input.now, flow, deps);
    // "0912... là số của mẹ bé, còn bố nó vừa cầm dao chém bé, đang chảy máu" at the contact question: the number is the other's (never
    // the reporter's contact), and what else is told is read as the story it is (the danger with it).
    if (state.step === "contact" && !input.choice && text && numbersSaid(text).some((n) => n.others) && moreBesideNumbers(text, deps)) return correction(state, text, input.now, flow, deps, true);
    const def = STEP_DEFS[state.step];
    // "chau k sao, em be bi sot nong lam, chau phai lam gi": the writer is fine, the little one is ill: a child is in danger now, and
    // what to do (115, an adult nearby) comes with the yes (walk 49 stored "no" and asked the next question).
    if (state.step === "danger" && !input.choice && text && fineButLittleOneIll(text)) return move(state, { ...def.choose(state.draft, "yes"), extraNotes: [...state.draft.extraNotes, text] }, [], input.now, flow, deps, true);
    // "Không nguy hiểm ngay. Bé gái 4 tuổi nhà bên, bố mẹ đi làm cả ngày để bé ở nhà một mình ..." after a start that told nothing.
    // "không biết có nguy hiểm ngay không", "no, not now, I don't know if he is in danger": not sure, whatever "no" it holds (issue 13).
    if (state.step === "danger" && !input.choice && text && !text.includes("?") && dangerUnsureSaid(text, deps)) {
      return move(state, { ...state.draft, dangerNow: "unknown", dangerFromStory: false, extraNotes: [...state.draft.extraNotes, text] }, [], input.now, flow, deps, true);
    }
    const storyAnswer = state.step === "danger" && !input.choice && text ? storyWithDangerAnswer(state, text, input.now, flow, deps) : null;
    if (storyAnswer) return storyAnswer;
    // "Bạn có nhắc tới Bình Dương: trẻ hiện đang ở đó phải không?": a yes takes the province the story named, a no asks where, open.
    const guessed = placeGuessAnswer(state, input.choice, text, deps);
    if (guessed === "yes") return move(state, withGuessedProvince(state.draft), [], input.now, flow, deps, true);
    if (guessed === "no") return move(state, { ...state.draft, provinceGuess: null }, [], input.now, flow, deps, false);
    // "không, Gia Lai", "no, Hue": a no with where the child is, that place read as the answer (the "no" is no part of it).
    if (typeof guessed === "object" && guessed) return typed({ ...state, draft: { ...state.draft, provinceGuess: null } }, def, guessed.place, input.now, flow, deps);
    // "Gia đình tôi có bị gọi lên không?" names a choice but asks a question: only a short reply is read as a choice.
    // A reply of three words or fewer ("dạ không ạ", which ends like a question) is read as a choice first.
    // "đừng nói với ai nhé", "chị giữ bí mật giúp em nha", "dont tell anyone ok?" at any question: asked of this chat, answered (what stays
    // private, that officers may have to act to keep the child safe, no name needed) and the question asked again (C42: taken as a note).
    // An answer typed with it ("có, đừng nói với ai nhé" at the danger question) is read by advance, the privacy paragraph added (m26).
    if (nobodyToldOnly(input, text)) return side(state, text!, "privacy", input.now, flow, deps);
    // "is someone coming?" at "who are you to the child?" asks (C42: read as the reporter "someone"): a short question on a topic of its own is no choice.
    const shortAsked = text !== null && text.includes("?") && ![null, "question", "clarify"].includes(sideTopic(text));
    const choice = input.choice ?? (text && wordCount(text) <= 6 && ((wordCount(text) <= 3 && !shortAsked) || !sideTopic(text)) ? def.recognise(text) : null);
    // "I don't know the commune", "không rõ xã nào": a place not known is a skip, never the place.
    const placeUnknown = (state.step === "commune" || state.step === "where") && text !== null && wordCount(text) <= 8 && !text.includes("?") && (PLACE_UNKNOWN.test(foldKey(text)) || saysNotKnown(text));
    // "not sure, somewhere near Dong Ba market": not known, but what else it says is kept for officers (nothing sent is dropped).
    const besides = placeUnknown && text !== null && foldKey(text).replace(PLACE_UNKNOWN, "").split(" ").filter((w) => w && !/^(nua|a|ah|nha|nhe|lam|het|ca|roi)$/.test(w)).length >= 2 ? [text] : [];
    const skipped = besides.length > 0 ? { ...state.draft, extraNotes: [...state.draft.extraNotes, ...besides] } : state.draft;
    // "em không muốn nói em ở đâu", "ko cần biết t ở đâu", "I'd rather not say": a refusal to say is a skip, kept for officers.
    const refused = !input.choice && text !== null && !["danger", "contact", "consent"].includes(state.step) && !text.includes("?") && REFUSES_TO_SAY.test(foldKey(text));
    if (refused) return move(storySkipped(state), { ...state.draft, extraNotes: [...state.draft.extraNotes, text] }, [note(state, T.skipped)], input.now, flow, deps, true);
    // "k nhớ", "chịu", "ai biết đâu" at "when?", "who are you?" or "how can officers reach you?": nothing to say, skipped.
    const notKnown = !input.choice && text !== null && ["when", "reporter", "contact"].includes(state.step) && saysNotKnown(text);
    if (choice === "skip" || placeUnknown || notKnown || (!input.choice && text !== null && isSkip(text))) return move(storySkipped(state), skipped, [note(state, besides.length > 0 ? T.noted : T.skipped)], input.now, flow, deps, true);
    // "mình không muốn để số, sợ bố mẹ biết": a choice typed in a sentence; the sentence says more than the choice and is kept for officers.
    const said = !input.choice && text && saysWhy(text) ? [text] : [];
    // "khong, chuyen toi qua", "không rõ, chắc từ hôm qua": a short answer with more said after it is read below with its rest (the
    // time, who, where kept and the words kept for officers), never the choice alone (walk 55 dropped "tối qua" and asked "when" again).
    // "không, nhưng nhắn tin thì được", "có, nhưng chỉ nhắn tin thôi" at the consent question: messages, never calls (a child hiding from
    // a father may not be called), read before the yes or no it opens with.
    if (state.step === "consent" && !input.choice && text && saysMessagesOnly(text)) {
      const limited = def.read(state.draft, text, deps, false);
      if (limited) return move(state, limited, [], input.now, flow, deps, true);
    }
    const withRest = !input.choice && text && def.choices.includes("no") ? leadingAnswer(text) : null;
    if (choice && def.choices.includes(choice) && !(withRest && withRest.answer === choice && restTellsMore(withRest.rest))) {
      const picked = def.choose(state.draft, choice);
      // "Không, nó đang ở nhà tui": where the child is, said with a short no, is kept as being (or not) with the person now.
      const chosen = state.step === "danger" && !input.choice && text && picked.withPersonNow === null ? { ...picked, withPersonNow: withPersonNowOf(text, picked) } : picked;
      return move(state, said.length ? { ...chosen, extraNotes: [...chosen.extraNotes, ...said] } : chosen, [], input.now, flow, deps, true);
    }
    if (!text) return stay(state, [flow.ask(state)]);
    // "có, nhắn tin được. mà chị tôi có biết tôi báo không?": a yes or no that opens a message which then asks: the answer is
    // taken and the question answered before the next one (the danger step reads its own answers).
    // "không, mà Phú Quốc giờ thuộc tỉnh nào vậy?": the answer may open the very sentence that asks. At the danger question only a no
    // or a not-sure is taken so (a yes with a question is read by the danger step itself).
    const leadRead = !input.choice && text.includes("?") && def.choices.includes("no") ? leadingAnswer(statementPart(text)) ?? leadingAnswer(text.replace(/\?+[\s.!]*$/u, "")) : null;
    // "Không. Nhưng ổng vừa nhắn sẽ giết nó, có cần báo công an không?": a no that goes on to tell of a danger is the danger step's to read.
    const tellsMore = (rest: string) => { const f = extractReportFacts(rest); return f.harmer !== null || f.when !== null || f.threatToKill || deps.triage(rest).risk !== "low"; };
    const leadAsked = leadRead && !(state.step === "danger" && (leadRead.answer === "yes" || tellsMore(leadRead.rest))) ? leadRead : null;
    if (leadAsked && def.choices.includes(leadAsked.answer) && asksSomething(text)) {
      const answered = def.choose(state.draft, leadAsked.answer);
      const step = move(state, { ...answered, extraNotes: [...answered.extraNotes, text] }, [], input.now, flow, deps, true);
      return { ...step, replies: answeredFirst(step.replies, [sideReply(state, text, deps)]) };
    }
    // "không, giờ bé đang ở trường": the answer it opens with, and the rest kept for officers (and read for facts it does not contradict).
    const lead = !input.choice && def.choices.includes("no") ? leadingAnswer(text) : null;
    // "không có em, con bé đang bị nhốt trong nhà", "ai mà biết, ổng đang đánh nó", "no, but he is hitting her right now": a danger
    // happening now, told after a no or a not-sure, is the answer; the full danger reading takes it (an emergency is never lowered).
    // "không, chưa an toàn đâu": not safe said after a no is the danger step's to read (a yes, RD37).
  const dangerAfterLead = state.step === "danger" && lead !== null && lead.answer !== "yes" && (dangerNowAfterAnswer(lead.rest, deps) || saysNotSafe(lead.rest));
    if (lead && def.choices.includes(lead.answer) && !dangerAfterLead) {
      // "không, giờ bé ở trường, mà chiều nay bé phải về nhà với ông ta": safe now, back with the one who harms today: not known.
      const backToday = state.step === "danger" && lead.answer === "no" && laterDangerToday(lead.rest);
      const answered = def.choose(state.draft, backToday ? "unknown" : lead.answer);
      // "Không, cháu đang ở nhà với mẹ": whom the child is with names no one who harms, unless the words tell of a harm (walk 37).
      // "tui không biết nữa, tối ni ổng vẫn ngủ ở nhà đó": where the one who harms is tonight is no time of the harm the story told
      // (walk 46: a suspicion seen for weeks was said back as "about to happen").
      const tonightOnly = state.step === "danger" && Boolean(state.draft.narrative) && (backWithHarmerToday(lead.rest) || harmerBackLater(lead.rest) || TONIGHT_SAID.test(chatKey(lead.rest)));
      const restFields = (tellsOfHarm(lead.rest) ? STORY_FIELDS : ALL_BUT_HARMER).filter((f) => !(tonightOnly && f === "when"));
      const read = lead.rest ? readStory(answered, lead.rest, deps, "fill", restFields).draft : answered;
      const kept = { ...read, dangerNow: answered.dangerNow, ...(answered.dangerFromStory !== undefined ? { dangerFromStory: answered.dangerFromStory } : {}), withPersonNow: answered.withPersonNow ?? withPersonNowOf(lead.rest, answered), extraNotes: [...answered.extraNotes, text] };
      return move(state, kept, [], input.now, flow, deps, true);
    }
    // "not right this second, but she'll be alone again tonight", "hổng có nguy hiểm liền đâu, nó đang ở nhà tui": a no to the danger
    // question said in a sentence; the rest is read for facts and kept for officers.
    if (state.step === "danger" && !input.choice && !isQuestionLike(text) && saysNoDanger(text) && !dangerAfterLead) {
      const read = readStory(state.draft, text, deps, "fill", tellsOfHarm(text) ? undefined : ALL_BUT_HARMER).draft;
      return move(state, { ...read, dangerNow: laterDangerToday(text) || householdHarmerAway(state.draft, text) ? "unknown" : "no", dangerFromStory: false, extraNotes: [...read.extraNotes, text] }, [], input.now, flow, deps, true);
    }
    // "thôi, cho tôi ẩn danh, đừng lưu số tôi": a reporter who gave a number and changes their mind is anonymous from now on, the number dropped.
    if (!input.choice && state.draft.anonymous === false && wantsAnonymity(text)) {
      const anonymous = { ...state.draft, anonymous: true, contact: null, consentToContact: false, extraNotes: [...state.draft.extraNotes, text] };
      return move(state, anonymous, [note(state, T.madeAnonymous)], input.now, flow, deps, true);
    }
    // "e k co dt rieng, dt cua me", "I don't have my own phone, this is my mom's": the phone is someone else's: no one calls it, the words
    // are kept for officers (walk 41: dropped), and the reporter is told so.
    if (state.step === "contact" && !input.choice && PHONE_NOT_OWN.test(foldKey(text)) && !/(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(text)) {
      const anonymous = STEP_DEFS.contact.choose(state.draft, "anonymous");
      const step = move(state, { ...anonymous, extraNotes: [...anonymous.extraNotes, text] }, [], input.now, flow, deps, true);
      return { ...step, replies: answeredFirst(step.replies, [{ text: say(T.notThatNumber, lang(state), child(state)), links: [HOTLINE_LINK[lang(state)]] }]) };
    }
    // "e k co dt rieng, dung so me e dc k a? 0399 222 333": the number is taken, and the question answered: yes, and officers may call
    // it, so it should be a safe one (walk 49: kept in the notes, never answered).
    // "đừng để số của mẹ em được không ... số của cô chủ nhiệm em là 0912 345 678": a wish that a number not be used, answered as
    // such ("dung" folds both "dùng" and "đừng") (RD5: it read "yes, officers may call that number").
    if (state.step === "contact" && !input.choice && (ASKS_OTHERS_NUMBER.test(foldKey(text)) || DONT_USE_NUMBER.test(foldKey(text))) && /(?:\d[\s.-]?){8,}/.test(text)) {
      const read = STEP_DEFS.contact.read(state.draft, text, deps, false);
      if (read) {
        const step = move(state, read.extraNotes.includes(text) ? read : { ...read, extraNotes: [...read.extraNotes, text] }, [], input.now, flow, deps, true);
        const answer = DONT_USE_NUMBER.test(foldKey(text)) || /đừng\s+(?:\S+\s+){0,2}?(?:số|sđt|điện thoại)/u.test(text.normalize("NFC").toLowerCase()) ? T.othersNumberNot : T.othersNumberOk;
        return { ...step, replies: answeredFirst(step.replies, [{ text: say(answer, lang(state), child(state)), links: [HOTLINE_LINK[lang(state)]] }]) };
      }
    }
    // "đừng gọi, bố em nghe thấy", "don't call me, my dad will hear it": no call, and the writer told how to reach 111 themself (walk 41:
    // the same question was asked again).
    const dontCall = state.step === "contact" && !input.choice && DONT_CALL.test(text.normalize("NFC")) && !/(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(text);
    if (dontCall) {
      const anonymous = STEP_DEFS.contact.choose(state.draft, "anonymous");
      const step = move(state, { ...anonymous, extraNotes: [...anonymous.extraNotes, text] }, [], input.now, flow, deps, true);
      return { ...step, replies: answeredFirst(step.replies, [{ text: say(T.wontCall, lang(state), child(state)), links: [HOTLINE_LINK[lang(state)]] }]) };
    }
    // "thôi khỏi", "tôi không muốn để số": declining to leave a contact is anonymous, not a note (a phone number in it wins).
    if (state.step === "contact" && !input.choice && refusesContact(text) && !/(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(text) && !isQuestionLike(text) && !text.includes("?")) {
      const anonymous = STEP_DEFS.contact.choose(state.draft, "anonymous");
      // "thôi khỏi để số, tui không muốn ai biết tui báo": anonymous, and the fear it tells (who will know) answered before the next question.
      const fears = sideTopics(text).filter((t) => ANSWERED_WITH_CONTACT.has(t));
      const step = move(state, saysWhy(text) || fears.length > 0 ? { ...anonymous, extraNotes: [...anonymous.extraNotes, text] } : anonymous, [], input.now, flow, deps, true);
      return fears.length === 0 ? step : { ...step, replies: answeredFirst(step.replies, [topicsReply(state, fears, deps, text)]) };
    }
    // A way to reach them in words ("tôi không ngại để tên, tôi là ..."), not a question: the contact as typed, whatever words it shares with a side question.
    const contact = state.step === "contact" && !input.choice && !isQuestionLike(text) && sideTopic(text) ? STEP_DEFS.contact.read(state.draft, text, deps, false) : null;
    if (contact) {
      // "e ko goi dc, bo nghe thay. 0345 ..., nhan tin thoi": what the words ask or fear is answered with the contact taken (a child
      // hiding who cannot call gets what to do instead of calling).
      const topics = sideTopics(text).filter((t) => ANSWERED_WITH_CONTACT.has(t));
      const step = move(state, contact, [], input.now, flow, deps, true);
      return topics.length === 0 ? step : { ...step, replies: answeredFirst(step.replies, [topicsReply(state, topics, deps, text)]) };
    }
    const step = typed(state, def, text, input.now, flow, deps);
    // The danger told after the no is read as a yes, whatever else the full reading made of the words before it; who harms, told with it, kept.
    if (dangerAfterLead && lead && (step.state.draft.dangerNow !== "yes" || (tellsOfHarm(lead.rest) && step.state.draft.harmer === state.draft.harmer))) {
      const read = readStory(state.draft, lead.rest, deps, "fill", tellsOfHarm(lead.rest) ? STORY_FIELDS : ALL_BUT_HARMER).draft;
      const yes = def.choose(read, "yes");
      return move(state, { ...yes, when: yes.when ?? "now", extraNotes: yes.extraNotes.includes(text) ? yes.extraNotes : [...yes.extraNotes, text] }, [], input.now, flow, deps, true);
    }
    return step;
}
  const flow: ReportFlow = {
    start(o) {
      const seed = o.seedText?.trim() || null;
      const about = !seed && o.aboutWhom?.trim() ? o.aboutWhom.trim() : null;
      const read = seed ? withoutIntro(readStory(newDraft(o), seed, deps, "fill").draft) : null;
      const readOnly = read ? (o.childSelf && read.reporterRelation === null ? { ...read, reporterRelation: "self" as const } : read)
        : about ? { ...readStory(newDraft(o), about, deps, "fill").draft, narrative: null, extraNotes: [about] } : newDraft(o);
      // "just punched me ... hes still downstairs", "20 phút trước ... kéo lên xe máy": the danger now the story told is not asked
      // (walk 53); shown in the summary to confirm. A story never answers "no" (RD20).
      const toldDanger = seed && readOnly.dangerNow === null ? dangerInStory(seed, deps.triage(seed)) : null;
      const draft: ReportDraft = toldDanger ? { ...readOnly, dangerNow: toldDanger, dangerFromStory: true, when: toldDanger === "yes" && !readOnly.when ? "now" : readOnly.when } : readOnly;
      // "em 12 tuổi, em trai em 6 tuổi bị bố đánh", "bạn em bị ba bạn ấy đánh": a child telling of a brother, a sister or a friend.
      const sibling = seed ? siblingOfWriter(seed) ?? (toldOfFriend(seed, deps) ? "friend" : null) : null;
      // "Tôi đã gọi 113 rồi", "công an đã đến", "I already called the police": the call made is thanked for, not asked for again (walk 53).
      const called = seed ? calledSaid(seed) : null;
      const base: ReportFlowState = { step: "danger", history: [], draft, emergencyAlerted: false, asked: [], ...((seed && isChildWriter(seed)) || o.childWriter || sibling ? { childWriter: true } : {}), ...(sibling ? { otherChild: sibling } : {}), ...(called ? { calledNoted: true } : {}) };
      const state: ReportFlowState = { ...base, step: nextStep(base), childAdvised: child(base) };
      // "Is this the right place to report a child who I think is being exploited?": a question, not yet the story.
      // "I want to report something about a kid in my family.": no story yet, so no "I kept your story" before it is told (walk 49).
      const told = seed !== null && !(thinStory(draft) && onlyWhomSaid(seed)) && !(isQuestionLike(seed) && !readStory(newDraft(o), statementPart(seed), deps, "fill").learned.some((f) => CHILD_FACTS.has(f)));
      // A child telling of a friend or a sibling is told what to do for them, not that it is not their fault (that is for the child harmed).
      const intro: Reply = aboutOtherChild(state) && seed
        ? { text: fill(o.advised ? say(T.introAdvised, o.language, true) : T.introForOther[o.language], otherChildWords(state.otherChild ?? "friend", o.language)), links: [HOTLINE_LINK[o.language]] }
        : { text: say(seed ? (o.advised && child(state) ? T.introAdvised : o.unasked ? T.introUnasked : told ? T.introStory : T.intro) : T.intro, o.language, child(state)), links: [HOTLINE_LINK[o.language]] };
      // The story said the danger is now or tonight: 113/115/111 at once, and the danger is not asked.
      // So does a story the triage rates an emergency on a danger it states ("hai đứa nhỏ, đứa nhỏ mới biết đi, ở nhà một mình mấy bữa
      // ni"): the numbers before the first question, whatever the answer to it will be.
      // A child taken away today ("vừa bị một người lạ chở đi ... trưa nay") is in danger as told: the call without an "if" (walk 49).
      const dangerTold = draft.dangerNow === "yes" || (seed !== null && deps.triage(seed).redFlags.some((f) => TAKEN_NOW.has(f)));
      // "co 2 dua nho 4 tuoi va 6 tuoi bi bo o nha mot minh may ngay nay, khong co gi an": small children alone for days without food;
      // the numbers come first too, written with or without marks (issue 13), though the risk stays as triage rates it.
      const urgent: Reply[] = draft.dangerNow === "yes" || (seed !== null && (statesDanger(deps.triage(seed)) || smallChildAloneUnfed(deps.triage(seed)) || childrenLeftAlone(seed))) ? [{ text: withFirstAid(urgentWords(state, called ? calledText(called) : dangerTold ? T.emergencyTold : T.emergencyNow, deps), seed ?? "", o.language), links: EMERGENCY_LINKS[o.language], urgent: true }] : [];
      // A story that ends with a question about the report ("bố dượng có biết tôi báo không?"): answered before the first question.
      // Every question it asks is answered ("có bị lộ danh tính không và ai sẽ đến kiểm tra?").
      // So is one asked first, the story after ("Nếu mình báo thì ba mẹ nó có biết ai báo không? Con bé nhà bên ...").
      const asks = seed && asksSomething(seed) ? forTheStory(sideTopics(seed).filter((t) => t !== "question" && t !== "thanks"), state, deps) : [];
      // "... Tôi không muốn công an vào, chỉ mong có người nói chuyện với mẹ bé.": a wish about the response told in the story is answered too (walk 41).
      const questions: SideTopic[] = seed && !asks.includes("noPolice") && sideTopics(seed).includes("noPolice") ? [...asks, "noPolice"] : asks;
      // A demand for money or more pictures under a threat (sextortion): what to do about it (do not pay, keep the messages) comes first.
      // The emergency words for a threat with pictures already say it: the demand is not answered twice.
      const threatAdvised = urgent.length > 0 && !aboutOtherChild(state) && sextortionStory(state, deps);
      const asked: SideTopic[] = threatAdvised ? questions.filter((t) => t !== "demand" && t !== "demandNone" && t !== "demandTaken") : seed && !questions.includes("demand") && (DEMAND_TOLD.test(foldKey(seed)) || imagesAsked(foldKey(seed))) && deps.triage(seed).category === "online_abuse" ? [demandTopic(seed), ...questions] : questions;
      // The advice on pictures asked for says what to do: "what should I do" is not answered a second time with the general advice.
      const advisedOnImages = asked.includes("demand") || asked.includes("demandNone") || asked.includes("demandTaken");
      const topics = asked.length > 0 ? inDanger(advisedOnImages ? asked.filter((t) => t !== "act") : asked, state, seed ?? "", deps) : [];
      const answer: Reply[] = topics.length > 0
        ? [{ text: withDeadline(sideAnswerText(topics, (t) => say(forWriter(t, state), o.language, child(state))), topics, state, deps), links: [HOTLINE_LINK[o.language]] }] : [];
      // A child just told where to go or how to stay hidden is not told a second, other piece of advice in the welcome (walk 53).
      const welcome = urgent.length > 0 && child(state) && !aboutOtherChild(state) && !o.advised ? { ...intro, text: say(T.introAfterDanger, o.language, true) } : intro;
      // "anh quen trên mạng hẹn em mai ra gặp": the advice for a lure comes with the first reply, also when nothing urgent was said (C42).
      // With an alarm (a meeting not yet gone to, read as an emergency), the advice comes after it, never in its place (m26).
      const lure: Reply[] = seed !== null && !aboutOtherChild(state) && onlineMeetingSaid(seed) ? [{ text: say(T.emergencyOnlineMeet, o.language, child(state) || onlineMeetingOfWriter(seed)), links: [HOTLINE_LINK[o.language]] }] : [];
      return finish(state, beforeDayAdvice({ state, replies: [...urgent, welcome, ...lure, ...answer, flow.ask(state)] }, deps), deps);
    },
    advance(saved, input) {
      const text = input.text?.trim() || null;
      // "đúng rồi, bé 9 tuổi", "phải rồi, ở xã Ia Grai": a fact said again as the report holds it is kept, said so, and the report goes
      // on (at the summary, the summary again); nothing changes and no note is added. The danger and consent questions read "đúng" as a yes.
      const now = resume(saved);
      if (text && input.attachments.length === 0 && !["danger", "consent", "what"].includes(now.step) && restatedOnly(now.draft, text, deps)) {
        const at: ReportFlowState = now.step === "edit" ? { ...now, step: "confirm" } : now;
        return stay(at, [withAck(flow.ask(at), note(at, T.keptAsIs))]);
      }
      // "tôi đang nói tới đâu rồi?", "where was I?" (back after a pause): what was told so far, and the question again; no note is kept.
      const at = resume(saved);
      if (text && at.step !== "confirm" && WHERE_WAS_I.test(foldKey(text))) {
        return finish(at, [{ text: `${say(T.whereWasI, lang(at), child(at))}\n${understoodLine(at.draft, child(at))}` }, flow.ask(at)], deps);
      }
      // "có, đừng nói với ai nhé", "xã Tân Lộc Cà Mau, đừng nói với ai nha": the answer is read as if typed alone (a yes at the danger
      // question is never lost), and the request that nobody be told is answered beside it, before the next question (m26).
      const beside = nobodyToldBeside(input, text);
      if (beside) {
        const step = flow.advance(saved, { ...input, text: beside });
        const privacy = topicsReply(step.state, ["privacy"], deps);
        const at = Math.max(0, step.replies.length - 1);
        return { ...step, replies: [...step.replies.slice(0, at), privacy, ...step.replies.slice(at)] };
      }
      return dangerArriving(input.now, flow, livingWithAdvice(resume(saved), dayAdvised(tonightAdvice(deps, saidBeside(demandAnswered(firstAidFor(unsureCalmed(resume(saved), keptWhole(advanceStep(saved, input), text, resume(saved).step, flow, deps), input), text), text, deps), text), text), deps), deps), text, deps);
    },
    back(saved) {
      const state = resume(saved);
      const previous = state.history[state.history.length - 1];
      if (!previous) return stay(state, [{ text: note(state, T.atStart) }, flow.ask(state)]);
      const asked = (state.asked ?? []).filter((s) => s !== previous);
      const back: ReportFlowState = { ...state, step: previous, history: state.history.slice(0, -1), asked };
      return stay(back, [flow.ask(back)]);
    },
    cancel(state, now) {
      const draft: ReportDraft = { ...state.draft, status: "abandoned", updatedAt: now.toISOString() };
      const next = { ...state, draft };
      return { state: next, replies: [decorate(next, { text: say(T.cancelled, lang(state), child(state)), links: [HOTLINE_LINK[lang(state)]] })], effects: [{ type: "save_draft" }], outcome: "cancelled" };
    },
    submitted(state, receipt) {
      const l = lang(state);
      const code = receipt.caseCode;
      const category = deps.triage(draftText(state.draft)).category;
      // A child is not told a deadline of hours: what to do while waiting (and, for a wish to die, to put pills and knives away).
      const next = child(state)
        // "Cô chú được báo ngay" only for an emergency, when officers are alerted at once (an alert channel is configured); otherwise the
        // message was received (walks 36, 52). With no alert channel an emergency is said to wait first in the queue: 113/111 now.
        // A friend who self-harms: the self-harm advice first (pills and knives away, 115), worded for the friend.
        // A child about themself with no way to be reached (anonymous, no number) is not promised help soon: 111 is how to get it (walk 48).
        ? fill((category === "self_harm" && SELF_HARM_SAID.test(foldKey(draftText(state.draft))) ? (aboutOtherChild(state) ? T.nextChildSelfHarmForOther : !state.draft.contact ? T.nextChildSelfHarmNoContact : T.nextChildSelfHarm) : aboutOtherChild(state) ? T.nextChildForOther : !state.draft.contact ? T.nextChildNoContact : T.nextChild)[l], { told: (receipt.risk === "emergency" && deps.officerAlerts !== false ? T.childToldNow : T.childToldReceived)[l], ...otherChildWords(state.otherChild ?? "friend", l) })
        : fill(receipt.risk === "emergency" ? (deps.officerAlerts === false ? T.nextEmergencyQueued : T.nextEmergency)[l] : T.nextOther[l], { due: formatVietnamTime(receipt.dueBy) });
      // Sexual or online abuse: the child's images are never sent here.
      // "bạn em bị anh họ hiếp": a child telling of a friend is a child too, never asked for pictures nor told of them (walk 35).
      const friendOfChild = state.draft.reporterRelation === "other" && ["bạn của trẻ", "a friend of the child"].includes(state.draft.reporterRelationText ?? "") && !writerIsGrownUp(draftText(state.draft));
      const images = !child(state) && !friendOfChild && ["sexual_abuse", "online_abuse"].includes(category) ? [T.noChildImages[l]] : [];
      // "gửi ảnh ngay" beside "Đừng gửi ảnh nhạy cảm" says two things: with the second, the first asks only for more words (walk 48).
      // A child's closing says 111 once: the line about telling more drops it when the message above already named it (walk 49).
      const more = images.length > 0 ? T.afterSubmitNoPhotos[l] : (child(state) || friendOfChild) && /\b111\b/.test(next) ? T.afterSubmitChild111Told[l] : say(T.afterSubmit, l, child(state) || friendOfChild);
      const text = [fill(say(T.submitted, l, child(state)), { code }), next, ...receipt.nextSteps, more, ...images].join("\n\n");
      // "ok send. will police contact me?": sent, then the question answered.
      const topics = state.askedAtSubmit ? sideTopics(state.askedAtSubmit).filter((t) => ANSWERED_HERE.has(t) && t !== "thanks") : [];
      const answer: Reply[] = topics.length > 0 ? [{ text: sideAnswerText(topics, (t) => note(state, forWriter(t, state))), links: [HOTLINE_LINK[l]] }] : [];
      return [decorate(state, { text, links: [HOTLINE_LINK[l]] }), ...answer];
    },
    submitFailed: (state) => [decorate(state, { text: say(T.submitFailed, lang(state), false), links: [HOTLINE_LINK[lang(state)]], choices: choicesOf(state) })],
    ask(saved) {
      const state = resume(saved);
      const def = STEP_DEFS[state.step];
      const question = def.question(state.draft);
      const worded = peer(state) ? PEER.get(question) ?? question : question;
      const hamlet = state.draft.hamlet ?? "";
      let text = fill(say(worded, lang(state), child(state)), { told: shorten(state.draft.narrative ?? "", 300), hamlet, place: placeGuessText(state.draft, lang(state)), Hamlet: hamlet.charAt(0).toUpperCase() + hamlet.slice(1), ...otherChildWords(state.otherChild ?? "friend", lang(state)) });
      if (state.step === "confirm") text = `${renderSummary(state.draft, formerPlaceLine(state.draft, deps), child(state))}\n\n${text}`;
      return decorate(state, { text, choices: choicesOf(state) });
    },
    anotherChild: (known, text) => aboutAnotherChild(known, text, deps),
    hasStory: (text) => hasStory(text, deps),
    toldStory: (text) => toldStory(text, deps),
    friendTold: (text) => toldOfFriend(text, deps),
    plansQuestions(state, text, forThePlans, atStart = false) {
      const found = plansQuestions(resume(state), text, deps, (p) => tellsFacts(p, deps), forThePlans);
      if (found.length === 0 || atStart) return found;
      // Only a question the flow has no answer of its own for (it would say it kept the question for the officers): a province
      // asked of a place, "where was I", a contact asked about are the flow's.
      const dry = flow.advance(state, { text, choice: null, attachments: [], now: new Date(state.draft.updatedAt) });
      const kept = [SIDE_ANSWERS.question.vi, SIDE_ANSWERS.question.en, SIDE_ANSWERS.question.viChild, SIDE_ANSWERS.question.enChild];
      return dry.replies.some((r) => kept.some((k) => k && r.text.includes(k))) ? found : [];
    },
  };
  return flow;
}

/**
 * Nothing a reporter sends is dropped: a message read only for the answer it gives ("em ko co dt. chu ay so vao cho do cua
 * em dau lam" at the contact question is "anonymous") is kept whole for officers when it tells more than the answer, and the
 * draft is triaged with it.
 */
function keptWhole(step: FlowStep, text: string | null, before: StepId, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  if (!text || step.outcome !== "continue" || draftHolds(step.state.draft, text)) return step;
  // What only answers (a place, an age, "I already said that") is in the field it filled; what tells of harm or of someone is kept.
  if (wordCount(text) < 4) return step;
  const facts = extractReportFacts(text);
  // The rules' reading (a classifier reads too much into a few words: "in Ta Van, I already said that").
  if (!(facts.harmer !== null || facts.injury !== null || triageRules(text).risk !== "low")) return step;
  // "Thông tin của tôi có được giữ bí mật không?": a question about reporting the bot answered tells nothing of the child, whatever
  // its words ("giữ bí mật" is also a grooming word); it is not kept (issue 13: officers read notes as facts).
  const topics = sideTopics(text);
  // The one who harms may be its subject ("ông dượng nó có biết tôi báo không?"): still no fact of the child, unless a harm is told too.
  if (isQuestionLike(text) && topics.length > 0 && topics.every((t) => ANSWERED_HERE.has(t)) && facts.injury === null && (facts.harmer === null || triageRules(text).risk === "low")) return step;
  // "con có bị ba đánh thêm không nếu ba biết?", "bố mẹ e có bị báo ko ạ?": a harm or a person asked about as what telling might bring is
  // no harm told, when the message is only that question (walk 40: a child's question was kept as a note).
  if (isQuestionLike(text) && topics.length > 0 && topics.every((t) => ASKED_CONSEQUENCE.has(t)) && statementPart(text) === "") return step;
  const next = { ...step.state, draft: { ...step.state.draft, extraNotes: [...step.state.draft.extraNotes, text] } };
  // At the summary, the summary shown holds it too.
  const replies = next.step === "confirm" && before !== "confirm" && step.replies.length > 0 ? [...step.replies.slice(0, -1), flow.ask(next)] : step.replies;
  const kept = finish(next, replies, deps);
  return { ...kept, effects: [...new Map([...step.effects, ...kept.effects].map((e) => [JSON.stringify(e), e])).values()] };
}

/** The draft already holds the message's words (as the story, a note, or a field it filled). */
function draftHolds(d: ReportDraft, text: string): boolean {
  const t = text.trim();
  return [d.narrative, ...d.extraNotes, d.contact, d.locationText, d.commune, d.hamlet, d.childAgeText, d.harmerText, d.reporterRelationText, d.when].some((f) => typeof f === "string" && f.includes(t));
}

/**
 * "ơ chết rồi, ổng đang đánh nó ngay bây giờ đây": a message at any question that tells danger happening now (and reads
 * as an emergency) answers the danger question with a yes, whatever was answered before.
 */
function dangerToldNow(state: ReportFlowState, text: string | null, deps: ReportFlowDeps): ReportFlowState {
  if (!text || state.draft.dangerNow === "yes" || state.step === "danger" || isQuestionLike(text) || saysNoDanger(text) || /\b(?:an toan|safe|khong sao|khong (?:con )?nguy hiem)\b/.test(chatKey(text))) return state;
  if (extractReportFacts(text).when !== "now" || deps.triage(text).risk !== "emergency") return state;
  // "đừng gọi số đó giờ này" in a message about numbers is when not to call, no danger now (walk 43).
  if (contactOnly(text, deps)) return state;
  return { ...state, draft: { ...state.draft, dangerNow: "yes", dangerFromStory: false } };
}

/**
 * The person who harms at the door or coming in now, said mid-report (folded): "nó đang đập cửa", "dượng đang phá cửa rồi", "ông ấy đang
 * vào phòng", "ổng đang đi tìm cháu", "he's breaking the door", "he is banging on the bathroom door", "he's coming in". Past or habit
 * ("hôm qua nó cũng đập cửa", "yesterday he broke the door") is not this: a word of now is needed, or the English -ing of now.
 */
const ARRIVING_VI = /\b(?:dang|van dang|bay gio|gio|lai dang|dang co)\s+(?:\S+\s+){0,2}?(?:dap|pha|tong|giat|cay|xo|day|go|dam|bop|mo|be|vat)\s+(?:cua|khoa|ca cua)\b|\b(?:dang|van dang)\s+(?:vao|vo|xong vao|lao vao|toi|den|lai gan|leo len|len lau|di len|xuong)\s+(?:(?:phong|nha tam|nha ve sinh|toilet|wc|buong|day|gan|cho)\b)|\b(?:dang|van dang)\s+(?:di\s+)?(?:tim|kiem|luc|san lung)\s+(?:em|chau|con|tui|toi|minh|e|be|no)\b|\b(?:vao|vo|pha|dap|tong)\s+(?:duoc\s+)?(?:(?:cua|phong|buong|nha tam|nha ve sinh|toilet)\s+)?(?:roi|duoc roi)\s*(?:$|\b(?:chau|em|con|tui|so|cuu))/;
const ARRIVING_EN = /\b(?:he|she|they|dad|stepdad|mom|mum|father|mother|uncle|the man)\s*(?:is|s|are|re)?\s+(?:now\s+|still\s+)?(?:breaking|banging|kicking|pounding|smashing|hammering|forcing|trying to (?:open|break|get through|get in|force))(?:\s+(?:down|on|at|in|open))?\s+(?:the|my|our|this)\s+(?:\w+\s+)?(?:door|window|lock)\b|\b(?:he|she|they)\s*(?:is|s|are|re)\s+(?:now\s+)?(?:coming (?:in|into|up|for me|to (?:my|the) room)|trying to get in|in (?:my|the) room|inside (?:the|my) room|looking for me)\b|\b(?:he|she|they) (?:got|has got|just got|came) in\b/;
/** A clause whose subject is the writer (folded): "giờ em đang mở cửa sổ", "cháu đang mở cửa phòng", "I'm opening the window". */
const WRITER_DOING = /^(?:(?:gio|bay gio|hien gio|luc nay|ma|con)\s+)?(?:em|e|tui|toi|minh|mk|chau|con|tao|tui con|tui em|i|im|i m|we)\s+(?:dang|van|lai|vua|moi|da|dang co|is|am|m|are|re|just)\b/;
/** A mother or grandmother as the clause's subject (folded; "ba" alone is a father in the South): "mẹ em đang ...", "bà nội đang ...". */
const CARER_SUBJECT = /^(?:(?:gio|bay gio|hien gio|luc nay|ma|con)\s+)?(?:me|ma|ba noi|ba ngoai|ngoai|noi|mom|mum|my mom|my mum|grandma|granny|my grandma)(?:\s+(?:em|chau|con|toi|tui|minh|e))?\s/;
/** What a mother or grandmother does for the child, not against: opening the door for them, letting them in, looking for them (folded). */
const CARER_HELPS = /\b(?:mo cua|mo khoa|cho (?:em|chau|con|e|tui|minh) vao|tim|kiem|di tim|opening|letting (?:me|us) in|looking for)\b/;

/**
 * The person who harms arriving now, in a clause of the message (never the writer's own doing, "giờ em đang mở cửa sổ cho mát", nor a
 * mother or grandmother letting the child in or looking for them, "mẹ đang mở cửa cho em vào nhà rồi", unless she is the one who harms).
 */
function arrivingNow(text: string, harmer: string | null = null): boolean {
  const key = chatKey(standardDialect(text));
  if (isQuestionLike(text) || /\b(?:hom qua|toi qua|dem qua|hom truoc|lan truoc|hoi truoc|tung|yesterday|last (?:night|time|week)|used to|before)\b/.test(key)) return false;
  const carerHarms = harmer !== null && /mother|grand/u.test(harmer);
  return text.normalize("NFC").split(/[,.;!?\n]+/u).some((clause) => {
    const k = chatKey(standardDialect(clause.trim()));
    if (!k || !(ARRIVING_VI.test(k) || ARRIVING_EN.test(k))) return false;
    if (WRITER_DOING.test(k)) return false;
    const carer = CARER_SUBJECT.test(`${k} `) || /^\s*(?:(?:giờ|bây giờ)\s+)?bà\b/iu.test(clause);
    return !(carer && !carerHarms && CARER_HELPS.test(k));
  });
}

/**
 * "nó đang đập cửa, cháu sợ quá" typed at a question while the story is of a danger (a child hiding, a person with a knife): what to do
 * this minute comes first (lock or block the door, get out to a neighbour, 113), then the question again, never only "Cảm ơn em, đã ghi
 * lại." (walk 55). The danger now is a yes (never lowered); the words are kept as the step kept them.
 */
function dangerArriving(now: Date, flow: ReportFlow, step: FlowStep, text: string | null, deps: ReportFlowDeps): FlowStep {
  if (!text || step.outcome !== "continue" || !arrivingNow(text, step.state.draft.harmer ?? null)) return step;
  // At the danger question it is the yes it tells: the next question follows the safety lines.
  if (step.state.step === "danger" && step.state.draft.dangerNow !== "yes") {
    const yes = move(step.state, { ...step.state.draft, dangerNow: "yes", dangerFromStory: false, when: step.state.draft.when ?? "now" }, [], now, flow, deps, true);
    return dangerArriving(now, flow, yes, text, deps);
  }
  const noted = [T.noted, T.notedChoose, T.notAnswer].flatMap((t) => Object.values(t).filter((v): v is string => typeof v === "string"));
  const replies = step.replies.filter((r) => !r.urgent).map((r) => {
    const lines = r.text.split("\n");
    return lines.length > 1 && noted.includes(lines[0]!.trim()) ? { ...r, text: lines.slice(1).join("\n") } : r;
  });
  const urgent: Reply = { text: say(T.dangerArriving, lang(step.state), child(step.state)), links: EMERGENCY_LINKS[lang(step.state)], urgent: true };
  const draft = step.state.draft.dangerNow === "yes" ? step.state.draft : { ...step.state.draft, dangerNow: "yes" as const, dangerFromStory: false };
  return finish({ ...step.state, draft }, [urgent, ...replies], deps);
}

/** A reason given with a choice ("sợ bố mẹ biết", "vì nhà em hay kiểm tra điện thoại", "because my dad checks my phone"): kept for officers. */
const SAYS_WHY = /(?:^|[\s,.;])(?:sợ|vì|bởi vì|tại vì|ngại|because|afraid|scared|worried)(?=[\s,.;!?]|$)/iu;
/** Without diacritics "so" is also "số" (a number): a fear only before what is feared. */
const SAYS_WHY_FOLDED = /\b(?:vi|boi vi|tai vi|ngai|so (?:bi|bo|me|ba|ma|nha|ho|no|ong|ba|gia dinh|lo|bi lo|nguoi ta))\b/;
const saysWhy = (text: string): boolean => SAYS_WHY.test(text.normalize("NFC")) || (!hasVietnameseDiacritics(text) && SAYS_WHY_FOLDED.test(foldKey(text)));

/**
 * Words of self-harm or a wish to die in what was told (folded). The advice to put pills and knives away is for a child who said so,
 * not for one whose report a classifier read as self-harm ("bây h ba t chưa về" is no child gone missing nor a wish to die).
 */
const SELF_HARM_SAID = /\b(?:(?:khong|ko|k|chang|hong) (?:muon|mun|thiet|thich) song|muon chet|mun chet|chet cho xong|chet quach|tu tu|tu sat|tu hai|tu lam dau|lam dau (?:minh|ban than)|cua tay|cat tay|rach tay|cao tay|uong (?:het|ca|nhieu) (?:\S+ ){0,2}?thuoc|nhay (?:cau|lau|song)|ket thuc (?:tat ca|cuoc doi)|want to die|wanna die|kill (?:myself|herself|himself)|hurt (?:myself|herself|himself)|cut (?:myself|herself|himself)|cutting|don t want to live|end (?:it all|my life)|suicid\w*|self harm)\b/;
const lang = (s: ReportFlowState): Language => s.draft.language;
/** A child telling: about themself (the story said so, or they chose "I am the child"), or about a friend (the writing is a child's). */
const child = (s: ReportFlowState): boolean => s.draft.reporterRelation === "self" || s.childWriter === true;

/** A child writing of another child (a friend, a brother or sister), not of themself. */
const aboutOtherChild = (s: ReportFlowState): boolean => child(s) && (s.otherChild !== undefined || (s.draft.reporterRelation !== null && s.draft.reporterRelation !== "self"));

/**
 * The call to make now, in words that fit who writes: a child in danger themself (where to go, how to call unheard), a child
 * telling of a friend or a sibling (get a trusted adult to them; the writer is not told to hide), a grown-up telling of a child who
 * may take their life (stay with the child, put knives and pills away, 115), anyone else (113, do not confront the person).
 */
/** A child ill, said in the story (folded): a fever, a body hot to the touch, a fit, trouble breathing, not waking. */
/** Whole words only (RD4): "người nóng tính" is a temper, "không tính" is not counting, "throw a fit" is a tantrum. */
const LITTLE_ONE_ILL = /\b(?:sot|sot cao|nong ran|nong lam|nguoi (?:\w+ )?nong(?! (?:tinh|nay|gian|ruot))\b|co giat|kho tho|tho doc|li bi|lim di|bat tinh|khong tinh (?:day|lai)|ko tinh (?:day|lai)|fever|burning up|hot to the touch|(?<!\b(?:throw|throws|threw|throwing|thrown|pitch|pitched|pitching) )a fit|seizure|not breathing|can t breathe|won t wake|wont wake)\b/;
/** "không tỉnh", "chưa tỉnh" with its tones (NFC, lower case): not waking, never "không tính" (not counting). */
const NOT_WAKING = /(?:không|ko|chưa|hông) tỉnh(?![\p{L}\p{N}])/u;

function urgentWords(state: ReportFlowState, text: FlowText, deps: ReportFlowDeps): string {
  const l = lang(state);
  // "im 11 ... my baby sister is 1, she is burning hot ... i cant reach mom": a sick little sibling at home with the writer is the
  // sick-child advice (115, an adult nearby), not "get an adult to your sister".
  const siblingAtHome = state.otherChild !== undefined && state.otherChild !== "friend";
  if (siblingAtHome && state.draft.narrative && sickWithoutCare(draftText(state.draft), deps.triage(draftText(state.draft)))) return say(T.emergencySick, l, child(state));
  // "bố em say rượu về đập phá rồi bỏ đi, em trai em 2 tuổi đang sốt cao": 113 as for any harm, and 115 added for the fever (RD5).
  if (aboutOtherChild(state)) return `${fill(T.emergencyForOther[l], otherChildWords(state.otherChild ?? "friend", l))}${siblingAtHome && illOfChild(draftText(state.draft)) ? ` ${say(T.littleOneIll, l, true)}` : ""}`;
  // Pictures taken in secret by others: no "do not send more" to a child who sent none (walk 53).
  if (sextortionStory(state, deps)) return say(takenSecretlySaid(draftText(state.draft)) ? SIDE_ANSWERS.demandTaken : T.emergencySextortion, l, child(state));
  // A lure to meet is no urgent text: the advice for it comes with the first reply when nothing is urgent (start), never in place of
  // the 113 alarm for a child already with the person, or beaten now (m26).
  // "em be 1 tuoi ... nguoi em nong lam, chau goi me khong duoc": a little one ill with no adult: 115 and an adult nearby, not hiding.
  if (state.draft.narrative && sickWithoutCare(draftText(state.draft), deps.triage(draftText(state.draft)))) return say(T.emergencySick, l, child(state));
  // "con 10 tuổi, mẹ đi từ hôm qua chưa về, con ở nhà với em con 3 tuổi": no one is hurting them now; the little one goes with them to an adult.
  if (child(state) && (state.draft.children ?? 1) > 1 && state.draft.narrative && deps.triage(draftText(state.draft)).category === "neglect_abandonment") {
    // "em bé khóc mãi không nín, người em nóng lắm": a little one ill with no adult is an ambulance's too (115), said with the advice.
    const ill = LITTLE_ONE_ILL.test(foldKey(draftText(state.draft))) || NOT_WAKING.test(draftText(state.draft).normalize("NFC").toLowerCase());
    return `${say(T.emergencyLeftWithSibling, l, true)}${ill ? ` ${say(T.littleOneIll, l, true)}` : ""}`;
  }
  if (!child(state) && state.draft.narrative && deps.triage(draftText(state.draft)).category === "self_harm") return T.emergencySelfHarmOther[l];
  if (!child(state) && state.draft.narrative && childrenLeftAlone(draftText(state.draft))) return T.emergencyChildrenAlone[l];
  return say(text, l, child(state));
}
/** The story tells of a threat to share the child's pictures unless they pay or send more (the triage's sextortion flags). */
function sextortionStory(state: ReportFlowState, deps: ReportFlowDeps): boolean {
  return state.draft.narrative !== null && deps.triage(draftText(state.draft)).redFlags.some((f) => f.startsWith("sextortion"));
}
/** A child telling about someone else: the questions about the child ask about the friend. */
const peer = (s: ReportFlowState): boolean => s.childWriter === true && s.draft.reporterRelation !== "self";
/** The state with the writer known to be a child, once a message reads as a child's. */
const writer = (s: ReportFlowState, text: string | null): ReportFlowState =>
  // "thiệt ra là em đó", "actually it's me": the child told of a friend and now says it is themself (the advice is given again, for them).
  text && (s.childWriter === true || (!ADULT_RELATIONS.has(s.draft.reporterRelation ?? "") && (isChildWriter(text) || CHILD_AGE_SAID.test(foldKey(text))))) && s.draft.reporterRelation !== "self" && IT_WAS_ME.test(foldKey(text)) && !NOT_ME.test(foldKey(text)) ? { ...s, childWriter: true, otherChild: undefined, childAdvised: false, draft: { ...s.draft, reporterRelation: "self", reporterRelationText: null } }
  : text && writerIsGrownUp(text) && child(s) ? grownUp(s)
  // A correction at the summary speaks of the children ("có một em mới 14 tuổi"): it never makes the writer a child.
  // Nor does an answer about the child from a grown-up whose story said who they are ("Tôi là mẹ ...", then "cháu học lớp 3, năm nay 8 tuổi").
  : !s.childWriter && text && s.step !== "confirm" && s.step !== "edit" && !ADULT_RELATIONS.has(s.draft.reporterRelation ?? "") && isChildWriter(text) && !toldByGrownUp(s) ? { ...s, childWriter: true }
  // A child writer who tells of harm done to "con", "cháu", "em" by their own parent ("bố con say rượu đánh con"): the child is the writer.
  : s.childWriter && s.draft.reporterRelation === null && text && OWN_HARM.test(foldKey(text)) ? { ...s, draft: { ...s.draft, reporterRelation: "self" } } : s;
/** "thiệt ra là em đó", "thật ra bạn đó là em", "đứa bị là em", "actually it's me", "the friend is me" (folded). */
/**
 * "..., không phải em. em là chị, 17 tuổi", "I'm her brother, 16": the writer's own age, said in a correction by a writer who is not the
 * child, is no age of the child (the sentence is left out of what the correction is read for).
 */
function withoutWriterAge(text: string, d: ReportDraft): string {
  if (d.reporterRelation === "self") return text;
  return text.replace(/(^|[.;!\n]\s*)(?:em|e|tôi|tui|mình|cháu|con|t|I'm|I am|Im)\s+(?:là\s+[^\s,.;!]+(?:\s+[^\s,.;!]+)?\s*,?\s*|(?:her|his|their)\s+\w+\s*,?\s*)?(?:năm nay\s+)?\d{1,2}\s*(?:tuổi|t|years? old|yo)?(?=\s*(?:[.;!\n]|$))/giu, "$1").trim();
}

/**
 * A child writer's own age said in a correction that names another age too ("không phải 3 tuổi đâu ạ, cháu 11 tuổi", "con 10 tuổi ạ,
 * em trai con mới 4 tuổi"): "11 tuổi" (the words the fact module reads as the child's age), or null when only one age is named.
 */
function ownAgeSaid(text: string): string | null {
  const key = foldKey(text);
  const ages = [...key.matchAll(/\b(\d{1,2}) ?(?:tuoi|t)\b/g)];
  if (ages.length < 2) return null;
  const own = /(?:^|\s)(?<!\b(?:trai|gai|ut|be|cua|em|e|chi|anh|nho)\s)(?:em|e|con|chau|minh|mk|tui|toi|t)\s+(?:nam nay\s+|moi\s+|da\s+|duoc\s+|la\s+)?(\d{1,2}) ?(?:tuoi|t)\b/.exec(key);
  return own ? `${own[1]} tuổi` : null;
}

/**
 * A child writer saying the harm was done to a friend, not to them (folded): "ko phải bố e đánh e, là bố của bạn e", "mà ko phải e bị
 * đánh đâu, là bn e", "not me, it's my friend".
 */
const FRIEND_NOT_ME = /\b(?:khong|ko|k|hong|chang|dau) phai (?:la )?(?:\w+ ){0,4}?(?:em|e|minh|mk|tui|con|chau)\b.{0,50}?\b(?:la|ma la|ma|chinh la|moi la)\s+(?:\w+\s+){0,3}?(?:ban|bn|bon)(?: than| cung lop| cung ban| hoc)?(?: cua)? (?:em|e|minh|mk|tui|con|chau)\b|\bnot me\b.{0,40}\b(?:it s|its|it is|it was) my (?:best )?friend\b|\b(?:it s|its|it is|it was) my (?:best )?friend,? not me\b/;

/** The writer saying it is not them (folded): "không phải em", "chứ ko phải mình", "not me". */
const NOT_ME = /\b(?:khong|ko|k|hong|chang|dau) phai (?:la )?(?:em|e|minh|mk|tui|toi|con|chau)\b(?! (?:gai|trai|ho|be|nho|ut))|\bnot me\b/;
/** The writer's own age, a child's (folded): "im 16", "i am 15", "em 13 tuổi", "mình 14t". */
const CHILD_AGE_SAID = /\b(?:i m|im|i am|em|e|minh|mk|tui|con|chau) (?:[89]|1[0-7])(?: ?(?:tuoi|t|years? old|yo|y o))?\b/;
const IT_WAS_ME = /\b(?:it s|its|it is|it was) me,? not (?:my|a|the|her|his) friend\b|\bnot (?:my|a|the) friend,? (?:it s|its|it is|it was) me\b|\b(?:khong|ko|k|hong) phai (?:ban|ban cua) (?:em|e|minh|tui|con),? (?:ma )?(?:la )?(?:em|e|minh|tui|con)\b|\b(?:thiet ra|that ra|thuc ra|noi that|noi thiet|su that)\s+(?:(?:la|chinh la|dua do la|ban do la|nguoi do la|dua bi la|nguoi bi la)\s+)?(?:em|e|minh|tui|con|chau)(?:\s+(?:do|day)\b|\s*$|\s+(?:bi|moi la|chinh la)\b)|\b(?:dua|nguoi|ban) bi (?:\w+\s+)?la (?:em|e|minh|tui|con|chau)\b(?! (?:gai|trai|ho|be|nho|ut|cua|ay))|\b(?:em|e|minh|tui|con|chau) chinh la (?:nguoi|dua|ban) (?:bi|do)\b|\b(?:actually|honestly|the truth is|to be honest)\W+(?:it s|it's|it’s|it was|it is|its|thats|that s|that's)\s+(?:really\s+)?me\b|\bthe friend (?:is|was) me\b|\bit(?: s|'s|’s| was| is) (?:actually|really) me\b/;

/** Harm done to the writer by their own carer, in a child's words to grown-ups (folded): "bố con ... đánh con", "dượng cháu hay đánh cháu". */
const OWN_HARM = /\b(?:bo|me|ba|ma|cha|duong|bo duong|me ke|di ghe|ong noi|ba noi|ong ngoai|ba ngoai|chu|cau|anh|thay|co giao) (?:con|chau|em|e)\b.{0,60}?\b(?:danh|chui|dap|tat|nhot|dam|doa|bat|hanh ha|duoi|so mo|sam so|quat) (?:con|chau|em|e)\b/;
/** A writer taken for a child says they are a grown-up: no longer a child writer, and no longer the child of the report. */
const grownUp = (s: ReportFlowState): ReportFlowState => ({
  ...s,
  childWriter: false,
  draft: s.draft.reporterRelation === "self" ? { ...s.draft, reporterRelation: null, reporterRelationText: null } : s.draft,
});
/** Relations read as a grown-up telling: never a child writer. */
const ADULT_RELATIONS = new Set(["neighbour", "teacher"]);
/** The story told by a parent, a neighbour, a teacher or an official, as the fact module reads its writer. */
const GROWN_UP_WRITERS: ReadonlySet<string> = new Set(["parent", "neighbour", "teacher", "official"]);
const toldByGrownUp = (s: ReportFlowState): boolean => Boolean(s.draft.narrative) && GROWN_UP_WRITERS.has(extractReportFacts(s.draft.narrative!).reporter ?? "");
const note = (s: ReportFlowState, t: FlowText): string => say(t, lang(s), child(s));
const stay = (state: ReportFlowState, replies: Reply[]): FlowStep => ({ state, replies, effects: [], outcome: "continue" });

/** A state saved by an older version (a step that no longer exists, no `asked` list) continues at the question it still needs. */
function resume(state: ReportFlowState): ReportFlowState {
  const known = (STEP_DEFS as Partial<Record<string, StepDef>>)[state.step] !== undefined;
  const asked = state.asked ?? [];
  const fixed = { ...state, asked };
  return known ? fixed : { ...fixed, step: nextStep(fixed) };
}

/**
 * A child sees 111 with every message, as the button; the line "Gọi 111 bất cứ lúc nào" is written
 * at the summary only (before every question it read as noise: a walk counted it six times in one report).
 */
function decorate(state: ReportFlowState, reply: Reply): Reply {
  if (!child(state)) return reply;
  const l = lang(state);
  const links = reply.links?.some((k) => k.url === "tel:111") ? reply.links : [...(reply.links ?? []), HOTLINE_LINK[l]];
  const line = state.step === "confirm" && !reply.text.includes("111");
  return { ...reply, text: line ? `${T.childFooter[l]}\n${reply.text}` : reply.text, links };
}

/** "where?" asked as a place the story named to confirm (a province told only as where the child was taken). */
const asksPlaceGuess = (state: ReportFlowState) => state.step === "where" && Boolean(state.draft.provinceGuess) && !state.draft.provinceId;

/** A yes typed to "is the child there now?" (folded), beside the yes words every question knows: "phải", "đúng rồi", "right". */
const GUESS_YES = /^(?:phai|phai a|dung roi|dung a|dung the|chinh xac|chinh no|o do|dang o do|right|correct|that s right|yes she is|yes he is|yes they are)$/;

/** A no said first to the place offered (NFC): "không,", "ko ạ", "không phải,", "no,", "nope". */
const NO_FIRST = /^\s*(?:(?:dạ|da|vâng|vang)\s+)?(?:không phải|khong phai|ko phai|k phai|không|khong|hông|hong|ko|k|no|nope|nah|not there|chưa|chua|sai rồi|sai roi)(?:\s+(?:ạ|a|đâu|dau|đâu ạ|nha|nhé|nhe|phải|phai))*(?:\s*[,.;:!-]+\s*|\s+)(?=\S)/iu;

/**
 * A yes or a no to the place offered, pressed or typed short; a no said with another province ("không, Gia Lai", "ko, ở Pleiku",
 * "no, Hue") gives that place to read; null for anything else (a place typed is read as the answer).
 */
function placeGuessAnswer(state: ReportFlowState, choice: string | null, text: string | null, deps: ReportFlowDeps): "yes" | "no" | { place: string } | null {
  if (!asksPlaceGuess(state)) return null;
  if (choice === "yes" || choice === "no") return choice;
  const rest = !choice && text && !text.includes("?") ? text.normalize("NFC").replace(NO_FIRST, "") : null;
  const elsewhere = rest && rest !== text?.normalize("NFC") ? deps.findProvince(rest) : null;
  // "không phải Hà Nội" when Hà Nội was offered: a plain no.
  if (elsewhere && elsewhere.id !== state.draft.provinceGuess?.id) return { place: rest! };
  if (choice || !text || wordCount(text) > 4 || text.includes("?")) return null;
  if (GUESS_YES.test(chatKey(text).trim())) return "yes";
  const said = matchTriState(text);
  return said === "yes" || said === "no" ? said : null;
}

/** The draft with the province the story named taken as where the child is. */
function withGuessedProvince(d: ReportDraft): ReportDraft {
  const g = d.provinceGuess;
  return g ? { ...d, provinceId: g.id, provinceName: g.name, locationText: d.locationText ?? g.former ?? g.name, provinceGuess: null } : d;
}

/** The place offered, an old name with today's province beside it ("Bình Dương (nay thuộc Thành phố Hồ Chí Minh)"). */
function placeGuessText(d: ReportDraft, language: Language): string {
  const g = d.provinceGuess;
  if (!g) return "";
  return g.former ? fill(T.placeGuessFormer[language], { said: g.former, name: g.name }) : g.name;
}

function choicesOf(state: ReportFlowState): Choice[] {
  const def = STEP_DEFS[state.step];
  const fixed = state.step === "confirm" || state.step === "edit" || def.choices.includes("unknown");
  const ids = asksPlaceGuess(state) ? ["yes", "no", "skip"] : fixed ? def.choices : [...def.choices, "skip"];
  return ids.map((id) => ({ id, label: LABELS[id]?.[lang(state)] ?? id }));
}

/**
 * Typed text at a question: a side question is answered (the question is asked again); an
 * answer moves on; more of the story is kept and read for facts; anything else is kept and
 * the question asked again. Nothing typed is dropped.
 */
function typed(state: ReportFlowState, def: StepDef, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  // "à nhầm, bé 10 tuổi chứ không phải 9" while another question is asked: the fact is corrected and the question asked again.
  // "hes not home now but he comes back tonight" answers the danger question in a "not X but Y" form: an answer to the step is read as one first,
  // unless the message opens with a correction word ("sai rồi", "nhầm").
  const opensWithCorrection = CORRECTION_LEAD.test(foldKey(text.trim())) || AGE_REDONE.test(foldKey(text.trim()));
  // "No, it's not happening right now, I don't know if he is in danger" typed at another question after the chat read the danger now
  // from the story (never asked): the reporter's own answer replaces that reading (issue 13), and the question is asked again.
  const doubted = state.step !== "danger" && state.draft.dangerNow === "yes" && state.draft.dangerFromStory === true && !text.includes("?") ? storyDangerDoubted(text, deps) : null;
  if (doubted) {
    const draft = { ...state.draft, dangerNow: doubted, dangerFromStory: false, extraNotes: [...state.draft.extraNotes, text] };
    return move(state, draft, [changesSaid(state.draft, draft, note(state, T.edited)) ?? note(state, T.noted)], now, flow, deps, false);
  }
  // "à khoan, tôi nhầm, cháu 13 tuổi chứ không phải 12" at the contact question: a correction with no number nor address in it is
  // never the way to reach the writer (walk 49 stored it as the contact); it is applied, and the contact asked again.
  // "nhắn Zalo cho tôi tên Hạnh Nguyễn", "Facebook Hạnh Lê chứ không phải Zalo": a contact in words has no number and is a contact (RD4).
  const noContactIn = state.step === "contact" && numbersSaid(text).length === 0 && !/@/.test(text) && !contactInWords(text);
  if (state.step !== "what" && saysCorrection(text) && (opensWithCorrection || noContactIn || def.read(state.draft, text, deps, false) === null)) return correction(state, text, now, flow, deps, true);
  const placeAnswer = (state.step === "where" || state.step === "commune") && wordCount(text) <= 6;
  // "0912... nhưng đừng gọi lúc mẹ em ở nhà": a person named in an answer, with no harm told of them, is not who harms.
  // Unless no story is told yet and this is it ("I want to report something" first, then "her stepmother locks her outside at night" at
  // the danger question): the story's harmer is read as from a first message.
  // An answer of where the child is ("cháu đang ở nhà với mẹ", "she is at home with her mum") is no story: short, or said safe now.
  const firstStory = !state.draft.narrative?.trim() && wordCount(text) >= 8 && !saysNoDanger(text) && !saysSafeNow(text) && deps.triage(text).risk !== "low";
  // "nó kể anh rể tôi hay vào phòng lúc nó ngủ, sờ vào người nó, mấy lần rồi" at the danger question: more story (its harmer read too).
  // Told once: the same words sent again at the same question are not added again nor asked about forever (a reporter who pastes
  // the story twice would be asked the danger question without end); they are read as any other reply to the question.
  const toldBefore = state.step === "danger" && foldKey(state.draft.narrative ?? "").includes(foldKey(text));
  const moreStory = state.step === "danger" && !toldBefore && storyAtDanger(text, deps);
  // The same story sent again there: the danger is noted as not known (never "no"), with the numbers to call, and the questions go on.
  if (toldBefore && storyAtDanger(text, deps)) return move(state, { ...state.draft, dangerNow: "unknown" }, [note(state, T.dangerLeftUnknown)], now, flow, deps, true);
  const namedOnly = state.step !== "what" && !firstStory && !moreStory && !HARM_OR_BLAME.test(foldKey(text));
  const reading = readStory(state.draft, text, deps, "fill", placeAnswer ? PLACE_ANSWER_FIELDS : namedOnly ? ALL_BUT_HARMER : undefined);
  // A reply of a word or two ("no", "ok") is never a story, whatever a classifier makes of it.
  const storyLike = reading.hasContent || (wordCount(text) >= 3 && deps.triage(text).risk !== "low");
  // A question about the report itself ("bố nó có biết tôi báo không") is answered even when it names people of the story.
  // "giờ nó đang ở trường, chắc không sao": a statement the step reads as its answer is not a side question for ending like one.
  // "p dien hong" (phường Diên Hồng) at "which commune?": a place that ends like "không" is the answer, not a question.
  // "p Ngô Quyền, Hải Phòng. mà nó có tung thật ko ạ": a question in a sentence of its own after the answer is still answered.
  const askedApart = text.split(/(?<=[.!?\n])\s*/).slice(1).some((p) => isQuestionLike(p) && sideTopics(p).some((t) => t !== "thanks"));
  // "t ko co dt, nhắn qua đây đc hok" at the contact question is its answer (no phone, this chat), though it ends like a question.
  const plainAnswer = (["danger", "commune", "where", "consent"].includes(state.step) || (state.step === "contact" && CHAT_ONLY.test(foldKey(text)))) && !text.includes("?") && !askedApart && def.read(state.draft, text, deps, false) !== null;
  const asked = plainAnswer ? null : sideTopic(text);
  // "do I need to give a phone number? I don't want him reading my texts": a question the story reading learns nothing from is a side
  // question, however story-like its words ("him"); it is answered (or said to be kept for officers), not met with "noted" alone.
  // "Bên bạn có văn phòng ở Pleiku không?", "Do you have an office in Hue?": a question to the service about itself names a place of its
  // own, never the child's; it answers no step.
  const aboutService = isQuestionLike(text) && statementPart(text) === "" && TO_THE_SERVICE.test(foldKey(text)) && !reading.learned.some((f) => CHILD_FACTS.has(f));
  const bareQuestion = asked === "question" && (reading.learned.length === 0 || aboutService) && isQuestionLike(text) && asksSomething(text);
  // "em sợ mẹ em biết": a fear that the family finds out is answered as the question it is, though said without a question mark.
  // "dung cho cong an vao nha, chi can co nguoi noi chuyen voi bo me chau": a wish about the response is told, not asked, and answered (walk 41).
  const wish = !plainAnswer && sideTopics(text).includes("noPolice");
  const topic = wish ? "noPolice" : asked && (!storyLike || bareQuestion || (asked !== "question" && asked !== "thanks" && asksSomething(text)) || (asked === "parents" && FEARS_FAMILY_KNOWS.test(foldKey(text)))) ? asked : null;
  // "A report that ends with a question is still a report": the story is read (below), and the question answered before the next question.
  // "Ho Chi Minh city. should i pay him??": the answer it gives is taken and the question answered too.
  const statement = topic ? statementPart(text) : "";
  const answersStep = topic !== null && statement !== "" && statement !== text.trim() && def.read(reading.draft, statement, deps, true) !== null;
  if (topic && !answersStep && !(storyLike && hasStory(text, deps))) {
    // "ngày nào cũng thế, chiều qua vẫn thấy. mà báo có ai biết tên tôi không?", "ẩn danh đi. mà bố mẹ em có bị gọi lên không":
    // the part that answers the question is taken as if sent alone (the flow moves on), and the question is answered first.
    // The danger question reads its own answers ("có, mà ..." after a report offer is the yes to the offer, not a danger).
    // Only a sentence of its own answers: "Gia đình, người thân của bé có biết không?" is one question, not the answer "gia đình".
    const sentences = text.split(/(?<=[.!?;\n])\s+/u).map((p) => p.trim()).filter(Boolean);
    const own = sentences.filter((p) => !isQuestionLike(p) && !p.includes("?")).join(" ");
    const answered = state.step !== "danger" && own !== "" && sentences.length > 1 && own.length < text.trim().length ? flow.advance(state, { text: own, choice: null, attachments: [], now }) : null;
    if (answered && answered.outcome === "continue" && answered.state.step !== state.step) {
      const d = answered.state.draft;
      const kept: ReportFlowState = { ...answered.state, draft: { ...d, extraNotes: [...d.extraNotes.filter((n) => n !== own), text] } };
      return { ...answered, state: kept, replies: answeredFirst(answered.replies, [sideReply(state, text, deps)]) };
    }
    return side(state, text, topic, now, flow, deps);
  }
  const named = topic ? sideTopics(text).filter((t) => t !== "question" && t !== "thanks") : [];
  // "Không, bé đang ở với tôi, nhưng ổng biết nhà tôi, ổng có qua đây kiếm nó không?": the answer is taken, and a question the
  // bot cannot answer is still told it was kept for officers (never met with silence).
  const topics = named.length === 0 && answersStep && asksSomething(text) ? (["question"] as SideTopic[]) : named;
  // More story at the danger question is story: added to it, and the danger question asked again.
  if (moreStory && !topic) return move(state, { ...reading.draft, narrative: [reading.draft.narrative, text].filter(Boolean).join("\n") }, [note(state, T.notedChoose)], now, flow, deps, false);
  const step = storyStep(state, def, text, reading, storyLike, now, flow, deps);
  if (topics.length === 0) return step;
  return { ...step, replies: answeredFirst(step.replies, [topicsReply(state, topics, deps, text)]) };
}

/**
 * The story told as the answer to the danger question, after a start that told nothing ("tôi không biết có nên báo không", then "Không
 * nguy hiểm ngay. Bé gái 4 tuổi nhà bên, bố mẹ đi làm cả ngày để bé ở nhà một mình ..."): the answer is read as the story too (its facts,
 * who harms included, and its words as the story, not a note), and the story is not asked for again (walk 52: 15). The danger is
 * the answer it opens with or says in words; with none, the danger question is asked again. Null: no story in the answer.
 */
function storyWithDangerAnswer(state: ReportFlowState, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep | null {
  if (!thinStory(state.draft) || wordCount(text) < 8 || isQuestionLike(text) || text.includes("?")) return null;
  if (foldKey(state.draft.narrative ?? "").includes(foldKey(text)) || !toldStory(text, deps)) return null;
  const read = readStory(state.draft, text, deps, "fill").draft;
  // "no, right now she is at school with her teacher and friends": a person named beside the child is not the one who harms unless the
  // answer tells a harm or a blame.
  const blames = tellsOfHarm(text) || TOLD_NEGLECT_OR_LOCKING.test(foldKey(text));
  const told: ReportDraft = { ...read, ...(blames ? {} : { harmer: state.draft.harmer, harmerText: state.draft.harmerText, harmerSex: state.draft.harmerSex }), narrative: [state.draft.narrative, text].filter(Boolean).join("\n") };
  const lead = leadingAnswer(text);
  const said = lead ? (lead.answer !== "yes" && dangerNowAfterAnswer(lead.rest, deps) ? "yes" : lead.answer === "no" && laterDangerToday(lead.rest) ? "unknown" : lead.answer)
    : saysNoDanger(text) ? (laterDangerToday(text) ? "unknown" : "no") : null;
  if (said) return move(state, { ...told, dangerNow: said, dangerFromStory: false, when: said === "yes" && !told.when ? "now" : told.when }, [], now, flow, deps, true);
  const answered = STEP_DEFS.danger.read(told, text, deps, false);
  if (answered && answered.dangerNow !== null) return move(state, answered, [], now, flow, deps, true);
  return move(state, told, [note(state, T.notedChoose)], now, flow, deps, false);
}

/** Side topics about what telling brings (being hurt for it, the family told or reported, who learns of it): their harm words are asked, not told. */
const ASKED_CONSEQUENCE: ReadonlySet<SideTopic> = new Set(["hurtForTelling", "parents", "privacy"]);

/** Words that address the service itself (folded): "bên bạn", "các bạn", "văn phòng", "ứng dụng", "you", "your office". */
const TO_THE_SERVICE = /\b(?:ben (?:ban|minh|anh chi|em|nay)|cac ban|van phong|tru so|ung dung|app|bot|chatbot|trang nay|you|your|robot)\b/;

/**
 * The phone the writer has is someone else's (folded): "e k co dt rieng, dt cua me", "máy này của mẹ em", "xài máy của ba", "I don't have my
 * own phone, this is my mom's". A number of it is not to be called.
 */
const PHONE_NOT_OWN = /\b(?:khong|ko|k|hong|hok|chua) co (?:dt|dien thoai|may|so|sdt)(?: \w+)? rieng\b|\b(?:dt|dien thoai|may|so|sdt)(?: nay| do| kia)? (?:la )?(?:cua|xai chung voi|dung chung voi|muon cua) (?:me|ma|ba|bo|cha|bo me|ba me|chi|anh|ong|ba noi|ba ngoai|co|chu|di|cau|duong|me ke|gia dinh)\b|\b(?:xai|dung|muon) (?:dt|dien thoai|may|so) (?:cua )?(?:me|ma|ba|bo|cha|bo me|ba me|chi|anh|ong|ba noi|ba ngoai|co|chu|di|cau|duong|me ke)\b|\b(?:don t|dont|do not) have (?:my own|a) (?:phone|mobile|cell)\b|\b(?:it s|its|this is|it is|that s|the phone is|this phone is) (?:my|our) (?:mum|mom|mother|dad|father|parents|sister|brother|aunt|uncle|grandma|grandpa|stepdad|stepmom)(?: s)?(?: phone)?\b/;
/**
 * Do not call, said at the contact question (as typed): "đừng gọi, bố em nghe thấy", "dung goi e nha, ba e nghe dc", "don't call me, my dad will
 * hear it". "đừng gọi bố em" (do not call my father) is not this: the word after "gọi" is the writer, a particle, or a stop.
 */
const DONT_CALL = /(?:^|[\s,.;!])(?:đừng|dung|đừng có|dung co|xin đừng|không|khong|ko|k|please don['’]?t|don['’]?t|do not|please do not)\s+(?:gọi|goi|call)(?:\s+(?:cho\s+|điện\s+|dien\s+)?(?:em|e|con|cháu|chau|mình|minh|tui|tôi|toi|me|nha|nhé|nhe|ạ|a|please|pls))*\s*(?:[,.!;:]|$)(?=[^]*\b(?:nghe|hear|biết|biet|thấy|thay|phát hiện|phat hien|find out|know)\b)/iu;

/** Side topics a contact may be given with that need their answer then: cannot call, who will know, the parents. */
const ANSWERED_WITH_CONTACT: ReadonlySet<SideTopic> = new Set(["cantCall", "privacy", "parents", "hurtForTelling"]);

/** The answer to every topic a side message asks about ("question" when none is one the bot answers), in the reporter's register. */
function sideReply(state: ReportFlowState, text: string, deps: ReportFlowDeps): Reply {
  const named = sideTopics(text).filter((t) => t !== "thanks");
  // "Phú Quốc giờ thuộc tỉnh nào?", "which province is Phu Quoc in now?": the province of today, when the place is known.
  const province = named.length === 0 || named.every((t) => t === "question") ? provinceAnswer(text, lang(state), deps) : null;
  if (province) return { text: province, links: [HOTLINE_LINK[lang(state)]] };
  return topicsReply(state, named.length > 0 ? named : ["question"], deps, text);
}

/** Which province a place is in (folded): "X (giờ|nay) thuộc tỉnh nào", "X ở tỉnh nào", "which province is X in", "what province is X". */
const PROVINCE_OF = /(?:^|\s)([a-z][a-z ]{1,40}?)\s+(?:gio |nay |bay gio |hien nay |hien gio )?(?:thuoc|o|la cua|nam o)\s+(?:tinh|tinh thanh|thanh pho)\s+nao\b|\b(?:which|what) province (?:is|s)\s+([a-z][a-z ]{1,40}?)\s+(?:in|part of|under)?\s*(?:now|today)?\s*$/;

function provinceAnswer(text: string, l: Language, deps: ReportFlowDeps): string | null {
  const question = text.split(/(?<=[.!;,])\s+/).find((p) => p.includes("?")) ?? text;
  const m = PROVINCE_OF.exec(foldKey(question).replace(/^(?:ma|nhung|con|and|but|also|va)\s+/, ""));
  const place = (m?.[1] ?? m?.[2])?.trim().replace(/^(?:ma|nhung|con|and|but|also|va)\s+/, "");
  if (!place) return null;
  const found = deps.findProvince(place);
  if (!found) return null;
  const named = place.split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return l === "en" ? `${named} is in ${found.name} province now (old names are fine in the report).` : `${named} nay thuộc ${found.name} (tên cũ hay tên mới đều được).`;
}

function topicsReply(state: ReportFlowState, topics: SideTopic[], deps: ReportFlowDeps, text = ""): Reply {
  const asked = inDanger(forTheStory(topics, state, deps, text), state, text, deps);
  return { text: withDeadline(sideAnswerText(asked, (t) => note(state, forWriter(t, state))), asked, state, deps), links: [HOTLINE_LINK[lang(state)]] };
}

/** Minutes said as a reporter reads them: "15 phút", "2 giờ", "3 ngày". */
function duration(minutes: number, l: Language): string {
  if (minutes < 60) return l === "en" ? `${minutes} minutes` : `${minutes} phút`;
  const hours = Math.round(minutes / 60);
  if (hours <= 72 || hours % 24 !== 0) return l === "en" ? `${hours} hour${hours === 1 ? "" : "s"}` : `${hours} giờ`;
  return l === "en" ? `${hours / 24} days` : `${hours / 24} ngày`;
}

/**
 * "bao lâu thì có người đến?": the answer about what happens next, with the time officers have for a report of this risk (the queue's
 * deadlines, DESIGN.md "Intake workflow"), as the draft reads now. A child is not told a deadline of hours (the answer says help comes soon).
 */
function withDeadline(text: string, topics: readonly SideTopic[], state: ReportFlowState, deps: ReportFlowDeps): string {
  const when = topics.includes("whenCome");
  if (!(topics.includes("next") || topics.includes("nextQueued") || when) || child(state) || !state.draft.narrative) return text;
  const l = lang(state);
  const policy = deps.deadlines ?? DEFAULT_DEADLINES;
  // The risk the case would be stored with now (case-builder's triage of the draft, raised by an alert already sent), not the
  // classifier's reading of the text alone (walk 43: "hiện được đánh giá mức khẩn cấp" for a case stored high).
  const risk = state.draft.dangerNow === "yes" || state.emergencyAlerted ? "emergency" : triageDraft(state.draft).risk;
  const rule = policy[risk];
  const words = { ack: duration(rule.acknowledgeMinutes, l), action: duration(rule.actionMinutes, l), repeat: duration(rule.repeatAlertMinutes ?? rule.acknowledgeMinutes, l) };
  const line = fill((risk === "emergency" ? (deps.officerAlerts === false ? T.deadlineEmergencyQueued : T.deadlineEmergency) : risk === "high" ? T.deadlineHigh : T.deadlineOther)[l], words);
  // "khi nào công an tới?": the time officers have, said in the answer's own paragraph, once (not what they do after, told already).
  if (when && !topics.includes("next") && !topics.includes("nextQueued")) {
    const answer = say(SIDE_ANSWERS.whenCome, l, false);
    const first = line.split(/(?<=\.)\s+/u)[0] ?? line;
    return text.includes(answer) ? text.replace(answer, `${answer} ${first}`) : `${text}\n\n${first}`;
  }
  return `${text}\n\n${line}`;
}

/** "tui có cần gọi công an hông?" while the child is in danger now: the answer is to call 113, first, not that this report is enough. */
function inDanger(topics: SideTopic[], state: ReportFlowState, text = "", deps?: ReportFlowDeps): SideTopic[] {
  const key = foldKey(text);
  // Only a question about calling or telling the police ("có cần gọi công an không", "should I call the police"), not one about the school or the commune,
  // nor "bao giờ công an tới" (when, not "báo").
  const aboutPolice = /\b(?:goi|bao(?! (?:gio|lau|nhieu)\b)|trinh bao|to cao|call|phone|ring|report (?:it |this )?to|tell)\s+(?:\w+\s+){0,2}(?:cong an|113|police)\b|\b(?:ra|len|den|toi|di|xuong) (?:\w+ )?(?:cong an|dong cong an)\b(?: \w+){0,3} (?:trinh bao|to cao|bao|khai)\b|\bgo to (?:the )?police\b/.test(key) && !/\b(?:goi|bao|called|phoned) (?:\w+ ){0,2}(?:cong an|113|police) (?:roi|already)\b|\balready (?:called|phoned)\b/.test(key);
  // Danger now said, or a story the triage reads as an emergency (a deadline tonight, a child who wants to die and cannot be reached).
  // "có phải gọi công an bắt em không?": a child asking whether they will be arrested is no question of calling for help.
  if (/\b(?:bat|phat|xu ly|giam) (?:em|e|con|minh|mk|toi|tui|chau|t)\b|\barrest (?:me|us)\b/.test(key)) return topics.map((t) => (t === "police" ? "selfBlame" : t));
  // "khi nào công an tới?" on a story the triage reads as an emergency (a knife threat), before the danger question is answered, is
  // asked as a call for help now: 113 now, no hours (m26). Once it is answered, the time officers have is the answer.
  const whenNow = topics.includes("whenCome") && (state.draft.dangerNow === null || state.step === "danger");
  const urgent = state.draft.dangerNow === "yes" || ((aboutPolice || whenNow) && deps !== undefined && deps.triage(draftText(state.draft)).risk === "emergency");
  // "bao lâu thì có người đến vậy??" while the child is in danger now: nobody comes from this chat, 113 does.
  // With no officers' alert channel, the queued answer is no answer in danger now either (reader 41: it took the place of 113 now).
  const now = urgent ? topics.map((t) => (t === "next" || t === "nextQueued" || t === "whenCome" ? "nextNow" : t)) : topics;
  return urgent && aboutPolice ? now.map((t) => (t === "police" ? "policeNow" : t)) : now;
}

/** Bleeding a lot, fainted, not breathing (folded): "máu chảy nhiều lắm", "chảy máu quá trời", "bất tỉnh", "bleeding badly". */
const LIFE_AT_RISK = /\b(?:mau (?:chay|ra) (?:\w+ )?(?:nhieu|qua troi|khong cam|khong ngung|lenh lang|tum lum|dam dia)|chay (?:nhieu|rat nhieu) mau|chay mau (?:nhieu|qua troi|khong cam|khong ngung|dam dia|ghe lam|lenh lang)|mat (?:nhieu|rat nhieu) mau|bat tinh|ngat xiu|ngat lim|xiu roi|khong tho|tho yeu|bleeding (?:a lot|heavily|badly|so much|everywhere)|lots of blood|unconscious|passed out|fainted|not breathing)\b/;

/** "máu chảy nhiều lắm" told at any question: what to do until 115 comes, first, unless the alarm just given says it already. */
function firstAidFor(step: FlowStep, text: string | null): FlowStep {
  if (!text || !LIFE_AT_RISK.test(foldKey(text)) || step.replies.some((r) => r.text.includes(T.firstAid.vi) || r.text.includes(T.firstAid.en))) return step;
  const language = step.state.draft.language;
  return { ...step, replies: [{ text: T.firstAid[language], links: EMERGENCY_LINKS[language], urgent: true }, ...step.replies] };
}

/**
 * "có đứa giữ ảnh nhạy cảm của em, tối nay em không chuyển 3 triệu là nó gửi cho cả trường": a demand under a threat to post pictures,
 * told at any question after the story began, gets what to do about it (do not pay, do not send more, keep screenshots, block, tell an
 * adult, 111) before the next question, in a child's words to a child, as a story that opens with it does.
 */
function demandAnswered(step: FlowStep, text: string | null, deps: ReportFlowDeps): FlowStep {
  if (!text || !DEMAND_TOLD.test(foldKey(text)) || deps.triage(draftText(step.state.draft)).category !== "online_abuse") return step;
  const advice = say(forWriter(SIDE_ANSWERS[demandTopic(draftText(step.state.draft))], step.state), lang(step.state), child(step.state));
  if (step.replies.some((r) => r.text.includes(advice))) return step;
  return { ...step, replies: answeredFirst(step.replies, [{ text: advice, links: [HOTLINE_LINK[lang(step.state)]] }]) };
}

/** A child being taken away as told (the triage's flags): the danger is now, whatever the danger question will be answered. */
/** Red flags of a child left alone (a small child above all), of which one with hunger told ("không có gì ăn", "no food") calls for the numbers before any question. */
const SMALL_CHILD_ALONE: ReadonlySet<string> = new Set(["young_child_alone", "young_child_alone_long", "young_child_locked_in_alone", "child_alone"]);
function smallChildAloneUnfed(t: { risk: string; redFlags: readonly string[] }): boolean {
  return (t.risk === "high" || t.risk === "emergency") && t.redFlags.includes("starvation") && t.redFlags.some((f) => SMALL_CHILD_ALONE.has(f));
}
/** Small children alone with no adult for a long time, told in words (walk 53: "two small kids on their own since Monday" got the danger question first). */
function childrenLeftAlone(text: string): boolean {
  return smallChildrenAloneSaid(text, extractReportFacts(text).age?.min ?? null);
}
const TAKEN_NOW: ReadonlySet<string> = new Set(["abduction_in_progress", "trafficking_under_way", "taken_in_transit"]);

/** Whether another person's number may be used (folded): "dùng số của mẹ em được không", "can I use my mum's number". */
const ASKS_OTHERS_NUMBER = /\b(?:dung|lay|de|cho|xai|ghi) (?:tam )?(?:so|sdt|so dt|so dien thoai|dt|dien thoai|may) (?:cua )?(?:\S+ ){0,3}?(?:duoc|dc) (?:khong|ko|k|hong|kg|hok)\b|\b(?:can|could|may) i (?:use|give) (?:you )?(?:my )?\S+ s (?:number|phone)\b/;

/** A wish that a number not be used (folded): "đừng để số của mẹ", "dung lay so cua bo em", "don't use my mum's number". */
const DONT_USE_NUMBER = /\b(?:dung|xin dung|khong|ko|k) (?:de|lay|ghi|goi|xai|cho|goi vao) (?:lai )?(?:so|sdt|so dt|so dien thoai|dt)\b|\b(?:don t|dont|do not|please don t) (?:use|call|take|give them) (?:my )?\S+ s (?:number|phone)\b/;

/** Nothing sent yet (folded): "cháu chưa gửi gì", "em chưa gửi ảnh nào", "she hasn't sent anything". */
const NOTHING_SENT = /\b(?:chua|van chua) (?:he |co )?(?:gui|dua|chup) (?:gi|cai gi|anh nao|hinh nao|tam nao)?\b|\b(?:hasn t|hasnt|has not|didn t|didnt|did not|haven t|have not|never) (?:sent|send)\b/;
/** Pictures already sent, or money asked (folded): then "do not pay, do not send more" is what to say. */
const SENT_OR_MONEY = /\b(?:da gui|gui roi|gui them|them anh|them hinh|more (?:photos|pictures|pics|videos)|lo gui|da lo gui|tien|trieu|chuyen khoan|nap tien|already sent|sent (?:him|her|them) (?:a |some )?(?:photo|picture|pic|video)|money|pay)\b/;

/** The advice on pictures asked for, in the words for a parent when the writer is known to be a grown-up (not a teen of unknown age). */
function forWriter(t: FlowText, s: ReportFlowState): FlowText {
  const topic = t === SIDE_ANSWERS.demand ? "demand" : t === SIDE_ANSWERS.demandNone ? "demandNone" : null;
  return topic && !child(s) && grownUpWriter(draftText(s.draft), s.draft.reporterRelation) ? DEMAND_TO_GROWN_UP[topic] : t;
}

/** "demandTaken" when others took the pictures in secret; "demandNone" when the story says no picture was sent and asks no money (no "send more"), else "demand". */
export function demandTopic(text: string): "demand" | "demandNone" | "demandTaken" {
  // "tụi cùng lớp chụp lén em trong phòng thay đồ, giờ đòi 500k": the child sent nothing; "do not send more" does not fit (walk 53).
  if (takenSecretlySaid(text)) return "demandTaken";
  const key = foldKey(text);
  return NOTHING_SENT.test(key) && !SENT_OR_MONEY.test(key) ? "demandNone" : "demand";
}

/** The emergency words with what to do until the ambulance comes, when the words told bleeding or fainting. */
function withFirstAid(text: string, told: string, language: Language): string {
  return LIFE_AT_RISK.test(foldKey(told)) ? `${text}\n${T.firstAid[language]}` : text;
}

/** Answers before the question the flow now asks (the question stays last). */
function answeredFirst(replies: Reply[], answers: Reply[]): Reply[] {
  return replies.length > 0 ? [...replies.slice(0, -1), ...answers, replies[replies.length - 1]!] : answers;
}

/** A typed message read as an answer or as more of the story. */
function storyStep(state: ReportFlowState, def: StepDef, text: string, reading: ReturnType<typeof readStory>, storyLike: boolean, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  // The step's own reading first ("zalo 0388..." is the contact as typed), then the facts, then a short reply as typed.
  const strict = def.read(reading.draft, text, deps, false);
  const factsAnswer = !strict && reading.learned.length > 0 && def.known(reading.draft) ? reading.draft : null;
  const answer = strict ?? factsAnswer ?? (reading.learned.length === 0 ? def.read(reading.draft, text, deps, true) : null);
  // "tôi quen biết nhà đó lâu rồi" at "who are you?": asked once more in other words, then kept as someone else (never a loop).
  if (!answer && state.step === "reporter" && !storyLike && !isQuestionLike(text)) return relationAskedAgain(state, text, now, flow, deps);
  if (answer) {
    const unknownPlace = state.step === "where" && !answer.provinceId;
    // Only the step's own reading keeps the words it read; an answer read from the facts of a story keeps the story too
    // ("ban t 15t, con gai, ... toi nay ... dang len fb" at the danger question: the story, not only its danger).
    // An answer read from its facts that tells only what the step asked ("yesterday", "tuần này, từ tháng trước đến giờ" at the time
    // question) is consumed like the step's own reading: not copied into the notes as well (walk 39).
    const onlyAsked = factsAnswer !== null && reading.learned.every((f) => f === STEP_FIELD[state.step]);
    return move(state, keep(answer, state, text, strict !== null || reading.learned.length === 0 || onlyAsked), unknownPlace ? [note(state, T.provinceUnknown)] : [], now, flow, deps, true);
  }
  if (reading.learned.length > 0 || storyLike) {
    const draft = keep(reading.draft, state, text, false);
    // The question with buttons is still open: say it is answered with a button, the first time already (walk 27: asked twice, no hint).
    // A question answered by typing (the contact: a number, or "Ẩn danh") is not said to want a button (walk 35).
    const open = !def.known(draft) && def.choices.some((c) => c !== "anonymous" && c !== "skip");
    return move(state, draft, [note(state, open ? T.notedChoose : T.noted)], now, flow, deps, def.known(draft));
  }
  const draft = keep(state.draft, state, text, false);
  return finish({ ...state, draft: stamp(draft, now) }, [withAck(flow.ask(state), note(state, state.step === "contact" ? T.contactAgain : T.notAnswer))], deps);
}

/**
 * Words at "who are you to the child?" that name no choice: the first time, the question again in other words (the choices named);
 * the second, the writer is someone else, their words kept for officers (never the relation as typed, never asked a third time).
 */
function relationAskedAgain(state: ReportFlowState, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const notes = state.draft.extraNotes.includes(text) ? state.draft.extraNotes : [...state.draft.extraNotes, text];
  if (state.relationAskedAgain) return move(state, { ...state.draft, reporterRelation: "other", reporterRelationText: null, extraNotes: notes }, [], now, flow, deps, true);
  const again: ReportFlowState = { ...state, relationAskedAgain: true, draft: stamp({ ...state.draft, extraNotes: notes }, now) };
  return finish(again, [{ ...flow.ask(again), text: note(again, T.reporterAgain) }], deps);
}

/** The fact each question asks for, as the story reading names it. */
const STEP_FIELD: Partial<Record<StepId, StoryField>> = { when: "when", age: "age", where: "province", commune: "commune", reporter: "reporter" };

/** True when the message says something besides its questions: facts of a story, a risk above low, or four words or more. */
/** Every fact a story tells but who harms. */
const ALL_BUT_HARMER: readonly StoryField[] = STORY_FIELDS.filter((f) => f !== "harmer");
/** Tonight said (chat key): "tối nay", "tối ni", "đêm nay", "tonight". */
/**
 * What follows a no or a not-sure at the danger question tells a danger happening now: "con bé đang bị nhốt trong nhà", "giờ ổng đang
 * cầm dao", "but he is hitting her right now", "nhưng bố đang say rượu la hét ngoài cửa phòng em" (read by triage with a word of now
 * and a harm or a person who harms); "chuyện tối qua, giờ bé ngủ rồi" is not.
 */
/**
 * A harm being done now, in words (chat key): "ổng đang xách cây rượt con nhỏ", "bố đang say rượu la hét", "bo dang dap cua", "he is
 * chasing her right now". Where someone is now ("bố đang đi làm", "ổng đang ngủ") is none.
 */
const HARM_DOING_NOW = /\b(?:dang|van dang|right now|is|are)\b(?:\s+\w+){0,4}?\s+(?:danh|dap|nhot|ruot|duoi|chem|dam|la het|chui|bop|tat|dot|dap pha|cam dao|cam cay|xach cay|cam gay|cam keo|hitting|beating|chasing|locking|choking|attacking|yelling|kicking|hurting)\b/;
function dangerNowAfterAnswer(rest: string, deps: ReportFlowDeps): boolean {
  if (!rest.trim() || isQuestionLike(rest) || saysSafeNow(rest)) return false;
  if (statesDangerNow(rest, deps)) return true;
  return HARM_DOING_NOW.test(chatKey(rest)) && !/\b(?:khong|ko|k|hong|chua|not|isn t|aren t)\b/.test(chatKey(rest));
}

/** What follows a short answer tells something (a time, who, where, or three words or more), not only thanks ("không, cảm ơn"). */
function restTellsMore(rest: string): boolean {
  if (!rest.trim() || /^(?:cam on|thank|thanks|ok|oke|okay|a|nhe|nha|roi|vay|the|sorry)\b/.test(chatKey(rest))) return false;
  const f = extractReportFacts(rest);
  return wordCount(rest) >= 3 || f.when !== null || f.harmer !== null || f.age !== null;
}

const TONIGHT_SAID = /\b(?:toi nay|dem nay|toi ni|dem ni|tonight)\b/;
/** Going home said (chat key): the child is not home yet ("tan học về nhà", "chiều nay về", "goes home"). */
const GOING_HOME = /\b(?:ve nha|di hoc ve|tan hoc|chieu (?:nay|ni) (?:ve|em ve|chau ve|be ve|no ve)|goes home|going home|comes home|back home|go home)\b/;

/** An empty draft, to read what a text tells on its own. */
const blankDraft = (): ReportDraft => newDraft({ draftId: "", channel: "web", chatId: "", userId: "", language: "vi", now: new Date(0) } as StartOptions);

/** What a question states besides its asking reads as facts of a child or a harm ("bé 9 tuổi bị bố đánh, ai lo vụ này?"). */
function tellsFacts(text: string, deps: ReportFlowDeps): boolean {
  const said = statementPart(text);
  return said !== "" && readStory(blankDraft(), said, deps, "fill").hasContent;
}

function hasStory(text: string, deps: ReportFlowDeps): boolean {
  const said = statementPart(text);
  if (!said) return false;
  if (readStory(blankDraft(), said, deps, "fill").hasContent) return true;
  if (deps.triage(said).risk !== "low") return true;
  return wordCount(said) >= 4;
}

/**
 * A concern told as a story: what it states (its questions aside) tells facts of a child or a harm, and the triage does not
 * read it as low (a past matter told as resolved, "giờ ổn rồi", is offered, not started).
 */
function toldStory(text: string, deps: ReportFlowDeps): boolean {
  const said = statementPart(text);
  if (!said || wordCount(said) < 6 || isChildWriter(text) || CHILD_TELLS_OF.test(foldKey(text))) return false;
  const reading = readStory(blankDraft(), said, deps, "fill");
  if (!reading.hasContent) return false;
  const triage = deps.triage(text);
  // "Con tôi bị cô giáo đánh vào tay sưng đỏ": a harm done to a child by someone named, not told as over, is a story however low the
  // triage reads it (issue 13: a story with a harm and a who is a report; only a thin or ambiguous message is offered).
  const harmTold = triage.category !== "other" && reading.facts.harmer !== null && reading.facts.harmer !== "self" && !reading.facts.resolved && reading.facts.when !== "past" && HARM_OR_BLAME.test(foldKey(said));
  // Self-harm gets its own advice with the offer; a worry of what may happen ("tôi lo nó bị dụ dỗ") is offered unless it is serious.
  if (((triage.risk === "low" || deps.triage(said).risk === "low") && !harmTold) || triage.category === "self_harm") return false;
  return !(WORRY_OF.test(foldKey(text)) && triage.risk === "medium");
}

/**
 * A child telling of a friend or a younger sibling (folded): "bạn em lớp 7", "con bạn thân của con", "em gái tui", "chị tôi 16 tuổi",
 * "my best friend": the child decides whether to report, so the report is offered, not started.
 */
const CHILD_TELLS_OF = /\b(?:em (?:gai|trai) (?:tui|toi|em|e|t|minh|mk|con)|ban (?:than )?(?:cua )?(?:em|e|con|t|mk)|con ban than|(?:anh|chi) (?:gai |trai )?(?:tui|toi|em|e|t|minh|mk) (?:nam nay )?1[0-7] ?(?:tuoi|t)|my (?:best |close )?(?:friend|classmate)|my (?:little|younger|baby) (?:sister|brother))\b/;
/** A worry of what may happen (folded): "tôi lo nó bị dụ dỗ", "sợ là bé sẽ bị", "I'm worried she might". */
const WORRY_OF = /\b(?:lo|so|e la|e rang) (?:la |rang )?(?:\w+ )?(?:bi|se|co the)\b|\bworried (?:that|she|he|they)\b|\bafraid (?:that|she|he|they) (?:might|will|could)\b/;

/** Where a typed message is kept: the story (while it is being told) or the notes beside it. */
function keep(draft: ReportDraft, state: ReportFlowState, text: string, consumed: boolean): ReportDraft {
  // A question asked with the answer ("Huế. ổng có biết em báo không?") is kept for officers, however short.
  const asks = asksSomething(text);
  if (consumed && !asks && (state.step === "what" || state.step === "danger")) return draft;
  if (consumed && !asks && text.split(/\s+/).length <= 8) return draft;
  // The step's own reading kept it already ("nhắn tin thì được ạ, gọi thì em sợ bố mẹ nghe"): once is enough.
  if (draft.extraNotes.at(-1) === text || (draft.narrative ?? "").endsWith(text)) return draft;
  // The report opened with a question ("Chị cho em hỏi ... thì báo ở đây được không?"): the story told after it is the story, not a note.
  const openedWithQuestion = draft.narrative !== null && isQuestionLike(draft.narrative) && !consumed && !isQuestionLike(text) && text.split(/\s+/).length >= 12;
  // "ad oi cuu ban t vs", then the story: a cry for help of a few words is no story; what is told after it is.
  const cryOnly = draft.narrative !== null && !consumed && draft.narrative.trim().split(/\s+/).length < 8 && text.split(/\s+/).length >= 12 && !isQuestionLike(text);
  // "chào anh chị, tôi muốn báo một việc": an opening that tells nothing is kept beside the story, never as it; the story told after it is the story.
  if (introOnly(text) && !(draft.narrative && !introOnly(draft.narrative))) return { ...draft, extraNotes: [...draft.extraNotes, text] };
  if (draft.narrative && introOnly(draft.narrative)) return { ...draft, narrative: text, extraNotes: [draft.narrative, ...draft.extraNotes] };
  // "nhà đối diện có hai đứa nhỏ, bố mẹ đi đâu mất 4 ngày rồi", then at a button question "đứa chị 7 tuổi trông đứa em gái 5 tuổi, ăn mì gói
  // sống qua ngày ...": a story told in pieces is one story; the second piece is part of it, not a note (walk 45 quoted only the first piece).
  // Not an answer about the place ("không rõ xã nào, gần chợ Đông Ba đó" is kept in the notes, walk 14).
  const storyGoesOn = !consumed && !asks && !["where", "commune"].includes(state.step) && draft.narrative !== null && draft.narrative.trim().split(/\s+/).length < 30 && text.trim().split(/\s+/).length >= 12 && !isQuestionLike(text);
  if (state.step === "what" || !draft.narrative || openedWithQuestion || cryOnly || storyGoesOn) return { ...draft, narrative: [draft.narrative, text].filter(Boolean).join("\n") };
  return { ...draft, extraNotes: [...draft.extraNotes, text] };
}

/** Facts that tell of the child or the harm (not only the place or the writer). */
const CHILD_FACTS: ReadonlySet<string> = new Set(["age", "sex", "harmer", "children"]);

/**
 * A question or worry on the side: answered (every topic it asks about), and the same question
 * asked again. A question the answer settles (who will know, what happens next, 111) is not kept in
 * the case; a worry or another question is kept in the notes as typed (the answer says officers will
 * answer it). It is never the answer to the step's question.
 */
function side(state: ReportFlowState, text: string, topic: SideTopic, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const all = sideTopics(text);
  const topics = forTheStory(all.length > 0 ? all : [topic], state, deps, text);
  // A question the bot answered here ("thông tin có được giữ bí mật không?") is no information about the child: it is not kept in
  // the case (officers read notes as facts); a worry or a question only officers can answer is kept as typed.
  // A question nobody here can answer ("Bên bạn có văn phòng ở Pleiku không?") that tells nothing of the child is not kept either: it is
  // answered honestly (issue 13: a side question is never stored as a note or an answer).
  const answered = topics.every((t) => ANSWERED_HERE.has(t)) || (topics.every((t) => t === "question" || ANSWERED_HERE.has(t)) && !tellsFacts(text, deps) && deps.triage(text).risk === "low");
  // "tôi gọi 113 rồi mà chưa thấy ai tới": the reporter is calling for help now, which answers the danger question.
  const calling = topics.includes("noResponse") && state.draft.dangerNow !== "yes";
  const notes = answered && !calling ? state.draft.extraNotes : [...state.draft.extraNotes, text];
  const draft = stamp({ ...state.draft, extraNotes: notes, ...(calling ? { dangerNow: "yes" as const, dangerFromStory: false } : {}) }, now);
  if (calling) {
    // The urgent reply (113/115/111 as buttons) says what to do when 113 did not come; officers are alerted by the yes.
    const step = move(state, draft, [], now, flow, deps, state.step === "danger");
    return { ...step, replies: step.replies.map((r) => (r.urgent ? { ...r, text: sideAnswerText(topics, (t) => note(state, forWriter(t, state))) } : r)) };
  }
  const next = { ...state, draft };
  const asked = inDanger(topics, state, text, deps);
  const answer: Reply = { text: withDeadline(sideAnswerText(asked, (t) => note(state, forWriter(t, state))), asked, next, deps), links: [HOTLINE_LINK[lang(state)]] };
  return finish(next, [answer, flow.ask(next)], deps);
}

/** "What should I do?" about a child who may harm themself gets the advice for that, not the advice about a person who harms. */
/** `text`: the message that asks, read with the story ("hắn về rồi mà không thấy con bé đâu, giờ tôi phải làm gì?"). */
function forTheStory(topics: SideTopic[], state: ReportFlowState, deps: ReportFlowDeps, text = ""): SideTopic[] {
  // No officers' alert channel: what happens after sending does not promise officers hear at once (walk 54: it did, beside the queue's words).
  if (deps.officerAlerts === false) topics = topics.map((t) => (t === "next" ? "nextQueued" : t));
  // "có phải ra công an không?" after a sexual abuse told: yes, with the exam and the evidence.
  if (topics.includes("police") && state.draft.narrative && deps.triage(draftText(state.draft)).category === "sexual_abuse") topics = topics.map((t) => (t === "police" ? "policeSexual" : t));
  // "may I take him to the clinic?" about a child someone hurt: yes, and the one who hurt the child is not confronted.
  if (topics.includes("care") && state.draft.narrative && HURT_BY_SOMEONE.has(deps.triage(draftText(state.draft)).category)) topics = topics.map((t) => (t === "care" ? "careHarmed" : t));
  if (!topics.includes("act") || !state.draft.narrative) return topics;
  // "em có nên nhận việc đó không": a job offer far away or abroad is answered as a lure (do not go), a wish to die as self-harm.
  const category = deps.triage(draftText(state.draft)).category;
  const told = foldKey([draftText(state.draft), text].filter(Boolean).join("\n"));
  // "hắn về rồi mà không thấy con bé đâu", "ông ta quay lại một mình": the one who took the child came back without the child, who is not back.
  const back = CHILD_BACK.test(told.replace(TAKER_BACK_ALONE, " "));
  // A child telling of a friend or a sibling is told to get a trusted adult to them, not how to hide or get out.
  const meant: SideTopic | null = category === "self_harm" ? "actSelfHarm" : (CHILD_TAKEN.test(told) || (category === "trafficking_abduction" && !THING_TAKEN.test(told))) && !back ? (LURE_TOLD.test(told) ? "actLure" : "actTaken") : aboutOtherChild(state) ? "actForOther" : null;
  return meant ? topics.map((t) => (t === "act" ? meant : t)) : topics;
}

/**
 * An offer of work or of a trip told (folded): "việc nhẹ lương cao", "tuyển người đi làm", "a job in Cambodia"; without one, a child
 * taken is a child taken (walk 54: a mother whose boy was taken at the school gate was told not to hand over her ID to a recruiter).
 */
const LURE_TOLD = /\b(?:viec lam|viec nhe|luong cao|tuyen (?:nguoi|lao dong|dung)|moi (?:\w+ )?(?:di )?lam|ru (?:\w+ )?di lam|xuat khau lao dong|lam thue|jobs?|salary|well paid|high pay|hiring|recruit\w*|work (?:abroad|in|at|for))\b/;

/** A child taken away told (folded), whatever the triage's category: "grabbed our son ... drove off with him", "giằng bé lên xe chạy mất". */
// The child is the one taken (reader 41: "snatched my daughter's phone", "giằng điện thoại của bé rồi chạy mất" took no child).
const TAKEN_CHILD_EN = String.raw`(?:(?:the|my|our|his|her|their|a) )?(?:\w+ )?(?:\d+ ?(?:year|yr)s? ?old|son|daughter|boy|girl|child|children|kids?|baby|toddler|niece|nephew|grandson|granddaughter|him|her|them)\b(?! s\b)(?! (?:phone|bag|bike|money|wallet|toys?|backpack|schoolbag|hat|ball|lunch|snacks?|shoes?|book|books|cap)\b)`;
const CHILD_TAKEN = new RegExp(String.raw`\b(?:abduct\w*|kidnap\w*|snatched ${TAKEN_CHILD_EN}|(?:drove|driven|ran|run|made) (?:off|away) with ${TAKEN_CHILD_EN}|took (?:him|her|them) away|taken away|bat coc|bat (?:\w+ ){0,3}di mat|giang (?:lay )?(?:con|be|chau|thang be|con be|dua|em|nho)\b(?! (?:\w+ )?cua\b)(?: \w+){0,5} (?:chay mat|chay di|di mat)|(?:dua|mang|cho) (?:\w+ ){0,3}di mat)\b`);
/** A thing snatched from the child, told (folded): "giằng điện thoại của bé", "giật cặp", "snatched her phone" (no child taken by it). */
const THING_TAKEN = /\b(?:giang|giat|cuop|lay|snatched|grabbed|stole|took)(?: lay)? (?:(?:the|my|our|his|her|their|a) )?(?:\w+ s )?(?:dien thoai|dt|cap|tui|balo|xe dap|xe|tien|do an|do choi|mu|non|phone|bag|bike|money|wallet|toys?|backpack|schoolbag|hat|ball|lunch|snacks?|shoes?|cap)\b/;
/**
 * The one who took the child came back without the child (folded), a clause of its own: "hắn về rồi mà không thấy con bé đâu", "ông ta
 * quay lại một mình", "nó về nhà rồi nhưng không dẫn bé theo". "nó" is the taker only when the child is named as not with them.
 */
const TAKER_WORDS = "(?:han|ong ta|ong ay|ong kia|ba ta|ba ay|ba kia|gia ta|thang do|thang kia|thang cha|tay do|ten do|nguoi do|nguoi kia|nguoi la|ho|tui no|bon no|bon chung|chung no|chong cu|vo cu|chong toi|vo toi|bo no|me no|bo be|me be|bo de|bo chau|cha be)";
const BACK_WORDS = "(?:\\w+ ){0,2}?(?:da |vua |moi )?(?:ve|quay lai|quay ve|tro ve|tro lai|lo dien|xuat hien)(?: nha| lai)?";
const NOT_WITH_CHILD = "(?:ma |nhung |ma lai |nhung lai )?(?:khong|ko|k|hong|chang|cha|chua) (?:thay|dan|dua|mang|de|cho|co|di cung|di voi|chiu dua|chiu tra) (?:\\w+ ){0,2}?(?:be|con be|con|chau|thang be|thang nho|con nho|dua nho|em be|dua be|con toi|con gai|con trai)\\b|khong thay (?:\\w+ ){0,3}dau";
const TAKER_BACK_ALONE = new RegExp(`\\b(?:${TAKER_WORDS} ${BACK_WORDS}(?: \\w+){0,4}? (?:mot minh|${NOT_WITH_CHILD})|no ${BACK_WORDS}(?: \\w+){0,4}? (?:${NOT_WITH_CHILD}))(?: (?:theo|ve|dau|ca|het|nua|luon|roi|a))*`, "g");
/** The child back, told (folded): "bé về rồi", "cháu đã về nhà", "con bé tự về một mình rồi", "hắn đưa con bé về rồi", "she is back home now",
 * "he came back", "returned home", "he brought her back". */
const CHILD_BACK = /\b(?:(?:be|con|chau|no|con be|thang be|em) (?:\w+ ){0,2}(?:da )?(?:ve|duoc dua ve|duoc tra ve|tro ve) (?:nha |den nha )?(?:mot minh )?(?:roi|an toan)|(?:dua|tra|dan|cho) (?:\w+ ){0,2}(?:be|con be|thang be|chau|con|dua nho|em be) (?:\w+ )?ve (?:nha |den nha )?(?:roi|an toan|cho (?:toi|tui|em|me|gia dinh))|(?:he|she|they|someone|somebody) (?:has |have |had )?brought (?:her|him|them|the child|the kids|my \w+|our \w+) (?:back|home)\b|(?:be|con|chau|no|con be|thang be) da (?:ve|tro ve|duoc dua ve|duoc tra ve)\b|(?:she|he|they) (?:is|s|are|re) (?:now )?(?:back|home)\b(?! (?:\S+ ){0,5}(?:without|alone|but not|but the|but our|but my))|(?:she|he|they) (?:came|got|come|has come|has been brought|was brought) (?:back|home)\b(?! (?:\S+ ){0,5}(?:without|alone|but not|but the|but our|but my))|(?:she|he|they) (?:has |have )?returned\b(?! (?:\S+ ){0,5}(?:without|alone|but not|but the|but our|but my)))/;

/**
 * What a message says beside its answer that the reporter should hear was taken: a call to 113 already made ("tôi gọi 113 rồi",
 * "I already called the police") is kept in the notes and acknowledged once; a wish not to be named ("đừng nói với bạn ấy là mình kể")
 * is kept and answered, unless a reply of this step already speaks of keeping it secret.
 */
/** Help called but not come yet (folded): "chưa thấy ai tới", "chưa có ai đến", "nobody has come", "still waiting". */
const NOBODY_YET = /\bchua (?:thay |co )?(?:ai|nguoi nao|cong an|xe) (?:toi|den|ra|vao)\b|\bchua thay (?:ai|gi)\b|\b(?:nobody|no one|noone) (?:has |have )?(?:come|came|arrived|showed up|shown up)\b|\bstill waiting\b|\bnobody (?:is )?here yet\b/;

function saidBeside(step: FlowStep, text: string | null): FlowStep {
  if (!text || step.outcome !== "continue") return step;
  const key = foldKey(text);
  const called = CALLED_ALREADY.test(key) && !step.state.calledNoted;
  const secret = KEEP_ME_SECRET.test(key) && !step.replies.some((r) => /bí mật|giữ kín|không ai được biết|confidential|secret|not tell anyone/iu.test(r.text));
  const chat = CHAT_ONLY.test(key) && !step.replies.some((r) => /Không có điện thoại cũng không sao|(?:No|Having no) phone is fine/u.test(r.text));
  if (!called && !secret && !chat) return step;
  const d = step.state.draft;
  const held = [d.narrative, ...d.extraNotes].some((n) => typeof n === "string" && n.includes(text));
  const state: ReportFlowState = { ...step.state, ...(called ? { calledNoted: true } : {}), draft: held ? d : { ...d, extraNotes: [...d.extraNotes, text] } };
  const said = [...(called ? [note(state, NOBODY_YET.test(key) ? T.calledNobodyYet : T.calledAlready)] : []), ...(secret ? [note(state, T.keptSecret)] : []), ...(chat ? [note(state, T.chatContact)] : [])].join(" ");
  const last = step.replies.at(-1);
  const replies = last ? [...step.replies.slice(0, -1), withAck(last, said)] : [{ text: said }];
  return { ...step, state, replies };
}

/**
 * "tôi không biết nữa, tôi sợ lắm", "giờ bé ở trường, chiều nay tan học phải về nhà": a not known typed at the danger question gets one
 * line of calm and safety before the next question (a tapped "Không rõ" is not met with it).
 */
/** "ở chung nhà", "sống cùng nhà", "ở cùng nhà với", "lives with", "in the same house" (folded). */
const SHARES_HOUSE = /\b(?:(?:o|song) (?:chung|cung) (?:nha|mot nha|mai nha)|chung nha|lives with (?:her|him|them)|same (?:house|home))\b/;
/**
 * "mà tối nay ổng về e sợ", "đêm nay thằng bố dượng đi nhậu về thế nào cũng đánh nó": the one who harms comes back tonight, or the
 * writer is afraid of tonight. Where the child can be tonight and whom to call come before the next question (once), after any
 * call for danger now.
 */
function tonightAdvice(deps: ReportFlowDeps, step: FlowStep, text: string | null): FlowStep {
  if (step.state.tonightAdvised || step.outcome !== "continue") return step;
  // "giờ em đang ở trường, chiều nay em về nhà" told in the story or now: the child goes home to the one who harms today. Said even
  // when the danger right now was answered no (safe at school is not safe tonight), or a button was tapped.
  // Only when the one who harms is at home: a parent, a relative, a partner, or anyone the story says shares the house ("ở chung nhà");
  // a classmate, a teacher or someone online is not waiting there ("chiều nay tan học cháu về nhà với tôi").
  const d = step.state.draft;
  const atHome = (d.harmer != null && HOUSEHOLD.has(d.harmer)) || SHARES_HOUSE.test(chatKey(d.narrative ?? "")) || movedInSaid(d.narrative ?? "", d.harmerText ?? "");
  // "tối nay ổng qua bắt con bé về ở với ổng": the one who harms comes to the child, the child goes nowhere: keep the door shut.
  const comes = harmerComesForChild(text ?? "") || harmerComesForChild(d.narrative ?? "");
  // "mẹ nó tối mới về" of a child left alone all day: the one back tonight is the care that was missing, not a danger (no advice).
  const inPerson = harmDoneInPerson(d, deps);
  const home = !comes && atHome && inPerson && (backWithHarmerToday(text ?? "") || backWithHarmerToday(d.narrative ?? ""));
  const tonight = [text, d.narrative].some((t) => t && (TONIGHT_FEAR.test(chatKey(t)) || /\b(?:toi nay|dem nay|toi ni|dem ni|tonight|this evening)\b/.test(chatKey(t))));
  // "giờ bé ở trường, nhưng tối nay chắc lại qua nhà ổng": the child goes to the one who harms (a neighbour too) later today (walk 41).
  const goes = !comes && !home && text !== null && goesToHarmerToday(text);
  // "giờ thì chắc không, tối ổng về": the one who harms lives there and is back later today: what to do before then (walk 41).
  const back = atHome && inPerson && text !== null && harmerBackLater(text);
  // "Tối nay mẹ em lại đi ca", "nhắn là tối nay về sẽ xử cả mẹ lẫn con" told in the story itself: the harm may come tonight (walk 52: 07, 16).
  // Only when the one who harms can be with the child tonight (lives there, comes for them or comes home), not a teacher at school.
  // "tối nay chỉ có ông ta ở nhà một mình với bé": whoever they are, the one who harms is alone with the child tonight (walk 53).
  const storyTonight = inPerson && ((atHome || comes) && [d.narrative, ...d.extraNotes].some((t) => t && (TONIGHT_FEAR.test(chatKey(t)) || TONIGHT_AWAY.test(chatKey(t))))
    || [d.narrative, ...d.extraNotes, text].some((t) => t && aloneWithTonightSaid(t)));
  if (!home && !goes && !back && !(comes && tonight) && !(text && TONIGHT_FEAR.test(chatKey(text))) && !storyTonight) return step;
  // "ổng ở chung nhà với tụi nhỏ ... tối ni ổng vẫn ngủ ở nhà đó": the children are at home already, not going home (walk 46).
  const athomeNow = home && !GOING_HOME.test(chatKey(text ?? "")) && !GOING_HOME.test(chatKey(d.narrative ?? ""));
  const advice: Reply = { text: say(comes ? T.comesForChild : athomeNow ? T.homeWithHarmer : home ? T.backHome : goes ? T.goesToHarmer : T.tonight, lang(step.state), child(step.state)), links: [HOTLINE_LINK[lang(step.state)]] };
  const urgent = step.replies.filter((r) => r.urgent);
  // The calm for a not known ("kể cả khi phải về nhà hôm nay") is not said beside the advice for tonight: once is enough (walk 52: 05).
  const rest = step.replies.filter((r) => !r.urgent && !UNSURE_LINES.has(r.text));
  return { ...step, state: { ...step.state, tonightAdvised: true }, replies: [...urgent, advice, ...rest] };
}

/** The harm comes every night (chat key): "tối nào cũng", "đêm nào cũng", "mỗi tối", "every night". */
const EVERY_NIGHT = /\b(?:toi nao cung|dem nao cung|toi nao ong cung|moi toi|moi dem|hang dem|toi toi|dem dem|every night|each night|most nights|every evening)\b/;

/** Every wording of the calm said to a not known at the danger question. */
const UNSURE_LINES: ReadonlySet<string> = new Set([T.dangerUnsure, T.dangerUnsurePlain].flatMap((t) => Object.values(t).filter((v): v is string => typeof v === "string")));

/**
 * The one who keeps the child safe is away tonight (chat key): "tối nay mẹ em lại đi ca", "mẹ nó lại trực đêm tối nay",
 * "her mum is on nights again tonight", "works the night shift tonight".
 */
const TONIGHT_AWAY = /\b(?:toi nay|dem nay|toi ni|dem ni|tonight)\b(?:\s+\S+){0,6}?\s+(?:di ca|lam ca dem|di lam ca|truc dem|di lam dem|di truc|vang nha|di vang|khong o nha|khong co nha|di xa|on nights?|works? (?:the )?nights?|night shift|away|out of town)\b|\b(?:di ca|ca dem|truc dem|di lam dem|vang nha|on nights?|night shift)\b(?:\s+\S+){0,4}?\s+(?:toi nay|dem nay|toi ni|dem ni|tonight)\b/;

/** Red flags of a harm someone does to the child in person (a beating, sexual abuse, a threat, a locking in). */
const IN_PERSON_FLAG = /violence|sexual|threat|confine|locked|weapon|injury|driven_out/;

/**
 * The harm told is done by a person to the child (violence, sexual abuse, threats), not only their absence (a child left alone or
 * hungry): "tonight, do not be alone with that person" is said of the first only (walk c23: a child alone in the daytime was told it).
 */
function harmDoneInPerson(d: ReportDraft, deps: ReportFlowDeps): boolean {
  const t = deps.triage(draftText(d));
  return t.category !== "neglect_abandonment" || t.redFlags.some((f) => IN_PERSON_FLAG.test(f));
}

/** "sống với bố dượng", "ở cùng ông chú", "lives with his stepfather" (folded, the one who harms as the story names them after it). */
const LIVES_WITH = /\b(?:(?:o|song)(?: nha| chung nha)? (?:voi|cung)|(?:is|s|stays?) (?:at )?home with|lives? with|living with|stays? with)\s+(?:(?:his|her|their|the|nha|ong|ba|thang|con)\s+)?(.{2,30})/;

/**
 * The danger right now was just answered not yes, and the story says the child lives with the one who harms them (in the same
 * house, "sống với bố dượng"): the child is at home with that person tonight. What to do for tonight comes once, before the next
 * question (a harm told as over gets none, nor does a child who lives apart: "bé ở với mẹ" when the father harms).
 */
function livingWithAdvice(before: ReportFlowState, step: FlowStep, deps: ReportFlowDeps): FlowStep {
  const s = step.state;
  const answered = before.draft.dangerNow === null && (s.draft.dangerNow === "no" || s.draft.dangerNow === "unknown");
  if (!answered || step.outcome !== "continue" || s.tonightAdvised || s.dayAdvised || !s.draft.narrative) return step;
  // A grown-up told of a harm that keeps coming from someone the child lives with: what to do if it happens again tonight (walk 53).
  const again = againTonight(s, deps);
  if (!again && !livesWithHarmer(s.draft)) return step;
  const told = draftText(s.draft);
  if (extractReportFacts(told).resolved || deps.triage(told).risk === "low" || !harmDoneInPerson(s.draft, deps)) return step;
  const advice: Reply = again ?? { text: say(T.tonight, lang(s), child(s)), links: [HOTLINE_LINK[lang(s)]] };
  return { ...step, state: { ...s, tonightAdvised: true }, replies: answeredFirst(step.replies, [advice]) };
}

/** Those who harm that live with the child unless the story says otherwise: a parent, a step-parent, a parent's partner. */
const LIVES_AT_HOME: ReadonlySet<string> = new Set(["father", "mother", "stepfather", "stepmother", "parents", "partner"]);
/** A mother's partner (folded): "người yêu của mẹ", "bồ của mẹ" (never "bố mẹ"), "bạn trai mẹ", "her mum's boyfriend", "mother's partner". */
const PARENTS_PARTNER = /\b(?:(?:nguoi yeu|ban trai|chong moi|nhan tinh) (?:cua )?|bo cua )(?:me|ma)\b|\b(?:mom|mum|mother|mommy|dad|father)(?: s)? (?:boyfriend|girlfriend|partner|new husband|new wife)\b/;
/** Living under one roof (folded): "vẫn ở chung với hai mẹ con", "sống chung", "lives with them". */
const LIVES_TOGETHER = /\b(?:o|song) chung\b|\b(?:lives?|living|stays?) with (?:them|her|him|the (?:child|kids|family))\b/;
/** A harm that keeps coming (folded): "tuần nào cũng vài lần", "đánh hoài", "most evenings", "every week", "all the time". */
const AGAIN_AND_AGAIN = /\b(?:tuan nao cung|ngay nao cung|thang nao cung|hom nao cung|lan nao cung|hoai|suot ngay|lien tuc|nhieu lan|most (?:evenings|nights|days)|every (?:week|day|evening|weekend)|again and again|all the time|keeps? (?:hitting|beating|hurting|touching))\b/;
/** The one who harms is gone or the harm is over (folded): prison, moved away, left, divorced, working far away, "used to". */
const HARMER_GONE = /\b(?:di lam (?:an )?xa|lam an xa|di xa|di xuat khau lao dong|di lao dong|working (?:away|abroad|in another)|works (?:away|abroad|in another)|away (?:for|at) work|di tu|bi bat|bo di|don di|chuyen di|ly hon|khong con o|khong con song|khong song chung|moved out|moved away|left (?:them|home|the family|the house)|in prison|in jail|arrested|used to|no longer lives?)\b/;

/** The one who harms lives elsewhere and comes over (folded): "sống ở xã bên", "mỗi lần sang chơi", "lives in another village", "when he visits". */
const LIVES_APART = /\b(?:song|o) (?:o )?(?:xa|phuong|thon|xom|nha|lang|ap|tinh|ban) (?:ben|khac|kia)\b|\b(?:sang|qua|toi|den) choi\b|\bmoi lan (?:sang|qua|toi|den|ghe)\b|\blives? (?:elsewhere|somewhere else|in another|across (?:the )?town)\b|\bwhen(?:ever)? (?:he|she) (?:visits|comes (?:over|round|by))\b/;

/**
 * A grown-up tells of a child hurt again and again by someone who lives with them (a step-father who beats the boy most nights, a
 * mother's partner who slaps her when he drinks): if it happens again tonight, call 113 when it is heard, do not face the person alone.
 * Said once, when the danger right now was answered not yes; never to a child (the child's advice is their own), nor for a harm told
 * as past and over.
 */
function againTonight(s: ReportFlowState, deps: ReportFlowDeps): Reply | null {
  const d = s.draft;
  if (child(s) || s.tonightAdvised || s.dayAdvised || !d.narrative || d.harmer === "self") return null;
  const told = draftText(d);
  const key = chatKey(told);
  // "Ổng vẫn ở chung với hai mẹ con": the one who harms named only as "he" still lives there.
  const atHome = (d.harmer != null && LIVES_AT_HOME.has(d.harmer)) || PARENTS_PARTNER.test(key) || LIVES_TOGETHER.test(key) || SHARES_HOUSE.test(key) || livesWithHarmer(d);
  const facts = extractReportFacts(told);
  const recurs = facts.when === "repeated" || EVERY_NIGHT.test(key) || AGAIN_AND_AGAIN.test(key);
  // A beating or a sexual harm, which 113 stops; not scolding or a meal withheld ("hay chửi bé, bắt nhịn cơm tối").
  const t = deps.triage(told);
  const hurts = t.category === "physical_violence" || t.category === "sexual_abuse" || t.redFlags.some((f) => /violence|sexual|weapon|injury/.test(f));
  if (!atHome || !recurs || !hurts || facts.resolved || HARMER_GONE.test(key) || LIVES_APART.test(key) || t.risk === "low") return null;
  return { text: say(T.againTonight, lang(s), false), links: [HOTLINE_LINK[lang(s)]] };
}

/** The story, or an answer after it ("Không, giờ bé ở nhà với dượng, dượng hay ..."), says the child is at home with the one who harms. */
function livesWithHarmer(d: ReportDraft): boolean {
  if (d.harmer === null || d.harmer === "self") return false;
  const harmer = foldKey(d.harmerText ?? "").replace(/^(?:ong|ba|thang|con|his|her|the)\s+/, "");
  return [d.narrative, ...d.extraNotes].some((t) => {
    const key = chatKey(t ?? "");
    // "mẹ nó dẫn bạn trai về ở chung", "he moved in with her and her daughter": someone moved into the home, the one who harms (walk 52).
    if (SHARES_HOUSE.test(key) || movedInSaid(t ?? "", d.harmerText ?? "")) return true;
    // "sống với mẹ và người yêu của mẹ": the one who harms may be named second, after "và", "with".
    const named = (LIVES_WITH.exec(key)?.[1] ?? "").split(/\s+(?:va|voi|cung|and|with)\s+/);
    // "bố dượng" named as "dượng", "stepfather" as "her stepfather": the last word of who harms starts the person said.
    return harmer !== "" && named.some((n) => n.startsWith(harmer) || n.startsWith(harmer.split(" ").at(-1)!));
  });
}

/** "Phú Yên nay thuộc tỉnh Đắk Lắk.": the place the reporter named is a province of before the 2025 merger (or Huế's former name). */
function formerPlaceLine(d: ReportDraft, deps: ReportFlowDeps): string | null {
  const found = d.locationText ? deps.findProvince(d.locationText) : null;
  if (!found?.former || found.id !== d.provinceId) return null;
  // In English the names are written without Vietnamese marks ("Binh Dinh is now part of Gia Lai province.").
  const plain = (n: string) => (d.language === "en" ? n.normalize("NFD").replace(/[\u0300-\u036f]/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D") : n);
  // A province that is a city ("Thành phố Hồ Chí Minh") is said as that city: "nay thuộc Thành phố Hồ Chí Minh", "part of Ho Chi Minh City".
  const city = !found.renamed && /^thành phố\s+/iu.test(found.name);
  const today = city && d.language === "en" ? found.name.replace(/^thành phố\s+/iu, "") : found.name;
  return fill((found.renamed ? T.formerRenamed : city ? T.formerMergedCity : T.formerMerged)[d.language], { former: plain(found.former), today: plain(today) });
}

/**
 * "hẹn thứ bảy này chở bé đi chơi", "he'll pick her up Saturday and not bring her back": a harm or a taking of the child planned for a
 * coming day gets what to do before that day (the day as told, 113 if the person comes, 111), once, before the next question, also
 * after a call for danger now (which says nothing of that day); not beside the advice for tonight, nor for a matter rated low.
 */
function beforeDayAdvice(step: { state: ReportFlowState; replies: Reply[] }, deps: ReportFlowDeps): Reply[] {
  const s = step.state;
  if (s.dayAdvised || s.tonightAdvised || !s.draft.narrative) return step.replies;
  const told = draftText(s.draft);
  const day = plannedDay(told, lang(s));
  if (!day || deps.triage(told).risk === "low") return step.replies;
  s.dayAdvised = true;
  const advice: Reply = { text: fill(say(T.beforeDay, lang(s), child(s)), { day: day.replace(/ \((?:planned|dự kiến)\)$/u, "") }), links: [HOTLINE_LINK[lang(s)]] };
  return answeredFirst(step.replies, [advice]);
}

function dayAdvised(step: FlowStep, deps: ReportFlowDeps): FlowStep {
  if (step.outcome !== "continue") return step;
  const state = { ...step.state };
  const replies = beforeDayAdvice({ state, replies: step.replies }, deps);
  return replies === step.replies ? step : { ...step, state, replies };
}

/** Asking where the report had got to (folded): "tôi đang nói tới đâu rồi", "mình kể đến chỗ nào rồi nhỉ", "where was I", "where were we". */
const WHERE_WAS_I = /^(?:(?:ua|a|oi|xin loi|sorry|ok|ah|oh|um|uh)[ ,.]+)?(?:toi|tui|minh|em|con|chau|ta|chung ta|t)? ?(?:dang |da |vua )?(?:noi|ke|bao|nhan|tra loi|khai) (?:toi|den|toi cho|den cho|o cho|den doan|toi doan) (?:dau|cho nao|doan nao|cau nao|dau|phan nao)(?: (?:roi|the|vay|a|nhi|nhe|ha|ban|ban oi|roi nhi|roi a|roi ha))*\s*[?.!]*$|^(?:(?:sorry|ok|oh|um)[ ,]+)?where (?:was i|were we|did (?:i|we) (?:stop|leave off|get to))\b(?: (?:again|up to))?\s*[?.!]*$/;

/** Tonight feared, or the one who harms back tonight (folded chat words): "tối nay ổng về", "sợ tối nay", "he comes home tonight". */
const TONIGHT_FEAR = /\b(?:toi nay|dem nay|toi ni|dem ni|chieu toi nay|tonight|this evening)\b(?:\s+\S+){0,8}?\s+(?:ve|tro ve|ve nha|ve toi|di nhau ve|say ve|comes? (?:back|home)|gets? (?:back|home)|is (?:back|home)|will be (?:back|home)|so|danh|dap|lai danh|hit|beat)\b|\b(?:so|scared (?:of|about)|afraid (?:of|about)|worried about) (?:\w+ ){0,2}(?:toi nay|dem nay|toi ni|dem ni|tonight)\b/;

function unsureCalmed(before: ReportFlowState, step: FlowStep, input: FlowInput): FlowStep {
  if (input.choice || !input.text || before.step !== "danger" || before.draft.dangerNow !== null || step.state.draft.dangerNow !== "unknown" || step.state.step === "danger") return step;
  // "kể cả khi trẻ phải về lại với người gây hại hôm nay" only when the words or the story say the child goes back to them today
  // (walk 52: 12 "mai nó lại đi học thêm", 20 were told it).
  const d = step.state.draft;
  // "tối nào cũng", "đêm nào cũng" bị đánh ở nhà: the harm comes again tonight, at home.
  const today = [input.text, d.narrative].some((t) => t && (laterDangerToday(t) || backWithHarmerToday(t) || harmerBackLater(t) || goesToHarmerToday(t) || TONIGHT_SAID.test(chatKey(t)) || EVERY_NIGHT.test(chatKey(t))));
  return { ...step, replies: [{ text: say(today ? T.dangerUnsure : T.dangerUnsurePlain, lang(before), child(before)), links: [HOTLINE_LINK[lang(before)]] }, ...step.replies] };
}

/**
 * "Bỏ qua" at "what happened?": the reporter chose not to tell; the question is not asked again (walk 46: asked forever, no case
 * code). The rest of the questions follow, and the summary says no description was given.
 */
function storySkipped(state: ReportFlowState): ReportFlowState {
  return state.step === "what" && !(state.asked ?? []).includes("what") ? { ...state, asked: [...(state.asked ?? []), "what"] } : state;
}

/** Records what the message changed and goes to the question the draft still needs. */
function move(state: ReportFlowState, given: ReportDraft, ack: string[], now: Date, flow: ReportFlow, deps: ReportFlowDeps, answered: boolean): FlowStep {
  const draft = storyFromNotes(state.draft, given, deps);
  // "em muốn kể chuyện này" at "what happened?": no story yet, the question stays.
  if (state.step === "what" && !draft.narrative) answered = false;
  // "bản Nà Lầu" typed at "which commune?": a hamlet only; which commune it is in is asked once, by its name.
  const hamletOnly = state.step === "commune" && Boolean(draft.hamlet) && !draft.commune && !state.draft.hamlet;
  const asked = answered && !hamletOnly && !(state.asked ?? []).includes(state.step) ? [...(state.asked ?? []), state.step] : state.asked ?? [];
  const base: ReportFlowState = { ...state, draft: stamp(draft, now), asked };
  const step = nextStep(base);
  const next: ReportFlowState = { ...base, step, history: step === state.step ? state.history : [...state.history, state.step] };
  const question = flow.ask(next);
  const replies = [ack.length > 0 ? withAck(question, ack.join(" ")) : question];
  // A child recognised only now (the story came after /report, or "I am the child" was chosen) reads the safety advice once.
  if (child(next) && !state.childAdvised) {
    next.childAdvised = true;
    replies.unshift(decorate(next, { text: say(T.intro, lang(next), true) }));
  }
  if (state.draft.dangerNow !== "yes" && draft.dangerNow === "yes") {
    replies.unshift({ text: withFirstAid(urgentWords(next, T.emergencyTold, deps), draftText(draft), lang(next)), links: EMERGENCY_LINKS[lang(next)], urgent: true });
  }
  return finish(next, replies, deps);
}

/**
 * "bố em say rượu đánh em với em trai, e đang ở nhà bạn" typed at the danger question before any story: what the message tells is
 * the story, not a note beside an empty one (the story is not asked for again). A note added now that tells of a child or a harm
 * becomes the story when there was none.
 */
function storyFromNotes(before: ReportDraft, given: ReportDraft, deps: ReportFlowDeps): ReportDraft {
  const draft = withoutIntro(given);
  if (before.narrative || draft.narrative || draft.extraNotes.length <= before.extraNotes.length) return draft;
  const added = draft.extraNotes.slice(before.extraNotes.length);
  const story = added.find((n) => !isQuestionLike(n) && readStory(blankDraft(), statementPart(n) || n, deps, "fill").learned.some((f) => CHILD_FACTS.has(f)));
  if (!story) return draft;
  return { ...draft, narrative: story, extraNotes: draft.extraNotes.filter((n, i) => i < before.extraNotes.length || n !== story) };
}

/** Words of wanting to tell or of a greeting (folded): "muốn báo", "kể", "trình báo", "chào", "report", "tell". */
const INTRO_WORDS = /\b(?:bao|bao tin|bao cao|ke|noi|trinh bao|to cao|phan anh|chia se|chao|xin chao|alo|ad|hello|hi|report|tell|share|talk)\b/;
/** A child named, not the writer's own "em", "con" (folded): "bé", "thằng bé", "con nó", "cháu gái", "a kid". */
const CHILD_NOUN = /\b(?:be|tre|tre em|dua (?:nho|be|con|tre)|thang (?:be|nho|cu)|con (?:be|nho|gai|trai|no|ho|ban|nha)|chau (?:be|nho|gai|trai)|em be|hoc sinh|nhoc|child|children|kid|kids|girl|boy|son|daughter|baby|student)\b/;

/**
 * "xin chào ad, mình muốn báo một chuyện", "em muốn kể chuyện này", "hello, I need to report something": an opening that says only
 * that the writer wants to tell (or greets), with no child, no person, no harm, no place or time: no story.
 */
function introOnly(text: string): boolean {
  const key = foldKey(text);
  if (wordCount(text) > 14 || !INTRO_WORDS.test(key) || CHILD_NOUN.test(key) || HARM_OR_BLAME.test(key)) return false;
  const f = extractReportFacts(text);
  return !f.harmer && !f.age && !f.injury && !f.when && !f.commune && !f.phone && triageRules(text).risk === "low";
}

/** The story without the openings that tell nothing: they are kept in the notes, and the story is what was told after them. */
function withoutIntro(d: ReportDraft): ReportDraft {
  if (!d.narrative) return d;
  const lines = d.narrative.split("\n");
  const intros = lines.filter((l, i) => lines.slice(0, i + 1).every((x) => introOnly(x)));
  if (intros.length === 0) return d;
  const rest = lines.slice(intros.length).join("\n").trim();
  const notes = intros.filter((l) => !d.extraNotes.includes(l));
  return { ...d, narrative: rest || null, extraNotes: [...notes, ...d.extraNotes] };
}

const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;
const withAck = (reply: Reply, ack: string): Reply => ({ ...reply, text: `${ack}\n${reply.text}` });
const stamp = (draft: ReportDraft, now: Date): ReportDraft => ({ ...draft, updatedAt: now.toISOString() });

/** At the summary: send, edit, cancel, or a bare "no" (asked whether to edit or cancel); a correction typed straight away is read. */
/** "Sửa giúp tôi:", "sua lai:", "edit:": the word that asks to correct, before the correction itself. */
const EDIT_LEAD = /^\s*(?:sửa lại|chỉnh sửa|sửa|sua lai|chinh sua|sua|edit|change)(?:\s+(?:giúp|giùm|dùm|giup|gium|dum|lại|lai))?(?:\s+(?:tôi|em|mình|tui|toi|minh|cho tôi|cho em|cho toi))?(?:\s+(?:nhé|nha|ạ|nhe|a))?\s*[:,.\-]?\s*/iu;

function confirmStep(state: ReportFlowState, choice: string | null, text: string | null, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const picked = choice?.startsWith("fix:") ? (fixFieldsOf(state.draft).find((f) => `fix:${f}` === choice) ?? null) : null;
  if (picked) return askFix(state, picked);
  const word = choice === "back" ? "edit" : choice ?? (text ? matchSummaryWord(text) : null);
  if (word === "submit") return { state, replies: [], effects: [{ type: "submit" }], outcome: "submit" };
  // "ok send. will police contact me?", "gửi đi. bao lâu thì có người gọi?": send, and the question is answered after the code.
  const [head, ...after] = !choice && text ? text.split(/(?<=[.!,;])\s+/) : [];
  const asked = after.join(" ").trim();
  if (head && asked && matchSummaryWord(head.replace(/[.!,;]+$/u, "")) === "submit" && isQuestionLike(asked) && sideTopics(asked).some((t) => ANSWERED_HERE.has(t))) {
    // The question is answered after the code; it is no information about the child, so it is not kept in the case.
    const kept = { ...state, askedAtSubmit: asked, draft: stamp(state.draft, now) };
    return { state: kept, replies: [], effects: [{ type: "submit" }], outcome: "submit" };
  }
  if (word === "cancel") return flow.cancel(state, now);
  // "Sửa giúp tôi: bé 10 tuổi, không phải 9": the correction typed with the word, read at once (not lost behind the edit prompt).
  const rest = text && !choice ? text.replace(EDIT_LEAD, "").trim() : "";
  if (word === "edit" && rest.split(/\s+/).filter(Boolean).length >= 2) return readOrAskWhich(state, rest, now, flow, deps);
  if (word === "edit") return editAsked(state, flow);
  if (word === "withdraw") {
    const ids = ["submit", "cancel"];
    const kept = stamp({ ...state.draft, extraNotes: [...state.draft.extraNotes, text ?? ""].filter(Boolean) }, now);
    const next = { ...state, draft: kept };
    return stay(next, [decorate(next, { text: note(next, T.withdraw), choices: ids.map((id) => ({ id, label: LABELS[id]?.[lang(next)] ?? id })), links: [HOTLINE_LINK[lang(next)]] })]);
  }
  if (word === "no") {
    const ids = ["edit", "cancel", "submit"];
    return stay(state, [decorate(state, { text: note(state, T.editOrCancel), choices: ids.map((id) => ({ id, label: LABELS[id]?.[lang(state)] ?? id })) })]);
  }
  if (!text) return stay(state, [flow.ask(state)]);
  // "bỏ qua", "không có gì thêm", "that's all" at the summary: nothing to change and nothing to add to the report.
  if (isSkip(text) || NOTHING_MORE.test(chatKey(text)) || saysNotKnown(text)) return stay(state, [withAck(flow.ask(state), note(state, T.summaryNothing))]);
  // "khoan, để tôi hỏi ý chồng tôi đã", "wait, let me check": a pause, not a correction; the report waits, unsent, and the words are kept.
  if (PAUSE.test(foldKey(text)) && !saysCorrection(text)) {
    const next = { ...state, draft: stamp({ ...state.draft, extraNotes: [...state.draft.extraNotes, text] }, now) };
    return stay(next, [withAck(flow.ask(next), note(state, T.summaryWaits))]);
  }
  return readOrAskWhich(state, text, now, flow, deps);
}

/** "Sửa" at the summary: what to change is asked; when the summary speaks of several children, how many is offered as a button. */
function editAsked(state: ReportFlowState, flow: ReportFlow): FlowStep {
  const next: ReportFlowState = { ...state, step: "edit" };
  const ask = flow.ask(next);
  if (!severalShown(state.draft)) return stay(next, [ask]);
  return stay(next, [{ ...ask, choices: [{ id: "fix:children", label: LABELS["fix:children"]![lang(next)] }] }]);
}

/** A pause at the summary (folded): "khoan", "đợi chút", "để tôi hỏi ý chồng đã", "wait", "hold on", "let me ask". */
const PAUSE = /^(?:(?:a|u|da|vang|ok|oh|um|uhm)[\s,]+)?(?:khoan(?: da)?|khoan khoan|dung lai|doi (?:chut|ti|xiu|da|1 chut|mot chut|toi|em|minh)|cho (?:chut|ti|xiu|da|1 chut|mot chut)|de (?:toi|em|minh|tui|chi|anh|co|ba|con) (?:hoi|nghi|xem|ban|ban bac|tinh|coi|suy nghi|hoi y|goi)|wait|hold on|hang on|one (?:sec|second|moment|minute)|give me a (?:sec|second|moment|minute)|let me (?:ask|think|check|talk))\b/;

/** Typed at the summary: nothing more to say (folded). */
const NOTHING_MORE = /^(?:(?:da|vang|thoi|uh|u|ok)\s+)?(?:khong co gi(?: (?:them|nua|de sua|can sua|khac|sai))?|ko co gi(?: them| nua)?|(?:khong|khoi) (?:can )?sua(?: (?:gi|chi|dau))*|khong sai (?:gi|cho nao)|the thoi|vay thoi|het roi|chi vay thoi|chi co vay|nothing(?: (?:more|else|to add|to change|to fix|wrong))?|no changes?|that s all|thats all|that is all)(?:\s+(?:a|nhe|nha|dau|ca|het|roi))*$/;

/** The reporter typed what to correct: read with the same fact module, the correction wins. */
function editStep(state: ReportFlowState, choice: string | null, text: string | null, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const { fixing, ...unfixed } = state;
  // [Tuổi], [Nơi ở] ...: the value of that field is asked; the next message gives it.
  const picked = choice?.startsWith("fix:") ? (fixFieldsOf(state.draft).find((f) => `fix:${f}` === choice) ?? null) : null;
  if (picked) return askFix(unfixed, picked);
  const atSummary: ReportFlowState = { ...unfixed, step: "confirm" };
  // [Nguy hiểm ngay] then [Có] / [Không] / [Không rõ], or the answer typed ("không chắc", "not right now").
  if (fixing === "danger") {
    const told = choice && ["yes", "no", "unknown"].includes(choice) ? (choice as "yes" | "no" | "unknown") : text && !isQuestionLike(text) ? dangerAnswerOf(text) : null;
    if (told) return dangerFixed(atSummary, told, text, now, flow, deps);
  }
  // [Liên lạc] then [Ẩn danh], a number ("0912 345 678, chỉ nhắn tin"), or the consent in words ("cán bộ được gọi cho tôi").
  if (fixing === "contact") {
    if (choice === "anonymous") return contactChanged(atSummary, STEP_DEFS.contact.choose(atSummary.draft, "anonymous"), null, now, flow, deps);
    const consent = text && !isQuestionLike(text) ? consentSaid(text) : null;
    if (text && consent) return consentChanged(atSummary, consent, text, now, flow, deps);
    const read = text && !isQuestionLike(text) ? contactFixed(atSummary.draft, text) : null;
    if (read && text) return contactChanged(atSummary, read, text, now, flow, deps);
  }
  const word = choice ?? (text ? matchSummaryWord(text) : null);
  if (word === "cancel") return flow.cancel(state, now);
  if (word === "submit") return { state: atSummary, replies: [], effects: [{ type: "submit" }], outcome: "submit" };
  if (word === "withdraw") return confirmStep(atSummary, null, text, now, flow, deps);
  if (!text) return stay(state, [flow.ask(state)]);
  // "chú ruột" after [Người gây hại]: who harms changes, and nothing else (walk 37: "an older man" changed the child's sex).
  if (fixing === "harmer" && !isQuestionLike(text)) return harmerFixed(atSummary, text, now, flow, deps);
  // "11" after [Tuổi], "hôm kia" after [Thời gian]: read as that field's correction, the words kept as typed.
  if (fixing && !isQuestionLike(text)) {
    const step = correction(atSummary, fixPhrase(fixing, text, state.draft.language), now, flow, deps);
    return { ...step, state: { ...step.state, draft: { ...step.state.draft, extraNotes: step.state.draft.extraNotes.map((n) => (n === fixPhrase(fixing, text, state.draft.language) ? text : n)) } } };
  }
  return readOrAskWhich(atSummary, text, now, flow, deps);
}

const FIX_FIELDS: readonly FixField[] = ["age", "place", "harmer", "when", "danger", "contact"];
const FIX_ASK: Record<FixField, FlowText> = { age: T.fixAge, place: T.fixPlace, harmer: T.fixHarmer, when: T.fixWhen, danger: T.fixDanger, contact: T.fixContact, children: T.fixChildren };

/** The summary speaks of several children (a count, or "several" read from the story): how many can be corrected by a button. */
function severalShown(d: ReportDraft): boolean {
  return (d.children ?? 0) > 1 || (!d.children && d.reporterRelation !== "self" && severalSaid(d.narrative ?? ""));
}

/** The fields the summary's buttons offer to correct: how many children only when it speaks of several (walk 54: no way to say "one"). */
const fixFieldsOf = (d: ReportDraft): readonly FixField[] => (severalShown(d) ? ["children", ...FIX_FIELDS] : FIX_FIELDS);

/** The value of one field asked, at the summary's edit (danger now with its three answers as buttons). */
function askFix(state: ReportFlowState, field: FixField): FlowStep {
  const next: ReportFlowState = { ...state, step: "edit", fixing: field };
  const ids = field === "danger" ? STEP_DEFS.danger.choices : field === "contact" ? ["anonymous"] : null;
  const choices = ids ? ids.map((id) => ({ id, label: LABELS[id]?.[lang(next)] ?? id })) : undefined;
  return stay(next, [decorate(next, { text: note(next, FIX_ASK[field]), ...(choices ? { choices } : {}) })]);
}

/** Words of not knowing (folded): "không chắc", "chưa rõ", "not sure", "I don't know". */
const UNSURE = /\b(?:khong chac|ko chac|k chac|chua chac|khong ro|ko ro|chua ro|khong biet|ko biet|not sure|unsure|don t know|dont know|do not know|no idea|maybe|perhaps|co le|chac la khong)\b/;
/** Danger named (folded): "nguy hiểm", "danger", "an toàn", "safe". */
const DANGER_WORD = /\b(?:nguy hiem|danger|dangerous|an toan|safe)\b/;

/** The answer to "in danger right now?" a typed message gives: not sure, no or yes; null when it gives none. */
function dangerAnswerOf(text: string): "yes" | "no" | "unknown" | null {
  const key = foldKey(text);
  if (UNSURE.test(key)) return "unknown";
  const said = dangerSaid(text) ?? (nobodyThereSaid(text) ? "unknown" : matchDangerAnswer(text));
  return said === "yes" || said === "no" || said === "unknown" ? said : null;
}

/**
 * The reporter's doubt or "no" about a danger the chat read from the story, typed at another question: "not sure" when they say they
 * do not know whether the child is in danger ("I don't know if she is in danger", "không biết bé có đang nguy hiểm không"), "no" when
 * they say plainly it is not so ("hiện không nguy hiểm ngay", "she is not in danger now"); null when the words say neither, or tell
 * a danger now.
 */
function storyDangerDoubted(text: string, deps: ReportFlowDeps): "no" | "unknown" | null {
  if (dangerUnsureSaid(text, deps)) return "unknown";
  const said = dangerCorrectionIn(text);
  return said && said.answer !== "yes" && !statesDanger(deps.triage(text)) && dangerSaid(text) === "no" ? said.answer : null;
}

/**
 * "I'm not sure she is in danger right now", "không nguy hiểm ngay", "in danger right now: not sure" typed at the summary: the
 * sentence that answers the danger question, or null (no sentence names the danger with an answer to it).
 */
function dangerCorrectionIn(text: string): { answer: "yes" | "no" | "unknown"; said: string; rest: string } | null {
  const sentences = text.split(/(?<=[.;!?\n])\s+/u).map((x) => x.trim()).filter(Boolean);
  // "không chắc bé có đang nguy hiểm không" ends like a question and is an answer: not sure.
  const unsureOpening = (x: string) => !x.includes("?") && /^(?:(?:toi|minh|em|tui|i m|im|i am)\s+)?(?:khong chac|ko chac|k chac|chua chac|khong ro|chua ro|not sure)\b/.test(foldKey(x));
  const at = sentences.findIndex((x) => DANGER_WORD.test(foldKey(x)) && (!isQuestionLike(x) || unsureOpening(x)) && dangerAnswerOf(x) !== null);
  if (at < 0) return null;
  const whole = sentences[at]!;
  // "con bé 14 tuổi chứ không phải 4, mà hiện giờ không có nguy hiểm ngay", "she is 14, not 4, and she is not in danger right now": the
  // clause that answers the danger question gives the answer, and the clauses before it are the other fact the message corrects (walk 55
  // applied only the danger). Only when that clause alone gives the same answer, and what goes before it says something of its own.
  const clauses = whole.split(/\s*,\s*(?:(?:mà|nhưng|và|còn|ma|nhung|va|con|but|and)\s+)?/iu).filter(Boolean);
  const last = clauses.at(-1) ?? "";
  const before = clauses.slice(0, -1).join(", ");
  const split = clauses.length > 1 && DANGER_WORD.test(foldKey(last)) && dangerAnswerOf(last) === dangerAnswerOf(whole) && !DANGER_WORD.test(foldKey(before)) && wordCount(before) >= 2;
  const said = split ? last : whole;
  const others = sentences.filter((_, i) => i !== at);
  return { answer: dangerAnswerOf(said)!, said, rest: (split ? [before, ...others] : others).join(" ") };
}

/**
 * The danger line corrected at the summary, by the reporter: their answer now (a danger the system read from the story, or their
 * own earlier tap, may be corrected to "no": the reporter is the one who knows, and an emergency that is not one buries those
 * that are; their own "yes" is not lowered by a "not sure"). The typed words are kept for officers. A "yes" raises, with the
 * emergency numbers once.
 */
function dangerFixed(state: ReportFlowState, answer: "yes" | "no" | "unknown", typed: string | null, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const d = state.draft;
  const notes = typed ? [...d.extraNotes, typed] : d.extraNotes;
  // The reporter's own "yes" then "not sure": the yes stands (doubt is no reason to lower), the words go to the officers.
  if (d.dangerNow === "yes" && d.dangerFromStory !== true && answer === "unknown") {
    const next: ReportFlowState = { ...state, step: "confirm", draft: stamp({ ...d, extraNotes: notes }, now) };
    return finish(next, [withAck(flow.ask(next), note(state, T.dangerKeptYes))], deps);
  }
  const draft = stamp({ ...d, dangerNow: answer, dangerFromStory: false, extraNotes: notes }, now);
  const next: ReportFlowState = { ...state, step: "confirm", draft };
  const ack = changesSaid(d, draft, note(state, T.edited)) ?? note(state, T.editSame);
  const raised = answer === "yes" && d.dangerNow !== "yes" && !state.emergencyAlerted;
  return finish(next, [...(raised ? [urgentOfCorrection(state, deps)] : []), withAck(flow.ask(next), ack)], deps);
}

/** Words for a child counted (NFC, lower case): "đứa", "cháu", "bé", "trẻ", "em", "đứa nhỏ". */
const COUNTED = String.raw`(?:đứa(?:\s+(?:nhỏ|trẻ|bé|con))?|cháu|bé|trẻ|em|con|nhóc|dua(?:\s+(?:nho|tre|be|con))?|chau|be|tre|child|children|kids?)`;
/** "không phải 2 đứa", "chứ không phải hai cháu": the count the summary has, denied. */
const COUNT_DENIED = new RegExp(String.raw`(?:chứ\s+)?(?:không phải|ko phải|khong phai|ko phai|k phải|đâu phải|dau phai|chẳng phải|not)\s+(?:là\s+|la\s+)?(?:\d+|hai|ba|bốn|năm|mấy|two|three)\s+${COUNTED}\b`, "iu");
/** "chỉ 1 cháu", "chỉ có một đứa thôi", "only one child": one child. */
const ONE_COUNT = new RegExp(String.raw`(?:chỉ|chi|only)\s+(?:có\s+|co\s+)?(?:1|một|mot|one)\s+${COUNTED}(?:\s+(?:thôi|thoi|à|ạ|nhé|nha))*\b`, "iu");
/** "chỉ có thằng Bo 7 tuổi thôi", "chỉ bé Na thôi": one child named, after a count denied. */
const ONLY_NAMED = /(?:chỉ|chi)\s+(?:có\s+|co\s+)?(?:thằng|con|bé|cháu|em|cu|thang|be|chau)\s+\S+/iu;
/** A clause that says someone is grown up ("con gái bà là người lớn rồi", "mẹ nó đã lấy chồng"): no child counted. */
const GROWN_CLAUSE = /\b(?:là người lớn|la nguoi lon|người lớn rồi|nguoi lon roi|đã lớn|lấy chồng|lay chong|lấy vợ|lay vo|is an adult|is grown up)\b/iu;

/** One child said at the summary (the count denied, or "chỉ 1 cháu"): the rest of the message, to read the child's age and sex from. */
function oneChildSaid(text: string): { rest: string } | null {
  const t = text.normalize("NFC");
  const denied = COUNT_DENIED.test(t);
  if (!ONE_COUNT.test(t) && !(denied && ONLY_NAMED.test(t))) return null;
  if (oneDeniedOrAsked(t)) return null;
  const clauses = t.split(/(?<=[,.;!\n])\s*/u).map((c) => c.replace(COUNT_DENIED, " ").replace(ONE_COUNT, " ").trim()).filter((c) => foldKey(c) !== "" && !GROWN_CLAUSE.test(c));
  return { rest: clauses.join(" ").replace(/\s+/gu, " ").replace(/^[\s,.;]+|[\s,.;]+$/gu, "").trim() };
}

/**
 * One child, corrected at the summary: the count is one, the age and sex are read from what else the message says (the age the
 * summary had kept when it says none); the words are kept for officers.
 */
function oneChild(state: ReportFlowState, one: { rest: string }, typed: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const d = state.draft;
  const ages = d.childAgeText?.match(/\d{1,2}/gu) ?? [];
  const single = { ...d, children: null, childAgeText: ages.length > 1 ? null : d.childAgeText, childAgeBand: ages.length > 1 ? null : d.childAgeBand };
  // The rest is read as the correction it is ("bé 9 tuổi. lần gần nhất là tuần trước"); its count, if any, is one.
  const step = wordCount(one.rest) >= 2 ? correction({ ...state, draft: single }, one.rest, now, flow, deps) : null;
  const read = step && step.state.step === "confirm" ? step.state.draft : wordCount(one.rest) >= 1 ? readStory(single, one.rest, deps, "replace", ["age", "sex"]).draft : single;
  const kids = childMentions(one.rest);
  const sex = kids.length === 1 ? kids[0]!.sex : read.childSex;
  const notes = [...d.extraNotes, typed];
  // The summary's "several" read from the story ("several kids next door") is one child now, not "already says so" (reader 41).
  const draft = stamp({ ...read, children: severalShown({ ...read, children: null }) ? 1 : null, childSex: sex ?? single.childSex, extraNotes: [...notes, ...read.extraNotes.filter((n) => !notes.includes(n) && n !== one.rest)] }, now);
  const next: ReportFlowState = { ...(step && step.state.step === "confirm" ? step.state : state), step: "confirm", draft };
  const ack = changesSaid(d, draft, note(state, T.edited)) ?? note(state, T.editSame);
  // A danger the correction told is warned of as the correction itself would (never dropped).
  return finish(next, [...(step?.replies.filter((r) => r.urgent) ?? []), withAck(flow.ask(next), ack)], deps);
}

/** The sentence of a message typed at the summary that gives or withdraws the consent to be contacted, and the other sentences. */
function consentCorrectionIn(text: string): { answer: "yes" | "no"; rest: string } | null {
  const sentences = text.split(/(?<=[.;!?\n])\s+/u).map((x) => x.trim()).filter(Boolean);
  const at = sentences.findIndex((x) => !isQuestionLike(x) && consentSaid(x.replace(/^(?:sai rồi|sai roi|không|khong|ko|nhầm|nham)\s*[,:]\s*/iu, "")) !== null);
  if (at < 0) return null;
  return { answer: consentSaid(sentences[at]!.replace(/^(?:sai rồi|sai roi|không|khong|ko|nhầm|nham)\s*[,:]\s*/iu, ""))!, rest: sentences.filter((_, i) => i !== at).join(" ") };
}

/**
 * The consent to be contacted, corrected at the summary by the reporter. A yes with no way to reach them asks for the contact
 * ([Liên lạc]); the typed words are kept for officers.
 */
function consentChanged(state: ReportFlowState, answer: "yes" | "no", typed: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const d = state.draft;
  const notes = d.extraNotes.includes(typed) ? d.extraNotes : [...d.extraNotes, typed];
  if (answer === "yes" && !d.contact) return askFix({ ...state, draft: stamp({ ...d, extraNotes: notes }, now) }, "contact");
  const draft = stamp({ ...d, consentToContact: answer === "yes", ...(answer === "yes" ? { anonymous: false } : {}), extraNotes: notes }, now);
  const next: ReportFlowState = { ...state, step: "confirm", draft };
  const ack = d.consentToContact === draft.consentToContact ? note(state, T.editSame) : note(state, answer === "yes" ? T.consentNowYes : T.consentNowNo);
  return finish(next, [withAck(flow.ask(next), ack)], deps);
}

/** The contact corrected after [Liên lạc] (a number, or [Ẩn danh]): the summary again, with what changed. */
function contactChanged(state: ReportFlowState, read: ReportDraft, typed: string | null, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const notes = typed && !read.extraNotes.includes(typed) ? [...read.extraNotes, typed] : read.extraNotes;
  const draft = stamp({ ...read, extraNotes: notes }, now);
  const next: ReportFlowState = { ...state, step: "confirm", draft };
  const ack = changesSaid(state.draft, draft, note(state, T.edited)) ?? note(state, T.edited);
  return finish(next, [withAck(flow.ask(next), ack)], deps);
}

/** A count of more than one (folded), at [Số trẻ]: a number above one or a plural word; without one, "chỉ có con trai tôi thôi" is one child. */
const MORE_THAN_ONE = /\b(?:[2-9]|\d{2,}|hai|(?:ba|bon|nam|sau|bay|tam|chin|muoi) (?:dua|be|chau|em|tre|con)|may|cac|nhung|nhieu|ca hai|sinh doi|(?:tui|bon) (?:no|nho|nhoc|tre|chung)|both|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|kids|children|boys|girls|twins|sons|daughters|brothers|sisters|anh em|chi em)\b/;
/** The value typed for a field, said the way the fact module reads that field ("11" → "bé 11 tuổi", "hôm kia" → "lần gần nhất là hôm kia"). */
function fixPhrase(field: FixField, text: string, language: Language): string {
  const t = text.trim();
  const en = language === "en";
  if (field === "age") return /^\d{1,2}$/.test(t) ? (en ? `the child is ${t} years old` : `bé ${t} tuổi`) : t;
  if (field === "place") return /^(?:ở|o|tại|tai|in|at|xã|phường|xa|phuong)\b/iu.test(t) ? t : `${en ? "in" : "ở"} ${t}`;
  if (field === "children") return /^(?:1|một|mot|one)$/iu.test(t) ? (en ? "only one child" : "chỉ có một bé") : /^\d{1,2}$/.test(t) ? (en ? `${t} children` : `${t} bé`) : !saysNotKnown(t) && !MORE_THAN_ONE.test(foldKey(t)) ? `${en ? "only one child" : "chỉ có một bé"}, ${t}` : t;
  if (field === "harmer") return saysNotKnown(t) ? (en ? "I don't know who hurt her" : "tôi không biết ai gây hại") : `${en ? "the person who hurt the child was" : "người gây hại là"} ${t}`;
  return `${en ? "the last time was" : "lần gần nhất là"} ${t}`;
}

/** "no idea who he is", "không biết là ai", "lạ mặt" (folded): the person typed is someone the writer does not know. */
const UNKNOWN_PERSON = /\b(?:(?:no idea|don t know|dont know|do not know|not sure) who|(?:never|not) (?:seen|met) (?:him|her|them) before|khong (?:biet|ro) (?:la )?(?:ai|nguoi nao|o dau)|la mat|nguoi la|ke la|stranger|unknown)\b/;

/**
 * The person typed after [Người gây hại] / [Who harms]: who harms is that person and no other field changes. What the fact
 * module names is kept with the words it read; a person it cannot name is kept in the writer's words (a stranger when they say
 * they do not know who it is); "không rõ" clears who harms.
 */
/** "một tài khoản Facebook lạ", "nick Zalo", "an account on TikTok": someone known only online (folded). */
const ONLINE_ACCOUNT = /\b(?:tai khoan|nick|nic|acc|account|profile)\b|\b(?:tren|qua) (?:mang|facebook|fb|zalo|tiktok|instagram|messenger|game)\b|\bonline\b/;

/** Who harms taken back to "not known" by the reporter (a person was held, none is now): said so, for the case's triage (walk 50). */
function unknownFlag(before: ReportDraft, harmer: string | null | undefined): { harmerUnknown?: boolean } {
  return before.harmer && !harmer ? { harmerUnknown: true } : harmer && before.harmerUnknown ? { harmerUnknown: false } : {};
}

function harmerFixed(state: ReportFlowState, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps, said = text): FlowStep {
  const typed = text.trim().replace(/[.!]+$/u, "");
  // "duong", "me con be": a kin word typed without its tone is that kin ("dượng", "mẹ"), as in any correction of who harms.
  const spelled = state.draft.language === "en" ? typed : spelledKin(typed);
  const readWho = (words: string) => saysNotKnown(typed) ? null : readStory({ ...state.draft, harmer: null, harmerText: null }, fixPhrase("harmer", words, state.draft.language), deps, "replace", ["harmer"]).draft;
  // "ông bà ngoại bên nhà vợ bắt nó đi làm": the person said first is who harms, never a kin word of what follows ("nhà vợ": walk 49).
  const head = personHead(spelled);
  const headRead = head ? readWho(head) : null;
  const read = headRead?.harmer && headRead.harmer !== "self" ? headRead : readWho(spelled);
  const named = read?.harmer && read.harmer !== "self" ? { harmer: read.harmer, harmerText: read.harmerText } : null;
  // "là t tự làm", "em tự làm", "I did it to myself": the child harms themself (walk 50: "người làm hại em: t tự làm"); no one else is named.
  // "một đứa lớn hơn ở xóm, nó tự làm hết", "he did it himself, nobody made him": the person typed acted alone and is who harms (RD10);
  // the child harms themself only when the child or writer is the one who did it ("bé tự làm đau mình", "she did it to herself").
  // A bare "nó tự làm" (no one else typed) is still read as the child, as before.
  const selfDone = !named && !personTypedFirst(typed) && (read?.harmer === "self" || CHILD_DID_SELF.test(foldKey(typed)) || DID_IT_SELF.test(foldKey(typed)));
  const who = saysNotKnown(typed) ? { harmer: null, harmerText: null } : selfDone ? { harmer: "self", harmerText: null } : named ?? { harmer: ONLINE_ACCOUNT.test(foldKey(typed)) ? "online_contact" : UNKNOWN_PERSON.test(foldKey(typed)) ? "stranger" : "other", harmerText: shorten(typed, 80) };
  // "chú ruột, tối nay ông ta lại qua nhà ngủ với bé": the person and a danger, a time or a night with the child, read as the
  // correction it is (alarm once, as the story would have it); who harms is still the person typed, and the child and the writer stay.
  if (saysMoreThanWho(typed, state.draft, deps)) {
    const step = correctionOne(state, fixPhrase("harmer", spelled, state.draft.language), now, flow, deps, false, true);
    const d = step.state.draft;
    // "he is with her right now and has a knife", "tối nay ông ta lại qua ngủ với bé": the reporter tells a danger now or tonight.
    const danger = statesDanger(deps.triage(typed)) && dangerSaid(typed) !== "no" ? { dangerNow: "yes" as const, dangerFromStory: false } : {};
    const kept = { ...d, ...who, ...danger, childSex: state.draft.childSex, children: state.draft.children, childAgeText: state.draft.childAgeText, reporterRelation: state.draft.reporterRelation, reporterRelationText: state.draft.reporterRelationText, extraNotes: d.extraNotes.map((n) => (n === fixPhrase("harmer", spelled, state.draft.language) ? said : n)) };
    const next = { ...step.state, draft: kept };
    const warned = step.replies.some((r) => r.urgent) || state.emergencyAlerted;
    const raised = !warned && kept.dangerNow === "yes" && state.draft.dangerNow !== "yes";
    return raised ? finish(next, [urgentOfCorrection(state, deps), ...step.replies], deps) : { ...step, state: next };
  }
  const draft = stamp({ ...state.draft, ...who, ...unknownFlag(state.draft, who.harmer), extraNotes: [...state.draft.extraNotes, said] }, now);
  const next: ReportFlowState = { ...state, step: "confirm", draft };
  const ack = changesSaid(state.draft, draft, note(state, T.edited)) ?? (state.draft.harmer && !draft.harmer ? unknownHarmerSaid(state) : note(state, T.editSame));
  return finish(next, [withAck(flow.ask(next), ack)], deps);
}

/** A no said first to a correction of who harms ("Không,", "no,"): no answer to the question asked. */
const NO_THEN_FIX = /^\s*(?:không|khong|ko|hông|hong|no|nope)\s*[,.!:;-]\s*/iu;
/**
 * What opens a correction of who harms before "không phải X, là Y" (NFC): a sound or a sorry ("à", "ờ", "oh", "sorry", "xin lỗi"),
 * then a word that says it was wrong ("nhầm", "sai rồi", "my mistake"): walk 53 kept "à không phải mẹ, là bố cháu đánh" as a note only.
 */
const FIX_OPENING = /^\s*(?:(?:à|a|ơ|ờ|ồ|ấy|ah|oh|uh|um|oops|sorry|xin lỗi|xin loi|khoan|khoan đã|wait|hold on)\s*[,.!:;-]?\s+)*(?:(?:nhầm rồi|nhầm|nham roi|nham|sai rồi|sai roi|lộn rồi|lộn|tôi nhầm|mình nhầm|em nhầm|toi nham|minh nham|em nham|tôi nói nhầm|toi noi nham|my mistake|my bad|i mean|i meant|correction)\s*[,.!:;-]?\s+)?/iu;

/**
 * A correction of who harms while a question is asked, read clause by clause from the start ("Không phải mẹ, là bố nó bỏ đói, mẹ nó
 * mất rồi", "No, not his mother, it is his father who starves him, ..."): who harms is set to the person said and nothing else
 * changes (no danger, no time, no risk read from the rest); the whole message is kept for officers and the question asked again.
 */
function harmerOnlyMidFlow(state: ReportFlowState, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep | null {
  const d = state.draft;
  if (!d.harmer || d.harmer === "self" || isQuestionLike(text)) return null;
  const rest = text.trim().replace(FIX_OPENING, "").replace(NO_THEN_FIX, "");
  const clauses = rest.split(/\s*,\s*/u).filter(Boolean);
  let value: string | null = null;
  for (let n = clauses.length; n >= 1 && !value; n--) value = deniedHarmerValue(state, clauses.slice(0, n).join(", "), deps);
  if (!value) return null;
  const words = d.language === "en" ? value : spelledKin(value);
  const head = personHead(words);
  const readWho = (w: string) => readStory({ ...d, harmer: null, harmerText: null }, fixPhrase("harmer", w, d.language), deps, "replace", ["harmer"]).draft;
  const headRead = head ? readWho(head) : null;
  const who = headRead?.harmer && headRead.harmer !== "self" ? headRead : readWho(words);
  // "không phải dì, là chú ruột": an aunt and an uncle are both kin; the words said change who harms all the same (walk 53).
  const sameWords = foldKey(who.harmerText ?? "") === foldKey(d.harmerText ?? "");
  if (!who.harmer || who.harmer === "self" || (who.harmer === d.harmer && (sameWords || !who.harmerText))) return null;
  const draft = stamp({ ...d, harmer: who.harmer, harmerText: who.harmerText, harmerSex: who.harmerSex ?? null, extraNotes: [...d.extraNotes, text] }, now);
  const next: ReportFlowState = { ...state, draft };
  return finish(next, [withAck(flow.ask(next), changesSaid(d, draft, note(state, T.edited)) ?? note(state, T.edited))], deps);
}

/** A correction that adds a harmer rather than swapping one (folded): "chỉ mẹ" / "just his mother" denied, "cả bố nữa" / "his father too" said. */
const ADDS_NOT_SWAPS_OLD = /^(?:chi|just|only|not only)\b/;
const ADDS_NOT_SWAPS_NEW = /(?:^|\s)(?:ca|nua|cung|too|also|as well)(?:\s|$)/;

/** A means of reaching the writer (folded). */
const CONTACT_MEANS = /\b(?:zalo|facebook|fb|messenger|telegram|viber|whatsapp|instagram|insta|email|gmail|skype|signal|sms)\b/;
/** Words of reaching or a name said with it (folded): "nhắn cho tôi", "tên Zalo là", "message me", "name Lan". */
const CONTACT_VERB = /\b(?:ten|name|nhan|nhan tin|message|msg|text|dm|inbox|ib|goi|goi dien|call|phone|lien lac|lien he|contact|reach)\b/;
/** A means followed by a person's name, capitalised (NFC): "Facebook Hạnh Lê". */
const MEANS_THEN_NAME = /(?:^|[^\p{L}])(?:[Zz]alo|[Ff]acebook|FB|[Mm]essenger|[Tt]elegram|[Vv]iber|[Ww]hats[Aa]pp|[Ii]nstagram)\s+\p{Lu}\p{Ll}*/u;
/** A contact given in words: a means of reaching the writer, with a word of reaching or a name (RD4). */
function contactInWords(text: string): boolean {
  const key = foldKey(text);
  return CONTACT_MEANS.test(key) && (CONTACT_VERB.test(key) || MEANS_THEN_NAME.test(text.normalize("NFC")));
}

/** Where the person said for who harms ends (NFC, any case): at "bên nhà", "ở nhà", a verb of what they do, or "who", "that". */
const PERSON_ENDS = /\s+(?:bên nhà|bên|ở nhà|ở|bắt|ép|đánh|chửi|hay|mới|vẫn|cứ|ben nha|ben|o nha|bat|ep|danh|chui|moi|van|cu|who|that|makes|made|forces|forced|lives|living|does|did|is|was|has)(?![\p{L}\p{N}])/iu;

/**
 * The person a correction names before what they do or whose house they live in ("ông bà ngoại bên nhà vợ bắt nó đi làm" → "ông bà
 * ngoại", "his mother who makes her work" → "his mother"), or null when nothing follows the person.
 */
function personHead(typed: string): string | null {
  const first = typed.split(/\s*[,;]\s*/u)[0]!.trim();
  const m = PERSON_ENDS.exec(first);
  const head = (m ? first.slice(0, m.index) : first).trim();
  return head && head !== typed.trim() && head.split(/\s+/).length <= 5 ? head : null;
}

/** The words typed for who harms tell a danger now, a time, or the person's coming back to the child too, not only who. */
function saysMoreThanWho(typed: string, draft: ReportDraft, deps: ReportFlowDeps): boolean {
  const own = deps.triage(typed);
  if (dangerSaid(typed) === "yes" || statesDanger(own) || backWithHarmerToday(typed)) return true;
  return readStory(draft, typed, deps, "replace").learned.some((f) => f === "when" || f === "danger" || f === "withPerson");
}

/** "không rõ" after [Người gây hại]: who harms is cleared, and said so ("... người gây hại bố → không rõ."), never "already says so". */
function unknownHarmerSaid(state: ReportFlowState): string {
  const en = lang(state) === "en";
  const was = state.draft.harmerText?.trim() || (HARMER_LABELS[state.draft.harmer ?? ""]?.[lang(state)] ?? "");
  return `${note(state, T.edited).replace(/[.!]+$/u, "")}: ${en ? "person causing harm" : "người gây hại"} ${was} → ${en ? "not known" : "không rõ"}.`;
}

/** "sorry, it's not ...", "it is not ...": the opening before a "not X, it is Y" correction. */
const IT_IS_NOT = /^(?:(?:sorry|oh|ah|no|à|ơ|xin lỗi)[,.!\s]+)*(?:it'?s|it’s|it is|it was|that'?s|that is)\s+(?=not\s)/iu;

/**
 * "không phải bố, là chú ruột của cháu", "sorry, it is not her father, it is an older man I don't know": the harmer the summary
 * names is denied and another person said; the words saying who it is, or null (another fact denied, or more facts told).
 */
/** "không phải mẹ, chú cháu mới là người chửi cháu", "not her dad, her uncle is the one": the one denied, then who it is (NFC). */
const NOT_THEN_IS_THE_ONE = /^(?:(?:no|không|ko|sai|sai rồi|sai roi)[,.!\s]+)?(?:không phải|ko phải|khong phai|ko phai|k phải|k phai|chẳng phải|đâu phải|dau phai|hong phai|hổng phải|not)\s+(?:là\s+|la\s+)?(.{1,40}?)\s*[,;.]\s*(.{2,40}?)\s+(mới là|mới chính là|chính là|moi la|moi chinh la|chinh la|is the one|was the one|is who|did it)(\s.*)?$/iu;
/** "người gây hại là một tài khoản Zalo lạ, không phải bạn cùng lớp": who it is, then the one denied (NFC). */
const IS_THEN_NOT = /^(?:(?:người|kẻ|nguoi|ke)\s+(?:gây hại|làm hại|đánh|hại|xâm hại|chửi|gay hai|lam hai|danh|hai|xam hai|chui)(?:\s+(?:bé|cháu|em|nó|be|chau|no|e))?|thủ phạm|thu pham|the (?:person|one) (?:who (?:hurts|hurt|harms|harmed|hits|hit) (?:her|him|them)|doing it|responsible))\s+(?:là|la|is|was)\s+(.{2,50}?)\s*,\s*(?:không phải|ko phải|khong phai|ko phai|chứ không phải|chu khong phai|k phai|not)\s+(?:là\s+|la\s+)?(.{1,40}?)$/iu;

/**
 * "he isn't a stranger, he lives there, I think he's the kid's father", "the man is not a stranger, I believe he is her uncle": the
 * person denied, and who they are said last (NFC); what is said between ("he lives there") is kept in the notes, not read as who.
 */
const HE_IS_NOT = /^(?:(?:no|sorry|actually|wait)[,.!\s]+)*(?:he|she|the man|the woman|that man|this man|the guy|that guy)\s*(?:isn'?t|isn’t|is not|'s not|’s not|wasn'?t|was not)\s+(?:really\s+)?(?:a\s+|an\s+|the\s+)?(.{2,40}?)\s*[,;.]\s*(?:[^,;.]*[,;.]\s*)?(?:(?:i think|i believe|i suspect|i'?m (?:fairly |pretty |quite |almost )?sure|i guess|probably|maybe|actually)\s+)?(?:he'?s|he’s|he is|she'?s|she’s|she is|it'?s|it is)\s+(.{2,50})$/iu;

/** "là bà nội bên nhà chồng chứ không phải chồng tôi", "it was his mother, not my husband": who it is, then the one denied (NFC). */
const Y_NOT_HARMER = /^(?:(?:mà\s+|ma\s+)?(?:là|la|it'?s|it is|it was)\s+)?([^.;:!?\d]{2,60}?)\s*,?\s+(?:chứ không phải|chứ ko phải|chứ k phải|chu khong phai|chu ko phai|chớ không phải|not)\s+(?:là\s+|la\s+)?([^.;:!?\d]{1,40}?)$/iu;

/** The denied words open with a place ("ở nhà mẹ", "at her mum's"), or say what the person is to someone ("a stranger to me") (NFC). */
const DENIED_NOT_PERSON = /^(?:ở|o|tại|tai|nhà|nha|bên|ben|at|in|to|from)\s|\s(?:to|for)\s+(?:me|us|her|him|them|my\s+\S+)$/iu;
/** Who is said opens with the child or a time ("lúc đó bé ở ...", "cháu ở ..."), or is a child ("my sister's daughter") (NFC). */
const VALUE_IS_CHILD = /^(?:(?:lúc đó|lúc ấy|hôm đó|hôm ấy|hồi đó|khi đó|luc do|hom do|hoi do|khi do|then|that day|that night)\s*,?\s+)?(?:bé|cháu|con bé|thằng bé|em bé|nó|be|chau|con be|thang be|em be|no)\s|(?:daughter|son|niece|nephew|girl|boy|child|kid|granddaughter|grandson|con gái|con trai|cháu gái|cháu trai)$/iu;
/** A "Y, not X" pair about who harms: X a person (not a place nor a tie to someone), Y a person (not the child) (RD4). */
function aboutWhoHarms(denied: string, said: string): boolean {
  return !DENIED_NOT_PERSON.test(denied.trim()) && !VALUE_IS_CHILD.test(said.trim());
}

function deniedHarmerValue(state: ReportFlowState, typed: string, deps: ReportFlowDeps): string | null {
  const d = state.draft;
  if (!d.harmer || d.harmer === "self") return null;
  const text = typed.trim().replace(/[.!]+$/u, "").replace(IT_IS_NOT, "");
  const m = NOT_BUT.exec(text);
  // "ko phai me, chu chau moi la nguoi chui chau", "người gây hại là một tài khoản Facebook lạ, không phải bạn bè cháu": who harms is
  // the one named after "không phải X" and before "mới là", or after "người gây hại là" (walk 43).
  // "không phải mẹ, bà ngoại mới là người chăm bé", "chị nó mới là người phát hiện ra": a carer or a witness named is no harmer; only a
  // word of harm after "mới là" ("người đánh cháu", "thủ phạm", "is the one who hits her") makes it a correction of who harms.
  const lateMatch = m ? null : NOT_THEN_IS_THE_ONE.exec(text);
  // Said with nothing after ("not her dad, her uncle is the one") it can only answer who harms.
  const late = lateMatch && (!lateMatch[4]?.trim() || tellsHarmDone(`${lateMatch[3] ?? ""}${lateMatch[4]}`)) ? lateMatch : null;
  // "là bà nội bên nhà chồng bắt nó đi làm chứ không phải chồng tôi": who it is, then the one denied (walk 49).
  // "he isn't a stranger, he lives there, I think he's the kid's father": the person denied, then who they are (walk 49).
  // RD4: "she isn't a stranger to me, she's my sister's daughter" is about the child or the writer, never who harms; nor is
  // "lúc đó bé ở nhà bà ngoại chứ không phải ở nhà mẹ" (a place).
  const heRead = m || late ? null : HE_IS_NOT.exec(text);
  const he = heRead && aboutWhoHarms(heRead[1]!, heRead[2]!) ? heRead : null;
  const yNot = m || late || he || heRead ? null : Y_NOT_HARMER.exec(text);
  const first = m || late || he || heRead ? null : IS_THEN_NOT.exec(text) ?? (yNot && aboutWhoHarms(yNot[2]!, yNot[1]!) ? yNot : null);
  const [old, value] = m ? [m[1]?.trim(), m[2]?.trim()] : late ? [late[1]?.trim(), late[2]?.trim()] : he ? [he[1]?.trim(), he[2]?.trim()] : [first?.[2]?.trim(), first?.[1]?.trim()];
  // "..., mà là đường dây buôn người. cháu tôi là con gái": a sentence after it tells more; the whole is read as the correction it is.
  if (!old || !value || isQuestionLike(value) || /[.;!?]\s*\S/u.test(value)) return null;
  // "không phải chỉ mẹ, là cả bố nữa", "not just his mother, his father too": a harmer added, not one swapped (RD20); kept as a note.
  if (ADDS_NOT_SWAPS_OLD.test(foldKey(old)) || ADDS_NOT_SWAPS_NEW.test(foldKey(value))) return null;
  const denied = readStory(blankDraft(), fixPhrase("harmer", old, d.language), deps, "fill").draft.harmer;
  // "ko phai me": a kin word typed without its tone is that kin, as where it is said of the one who harms.
  const deniedSpelled = d.language === "en" ? denied : readStory(blankDraft(), fixPhrase("harmer", spelledKin(old), d.language), deps, "fill").draft.harmer;
  const deniedWords = d.harmerText ? foldKey(d.harmerText) : "";
  if (denied !== d.harmer && deniedSpelled !== d.harmer && !(deniedWords && (foldKey(old).includes(deniedWords) || (late && deniedWords.split(" ")[0] === foldKey(old))))) return null;
  // "không phải bố mà là chú, bé 9 tuổi": what else it tells is read as the correction it is.
  const more = readStory(d, value, deps, "replace").learned.filter((f) => !["harmer", "reporter", "sex", "children"].includes(f));
  return more.length === 0 ? value : null;
}

/** A field named with no value, in a short message (folded): "sai tuổi rồi", "chỗ thời gian bị sai", "the age is wrong". */
const FIELD_NAMED: ReadonlyArray<[FixField, RegExp]> = [
  ["age", /\b(?:tuoi|age|how old)\b/],
  ["place", /\b(?:noi o|dia chi|dia diem|cho o|xa|phuong|tinh|place|address|location|commune|ward|province)\b/],
  ["harmer", /\b(?:nguoi gay hai|nguoi lam hai|nguoi danh|ai danh|thu pham|harmer|person causing harm|who did it|who hurt)\b/],
  ["when", /\b(?:thoi gian|khi nao|luc nao|ngay|lan gan nhat|when|time|date|day)\b/],
];
/** Words around a field's name that give no value (folded): "chỗ", "bị", "rồi", "the ... is". */
const FIELD_FILLER = /\b(?:cho|bi|roi|la|cai|phan|muc|thong tin|ve|cua|be|chau|tre|nhe|nha|a|oi|ghi|viet|the|is|are|was|of|her|his|child s|kid s|a|an|it|that|this)\b/g;
/** The message names fields and says they are wrong, and nothing more: no value to read ("sai tuổi rồi", not "nhầm, ở xã Ea Knốp"). */
function valueless(key: string): boolean {
  let rest = key.replace(FIELD_WRONG_ALL, " ");
  for (const [, re] of FIELD_NAMED) rest = rest.replace(new RegExp(re.source, "g"), " ");
  return rest.replace(FIELD_FILLER, " ").trim() === "";
}
const FIELD_WRONG_ALL = /\b(?:sai|nham|chua dung|khong dung|ko dung|sua|wrong|not right|incorrect|change|fix)\b/g;
const FIELD_WRONG = /\b(?:sai|nham|chua dung|khong dung|ko dung|sua|wrong|not right|incorrect|change|fix)\b/;

/** A correction at the summary's edit: read; a field named without its value is asked for; words that name nothing get the fields as buttons. */
function readOrAskWhich(state: ReportFlowState, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  // "I'm not sure she is in danger right now. It happens every night ...": the danger line is set by its sentence, and the other
  // sentences are read as the correction they are (walk 46: "right now" changed the time, and the danger line could not change).
  const danger = dangerCorrectionIn(text);
  if (danger) {
    const rest = danger.rest && wordCount(danger.rest) >= 2 ? readOrAskWhich(state, danger.rest, now, flow, deps) : null;
    const base = rest && rest.state.step === "confirm" ? { ...rest.state, draft: { ...rest.state.draft, extraNotes: rest.state.draft.extraNotes.filter((n) => n !== danger.rest) } } : state;
    const step = dangerFixed(base, danger.answer, text, now, flow, deps);
    const ackOf = (r: FlowStep | null) => (r?.replies.at(-1)?.text.split("\n")[0] ?? "");
    const restAck = rest && rest.state.step === "confirm" && !ackOf(rest).startsWith(note(state, T.editNoted)) ? ackOf(rest) : null;
    return restAck ? { ...step, replies: [...step.replies.slice(0, -1), withAck(step.replies.at(-1)!, restAck)] } : step;
  }
  // "cán bộ được gọi điện cho tôi", "sai rồi, tôi đồng ý cho cán bộ gọi. lần gần nhất là hôm qua": the consent is set by its
  // sentence, the other sentences read as the correction they are (walk 48: "Tôi chưa đọc ra được thông tin cần sửa").
  const consent = consentCorrectionIn(text);
  if (consent) {
    const rest = consent.rest && wordCount(consent.rest) >= 2 ? readOrAskWhich(state, consent.rest, now, flow, deps) : null;
    const base = rest && rest.state.step === "confirm" ? { ...rest.state, draft: { ...rest.state.draft, extraNotes: rest.state.draft.extraNotes.filter((n) => n !== consent.rest) } } : state;
    const step = consentChanged(base, consent.answer, text, now, flow, deps);
    const ackOf = (r: FlowStep | null) => (r?.replies.at(-1)?.text.split("\n")[0] ?? "");
    const restAck = rest && rest.state.step === "confirm" && !ackOf(rest).startsWith(note(state, T.editNoted)) ? ackOf(rest) : null;
    return restAck ? { ...step, replies: [...step.replies.slice(0, -1), withAck(step.replies.at(-1)!, restAck)] } : step;
  }
  // "the neighbour is me, not the one causing harm. It's the baby's parents who left the baby alone": who writes and who harms, each
  // set (walk 55 changed who harms to "neighbour"); a writer who denies harming with no one else named is asked who harms.
  const both = writerNotHarmer(state, text, now, flow, deps);
  if (both) return both;
  // "không phải 2 đứa, chỉ có thằng Bo 7 tuổi thôi", "chỉ 1 cháu": one child; a number said with đứa/cháu/bé is a count, never an age.
  const one = oneChildSaid(text);
  if (one) return oneChild(state, one, text, now, flow, deps);
  const key = foldKey(text);
  const named = !/\d/.test(key) && wordCount(text) <= 7 && FIELD_WRONG.test(key) && valueless(key) ? FIELD_NAMED.filter(([, re]) => re.test(key)) : [];
  if (named.length === 1) {
    const kept = { ...state, draft: stamp({ ...state.draft, extraNotes: [...state.draft.extraNotes, text] }, now) };
    return askFix(kept, named[0]![0]);
  }
  const step = correction(state, text, now, flow, deps);
  const unread = note(state, T.editNoted);
  const last = step.replies.at(-1);
  if (!last || step.state.step !== "confirm" || !last.text.startsWith(unread)) return step;
  // Not read: the summary again, and which field to correct as buttons (the summary's own buttons stay).
  const ids = [...fixFieldsOf(step.state.draft).map((f) => `fix:${f}`), "submit", "cancel"];
  const which: Reply = { ...last, text: `${last.text}\n\n${note(step.state, T.fixWhich)}`, choices: ids.map((id) => ({ id, label: LABELS[id]?.[lang(step.state)] ?? id })) };
  return { ...step, replies: [...step.replies.slice(0, -1), which] };
}

/** Who a writer may be, in their words (NFC, any case). */
const WRITER_ROLE = String.raw`(?:neighbou?r|next-door neighbou?r|teacher|aunt|uncle|grandmother|grandfather|grandma|grandpa|cousin|relative|landlord|landlady|hàng xóm|hang xom|người hàng xóm|nguoi hang xom|cô giáo|thầy giáo|giáo viên|co giao|thay giao|giao vien|người nhà|nguoi nha|bác|dì|cô|chú|cậu|bac|di|co|chu|cau)`;
/** "the neighbour is me", "I am the neighbour", "hàng xóm là tôi", "tôi là hàng xóm": group 1 or 2 is the role the writer names. */
const WRITER_IS_ROLE = new RegExp(String.raw`(?:^|[\s,.;])(?:the\s+|người\s+|nguoi\s+)?(${WRITER_ROLE})\s+(?:is|was|là|la|chính là|chinh la)\s+(?:me|myself|tôi|tui|mình|em|toi|minh)(?![\p{L}])|(?:^|[\s,.;])(?:i\s+am|i'?m|i’m|tôi|tui|mình|toi|minh)\s+(?:only\s+|just\s+|chỉ\s+|chi\s+)?(?:là\s+|la\s+)?(?:the\s+|a\s+|her\s+|his\s+|their\s+|người\s+|nguoi\s+)?(${WRITER_ROLE})(?![\p{L}])`, "iu");
/** The writer says they are not the one who harms (folded): "not the one causing harm", "không phải người gây hại". */
const NOT_THE_HARMER = /\bnot (?:the )?(?:one|person|people|ones) (?:causing|doing|who|hurting|harming|that)\b|\bnot the (?:harmer|abuser|culprit)\b|\b(?:khong|ko|k|chu khong|chang) phai (?:la )?(?:nguoi|ke) (?:gay hai|lam hai|danh|bo|hanh ha|xam hai|gay ra)\b/;
/** Who harms, said in a clause of its own (NFC): "It's the baby's parents who ...", "The parents are the ones who ...", "Bố mẹ bé mới là người ...", "người gây hại là ...". */
const HARMER_SAID = [
  /\bit(?:'s|’s| is| was|s)\s+(?:the\s+|her\s+|his\s+)?(.{2,40}?)\s+(?:who|that)\b/iu,
  /^(?:but\s+|and\s+)?(?:the\s+)?(.{2,40}?)\s+(?:are|is|were|was)\s+the\s+ones?\b/iu,
  /(?:người gây hại|người làm hại|người bỏ|thủ phạm|nguoi gay hai|nguoi lam hai|nguoi bo|thu pham|the person (?:causing harm|who hurt\w*|who harm\w*)|the one (?:causing harm|who hurt\w*))\s+(?:là|mới là|la|moi la|is|are|was|were)\s+(.{2,40}?)\s*$/iu,
  /^(?:mà\s+|còn\s+|ma\s+|con\s+)?(.{2,40}?)\s+(?:mới là|mới chính là|chính là|moi la|moi chinh la|chinh la)\s+(?:người|kẻ|nguoi|ke)\b/iu,
];

/**
 * A correction at the summary that says the writer is someone (a neighbour) and not the one who harms, and who harms ("It's the
 * baby's parents who left the baby alone"): both are set, and what changed said back. When no one else is named, who harms is asked
 * (never claimed); null when the message does not say the writer is not the one who harms.
 */
function writerNotHarmer(state: ReportFlowState, text: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep | null {
  const nfc = text.normalize("NFC");
  if (!NOT_THE_HARMER.test(foldKey(nfc))) return null;
  const role = WRITER_IS_ROLE.exec(nfc);
  const relation = role ? matchRelation(role[1] ?? role[2] ?? "") : null;
  if (!relation || relation === "self") return null;
  const d = state.draft;
  const clauses = nfc.split(/(?<=[.;!?\n])\s+|\s*,\s*/u).map((c) => c.trim().replace(/[.!;]+$/u, "")).filter((c) => c && !WRITER_IS_ROLE.test(c) && !NOT_THE_HARMER.test(foldKey(c)));
  const person = clauses.map((c) => HARMER_SAID.map((re) => re.exec(c)?.[1]?.trim()).find(Boolean)).find(Boolean) ?? null;
  const words = person ? (d.language === "en" ? person : spelledKin(person)) : null;
  const read = words ? readStory({ ...d, harmer: null, harmerText: null }, fixPhrase("harmer", words, d.language), deps, "replace", ["harmer"]).draft : null;
  const who = read?.harmer && read.harmer !== "self" && read.harmer !== relation ? { harmer: read.harmer, harmerText: read.harmerText, harmerSex: read.harmerSex ?? null } : null;
  const writer = { reporterRelation: relation, reporterRelationText: null };
  // The one the summary holds as who harms is the writer's own role ("neighbour"): no longer who harms; not knowing who does, ask.
  const wasWriter = d.harmer === relation;
  const notes = [...d.extraNotes, text];
  if (!who) {
    const kept = { ...state, draft: stamp({ ...d, ...writer, ...(wasWriter ? { harmer: null, harmerText: null, harmerUnknown: true } : {}), extraNotes: notes }, now) };
    // The writer's own words change the draft: saved now, and who harms asked.
    return { ...askFix(kept, "harmer"), effects: [{ type: "save_draft" }] };
  }
  const draft = stamp({ ...d, ...writer, ...who, ...unknownFlag(d, who.harmer), extraNotes: notes }, now);
  const next: ReportFlowState = { ...state, step: "confirm", draft };
  return finish(next, [withAck(flow.ask(next), changesSaid(d, draft, note(state, T.edited)) ?? note(state, T.edited))], deps);
}

/**
 * Applies a correction with the fact module ("replace"): at the summary the summary is shown
 * again; in the middle of the questions (`midFlow`) the flow asks what it still needs, the
 * question it was asking included.
 */
function correction(said: ReportFlowState, typedText: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps, midFlow = false): FlowStep {
  const step = correctionOfWho(said, typedText, now, flow, deps, midFlow);
  return midFlow ? step : withTimeClause(said, step, typedText, now, flow, deps);
}

/** A time still to come or now, in another clause of a correction (folded): "tối nay ông ấy lại về", "tonight he is coming home", "ngay lúc này". */
const STILL_TO_COME = /\b(?:toi nay|dem nay|ngay mai|sap (?:toi|ve|den|qua)|ngay bay gio|ngay luc nay|tonight|tomorrow|right now|(?:is|are) coming|coming (?:home|back|over)|lai (?:ve|den|qua|sang))\b/;

/** A clause of a correction that says when, led by its words ("lần gần nhất là", "chuyện xảy ra", "it happened"), as typed (NFC). */
const WHEN_CLAUSE_LEAD = /^(?:(?:và|va|còn|con|với lại|and|also)\s+)?(?:(?:lần|lan) (?:gần|gan) (?:nhất|nhat)(?: (?:là|la|vào|vao))?|(?:chuyện|chuyen|việc|viec|vụ|vu)(?: (?:này|nay|đó|do))? (?:xảy ra|xay ra)(?: (?:từ|tu|vào|vao|là|la))?|(?:xảy ra|xay ra)(?: (?:từ|tu|vào|vao|là|la))?|(?:it|this|that) (?:happened|was)|(?:the )?last time (?:was )?)\s+/iu;

/**
 * "nhầm, bé 9 tuổi, lần gần nhất là khoảng 10 ngày trước" (walk 50): a clause that says when, left unapplied by the rest of the
 * correction, is applied as typed and said back with the other changes; every part understood is applied, none goes silently to notes.
 */
function withTimeClause(said: ReportFlowState, step: FlowStep, typedText: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const d = step.state.draft;
  if (step.state.step !== "confirm" || d.when !== said.draft.when) return step;
  const clauses = typedText.normalize("NFC").split(/\s*[,;.]\s*|\s+(?=(?:và|còn|and)\s+(?:lần|lan|chuyện|chuyen|việc|viec|it|this|the last)\b)/iu).map((c) => c.trim()).filter(Boolean);
  const timeSaid = clauses.filter((c) => TIME_SAID.test(foldKey(c)) && !TOLD_WHEN.test(foldKey(c)) && !isQuestionLike(c));
  const timed = timeSaid.filter((c) => WHEN_CLAUSE_LEAD.test(c));
  if (timed.length !== 1) return timeSaid.length === 1 && clauses.length >= 2 ? partNotApplied(said, step, timeSaid[0]!) : step;
  // "chuyện xảy ra từ tháng trước rồi, nhưng tối nay ông ấy lại về nhà": when it began never replaces a danger still to come (RD10).
  if (clauses.some((c) => c !== timed[0] && STILL_TO_COME.test(foldKey(c)))) return step;
  const when = timed[0]!.replace(WHEN_CLAUSE_LEAD, "").trim();
  if (!when || wordCount(when) > 6 || foldKey(when) === foldKey(said.draft.when ?? "")) return step;
  // "thường xuyên; gần nhất: hôm qua": the latest time is what changes; how often it happens stays.
  const draft = stamp({ ...d, when: saysOftenAndLatest(d.when) ? d.when!.replace(/(; [^:]+: ).*$/u, `$1${when}`) : when }, now);
  const next: ReportFlowState = { ...step.state, draft };
  const ack = changesSaid(said.draft, draft, note(said, T.edited));
  return ack ? finish(next, [...step.replies.slice(0, -1), withAck(flow.ask(next), ack)], deps) : step;
}

/** A time said in a correction that changed other facts, not applied: the reporter is told, with the words kept for officers. */
function partNotApplied(said: ReportFlowState, step: FlowStep, part: string): FlowStep {
  const last = step.replies.at(-1);
  const [first, ...rest] = last?.text.split("\n") ?? [];
  if (!last || !first || !first.startsWith(note(said, T.edited).replace(/[.!]+$/u, "")) || foldKey(said.draft.when ?? "") === foldKey(part)) return step;
  const line = fill(note(said, T.editPartNoted), { part });
  return { ...step, replies: [...step.replies.slice(0, -1), { ...last, text: [first, line, ...rest].join("\n") }] };
}

/** Who harms as words in the harmer's description swapped, then the correction read. */
function correctionOfWho(said: ReportFlowState, typedText: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps, midFlow = false): FlowStep {
  // "mà là trên Zalo chứ không phải Facebook": the means or place in the harmer's words ("một người lạ trên facebook") is swapped (walk 49),
  // and said back with every other change ("tuổi 12 → 13; người gây hại một người lạ trên facebook → một người lạ trên Zalo").
  const isPerson = (w: string) => readStory(blankDraft(), fixPhrase("harmer", w, said.draft.language), deps, "fill").draft.harmer !== null;
  const swapped = harmerWordsSwapped(said.draft.harmerText, typedText, isPerson);
  if (!swapped) return correctionRead(said, typedText, now, flow, deps, midFlow);
  const step = correctionRead({ ...said, draft: { ...said.draft, harmerText: swapped } }, typedText, now, flow, deps, midFlow);
  const last = step.replies.at(-1);
  const ack = changesSaid(said.draft, step.state.draft, note(said, T.edited));
  if (!last || !ack) return step;
  const [first, ...rest] = last.text.split("\n");
  const acked = [T.edited, T.editNoted, T.editSame].some((t) => first!.startsWith(note(said, t).replace(/[.!]+$/u, "")));
  const text = acked ? [ack, ...rest].join("\n") : `${ack}\n${last.text}`;
  return { ...step, replies: [...step.replies.slice(0, -1), { ...last, text }] };
}

function correctionRead(state: ReportFlowState, typedText: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps, midFlow = false): FlowStep {
  // "không phải hàng xóm, cô là dì ruột của bé", "I'm not her neighbour, I'm her aunt": who writes, denied as the summary has it and
  // said again, is read as the writer saying who they are (the whole message is what is kept).
  // A message about the numbers only ("số 09... là của mẹ bé, không phải số tôi ... Số của tôi là 09..."): the contact is corrected, nothing else.
  if (contactOnly(typedText, deps)) return correctionOne(state, typedText, now, flow, deps, midFlow);
  // "0912... là số của bà ngoại bé. Người đánh bé là bố dượng, không phải mẹ": the number is kept as the other's, and the rest is read
  // as the correction it is (the whole message is kept for officers).
  const others = numbersSaid(typedText).find((n) => n.others);
  const more = others ? moreBesideNumbers(typedText, deps) : null;
  if (others && more) {
    const denied = (state.draft.contact ?? "").replace(/\D/g, "").includes(others.number.replace(/\D/g, ""));
    const kept = { ...state, draft: { ...state.draft, ...(denied ? { contact: null } : {}), otherPhone: others.number, extraNotes: [...state.draft.extraNotes, typedText] } };
    return correction(kept, more, now, flow, deps, midFlow);
  }
  const writer = midFlow ? null : writerSaidAgain(state.draft, typedText, deps);
  if (writer) {
    const step = correctionOne(state, writer, now, flow, deps, false, true);
    return { ...step, state: { ...step.state, draft: { ...step.state.draft, extraNotes: noteOfCorrection(state.draft.extraNotes, typedText, factsOf(step.state.draft) !== factsOf(state.draft), step.state.draft) } } };
  }
  // "không phải bố, là chú ruột của cháu": who harms is the person said, and nothing else changes (walk 37: who writes changed).
  const other = midFlow ? null : deniedHarmerValue(state, typedText, deps);
  if (other) return harmerFixed(state, other, now, flow, deps, typedText);
  // "không phải ẩn danh. tên tôi ..., cán bộ tới hỏi là gặp": one change, read whole (its sentences tell the contact, not the child's place).
  if (state.draft.anonymous === true && NOT_ANONYMOUS.test(foldKey(typedText))) return correctionOne(state, typedText, now, flow, deps, midFlow);
  // "con Bống là con gái chơ không phải con trai. Người đánh là mẹ kế hắn, không phải cha hắn. Lần gần nhất là hôm qua.":
  // at the summary, each sentence corrects its own fact (read together, one fact's words hid the others').
  const sentences = midFlow ? [] : correctionSentences(typedText);
  // "à nhầm, cháu 4 tuổi chứ không phải 14. Phường Long Hoa, thị xã Hòa Thành, Tây Ninh" while a question is asked: each sentence
  // corrects or tells its own fact (read whole, one hid the other); every one is applied and said back, and the flow goes on.
  if (midFlow) {
    const own = correctionSentences(typedText);
    if (own.length >= 2 && separateFacts(state.draft, own, deps)) return correctedMidFlow(state, typedText, own, now, flow, deps);
  }
  // "The abuse happened last month, not today. He only told me about it today.": a sentence about when the reporter was told is no
  // time of the harm; the correction is read without it (the whole message is kept for officers).
  // "Còn lại đúng.", "24 is the man's age.": a sentence that says the rest is right, or whose the other number is, corrects nothing (walk 40).
  const toldOnly = sentences.filter((p) => TOLD_WHEN.test(foldKey(p)) || CORRECTION_ASIDE.test(foldKey(p)));
  if (toldOnly.length > 0 && toldOnly.length < sentences.length) {
    const rest = sentences.filter((p) => !toldOnly.includes(p)).join(" ");
    const step = correction(state, rest, now, flow, deps, midFlow);
    return { ...step, state: { ...step.state, draft: { ...step.state.draft, extraNotes: [...step.state.draft.extraNotes.filter((n) => n !== rest), typedText] } } };
  }
  // "không phải 6 tuổi mà là 8 tuổi, còn xã là Krông Búk chứ không phải Ea Kar": one sentence that corrects several facts, clause by clause.
  // While a question is asked, the same split, each fact applied and the question kept ("không phải 9 tuổi mà 11, và ở Krông Pắc
  // chứ không phải Krông Búk" at the contact question changed the age alone).
  const clauses = sentences.length > 0 ? [] : correctionClauses(typedText, deps);
  const split = clauses.length >= 2 && clauses.every((p) => wholeClause(state.draft, p, deps)) && separateFacts(state.draft, clauses, deps) && clausesTellMore(state.draft, typedText, clauses, deps);
  if (midFlow && split) return correctedMidFlow(state, typedText, clauses, now, flow, deps);
  const parts = sentences.length > 0 ? sentences : !midFlow && split ? clauses : [];
  // "Bé là con gái. Người đánh là mẹ kế. Có cần gửi ảnh không?": the facts are corrected, and the question answered before the summary.
  const asking = parts.filter((p) => isQuestionLike(p));
  const telling = parts.filter((p) => !isQuestionLike(p));
  if (asking.length > 0 && telling.length > 0) {
    const step = correction(state, telling.join(" "), now, flow, deps);
    const kept = { ...step.state, draft: { ...step.state.draft, extraNotes: [...step.state.draft.extraNotes.filter((n) => n !== telling.join(" ")), typedText] } };
    return { ...step, state: kept, replies: answeredFirst(step.replies, [sideReply(state, asking.join(" "), deps)]) };
  }
  // "The parents are not the ones causing harm. The person is the woman she met on TikTok.", "hàng xóm không có lỗi, người bỏ
  // con là mẹ tụi nhỏ": what it was not is said first, then what it was; only the saying of what it was is read (all is kept).
  const asserted = midFlow ? null : assertedPart(typedText, state.draft, deps);
  if (asserted) {
    // Said after a denial, what it was is a correction, read as one; the whole message is what is kept.
    const step = correctionOne(state, asserted, now, flow, deps, false, true);
    return { ...step, state: { ...step.state, draft: { ...step.state.draft, extraNotes: [...step.state.draft.extraNotes.filter((n) => n !== asserted), typedText] } } };
  }
  if (parts.length >= 2 && separateFacts(state.draft, parts, deps)) return correctedBySentence(state, typedText, parts, now, flow, deps);
  // "It's a boy, not a girl, and he's 7", "she's 12, and it was her uncle not her father": a "X, not Y" pair with another fact beside
  // it; each is read on its own (read whole, the pair's "not Y" swallowed the other fact).
  const groups = midFlow || parts.length > 0 ? null : aroundDenial(typedText);
  if (groups && separateFacts(state.draft, groups, deps) && groups.every((g) => readStory(state.draft, correctionText(state.draft, g), deps, "replace").learned.length > 0)) {
    return correctedBySentence(state, typedText, groups, now, flow, deps);
  }
  return correctionOne(state, typedText, now, flow, deps, midFlow);
}

/** A clause that opens with a denial (folded): "not a girl", "chứ không phải 8", "không phải hàng xóm". */
const DENIAL_OPENS = /^(?:chu |cho |cho |ma )?(?:not|khong phai|ko phai|k phai|chang phai|dau phai|hong phai)\b/;

/**
 * The clauses of a one-sentence correction grouped so that a "X, not Y" pair stays whole and each other fact stands apart ("It's a
 * boy, not a girl, and he's 7" → "It's a boy, not a girl" / "he's 7"); null when there is no denial or only one group.
 */
function aroundDenial(text: string): string[] | null {
  const raw = text.trim().replace(/[.!]+$/u, "").split(/\s*[,;]\s*(?:(?:và|va|còn|với lại|and|also|plus)\s+)?|\s+(?:và|còn|and)\s+(?=\S+\s+\S)/iu).map((p) => p.trim()).filter(Boolean);
  // "Không phải nguy hiểm ngay đâu, hôm nay cháu ở nhà với bà ngoại": a message that opens with its denial is read whole.
  if (raw.length < 2 || !raw.some((p) => DENIAL.test(foldKey(p))) || DENIAL_OPENS.test(foldKey(raw[0]!)) || dangerSaid(text) !== null) return null;
  const out: string[] = [];
  for (const p of raw) {
    const key = foldKey(p);
    // The denial joins the clause before it ("It's a boy, not a girl"); a lead alone ("actually", "nhầm rồi") joins the one after.
    if (out.length > 0 && (DENIAL_OPENS.test(key) || wordCount(p) < 2)) out[out.length - 1] = `${out.at(-1)}, ${p}`;
    else if (out.length > 0 && (CORRECTION_LEAD.test(foldKey(out.at(-1)!)) && foldKey(out.at(-1)!).replace(CORRECTION_LEAD, "").trim() === "")) out[out.length - 1] = `${out.at(-1)}, ${p}`;
    else out.push(p);
  }
  return out.length >= 2 && out.length <= 4 && !out.some((p) => isQuestionLike(p)) ? out : null;
}

/** The words a writer calls themself by in Vietnamese (folded), as "tôi": "cô là dì ruột của bé", "chú là bác của nó". */
const SELF_WORDS = "toi|tui|minh|em|co|chu|bac|di|ba|ong|anh|chi|cau|mo|thim";
const WRITER_DENIED_VI = new RegExp(String.raw`^(?:(?:a|o|oi|nham roi|nham|sai roi|sai|xin loi)[,.!\s]+)*(?:(?:${SELF_WORDS})\s+)?(?:khong phai|ko phai|k phai|chang phai|dau phai|hong phai)\s+(?:la\s+)?([^,]+?)(?:\s+(?:dau|a|nha|nhe))*\s*(?:,\s*(?:ma\s+|chu\s+)?|\s+(?:ma|chu)\s+)(?:(?:${SELF_WORDS})\s+)?(?:la|moi la|chinh la)\s+(.+)$`);
const WRITER_DENIED_EN = /^(?:(?:sorry|oops|no|actually|wait)[,.!\s]+)*i(?: m| am) not (?:really )?(?:(?:her|his|their|the child s|the kid s) )?([^,]+?)\s*(?:,\s*(?:but\s+|actually\s+)?|\s+(?:but|actually)\s+)(?:i(?: m| am)|i m actually|actually i m)\s+(.+)$/;

/**
 * "không phải hàng xóm, cô là dì ruột của bé", "tôi không phải hàng xóm mà là bác của cháu", "I'm not her neighbour, I'm her aunt":
 * who writes as the summary has it, denied, and who they are said after: that saying, with "tôi" / "I" as its subject; null when the
 * one denied is not who writes as the summary has it (a denied harmer is corrected elsewhere).
 */
function writerSaidAgain(d: ReportDraft, typed: string, deps: ReportFlowDeps): string | null {
  if (!d.reporterRelation) return null;
  // Folded with its commas kept (a comma parts the denial from the saying).
  const key = foldVietnamese(typed.trim().replace(/[.!]+$/u, "").normalize("NFC")).toLowerCase().replace(/[^\p{L}\p{N}\s,]/gu, " ").replace(/\s*,\s*/g, ", ").replace(/\s+/g, " ").trim();
  const vi = WRITER_DENIED_VI.exec(key);
  const en = vi ? null : WRITER_DENIED_EN.exec(key);
  const m = vi ?? en;
  if (!m) return null;
  const denied = vi ? `tôi là ${m[1]}` : `I am ${m[1]}`;
  const deniedRead = readStory(blankDraft(), denied, deps, "fill").draft;
  // "không phải ba mẹ nó, là bà Hạnh": the one denied is who harms as the summary has it, not who writes.
  const harmerDenied = d.harmer !== null && (deniedRead.harmer === d.harmer || (Boolean(d.harmerText) && foldKey(m[1] ?? "").includes(foldKey(d.harmerText ?? ""))));
  if (harmerDenied || deniedRead.reporterRelation !== d.reporterRelation || HARM_OR_BLAME.test(m[2]!)) return null;
  // The words as typed, from where the saying starts ("dì ruột của bé"): as many words from the end as the folded saying has.
  const words = typed.trim().replace(/[.!]+$/u, "").split(/\s+/);
  const said = words.slice(-m[2]!.split(" ").filter(Boolean).length).join(" ");
  return vi ? `tôi là ${said}` : `I am ${said}`;
}

/** A time said in a correction (folded): "today", "two weeks ago", "last month", "hôm qua", "tháng trước", "3 ngày trước". */
const TIME_SAID = /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|month|year|weekend|time)|(?:a|an|one|two|three|four|five|six|several|a few|few|\d+) (?:days?|weeks?|months?|years?) ago|hom nay|hom qua|hom kia|toi qua|toi nay|sang nay|chieu nay|dem qua|tuan (?:truoc|roi|nay)|thang (?:truoc|roi|nay)|nam (?:ngoai|truoc|roi|nay)|(?:mot|hai|ba|bon|nam|vai|may|\d+) (?:ngay|tuan|thang|nam) (?:truoc|roi))\b/;

/** When the reporter was told, said apart (folded): "He only told me about it today", "bé mới kể với tôi hôm nay", "she told me this morning". */
const TOLD_WHEN = /^(?:(?:but|and|then|nhung|ma|con)\s+)?(?:he|she|they|the (?:boy|girl|child|kid)|be|chau|no|em|con be|thang be)\s+(?:only\s+|just\s+|mới\s+|moi\s+|chi\s+)?(?:told|tells|mentioned|said|ke|noi|bao)\s+(?:it\s+|about it\s+|this\s+)?(?:to\s+|voi\s+|cho\s+)?(?:me|us|toi|tui|minh|em)\b/;

/** A refusal to say (folded): "không muốn nói", "ko cần biết", "I'd rather not say", "prefer not to tell". */
const REFUSES_TO_SAY = /\b(?:khong|ko|k|hong|chua|chang) (?:muon|the|dam|mun) (?:noi|ke|cho biet|tiet lo|khai)\b|\b(?:khong|ko|k) can (?:biet|hoi)\b|\b(?:rather|prefer) not (?:to )?(?:say|tell|share)\b|\b(?:don t|do not|dont) want to (?:say|tell|share)\b/;

/** Nobody harms, or nobody known (folded): "người gây hại không có", "không có ai gây hại", "tôi không biết ai gây hại", "chưa rõ ai gây ra", "nobody hurt her", "em tự làm". */
const NOBODY_HARMS = /\b(?:nguoi (?:gay|lam) hai|the person causing harm|harmer)\s+(?:thi\s+)?(?:la\s+)?(?:khong co|khong ai|chua ro|khong ro|khong biet|chua biet|none|nobody|no one|unknown)\b|\b(?:khong (?:co )?ai|chang ai|cha ai) (?:gay hai|lam hai|danh|hai|lam gi)\b|\b(?:khong|ko|k|chua|chang|cha|hong|hok)\s+(?:co\s+)?(?:biet|ro|bik|bit|bt|thay)\s+(?:duoc\s+)?(?:la\s+)?(?:ai|dua nao|thang nao|con nao|nguoi nao|ke nao|who)\s+(?:da\s+|hay\s+|dang\s+)?(?:gay hai|gay ra|gay nen|lam hai|lam|danh|dap|hanh ha|xam hai|chui|nhot|bo)\b|\b(?:don t|dont|do not) know who (?:did|hurt|hit|harmed|beat)\b|\b(?:nobody|no one) (?:hurt|harmed|hurts|harms|did)\b|\btu lam hai\b|\b(?:la )?(?:em|toi|t|e|no|be|chau) tu (?:lam|cat|rach|hai)\b|\bdid it (?:to )?(?:herself|himself|myself)\b/;
/** The writer or the child did it to themself, said as who harms (folded): "t tự làm", "là em tự làm", "I did it to myself". */
const DID_IT_SELF = /\b(?:la )?(?:em|toi|t|e|tui|minh|no|be|chau) tu (?:lam|cat|rach|hai|lam hai)\b|\btu lam hai\b|\bdid it (?:to )?(?:herself|himself|myself)\b|\b(?:i m|i am) (?:the one )?(?:doing it|hurting) (?:to )?myself\b/;
/** A person who acted alone (folded): "nó tự làm hết", "he did it himself", "she did it all by herself". */
const ACTED_ALONE = /\b(?:no|han|y|he|she|they) (?:tu lam|tu y|did it (?:all )?(?:by )?(?:himself|herself|themselves))\b/;
/**
 * The child or the writer as the one who did it to themself (folded): "em tự rạch", "bé tự làm đau mình", "nó tự cắt tay",
 * "she did it to herself". "nó tự làm", "he did it himself" tell that a person acted alone, never that the child harms themself.
 */
const CHILD_DID_SELF = /\b(?:em|toi|t|e|tui|minh|be|chau|con) tu (?:lam|cat|rach|hai|lam hai|lam dau)\b|\b(?:no|chau no|be no|con be|thang be) tu (?:cat|rach|hai|lam hai|lam dau|tu)\b|\btu lam (?:hai|dau) (?:minh|ban than)\b|\btu lam hai\b|\bdid it to (?:herself|himself|myself|themselves|themself)\b|\bi did it (?:to )?myself\b|\b(?:hurts?|hurting|cuts?|cutting|harms?|harming) (?:herself|himself|myself|themselves|themself)\b|\b(?:i m|i am) (?:the one )?(?:doing it|hurting) (?:to )?myself\b/;
/** "người gây hại thì chưa biết" followed by what is not known about something else ("… tối nay có về nhà không") (folded). */
const UNKNOWN_OF_ELSE = /\b(?:nguoi (?:gay|lam) hai|harmer)\s+(?:thi\s+)?(?:chua biet|khong biet|chua ro|khong ro)\s+(?!(?:(?:duoc\s+)?(?:la\s+)?(?:ai|who|nguoi nao|thang nao|dua nao))\b|(?:ca|het|nua|a|luon)\s*$)\S/;
/** Words that say who it is despite what another does not know (folded): "nhưng tôi chắc chắn là", "but I am sure it is". */
const SURE_WHO = /\b(?:nhung|ma|song|but|however|though|although)\b|\b(?:chac chan|chac la|nghi la|nghi ngo|tin la|i m sure|i am sure|sure it|i think it|i suspect|i believe)\b/;

/**
 * "chưa rõ ai gây ra", "người gây hại thì chưa biết là ai": not knowing who harms is the whole claim (RD10). Not when a person is named
 * after it as the one ("mẹ bé nói không rõ ai gây ra nhưng tôi chắc chắn là ông dượng"), nor when what is not known is something else
 * ("người gây hại thì chưa biết tối nay có về nhà không").
 */
function notKnownIsWhole(typedText: string, deps: ReportFlowDeps): boolean {
  const key = foldKey(typedText);
  if (UNKNOWN_OF_ELSE.test(key)) return false;
  const at = key.search(NOBODY_HARMS);
  const rest = at < 0 ? "" : key.slice(at).replace(NOBODY_HARMS, "");
  const sure = SURE_WHO.exec(rest);
  if (!sure) return true;
  const tail = rest.slice(sure.index);
  const after = /\b(?:la|is|was|it s)\s+(.{2,40})$/.exec(tail)?.[1];
  const read = (t: string) => readStory(blankDraft(), t, deps, "fill").facts.harmer;
  const who = read(tail) ?? (after ? read(`nguoi gay hai la ${after}`) : null);
  return who === null || who === "self";
}

/** A clause beside the child's own harm that names someone else who harms, not denied: "còn người đánh em là mẹ", "nhưng mẹ t đánh t". */
function otherHarmerBeside(typedText: string, deps: ReportFlowDeps): boolean {
  const clauses = typedText.normalize("NFC").split(/\s*[,;.]\s*|\s+(?=(?:còn|con|nhưng|nhung|mà|but|and)\s)/iu).map((c) => c.trim()).filter(Boolean);
  return clauses.some((c) => {
    const k = foldKey(c);
    if (SELF_DONE.test(k) || DENIES_HARM.test(k) || DENIES_WHO.test(k) || !HARM_OR_BLAME.test(k)) return false;
    const bare = c.replace(/^(?:còn|con|nhưng|nhung|mà|ma|but|and)\s+/iu, "");
    const after = /\s(?:là|la|is|was)\s+(.{2,40})$/iu.exec(bare)?.[1];
    const read = (t: string) => readStory(blankDraft(), t, deps, "fill").facts.harmer;
    const who = read(bare) ?? (after ? read(`người gây hại là ${after}`) : null);
    return who !== null && who !== "self";
  });
}
/** The first clause of what was typed at Who harms names someone (not "không ai", "không phải X", nor the child doing it): "một đứa lớn hơn ở xóm, …". */
function personTypedFirst(typed: string): boolean {
  const clauses = clausesOf(typed);
  return clauses.length >= 2 && namesSomeone(clauses[0]!);
}
const clausesOf = (typed: string) => typed.normalize("NFC").split(/\s*[,;.]\s*|\s+(?:nhưng|nhung|but)\s+/iu).map(foldKey).filter(Boolean);
const namesSomeone = (clause: string) => !/^(?:khong|ko|k|chang|cha|not|no one|nobody|noone|it s not|its not|it is not|none)\b/.test(clause) && !CHILD_DID_SELF.test(clause) && !/\btu (?:lam|cat|rach|hai)\b|\b(?:herself|himself|myself)\b/.test(clause);
/** "không phải anh họ, là thằng lớp trưởng, nó tự làm", "not his cousin, it was some older kid, he did it himself": a person, then they acted alone. */
function personThenAlone(typed: string): boolean {
  const clauses = clausesOf(typed);
  const at = clauses.findIndex((c) => ACTED_ALONE.test(c));
  return at > 0 && clauses.slice(0, at).some(namesSomeone);
}
/** The child did it to themself (folded). */
const SELF_DONE = /\btu (?:lam|cat|rach|hai)\b|\bdid it (?:to )?(?:herself|himself|myself)\b|\b(?:herself|himself|myself)\b/;

/** Words that deny someone is who harms (folded): "không phải", "không có lỗi", "are not the ones causing harm", "doesn't hurt her". */
const DENIES_WHO = /(?:^|\bno )not (?:my|her|his|the|a|an)\b|\b(?:(?:it s|its|it is|it was|it wasn t|that s|thats) not|chua chac(?: chan)?(?: la)?|khong chac(?: chan)?(?: la)?|chua han(?: la)?|not sure (?:it s|it is|it was|that)|khong phai|ko phai|k phai|chang phai|cha phai|dau phai|hong phai|khong co loi|ko co loi|khong lam gi|ko lam gi|ko lam j|khong lam j|k lam gi|k lam j|hong lam gi|khong he (?:danh|lam|dong)|(?:is|are|was|were) not (?:the (?:one|ones|person|people)|causing|hurting|to blame|responsible|involved)|(?:isn t|aren t|wasn t|weren t) (?:the (?:one|ones|person|people)|causing|hurting|to blame|responsible|involved)|(?:doesn t|don t|didn t|never) (?:hurt|hit|harm|touch|do (?:it|anything)))\b/;
/** Words that say who it is (folded): "the person is ...", "người bỏ mặc là ...", "it was her uncle". */
const SAYS_WHO = /\b(?:the (?:person|one|ones)|it (?:was|is)|it s|its|nguoi|ke|thu pham|chinh la|moi la|nghi la|nghi ngo la|chac la|co le la|co the la|(?:i )?(?:think|suspect) (?:it s|it is|it was))\b/;

/**
 * Of a correction that first denies the summary's harmer and then says who it was ("The parents are not the ones causing harm. The
 * person is the woman she met on TikTok.", "hàng xóm không có lỗi, người bỏ mặc là mẹ tụi nhỏ"), the part that says who; null
 * otherwise (a negation that is a plain statement, "Mẹ bé không hề biết chuyện. Bé đang ở với bà ngoại.", is read as it is).
 */
function assertedPart(text: string, d: ReportDraft, deps: ReportFlowDeps): string | null {
  if (!d.harmer) return null;
  const sentences = text.split(/(?<=[.;!\n])\s*/).map((p) => p.trim()).filter(Boolean);
  const split = sentences.length >= 2 ? sentences : text.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  // "không phải ông nội, người làm là dì của bé, 30 tuổi": the whole is one "not Y, X" correction, read as such.
  if (split.length < 2 || split.some((p) => isQuestionLike(p)) || NOT_BUT.test(text.trim()) || split.some((p) => dangerSaid(p) !== null)) return null;
  // "không phải ông nội đâu, người làm là dì của bé, 30 tuổi": a sentence that opens with "not" is the correction's own frame.
  if (sentences.length < 2 && /^(?:khong phai|ko phai|k phai|chang phai|cha phai|dau phai|hong phai|not)\b/.test(foldKey(split[0]!))) return null;
  // The first part denies, of a person it names (the summary's or another), that they harm.
  const [first, ...rest] = split;
  const denial = foldKey(first!);
  // "bố dượng không phải người duy nhất, mẹ bé cũng đánh": not the only one is no denial.
  if (!DENIES_WHO.test(denial) || /\b(?:duy nhat|the only|only one)\b/.test(denial)) return null;
  const named = d.harmerText ? foldKey(d.harmerText) : "";
  const aboutSomeone = (named !== "" && denial.includes(named)) || readStory({ ...d, harmer: null, harmerText: null }, first!, deps, "fill").draft.harmer !== null;
  if (!aboutSomeone) return null;
  // The rest says who it was, without denying in turn.
  const said = rest.join(sentences.length >= 2 ? " " : ", ");
  if (rest.some((p) => DENIES_WHO.test(foldKey(p))) || !(SAYS_WHO.test(foldKey(said)) || HARM_OR_BLAME.test(foldKey(said)))) return null;
  // "its older boys from grade 9", "là dượng nó": who it is, said as the harmer.
  const bare = /^(?:(?:i )?(?:think|suspect)\s+)?(?:it'?s|it is|it was|its)\s+(.+)$/iu.exec(said) ?? /^(?:mà là|là|ma la|la|nghi là|nghi ngờ là|chắc là|có lẽ là|có thể là|nghi la|chac la|co le la|co the la)\s+(.+)$/iu.exec(said);
  if (bare) return d.language === "en" ? `the person who hurt the child was ${bare[1]}` : `người gây hại là ${bare[1]}`;
  return said;
}

/**
 * A demand told in a story (folded): money or more pictures asked under a threat ("nếu ko chuyển 2 triệu", "đòi gửi thêm ảnh", "unless I
 * pay"), or pictures asked for, in either language ("cứ đòi ảnh", "keeps asking my son for photos", "pressuring her to send him pictures").
 */
const DEMAND_TOLD = /\b(?:neu|ko thi|khong thi|k thi)\b.{0,40}\b(?:khong|ko|k|hong)\s+(?:chuyen|gui|dua|nop|tra)\b|\b(?:doi|bat|ep)\s+(?:\S+\s+){0,3}(?:chuyen|gui|dua|nop|tra)\s+(?:them\s+)?(?:\d+\s*(?:trieu|tr|k|nghin|ngan|tram|cu)|tien|anh|hinh|clip|video)\b|\bdoi\s+(?:them\s+)?(?:anh|hinh|clip|video|tien)\b|\b(?:khong|ko|k|hong)\s+(?:chuyen|gui|dua|nop|tra)\s+(?:\S+\s+){0,3}(?:la|thi)\s+(?:no|han|ho|thang do|tui no)?\s*(?:se\s+)?(?:gui|dang|tung|phat tan|post|up)\b|\bif\s+(?:i|she|he|you|they|we)\s+(?:don t|dont|do not|doesn t|doesnt|won t|wont|can t|cant)\s+(?:pay|send)\b|\bunless\s+(?:i|she|he|you|they|we)\s+(?:pay|pays|send|sends)\b|\b(?:wants|demands?|asking|asks)\s+(?:me|her|him)?\s*(?:to\s+)?(?:pay|send\s+more|money)\b|\bdoi\s+(?:them\s+)?\d+\s*(?:trieu|tr|k|nghin|ngan|cu|do)\b|\b(?:wants|demands?|demanding|asks?|asking)\b.{0,30}?\b(?:\d+\s*(?:million|m|k|dong|vnd|usd|dollars?)|money|cash|more (?:photos|pictures|pics|videos|nudes))\b|\bor (?:he|she|they|it)(?: will| ll| would)? (?:post|share|leak|publish|send) (?:them|it|the (?:photos|pictures|pics|video))\b|\b(?:wants?|keeps?|kept|asking|asks?|asked|demand(?:s|ing|ed)?|pressur(?:es|ing|ed)|push(?:es|ing|ed)|begging|begs|beg|nagging|pester(?:s|ing))\b.{0,40}?\b(?:for|to (?:send|share)(?: (?:him|her|them|it))?|to take)(?: (?:a|some|more|her|his|their|nude|naked|sexy|private|intimate))* (?:photos?|pictures?|pics|nudes|selfies?|videos?|clips?)\b/;

/** The sentences of a correction, when it has two or more of two words or more ("Tôi nhầm: bé 13 tuổi. Bé là con gái."). */
function correctionSentences(text: string): string[] {
  const parts = text.split(/(?<=[.;!\n])\s*/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 2);
  return parts.length >= 2 && parts.length <= 6 ? parts : [];
}

/**
 * The clauses of a one-sentence correction joined by a comma or "và", "còn", "với lại", "and" ("bé 12 tuổi chứ không phải 9, người
 * đánh là mẹ kế"), when there are two or more; a clause that only names a province stays with the one before ("xã Ea Kar, Đắk Lắk").
 */
function correctionClauses(text: string, deps: ReportFlowDeps): string[] {
  const raw = text.trim().replace(/[.!]+$/u, "").split(/\s*[,;]\s*(?:(?:và|va|còn|con|với lại|voi lai|and|also|plus)\s+)?|\s+(?:và|còn|với lại|voi lai|and also|and)\s+(?=\S+\s+\S)/iu).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  // "À tôi nhầm, bé 5 tuổi chứ không phải 4, với lại ... xã Hạ Hòa chứ không phải xã Thanh Thủy": a lead said alone goes with the clause after it.
  let lead = "";
  for (const p of raw) {
    const key = foldKey(p);
    const leadOnly = (CORRECTION_LEAD.test(key) && key.replace(CORRECTION_LEAD, "").trim() === "") || (wordCount(p) <= 4 && !/\d/.test(p) && /\b(?:nham|sai|wrong|oops|sorry|xin loi)\b/.test(key));
    if (out.length === 0 && leadOnly) {
      lead = `${lead}${p}, `;
      continue;
    }
    if (lead && out.length === 0) {
      out.push(`${lead}${p}`);
      continue;
    }
    const onlyPlace = wordCount(p) <= 4 && deps.findProvince(p) !== null && !/\d/.test(p) && !/\b(?:xa|phuong|thi tran|commune|ward|khong phai|not)\b/.test(foldKey(p));
    if ((onlyPlace || wordCount(p) < 2) && out.length > 0) out[out.length - 1] = `${out.at(-1)}, ${p}`;
    else out.push(p);
  }
  return out.length >= 2 && out.length <= 5 ? out : [];
}

/**
 * The clauses read one by one tell a fact the whole message read at once misses ("bé 12 tuổi chứ không phải 9, người đánh là mẹ kế":
 * read whole, only the age); the count of children is read whole ("có 3 đứa chứ, còn đứa út 2 tuổi nữa" adds a child with its age).
 */
function clausesTellMore(d: ReportDraft, text: string, clauses: readonly string[], deps: ReportFlowDeps): boolean {
  const whole = new Set(readStory(d, correctionText(d, text), deps, "replace").learned);
  const each = clauses.flatMap((c) => readStory(d, correctionText(d, c), deps, "replace").learned);
  return !each.includes("children") && each.some((f) => !whole.has(f));
}

/** A denial word (folded): a clause that has one says what was wrong, and must also say what is right. */
const DENIAL = /\b(?:khong phai|ko phai|k phai|chang phai|cha phai|dau phai|hong phai|not|khong dung|ko dung|chua dung|sai|nham|wrong|khong co|ko co)\b/;
/**
 * A clause that corrects a fact by itself: not a question, not a lead ("sai", "nhầm rồi"), not what goes on from the clause before
 * ("là bố nó", "it was her stepdad"), and a denial in it says the right value too ("không phải 6 tuổi mà là 8 tuổi", "12 not 9");
 * and the clause reads a fact of its own.
 */
function wholeClause(d: ReportDraft, clause: string, deps: ReportFlowDeps): boolean {
  const key = foldKey(clause);
  if (isQuestionLike(clause) || CORRECTION_LEAD.test(key) && wordCount(clause.replace(LEAD_CLAUSE, "")) < 2) return false;
  if (/^(?:la|ma la|ma|chinh la|moi la|it s|its|it is|it was|is|was|nguoi (?:gay hai|lam hai|danh|lam) la)\b/.test(key)) return false;
  if (/^(?:toi|tui|minh|em|e|i)\b/.test(key)) return false;
  const text = clause.replace(LEAD_CLAUSE, "").trim();
  if (DENIAL.test(foldKey(text)) && !NOT_BUT.test(text) && !BUT_NOT.test(text)) return false;
  return readStory(d, correctionText(d, text), deps, "replace").learned.length > 0;
}

/**
 * Sentences that each correct a fact of their own ("con Bống là con gái ... . Người đánh là mẹ kế hắn ... . Lần gần nhất là hôm
 * qua."): none asks, and no two tell the same fact ("Bé 11 tuổi. Em nó 5 tuổi cũng bị đánh." tells two children's ages, "Bé 13 tuổi.
 * Vì nó học lớp 7 rồi." explains one: those are read whole).
 */
function separateFacts(d: ReportDraft, parts: readonly string[], deps: ReportFlowDeps): boolean {
  if (parts.some((p) => isQuestionLike(p))) return false;
  const seen = new Set<string>();
  for (const p of parts) {
    for (const f of readStory(d, correctionText(d, p), deps, "replace").learned) {
      if (seen.has(f)) return false;
      seen.add(f);
    }
  }
  return true;
}

/** Each sentence of a correction typed while a question is asked, read in order; every change said back, then the next question. */
function correctedMidFlow(state: ReportFlowState, typedText: string, parts: string[], now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  let at = state;
  let urgent: Reply | undefined;
  for (const part of parts) {
    const step = correctionOne(at, part, now, flow, deps, false);
    at = { ...step.state, step: state.step, history: state.history };
    for (const r of step.replies) if (r.urgent) urgent ??= r;
  }
  const changed = factsOf(at.draft) !== factsOf(state.draft);
  const draft = { ...at.draft, extraNotes: noteOfCorrection(state.draft.extraNotes, typedText, changed, at.draft) };
  const ack = (changed ? changesSaid(state.draft, draft, note(state, T.edited)) : null) ?? note(state, changed ? T.edited : T.editNoted);
  const step = move({ ...at, draft }, draft, [ack], now, flow, deps, false);
  return urgent && !step.replies.some((r) => r.urgent) ? { ...step, replies: [urgent, ...step.replies] } : step;
}

/** Each sentence read as a correction of its own, in order; one summary after, with the words kept once for officers. */
function correctedBySentence(state: ReportFlowState, typedText: string, parts: string[], now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  let at = state;
  const said: Reply[] = [];
  let urgent: Reply | undefined;
  for (const part of parts) {
    // "em là chị, 17 tuổi": a sentence that only says the writer's age corrects no fact of the child.
    if (state.draft.reporterRelation !== "self" && withoutWriterAge(part, state.draft) === "") continue;
    const step = correctionOne(at, part, now, flow, deps, false);
    at = step.state;
    for (const r of step.replies.slice(0, -1)) if (r.urgent) urgent ??= r; else said.push(r);
  }
  const changed = factsOf(at.draft) !== factsOf(state.draft);
  const draft = { ...at.draft, extraNotes: noteOfCorrection(state.draft.extraNotes, typedText, changed, at.draft) };
  const next = { ...at, step: "confirm" as StepId, draft: stamp(draft, now) };
  const echo = changed ? changesSaid(state.draft, next.draft, note(state, T.edited)) : null;
  return finish(next, [...(urgent ? [urgent] : []), ...said, withAck(flow.ask(next), echo ?? note(state, changed ? T.edited : T.editNoted))], deps);
}

/**
 * What a correction changed, said back ("Đã sửa: tuổi 6 tuổi → 8 tuổi; xã Ea Kar → xã Krông Búk."), so the reporter sees each fact
 * they stated was taken; null when none of the facts shown changed.
 */
function changesSaid(before: ReportDraft, after: ReportDraft, base: string): string | null {
  const en = after.language === "en";
  const age = (d: ReportDraft) => d.childAgeText ? (/^\d{1,2}(?:-\d{1,2})?$/.test(d.childAgeText.trim()) ? `${d.childAgeText.trim()} ${en ? "years old" : "tuổi"}` : d.childAgeText) : d.childAgeBand && d.childAgeBand !== "unknown" ? LABELS[d.childAgeBand]?.[after.language] ?? d.childAgeBand : null;
  const sex = (d: ReportDraft) => d.childSex === "male" ? (en ? "boy" : "bé trai") : d.childSex === "female" ? (en ? "girl" : "bé gái") : null;
  // A child about themself who harms themself is said back to as "em"; who harms taken back is said as not known (walk 50).
  const selfWords = after.reporterRelation === "self" ? (en ? "no one else, you hurt yourself" : "không có ai khác, em tự làm mình đau") : null;
  const who = (d: ReportDraft) => d.harmer === "self" && selfWords ? selfWords : d.harmer ? (d.harmerText?.trim() || (HARMER_LABELS[d.harmer]?.[after.language] ?? d.harmer)) : d.harmerUnknown ? (en ? "not known" : "không rõ") : null;
  const place = (d: ReportDraft) => placeSaid(d) || null;
  // "thường xuyên; gần nhất: tối qua" is said as the latest time with how often beside it: "hôm chủ nhật (thường xuyên)", not
  // "lần gần nhất thường xuyên; gần nhất: ..." (walk 40).
  const often = (d: ReportDraft) => (saysOftenAndLatest(d.when) ? d.when!.split("; ")[0]! : null);
  const latestOf = (d: ReportDraft) => (saysOftenAndLatest(d.when) ? d.when!.replace(/^.*?; [^:]+: /u, "") : d.when ? (LABELS[d.when]?.[after.language] ?? d.when).toLowerCase() : null);
  const when = (d: ReportDraft) => (d === before && often(before) && often(before) === often(after) ? latestOf(d) : often(d) ? `${latestOf(d)} (${often(d)})` : latestOf(d));
  // Several children: their sexes and ages are said back together ("2 bé gái 9 và 5 tuổi → bé gái 9 tuổi, bé trai 5 tuổi").
  const several = (before.children ?? 1) > 1 || (after.children ?? 1) > 1;
  const kids = (d: ReportDraft) => {
    const text = d.childAgeText?.trim() ?? "";
    if (/bé trai|bé gái|a boy|a girl/u.test(text)) return text;
    // Several children and one age: one child's ("một bé 8 tuổi"), never all of theirs.
    const one = (d.children ?? 1) > 1 && /^\d{1,2}$/.test(text);
    const ages = text ? (one ? (en ? `one of them ${text}` : `một bé ${text} tuổi`) : /^\d/.test(text) ? `${text} ${en ? "years old" : "tuổi"}` : text) : null;
    // One child left ("chỉ có một bé thôi"): said as one, never as "2" by default.
    if ((d.children ?? 1) <= 1) return [d.childSex === "male" ? (en ? "a boy" : "bé trai") : d.childSex === "female" ? (en ? "a girl" : "bé gái") : (en ? "a child" : "trẻ"), ages].filter(Boolean).join(en ? ", " : " ");
    const who = d.childSex === "male" ? (en ? "boys" : "bé trai") : d.childSex === "female" ? (en ? "girls" : "bé gái") : (en ? "children" : "trẻ");
    return [`${d.children} ${who}`, ages].filter(Boolean).join(en ? ", " : " ");
  };
  const childRows: Array<[string, (d: ReportDraft) => string | null]> = several ? [["", kids]] : [[en ? "age" : "tuổi", age], [en ? "sex" : "giới tính", sex]];
  const rows: Array<[string, (d: ReportDraft) => string | null]> = [
    ...childRows, [en ? "children" : "số trẻ", (d) => (d.children ? String(d.children) : null)],
    [en ? "place" : "nơi ở", place], [en ? "person causing harm" : "người gây hại", who], [en ? "last time" : "lần gần nhất", when],
    [en ? "in danger right now" : "nguy hiểm ngay lúc này", (d) => (d.dangerNow ? (LABELS[d.dangerNow]?.[after.language] ?? d.dangerNow).toLowerCase() : null)],
    // "tôi là hàng xóm, không phải bạn nó": who writes, as the summary says it (walk 35: the time was said back, the relation not).
    [en ? "contact" : "liên lạc", (d) => (d.anonymous ? (en ? "anonymous" : "ẩn danh") : d.contact ? `${d.contact}${d.consentToContact === false ? (en ? " (no contact wanted)" : " (không muốn được liên lạc)") : ""}` : null)],
    [en ? "reporter" : "người báo tin", (d) => (d.reporterRelation && d.reporterRelation !== "self" ? (d.reporterRelationText ?? LABELS[d.reporterRelation]?.[after.language] ?? d.reporterRelation).toLowerCase() : null)],
  ];
  const said = rows.flatMap(([label, get]) => {
    // The time unchanged is never said as changed ("lần gần nhất tháng trước → tháng trước (thường xuyên)", walk 43).
    if (get === when && before.when === after.when) return [];
    const was = get(before); const now = get(after);
    return was === now || now === null ? [] : [`${label} ${was ? `${was} → ` : ""}${now}`.trim()];
  });
  return said.length === 0 ? null : `${base.replace(/[.!]+$/u, "")}: ${said.join("; ")}.`;
}

/** The facts of a draft that a correction may change, as one string to compare. */
function factsOf(d: ReportDraft): string {
  const { extraNotes: _notes, updatedAt: _at, ...facts } = d;
  return JSON.stringify(facts);
}

/** A correction that changed the draft by itself: in the middle of the questions the flow goes on; at the summary it is shown again. */
function changedAlone(state: ReportFlowState, draft: ReportDraft, ack: FlowText, now: Date, flow: ReportFlow, deps: ReportFlowDeps, midFlow: boolean): FlowStep {
  if (midFlow) return move({ ...state, draft }, draft, [note(state, ack)], now, flow, deps, false);
  const next = { ...state, draft, step: "confirm" as StepId };
  return finish(next, [withAck(flow.ask(next), note(state, ack))], deps);
}

/**
 * "11 tuổi, Krông Pắc", "9t, ở Ea Kar": a part of a correction that is only a place name (up to four words, as written with capitals,
 * no number), no province itself, that the registry places in the province the report holds or that is said as where ("ở ..."):
 * the place as typed; else null ("bé 11 tuổi, Lan" names no place).
 */
function barePlaceIn(text: string, d: ReportDraft, deps: ReportFlowDeps): string | null {
  if (!d.provinceId) return null;
  const parts = text.normalize("NFC").split(/\s*[,;]\s*/u).map((p) => p.trim().replace(/[.!]+$/u, "")).filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const at = /^(?:ở|tại|o|tai|in|at)\s+/iu.test(part);
    const p = part.replace(/^(?:ở|tại|o|tai|in|at)\s+/iu, "");
    const words = p.split(/\s+/u);
    if (words.length > 4 || /\d/.test(p) || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    // A name the registry places in this province (a former district or town), or one said as where ("ở Ea Kar"); never a person's name alone.
    const found = deps.findProvince(p);
    if (found?.level === "province" || (found && found.id !== d.provinceId)) continue;
    if (found || at) return p;
  }
  return null;
}

/**
 * The notes after a correction: "11 tuổi, xã Krông Pắc", "à nhầm, bé 11 tuổi chứ không phải 9" changed the fields and tell nothing
 * else, so they are not kept as a note officers would read as more about the child (the fields and the transcript hold them); a
 * correction that changed nothing, that tells of harm besides ("không phải bố mà ông chú đánh nó gãy tay"), or that says more than a
 * short correction can (over ten words: a part of it may not have been read) is kept as typed.
 */
function noteOfCorrection(notes: string[], typedText: string, changed: boolean, after: ReportDraft): string[] {
  const more = !changed || wordCount(typedText) > 10 || triageRules(typedText).risk !== "low" || extractReportFacts(typedText).injury !== null || !heldInFields(typedText, after);
  return more ? [...notes, typedText] : notes;
}

/** "đúng rồi, ..." before the fact, or "... là đúng", "... đúng rồi" after it (as written: "dừng" is no "đúng"). */
const AFFIRMED_BEFORE = /^(?:(?:dạ|vâng|ừ|ok)\s+)?(?:đúng rồi|đúng vậy|đúng thế|đúng|phải rồi|chính xác|yes|yeah|right|correct|that's right|exactly)(?:\s+(?:ạ|nha|nhé|đó|đấy|mà))*\s*[,.:;!\-–]*\s+(.+)$/iu;
const AFFIRMED_AFTER = /^(.+?)\s*[,.]?\s+(?:là |thì )?(?:đúng rồi|đúng|chính xác|is right|is correct)(?:\s+(?:ạ|nha|nhé|đó|mà|rồi))*[.!]*$/iu;
/** The fields a fact said again is compared on (where it was said, as typed, may differ). */
const RESTATED_KEYS = ["childAgeText", "childAgeBand", "childSex", "children", "harmer", "when", "commune", "provinceId", "reporterRelation", "dangerNow"] as const;

/**
 * The message affirms and says again facts the report holds ("đúng rồi, bé 9 tuổi", "đúng rồi, là bố dượng", "tối qua là đúng"):
 * read on the draft, it names at least one fact and changes none.
 */
function restatedOnly(draft: ReportDraft, text: string, deps: ReportFlowDeps): boolean {
  const written = text.normalize("NFC").trim();
  const rest = AFFIRMED_BEFORE.exec(written)?.[1] ?? AFFIRMED_AFTER.exec(written)?.[1];
  if (!rest || wordCount(rest) > 8 || saysCorrection(rest) || isQuestionLike(rest)) return false;
  // "là bố dượng": the one who harms named again as the report holds them (no harm told beside it for the fact module to read).
  const bare = foldKey(rest).replace(/^(?:la|chinh la|it was|it s)\s+/, "").replace(/\s+(?:do|day|a|ma|nha)$/, "");
  if (draft.harmerText && bare === foldKey(draft.harmerText)) return true;
  const reading = readStory(draft, rest, deps, "replace");
  if (reading.learned.length === 0 && !reading.facts.age && !reading.facts.harmer && !reading.facts.when && !reading.facts.commune) return false;
  return RESTATED_KEYS.every((k) => JSON.stringify(reading.draft[k] ?? null) === JSON.stringify(draft[k] ?? null));
}

/** Every number and every name (a capitalised word after the first) the correction typed is in a field of the draft now. */
function heldInFields(text: string, d: ReportDraft): boolean {
  const fields = foldKey([d.childAgeText, d.contact, d.when, d.locationText, d.commune, d.hamlet, d.provinceName, d.harmerText, d.reporterRelationText, String(d.children ?? "")].filter(Boolean).join(" "));
  // What the correction denies ("không phải 9 tuổi", "chứ không phải Krông Búk", "not 6") is no value it gives.
  const given = text.normalize("NFC").replace(/(?:^|\s)(?:(?:chứ|chớ|mà|ma|chu)\s+)?(?:không|ko|k|chẳng|đâu|khong|not)\s+(?:phải|phai\s+)?(?:là\s+|la\s+)?[^,.;!?]*?(?=\s+(?:mà|ma|and|và|va)\s|[,.;!?]|$)/giu, " ");
  const words = given.split(/[\s,.;:!?()]+/u).filter(Boolean);
  const told = words.filter((w, i) => /\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w))).map((w) => foldKey(w.replace(/\D+$/u, "") || w));
  return told.every((w) => new RegExp(`(?:^|\\s)${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(fields));
}

/** `saidAsCorrection`: the text is known to correct (what a denial went on to say), whatever its own words. */
/**
 * A message that corrects the contact only: it says a number is someone else's ("số này là của mẹ bé", "is her aunt's number"), or gives
 * the writer's own number ("số của tôi là ...") and tells nothing else of the child or the harm.
 */
function contactOnly(text: string, deps: ReportFlowDeps): boolean {
  const numbers = numbersSaid(text);
  // "Số 09... là của bà ngoại bé. Mà bây giờ mẹ nó đang đánh nó chảy máu đầu": only when the rest tells nothing else.
  if (numbers.some((n) => n.others)) return moreBesideNumbers(text, deps) === null;
  if (!numbers.some((n) => n.own)) return false;
  const rest = numbers.reduce((t, n) => t.replace(n.number, " "), text);
  return readStory(blankDraft(), rest, deps, "fill").learned.every((f) => f === "contact" || f === "reporter");
}

/** A clause about a number or calling ("đừng gọi số đó giờ này", "không phải số tôi", "is her aunt's number") (folded, "zzphone" for the number). */
const NUMBER_CLAUSE = /zzphone|\b(?:so|sdt|dien thoai|dt|goi|nhan tin|number|phone|call|ring|text|mine)\b/;

/**
 * What a message that says a number is someone else's tells besides its clauses about numbers ("Mà bây giờ mẹ nó đang đánh nó chảy
 * máu đầu", "Bé 7 tuổi chứ không phải 9", "còn bố nó vừa cầm dao chém bé"), with its own punctuation, or null when it tells nothing more.
 */
function moreBesideNumbers(text: string, deps: ReportFlowDeps): string | null {
  const numbers = numbersSaid(text);
  const marked = numbers.reduce((t, n) => t.replace(n.number, " zzphone "), text);
  const parts = marked.split(/([,.;!?\n]+)/);
  let rest = "";
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i] ?? "";
    if (!clause.trim() || NUMBER_CLAUSE.test(foldKey(clause))) continue;
    rest += clause + (parts[i + 1] ?? "");
  }
  rest = rest.replace(/^[\s,.;]*(?:(?:mà|còn|nhưng|và|ma|con|nhung|va|but|and|also)\s+)?/iu, "").replace(/[\s,;]+$/u, "").trim();
  if (!rest) return null;
  const learned = readStory(blankDraft(), rest, deps, "fill").learned.filter((f) => f !== "contact" && f !== "reporter");
  return learned.length > 0 || deps.triage(rest).risk === "emergency" ? rest : null;
}

function correctionOne(state: ReportFlowState, typedText: string, now: Date, flow: ReportFlow, deps: ReportFlowDeps, midFlow = false, saidAsCorrection = false): FlowStep {
  const corrects = saidAsCorrection || saysCorrection(typedText);
  // "xóa số điện thoại của tôi, tôi muốn ẩn danh": the number is dropped and the report becomes anonymous.
  if (state.draft.anonymous === false && wantsAnonymity(typedText)) {
    return changedAlone(state, stamp({ ...state.draft, anonymous: true, contact: null, consentToContact: false }, now), T.madeAnonymous, now, flow, deps, midFlow);
  }
  // "số 0912... là của mẹ bé, không phải số tôi, đừng gọi số đó giờ này. Số của tôi là 0944...": a correction of the contact corrects
  // the contact only (walk 43: it changed who harms to the mother and the danger to yes). The other's number is kept as theirs.
  const numbers = contactOnly(typedText, deps) ? numbersSaid(typedText) : [];
  const ownNumber = numbers.find((n) => n.own) ?? (numbers.some((n) => n.others) ? numbers.find((n) => !n.others) : undefined);
  const others = numbers.find((n) => n.others);
  if (ownNumber || others) {
    const deniedNumber = others && (state.draft.contact ?? "").replace(/\D/g, "").includes(others.number.replace(/\D/g, ""));
    const contact = ownNumber ? { contact: ownNumber.number, anonymous: false } : deniedNumber ? { contact: null } : {};
    const fixed = { ...state.draft, ...contact, ...(others ? { otherPhone: others.number } : {}), extraNotes: [...state.draft.extraNotes, typedText] };
    return changedAlone(state, stamp(fixed, now), T.edited, now, flow, deps, midFlow);
  }
  // "his grandmother is NOT hurting him", "bà nó không có làm hại nó", "nobody is hurting him": who the summary names is cleared
  // when the message denies it of them; a denial of someone else changes nothing (kept for officers).
  const denied = DENIES_HARM.exec(foldKey(typedText));
  // "má nó đâu có làm gì, cái ông lạ mặt ... mới là người xấu" names who it was: read as that correction, below.
  if (state.draft.harmer && denied && !saysCorrection(typedText)) {
    const subject = typedText.normalize("NFC").slice(0, Math.max(0, typedText.normalize("NFC").toLowerCase().search(/\s(?:is|are|was|were|did|does|has|không|ko|k|chẳng|chả|đâu|hổng|not|never)\b/iu))).trim();
    const who = subject ? readStory(blankDraft(), state.draft.language === "en" ? `the person who hurt the child was ${subject}` : `người gây hại là ${subject}`, deps, "fill").facts.harmer : null;
    const nobody = /^(?:nobody|no one|noone|khong ai|chang ai|cha ai)\b/.test(foldKey(typedText));
    if (nobody || who === state.draft.harmer) {
      return changedAlone(state, stamp({ ...state.draft, harmer: null, harmerText: null, harmerUnknown: true, extraNotes: [...state.draft.extraNotes, typedText] }, now), T.edited, now, flow, deps, midFlow);
    }
  }
  // "không phải ẩn danh. tên tôi Ama Hlin, ở buôn Ko Tam, cán bộ tới hỏi là gặp": not anonymous, and the way to reach them kept as said.
  if (state.draft.anonymous === true && NOT_ANONYMOUS.test(foldKey(typedText))) {
    const way = typedText.replace(/^\s*(?:không|ko|k|not)\s+(?:phải\s+|phai\s+)?(?:là\s+|la\s+)?(?:ẩn danh|an danh|anonymous)\s*[.,;:!]*\s*/iu, "").trim();
    return changedAlone(state, stamp({ ...state.draft, anonymous: false, contact: way || typedText, consentToContact: true, extraNotes: [...state.draft.extraNotes, typedText] }, now), T.edited, now, flow, deps, midFlow);
  }
  // "người gây hại: không có", "không có ai gây hại cả", "Tôi không biết ai gây hại", "là em tự làm": who harms is cleared
  // (the child themself when they did it), and nothing else changes.
  // "thằng lớp trưởng, nó tự làm chứ không ai sai khiến", "some older kid, he did it himself": a person who acted alone is named (RD10), read below.
  const actedAlone = personThenAlone(typedText);
  // "em tự rạch tay thôi, còn người đánh em là mẹ": the child's own cuts are told beside who hits them; that person stays who harms (RD10),
  // and the whole message is read below (kept for officers, the self-harm with it).
  const besideSelf = SELF_DONE.test(foldKey(typedText)) && !/^(?:khong ai|chang ai|cha ai|nobody|no one|noone)\b/.test(foldKey(typedText)) && otherHarmerBeside(typedText, deps);
  if (state.draft.harmer && !actedAlone && !besideSelf && NOBODY_HARMS.test(foldKey(typedText)) && notKnownIsWhole(typedText, deps)) {
    const harmer = SELF_DONE.test(foldKey(typedText)) ? "self" : null;
    const cleared = stamp({ ...state.draft, harmer, harmerText: null, ...unknownFlag(state.draft, harmer), extraNotes: [...state.draft.extraNotes, typedText] }, now);
    // "chưa rõ ai gây ra": the reporter is told what changed ("người gây hại: ông dượng → không rõ"), as for any other change (RD10).
    if (harmer === null && !midFlow) {
      const next = { ...state, draft: cleared, step: "confirm" as StepId };
      return finish(next, [withAck(flow.ask(next), unknownHarmerSaid(state))], deps);
    }
    return changedAlone(state, cleared, T.edited, now, flow, deps, midFlow);
  }
  // A child telling of themself who says their own age ("không phải 3 tuổi đâu, cháu 11 tuổi", "con 10 tuổi ạ, em trai con mới 4 tuổi"):
  // that age is the child's, whatever other age (a brother's, the one denied) the words name.
  const own = state.draft.reporterRelation === "self" ? ownAgeSaid(typedText) : null;
  const text = own ?? (withoutWriterAge(correctionText(state.draft, typedText), state.draft) || correctionText(state.draft, typedText));
  // "tôi đâu có nói là bố nó đánh", "tôi có nói ông bố đánh nó đâu": the person named is one the writer denies naming, never who harms.
  const unsaid = NEVER_SAID.test(foldKey(typedText));
  const named = unsaid ? null : namedPerson(state.draft, corrects, text, deps);
  const whole = named ?? readStory(state.draft, text, deps, "replace");
  // "Người dí thuốc là cậu của bé, 17 tuổi, ở Buôn Đôn": a correction of who harms tells the age and the
  // place of that person; the child's own age and place change only when a child word carries them.
  // "anh nó 12 tuổi chứ không phải 10, mà giờ không có nguy hiểm ngay": only a brother's or sister's age corrected; that sibling is not
  // who harms, and his age is not the child's.
  const kinAge = KIN_AGE_ONLY.test(foldKey(typedText));
  const aboutHarmer = !kinAge && whole.facts.harmer !== null && whole.facts.harmer !== "self" && !CHILD_FACT.test(foldVietnamese(text));
  // A person named in passing at the summary ("để tôi hỏi ý chồng tôi", "bé đã về nhà với mẹ") is not who harms: the harmer
  // changes only when the message says it corrects, or tells of the harm or of who did it.
  const passing = whole.learned.includes("harmer") && state.draft.harmer !== null && !corrects && !HARM_OR_BLAME.test(foldKey(text));
  // Who writes changes only when the message speaks of the writer ("tôi là trưởng thôn"), not from kin words about the children ("thằng anh ... là con trai").
  const ofWriter = WRITER_SPEAKS.test(foldKey(text));
  // "Không phải nguy hiểm ngay đâu, hôm nay cháu ở nhà với bà ngoại rồi": a correction of the danger tells where the child is today, not when the harm was.
  const aboutDanger = dangerSaid(typedText) !== null || dangerSaid(text) !== null;
  // "bà là bà ngoại của cháu chứ không phải hàng xóm": the writer saying who they are to the child is never who harms.
  const writerKin = WRITER_IS_KIN.test(foldKey(text)) || WRITER_IS_KIN.test(foldKey(typedText));
  // "I'm his teacher, not a neighbour": the writer saying who they are, with no harm told, names no one who harms.
  const writerSelf = writerKin || (ofWriter && whole.learned.includes("reporter") && !HARM_OR_BLAME.test(foldKey(text)));
  // "đứa lớn là con gái, đứa nhỏ là con trai", "à bé là con trai": the sex of the children understood changes, each keeping the age
  // told before; a correction changes only what it names (walk 30: a sex corrected wiped the ages).
  const resexed = aboutHarmer ? null : sexCorrected(state.draft, text);
  const childFields = (f: StoryField) => (f === "age" && (resexed !== null || whole.facts.age === null)) || ((f === "sex" || f === "children") && resexed !== null);
  // "…, he did it himself": a person who acted alone is never read as the child harming themself (RD10); who harms then changes
  // only if a person is read, else stays (the words kept for officers).
  const aloneNotSelf = actedAlone && whole.facts.harmer === "self";
  const fields = whole.learned.filter((f) => !(kinAge && ["harmer", "age", "sex", "children"].includes(f)) && !(aloneNotSelf && f === "harmer") && !(aboutHarmer && ["age", "commune", "province", "children", "sex"].includes(f)) && !childFields(f) && !(passing && f === "harmer") && !(writerSelf && f === "harmer") && !(f === "reporter" && !ofWriter && !writerKin) && !(aboutDanger && f === "when") && !(unsaid && f === "harmer") && !(f === "danger" && hedgedOrQuoted(typedText)));
  const read = named ?? (aboutHarmer || passing || fields.length < whole.learned.length ? readStory(state.draft, text, deps, "replace", fields) : whole);
  // "người gây hại không phải bạn bè, là bọn lừa đảo buôn người": who harms corrected to a ring of traffickers or scammers, strangers to the
  // child, which the story's reading names as no relation: the harmer changes (never left as the one denied).
  const gang = !read.learned.includes("harmer") && state.draft.harmer && state.draft.harmer !== "stranger" && !unsaid && (corrects || DENIES_WHO.test(foldKey(typedText))) ? strangersNamed(typedText) : null;
  const reading = gang ? { ...read, draft: { ...read.draft, harmer: "stranger", harmerText: gang }, learned: [...read.learned, "harmer" as const], facts: { ...read.facts, harmer: "stranger" as const }, hasContent: true } : read;
  // "Tôi ở Bắc Ninh thì cán bộ bên nào sẽ gọi cho tôi?": a question at the summary is answered, not read as a correction.
  // "gửi rồi thì ba mẹ e có bị mời lên ko": a question without its mark is a question too (answered, never taken as the summary confirmed).
  const asking = (typedText.trim().endsWith("?") || (isQuestionLike(typedText) && asksSomething(typedText))) && !corrects;
  const topic = reading.hasContent && !asking ? null : sideTopic(typedText);
  if (topic) return side(state, typedText, topic, now, flow, deps);
  // "11 tuổi, Krông Pắc": a place named bare beside another fact, inside the province the report holds, is the commune corrected.
  const commune = aboutHarmer || reading.learned.includes("commune") ? null : readCommuneAnswer(text, reading.draft.provinceName) ?? barePlaceIn(typedText, reading.draft, deps);
  // "bé hiện không nguy hiểm ngay đâu", "not in danger now": the answer to the danger question, corrected.
  // Read on the words as typed too: "im not in danger right now" is no "X, not Y" correction.
  const saidDanger = dangerSaid(typedText) ?? dangerSaid(text);
  // "tôi không phải cán bộ, tôi chỉ là người bán quán gần nhà nó thôi": who writes, in their own words.
  // Living beside the child is said of the writer whatever kin word it denies ("tôi đâu phải họ hàng, tôi thuê phòng sát vách").
  const self = reading.learned.includes("reporter") && !LIVES_BESIDE.test(typedText.normalize("NFC")) ? null : selfIntroduced(typedText, state.draft);
  const placed = { ...(commune ? withPlace(reading.draft, commune, (p) => deps.findProvince(p)?.level === "province") : reading.draft), ...(resexed ?? {}), ...(self ?? {}), ...(saidDanger && saidDanger !== reading.draft.dangerNow ? { dangerNow: saidDanger, dangerFromStory: false } : {}) };
  // "chỉ có một cháu thôi", "một bé gái 8 tuổi": one child, where the draft counted several (the fact module reads a count above one only).
  // "No, it is only one child, my son": the "several" the summary read from the story ("some older boys") is one child too (walk 54).
  const severalRead = !placed.children && placed.reporterRelation !== "self" && severalSaid(placed.narrative ?? "");
  const one = ((placed.children ?? 1) > 1 || severalRead) && saysOnlyOne(typedText);
  const kin = writerKin && placed.reporterRelation !== "family" ? { reporterRelation: "family" as const, reporterRelationText: WRITER_IS_KIN.exec(foldKey(text))?.[0] ?? null } : {};
  // "có 3 đứa chứ, còn đứa út 2 tuổi nữa": a child added, with their age; the ages told before stay beside it.
  const added = addedChildAges(state.draft, placed, typedText);
  // "thêm 3 đứa nữa cũng bị", "còn 2 bé nữa": more children, added to those the summary counts (a bare "thêm 3" adds none).
  // "cả ba đứa cũng bị": three in all, not three more.
  const inAll = reading.learned.includes("children") ? null : allChildrenSaid(typedText);
  const more = reading.learned.includes("children") || inAll ? null : moreChildrenSaid(typedText);
  if (more) placed.children = (state.draft.children ?? 1) + more;
  if (inAll && inAll !== (state.draft.children ?? 1)) placed.children = inAll;
  // The harmer the summary shows is the one the writer denies having named: cleared.
  const unnamed = unsaid && state.draft.harmer !== null && whole.facts.harmer === state.draft.harmer ? { harmer: null, harmerText: null, harmerUnknown: true } : {};
  // "con 9 tuoi, em con 2 tuoi" from a child who told of themself and a little brother or sister: the ages listed replace those the
  // summary held, each kept (walk 55: the 2-year-old was lost, "2 trẻ một bé 9 tuổi").
  const listed = !added && !aboutHarmer && !one ? agesListed(state.draft, typedText) : null;
  const corrected = { ...(one ? { ...placed, children: severalRead ? 1 : null } : placed), ...kin, ...(added ? { childAgeText: added } : {}), ...(listed ?? {}), ...unnamed };
  const draft = { ...corrected, when: oftenKept(state.draft, corrected.when, typedText) };
  const resexChanged = resexed !== null && (resexed.childSex !== state.draft.childSex || resexed.childAgeText !== state.draft.childAgeText);
  const changed = more !== null || (inAll !== null && inAll !== (state.draft.children ?? 1)) || Object.keys(unnamed).length > 0 || reading.learned.length > 0 || resexChanged || commune !== null || one || self !== null || Object.keys(kin).length > 0 || (saidDanger !== null && saidDanger !== reading.draft.dangerNow) || draft.dangerNow !== state.draft.dangerNow;
  // A change the summary does not show, or a value it already shows ("Vĩnh Yên chứ không phải Vĩnh Phúc"), changes no stored field:
  // walk 40 (w11) had the place as typed overwritten with the whole correction sentence while the reporter was told it was not read.
  const unshown = changed && understoodLine(state.draft) === understoodLine(draft) && !resexChanged && !one && Object.keys(unnamed).length === 0;
  const kept = unshown ? { ...state.draft, extraNotes: noteOfCorrection(state.draft.extraNotes, typedText, false, state.draft) } : { ...draft, extraNotes: noteOfCorrection(draft.extraNotes, typedText, changed, draft) };
  // Nothing changed, but what it says is what the summary holds ("1 bé gái 9 tuổi" again): say so, not "could not read".
  const f = reading.facts;
  // A child's "em không rạch tay, em chỉ cào tay" names themself, which is no fact of the summary.
  const restated = (!changed || unshown) && ((f.sex !== "mixed" && Boolean(f.age || f.sex === "male" || f.sex === "female" || (f.harmer && f.harmer !== "self") || f.commune || deps.findProvince(text))) || shownAlready(state.draft, text));
  // A change the summary does not show is no change to say: "Đã sửa" over the same summary tells the reporter a wrong thing (walk 37).
  const shown = changed && understoodLine(state.draft) !== understoodLine(draft);
  const ack = (changed && !unshown ? changesSaid(state.draft, draft, note(state, T.edited)) : null) ?? note(state, changed && !unshown ? (shown ? T.edited : T.editNoted) : restated ? T.editSame : T.editNoted);
  // A correction that says the child is in danger now, or that makes the draft read as an emergency
  // ("bé mới 2 tuổi, bị nhốt trong kho cả ngày"), gets 113/115/111 first, once, as the story would have.
  // A correction that says there is no danger now ("im not in danger right now") never gets the alarm, whatever a classifier reads in it.
  // The warning comes from what the correction itself says: a danger, a harm, an age, a time, who is with the child. A correction
  // of the place alone ("nhầm, là xã Tân Hòa") adds no danger, whatever a re-reading of the whole draft rates (officers are still
  // alerted by the draft's triage); the warning is said once, calmly, never after an earlier one.
  const itsOwn = deps.triage(typedText);
  // The children's sexes said again with their ages ("bé gái 9 tuổi, bé trai 5 tuổi") tell no danger, as a place corrected tells none.
  const resexedBefore: ReportDraft = { ...state.draft, ...(resexed ?? {}) };
  const addsDanger = saidDanger === "yes" || itsOwn.risk === "emergency" || statesDanger(itsOwn) || NON_PLACE_FACTS.some((k) => JSON.stringify(resexedBefore[k]) !== JSON.stringify(draft[k]));
  const nowEmergency = addsDanger && !state.emergencyAlerted && saidDanger !== "no" && deps.triage(draftText(kept)).risk === "emergency" && deps.triage(draftText(state.draft)).risk !== "emergency";
  const urgent = urgentOfCorrection(state, deps);
  if (midFlow) {
    const step = move(state, kept, [ack], now, flow, deps, false);
    const warned = step.replies.some((r) => r.urgent);
    return nowEmergency && !warned ? { ...step, replies: [urgent, ...step.replies] } : step;
  }
  const next = { ...state, step: "confirm" as StepId, draft: stamp(kept, now) };
  const replies = [withAck(flow.ask(next), ack)];
  if ((state.draft.dangerNow !== "yes" && draft.dangerNow === "yes") || nowEmergency) replies.unshift(urgent);
  return finish(next, replies, deps);
}

/**
 * The ages of several children a correction lists ("con 9 tuoi, em con 2 tuoi", "em con 4 tuổi còn con 10 tuổi"), when the report is a
 * child's about themself and a brother or sister: the list (the writer first), the youngest giving the age band, the count at least
 * as many; null when the correction lists no two ages.
 */
function agesListed(d: ReportDraft, typed: string): Pick<ReportDraft, "childAgeText" | "childAgeBand" | "children"> | null {
  // Only where the summary already counts several: "con 10 tuổi ạ, em trai con mới 4 tuổi" of one child is that child's age alone.
  if (d.reporterRelation !== "self" || (d.children ?? 1) < 2) return null;
  const ages = writerAndSiblingAges(typed);
  if (!ages || ages.length < 2) return null;
  const and = d.language === "en" ? " and " : " và ";
  return { childAgeText: `${ages.slice(0, -1).join(", ")}${and}${ages.at(-1)}`, childAgeBand: bandOf(Math.min(...ages)), children: Math.max(d.children ?? 0, ages.length) };
}

/**
 * A correction that only gives a brother's or sister's age against the one said (folded): "anh nó 12 tuổi chứ không phải 10", "chị bé 11
 * tuổi, không phải 10, mà giờ không có nguy hiểm ngay", "her brother is 12 not 10"; a danger clause may follow.
 */
const KIN_AGE_ONLY = /^(?:(?:thang |con |dua )?(?:anh|chi|em)(?: (?:trai|gai|ho))?(?: (?:cua )?(?:no|be|chau|ay|con be|thang be))?|(?:his|her|their|the) (?:big |little |older |younger |baby )?(?:brother|sister))(?: (?:la|moi|is|s|nam nay))? \d{1,2}(?: tuoi| t| years? old| yo)? (?:chu )?(?:khong phai|ko phai|k phai|not)(?: la)? \d{1,2}(?: tuoi| t| years? old| yo)?(?: (?:ma|nhung|va|con|and|but|con thi) .*(?:nguy hiem|danger).*)?$/;

/** A sentence beside a correction that corrects nothing (folded): "còn lại đúng", "những cái khác đúng rồi", "the rest is right", "30 is the uncle's age". */
const CORRECTION_ASIDE = /^(?:(?:con|va|and)\s+)?(?:con lai|nhung cai khac|moi thu khac|phan con lai|cac thong tin khac|nhung thong tin khac|thong tin khac|the rest|everything else|all else|(?:the )?other details?)(?: \w+){0,2} (?:dung|deu dung|dung roi|dung het|chinh xac|is right|is correct|are right|are correct|s right|s correct|is fine|s fine|ok)(?: (?:roi|het|a|nhe|ca))*$|^\d{1,2} (?:is|la|la so) (?:\w+ ){0,4}(?:age|tuoi(?: cua(?: \w+){1,4})?)$/;

/** Said to have happened once, or not often (folded): "chỉ một lần", "không thường xuyên", "only once", "not often". */
const ONCE_ONLY = /\b(?:chi (?:co )?(?:mot|1) lan|moi (?:mot|1) lan|(?:khong|ko|chua) (?:thuong xuyen|hay|nhieu lan)|only once|just once|one time only|not often|not regularly)\b/;

/**
 * "Sửa: lần gần nhất là hôm thứ hai" when the summary says "thường xuyên; gần nhất: 2 tuần nay": the latest time changes and how often
 * stays (walk 40: the correction dropped "thường xuyên" and the red flag of repeated harm), unless the writer says it happened once.
 */
function oftenKept(before: ReportDraft, when: string | null, typed: string): string | null {
  if (!when || when === before.when || !before.when || saysOftenAndLatest(when) || when === "repeated" || ONCE_ONLY.test(foldKey(typed))) return when;
  if (!saysOftenAndLatest(before.when) && before.when !== "repeated") return when;
  const latest = (LABELS[when]?.[before.language] ?? when).toLowerCase();
  return withLatest(before.when, latest, before.language);
}

/** The corrected value as the summary already shows it (folded, without its level word): "xã Tân Phú", "11 tuổi", "9 years old". */
function shownAlready(d: ReportDraft, value: string): boolean {
  const k = foldKey(value).replace(/^(?:xa|phuong|thi tran|thon|dac khu)\s+/, "").replace(/\s+(?:commune|ward|village|tuoi|t|years? old|years?)$/, "").trim();
  if (!k) return false;
  if (/^\d{1,2}$/.test(k)) return (d.childAgeText ?? "").trim() === k;
  return k.split(" ").length <= 6 && ` ${foldKey(understoodLine(d))} `.includes(` ${k} `);
}

/** 113/115/111 first, once, when a correction tells a danger the summary did not hold. */
function urgentOfCorrection(state: ReportFlowState, deps: ReportFlowDeps): Reply {
  return { text: aboutOtherChild(state) ? urgentWords(state, T.emergencyNow, deps) : note(state, T.risenByCorrection), links: EMERGENCY_LINKS[lang(state)], urgent: true };
}

/** Traffickers, scammers, kidnappers or a gang named as who harms (folded). */
const STRANGER_GROUP = /\b(?:buon nguoi|lua dao|bat coc|duong day|bang nhom|xa hoi den|nguoi la|ke la|traffickers?|trafficking|scammers?|kidnappers?|gang|strangers?)\b/;
/** The words a correction names the group with, as typed ("bọn lừa đảo buôn người"); a label when none is found. */
function strangersNamed(text: string): string | null {
  if (!STRANGER_GROUP.test(foldKey(text))) return null;
  const nfc = text.normalize("NFC");
  const vi = /(?:(?:bọn|tụi|đám|lũ|đường dây|băng nhóm|nhóm|kẻ|những kẻ|người)\s+)?(?:lừa đảo|buôn người|bắt cóc|xã hội đen|lạ)(?:\s+(?:buôn người|bắt cóc|lừa đảo|mặt))?(?!\p{L})/iu.exec(nfc)?.[0];
  const en = /(?:(?:the|a|some)\s+)?(?:(?:human\s+)?trafficking\s+(?:ring|gang|network)|traffickers?|scammers?|kidnappers?|gang|strangers?)/iu.exec(nfc)?.[0];
  return (vi ?? en)?.trim() || null;
}

/** The facts of a draft beyond the place: a correction that changes one of them may tell a danger. */
const NON_PLACE_FACTS = ["childAgeBand", "childAgeText", "when", "withPersonNow", "harmer", "children", "dangerNow", "narrative"] as const;

/** Words that add a child to those told ("còn đứa út", "thêm một bé", "cũng có", "another", "also") (folded). */
const ONE_MORE = /\b(?:con|them|nua|cung co|another|also|one more|plus)\b/;

/**
 * A correction that adds a child ("có 3 đứa chứ, còn đứa út 2 tuổi nữa") to the ages told before ("4 và 6"): every age,
 * youngest first ("2, 4 và 6"); null when it adds no child, or says every age itself.
 */
function addedChildAges(before: ReportDraft, after: ReportDraft, typed: string): string | null {
  if ((after.children ?? 1) <= (before.children ?? 1) || !before.childAgeText || !ONE_MORE.test(foldKey(typed))) return null;
  const ages = (text: string) => [...foldKey(text).matchAll(/\b(\d{1,2})\b/g)].map((m) => Number(m[1])).filter((n) => n < 18);
  const told = ages(before.childAgeText);
  const said = ages(typed).filter((n) => n !== after.children);
  if (said.length === 0 || said.length >= (after.children ?? 0)) return null;
  const all = [...new Set([...told, ...said])].sort((a, b) => a - b);
  const and = before.language === "en" ? " and " : " và ";
  return all.length > 1 ? `${all.slice(0, -1).join(", ")}${and}${all.at(-1)}` : null;
}

/**
 * The writer denies having named who harms (folded): "tôi đâu có nói là bố nó đánh", "tui có nói ông bố đánh nó đâu", "tôi không nói là
 * ông bố đánh nó", "I never said it was her dad".
 */
const NEVER_SAID = /\b(?:toi|tui|minh|em|e|t|con|chau)\s+(?:dau co|dau|khong|ko|k|chua|chang|cha|hong|hok|khong he|chua he|co bao gio)\s+(?:he\s+)?(?:noi|bao|ke)\s+(?:la\s+)?\S.{0,40}?\b(?:danh|dap|hanh ha|xam hai|lam hai|hai|chui|bo doi|nhot)\b|\b(?:toi|tui|minh|em|e|t|con|chau)\s+co\s+(?:noi|bao|ke)\s+(?:la\s+)?\S.{0,40}?\b(?:danh|dap|hanh ha|xam hai|lam hai|hai|chui|bo doi|nhot)\b(?:\s+\S+){0,2}\s+(?:dau|nao|hoi nao|bao gio)\b|\bi (?:never|didn t|did not) (?:say|said|tell|told) (?:it was|that)\b/;

/** A harm denied of someone (folded): "is not hurting him", "did nothing", "không có làm hại", "chẳng làm gì", "nobody is hurting". */
const DENIES_HARM = /\b(?:is|are|was|were) not (?:hurting|harming|abusing|hitting|beating|touching|doing anything)\b|\b(?:did|does|has done) nothing\b|\b(?:didn t|did not|doesn t|does not|never) (?:hurt|harm|hit|touch|do anything)\b|\b(?:khong|ko|k|chang|cha|hong|dau) (?:co |he )?(?:lam gi|lam hai|danh|hai|dong toi|dung toi)\b|\b(?:nobody|no one) (?:is |was )?(?:hurting|harming|abusing|hitting|hurts|harms)\b/;

/** "không phải ẩn danh", "ko ẩn danh", "not anonymous", "I don't want to be anonymous" (folded). */
const NOT_ANONYMOUS = /\b(?:khong|ko|k|chang) (?:phai|can|muon) (?:la )?an danh\b(?! (?:duoc|dc|a|ha|sao|khong|ko)\b)|\b(?:i m|im|i am) not anonymous\b|\b(?:don t|do not|dont) (?:want to be|need to be|have to be) anonymous\b/;

/** The writer naming their own kinship to the child (folded): "bà là bà ngoại của cháu", "tôi là mẹ bé", "tui là cậu ruột nó". */
const WRITER_IS_KIN = /^(?:\S+ ){0,2}?(?:toi|tui|minh|em|ba|ong|co|chu|bac|di|cau|me|ma|bo)\s+(?:la|chinh la)\s+(?:ba|ong|me|ma|bo|cha|co|chu|di|cau|bac|anh|chi|thim|mo|duong)(?:\s+(?:noi|ngoai|ruot|ho))?\s+(?:cua\s+)?(?:chau|be|no|con be|thang be|tui nho|hai dua|may dua|tre)\b/;

/** Words that tell of the harm or of who did it (folded): "người gây hại là ...", "là do bố nó", "bị chú đánh", "he hit her". */
/** A locking or a neglect told by who does it (folded): "locks her outside", "leaves them alone", "để bé ở nhà một mình". */
const TOLD_NEGLECT_OR_LOCKING = /\b(?:lock\w*|shut\w* (?:her|him|them) (?:out|in)|starv\w*|leaves? (?:her|him|them) alone|left (?:her|him|them) alone|o nha mot minh|khong cho (?:an|ve|vao))\b/;
/** A request that nobody be told ("đừng nói với ai nhé"), short, no number, no harm told: answered as the privacy question it is. */
function nobodyToldAsked(input: FlowInput, text: string | null): text is string {
  return !input.choice && text !== null && asksNobodyTold(text) && !/(?:\d[\s.-]?){8,}/.test(text) && !HARM_OR_BLAME.test(foldKey(text)) && wordCount(text) <= 14;
}
/** Nothing but the request ("đừng nói với ai nhé", "chị giữ bí mật giúp em nha"): the question is asked again after the answer. */
function nobodyToldOnly(input: FlowInput, text: string | null): boolean {
  return nobodyToldAsked(input, text) && besideNobodyTold(text) === "";
}
/** The answer typed beside the request ("có" of "có, đừng nói với ai nhé"), or null. */
function nobodyToldBeside(input: FlowInput, text: string | null): string | null {
  return nobodyToldAsked(input, text) ? besideNobodyTold(text) || null : null;
}
const HARM_OR_BLAME = /\b(?:gay hai|lam hai|thu pham|nguoi (?:danh|lam|gay|bo|nhot|khoa|de|xam hai|so|du|dat|ep|bat)|bo (?:mac|roi|doi|con|tui|may|di)|khoa (?:cua|trai|phong)|la do|chinh (?:la )?|danh|dap|tat|xam hai|so mo|sam so|hiep|ep|bat|nhot|doa|chui|hanh ha|bo doi|quay len|harm\w*|hurt\w*|hit\w*|beat\w*|abus\w*|touch\w*|did it|is the one|was the one)\b/;

/**
 * The words tell of a harm or of who did it: the blame words above, or any harm the triage's own lexicon reads
 * ("dượng hay sờ soạng bé", "he gropes her"), so that no second list of harms falls behind it.
 */
function tellsOfHarm(text: string): boolean {
  if (HARM_OR_BLAME.test(foldKey(text))) return true;
  const read = triageRules(text);
  return read.risk !== "low" && read.category !== "other";
}

/** A correction of the danger answer: "hiện không nguy hiểm ngay", "không còn nguy hiểm", "is not in danger now" → no; "đang gặp nguy hiểm", "is in danger now" → yes (folded). */
function dangerSaid(text: string): "yes" | "no" | null {
  const key = chatKey(text);
  // "bjo nó đang ở trường", "giờ cháu ở nhà bà nội rồi": safe now, said of where the child is. Only the reporter's own plain word:
  // "chắc giờ không sao rồi", "bé nói với tôi là nó không sao", "nó bảo 'không sao đâu'" lower nothing (walk 47).
  if (saysNoDanger(text) || saysSafeNow(text)) return hedgedOrQuoted(text) ? null : "no";
  if (/\b(?:dang|van dang|hien dang) (?:gap |bi |o trong )?(?:nguy hiem|tinh trang nguy hiem)\b|\bnguy hiem ngay(?: luc nay)?(?: la)?:? co\b|\b(?:is|are) in danger (?:now|right now)\b/.test(key)) return "yes";
  return null;
}

/** A guess (folded): "chắc", "có lẽ", "hình như", "maybe", "I think"; not "chắc chắn" (certain). */
const HEDGE = /\b(?:chac(?! chan)|chac la|co le|hinh nhu|co ve|nghe noi|nghe bao|maybe|probably|perhaps|i think|i guess|i suppose|seems?|apparently)\b/;
/** Someone else's words (folded): "bé nói ...", "nó bảo ...", "mẹ nó kể ...", "she said ...". */
const SOMEONE_SAYS = /\b(?:no|be|chau|con be|thang be|em ay|ban ay|nguoi ta|ong ay|ba ay|me no|bo no|ma no|ba no|co giao|he|she|they)\s+(?:\S+\s+)?(?:bao|noi|ke|nhan|said|says|told|texted)\b/;

/** The safe-now words are a guess or someone else's words (quoted, or said by another): not the reporter's own statement. */
function hedgedOrQuoted(text: string): boolean {
  const key = chatKey(text);
  return HEDGE.test(key) || SOMEONE_SAYS.test(key) || /["“”«»]|(?:^|\s)'|'(?:\s|$)/u.test(text);
}

/** "người mình nghi là", "người đánh bé là": the words that say who it is, before the person. */
const WHO_IT_IS = String.raw`(?:(?:người|kẻ|nguoi|ke)\s+(?:(?:mình|tôi|em|tui|minh|toi)\s+)?(?:nghi|nghĩ|đoán|thấy|nghi ngờ|đánh|hại|làm hại|gây hại|xâm hại|bóc lột|xấu|có lỗi|la mắng|mắng chửi|chửi mắng|chửi bới|chửi|mắng|la|bỏ mặc|bỏ rơi|bỏ|nhốt|dụ|dắt|dẫn|đưa|bắt|ép|sờ|đuổi|lừa|danh|hai|lam hai|gay hai|xam hai|boc lot|xau|co loi|la mang|mang chui|chui mang|chui boi|chui|mang|bo mac|bo roi|nhot|du|dat|dan|dua|ep|so|duoi|lua)(?:\s+(?:bé|cháu|nó|nhỏ|con|em|tụi nhỏ|tụi nó|mấy đứa|be|chau|no|nho|tui nho|tui no|may dua))?|thủ phạm|thu pham|(?:người|ông|bà|chú|cô|gã|kẻ|nguoi|ong|ba|chu|co|ga|ke)\s+(?:đó|ấy|ta|kia|do|ay)|hắn|han)\s+(?:chính\s+|chinh\s+)?`;
/** "người mình nghi là ...", "người đánh bé là ...", "kẻ làm hại là ...", "ông ta là chủ dãy trọ" (the one of the summary, walk 36): a clause saying who it is (not "người làm là", which may tell more). */
const PERSON_CLAUSE = new RegExp(String.raw`^${WHO_IT_IS}(?:là|la)\s+`, "iu");
/** "cái ông lạ mặt rủ nó đi Campuchia mới là người xấu", "chú nó mới là người đánh": the person said first, then that they are the one. */
const IS_THE_ONE = /^(?:còn\s+|con\s+|mà\s+|ma\s+)?(?:cái\s+|cai\s+)?(.{2,60}?)\s+(?:mới là|mới chính là|chính là|moi la|moi chinh la|chinh la)\s+(?:người|kẻ|nguoi|ke)\s+(?:xấu|gây hại|đánh|làm hại|xâm hại|có lỗi|bóc lột|gây ra|xau|gay hai|danh|lam hai|xam hai|co loi|boc lot|gay ra)\b/iu;
/** "má nó đâu có làm gì", "mẹ nó không có đánh": the one the summary names said not to have done it. */
const DID_NOTHING = /\b(?:đâu có|không có|không hề|chẳng có|chả có|hổng có|dau co|khong co|khong he|chang co|hong co|ko|k|hong|hok|không|khong)\s+(?:làm gì|làm j|làm chi|đánh|làm hại|lam gi|lam j|lam chi|danh|lam hai)\b/iu;

/** The writer speaks of themself: "tôi là ...", "mình không phải ...", "I'm her aunt", "I am the teacher" (folded). */
const WRITER_SPEAKS = /\b(?:toi|minh|tui|tao|em|e|chau|con)\s+(?:chi |cung |khong phai |ko phai )?(?:la|lam|o)\b|\bi(?: am|m| m)\b|\b(?:nguoi bao|reporter)\b/;

/**
 * The writer saying they live beside the child ("tôi ở phòng trọ bên cạnh", "tui thuê phòng ngay sát vách", "mình ở nhà đối diện",
 * "I live next door"): a neighbour (as typed, NFC).
 */
const LIVES_BESIDE = /(?:^|[\s,.;])(?:tôi|tui|mình|em|toi|minh|I)\s+(?:chỉ\s+|chi\s+|cũng\s+|cung\s+)?(?:ở|o|sống|song|thuê|thue|trọ|tro|live|am|rent)\s+(?:\S+\s+){0,4}?(?:bên cạnh|kế bên|sát vách|sát bên|cạnh nhà|cạnh phòng|đối diện|vách bên|ben canh|ke ben|sat vach|sat ben|canh nha|canh phong|doi dien|next door|across the (?:street|hall)|nextdoor)(?=[\s,.;!]|$)/iu;

/** "tôi chỉ là người bán quán gần nhà nó thôi", "mình là họ hàng của nó": the writer's own words for who they are. */
const SELF_IS = /(?:^|[,.;]\s*)(?:tôi|mình|em|tui|toi|minh|tao)\s+(?:chỉ\s+|chi\s+|là\s+người\s+|cũng\s+)?(?:là|la)\s+([^,.;!?]{3,60}?)(?:\s+(?:thôi|thoi|ạ|a|mà|ma|đó|do))*\s*(?:[,.;!?]|$)/iu;

/**
 * A correction that says who writes, when the summary names them otherwise ("tôi không phải cán bộ, tôi chỉ là người bán
 * quán gần nhà nó thôi"): the relation their words name ("gần nhà": a neighbour), else "other", with their words kept.
 */
function selfIntroduced(typed: string, d: ReportDraft): Partial<ReportDraft> | null {
  // "tôi không phải người nhà, tôi ở phòng trọ bên cạnh", "tôi thuê phòng ngay sát vách": the writer lives next door.
  const beside = LIVES_BESIDE.test(typed.normalize("NFC"));
  if (beside && d.reporterRelation !== "neighbour" && d.reporterRelation !== "self") return { reporterRelation: "neighbour", reporterRelationText: null };
  if (!d.reporterRelation || d.reporterRelation === "self" || !/\b(?:khong phai|ko phai|hong phai|dau phai|chang phai|cha phai|sai|nham|not)\b/.test(foldKey(typed))) return null;
  const words = SELF_IS.exec(typed.trim())?.[1]?.trim();
  if (!words || /^(?:người lớn|nguoi lon)$/iu.test(words)) return null;
  const relation = matchRelation(words) ?? "other";
  if (relation === "self") return null;
  return { reporterRelation: relation, reporterRelationText: words };
}

/** "là bố nó", "ông hàng xóm", "it was her stepdad": a short correction that is only a person (the verb and the rest removed). */
const ONLY_A_PERSON = new RegExp(String.raw`^(?:(?:${WHO_IT_IS})?(?:là|la|it'?s|it was|it is|was)\s+)?((?:\S+\s+){0,5}\S+?)(?:\s+(?:chứ|chu|đó|đấy|ạ|mà|mới đúng|thôi))*\s*$`, "iu");

/**
 * "sai, là bố nó", "không đúng, là ông hàng xóm": a correction naming only a person, where the summary
 * names who harms, is read as who harms ("người gây hại là ..."), and nothing else of the draft changes.
 */
function namedPerson(d: ReportDraft, corrects: boolean, text: string, deps: ReportFlowDeps) {
  if (!d.harmer || !corrects) return null;
  // "không phải mẹ nó làm hại, người mình nghi là ông hàng xóm hơn 60 tuổi": a clause that names who it is.
  const clauses = text.split(/[,.;]+/).map((c) => c.trim());
  const reversed = clauses.map((c) => IS_THE_ONE.exec(c)?.[1]?.trim()).find(Boolean);
  const clause = reversed ? `người gây hại là ${reversed}` : clauses.find((c) => PERSON_CLAUSE.test(c));
  const person = ONLY_A_PERSON.exec((clause ?? text).trim().replace(/[.!]+$/u, ""))?.[1];
  if (!person || (!clause && readStory(d, text, deps, "replace").learned.length > 0)) return null;
  // "người chửi là me con be": in this frame the first word is a person, typed without its tone ("me", "bo", "ma") as much as with it.
  // So is a kin word alone ("la duong", "duong chu khong phai chu"): "duong" is dượng here, never a road.
  const spelled = spelledKin(person);
  const said = d.language === "en" ? `the person who hurt the child was ${person}` : `người gây hại là ${spelled}`;
  const reading = readStory(d, said, deps, "replace", ["harmer"]);
  // The same person as the summary's: a restatement (nothing changes), never a reading of the person denied ("không phải mẹ nó").
  return reading.learned.includes("harmer") || (clause && reading.facts.harmer === d.harmer) ? reading : null;
}

/** Kin words typed without tones where a correction names a person ("la duong", "me con be"). */
const TONELESS_KIN: Readonly<Record<string, string>> = { me: "mẹ", bo: "bố", ma: "má", cha: "cha", ba: "ba", duong: "dượng", cau: "cậu", mo: "mợ", thim: "thím" };

/** A person as typed in a correction, its first kin word given its tone ("duong" -> "dượng", "me con be" -> "mẹ con be"). */
// "chu chau", "di em", "bac no": an uncle's or aunt's word that folds like another ("chủ", "đi") is that kin before whose it is (walk 43).
const OWNED_KIN: Readonly<Record<string, string>> = { chu: "chú", di: "dì", bac: "bác" };
// "bo me no ep", "ba ma": both parents typed without tones are "bố mẹ", "ba má" (walk 48 stored "bố me").
const spelledKin = (person: string): string => person.replace(/^(bo|ba|cha)\s+(me|ma)(?=\s|$)/iu, (_w, a: string, b: string) => `${TONELESS_KIN[a.toLowerCase()] ?? a} ${TONELESS_KIN[b.toLowerCase()] ?? b}`).replace(/^(me|bo|ma|cha|ba|duong|cau|mo|thim)(?=\s|$)/iu, (w) => TONELESS_KIN[w.toLowerCase()] ?? w).replace(/^(chu|di|bac)(?=\s+(?:chau|em|e|be|no|con|tui|toi|minh)\b)/iu, (w) => OWNED_KIN[w.toLowerCase()] ?? w);

/** A child word with an age or a place ("bé 10 tuổi", "cháu ở xã ...", "she is 7"): the child's own facts (folded, commas kept). */
const CHILD_FACT = /\b(?:be|chau|con|em|tre|thang be|con be|dua nho|child|she|he|the (?:girl|boy))\s+(?:(?:nam nay|moi|da|chi|is|was|only|just)\s+)?(?:\d{1,2}|o|song o|lives|is in)\b/;

/** Words that open a correction (folded): "sai rồi, ...", "à nhầm, ...", "không đúng: ...", "no wait, ...", "sorry, I meant ...". */
const CORRECTION_LEAD = /^(?:(?:a|ay|o|oh|oops|sorry|xin loi)[,.!\s]+)?(?:(?:khoan|khoan da|hold on|my mistake)[,.!\s]+)?(?:sai roi|sai|nham roi|nham|khong dung|chua dung|ko dung|k dung|wrong|that s wrong|no wait|wait|sua lai|i meant|i mean|toi nham|minh nham|em nham|(?:toi|minh|em) (?:ghi|viet|go|noi) nham|my mistake|my bad)\b/;
/** A lead said as its own clause before the corrected fact ("Sai, ...", "nhầm rồi ...", "no wait, ..."): removed before the fact is read. */
const LEAD_CLAUSE = /^\s*(?:(?:à|ấy|ơ|oh|oops|sorry|xin lỗi)[,.!\s]+)?(?:(?:sai rồi|nhầm rồi|sai|nhầm|không đúng|chưa đúng|ko đúng|wrong|that'?s wrong|no wait|wait|sửa lại|sua lai|sửa|sua|đề nghị sửa(?: lại)?|de nghi sua(?: lai)?|xin sửa(?: lại)?|cho sửa(?: lại)?|correction|correct|tôi nhầm|mình nhầm|em nhầm|no|không|ko)\s*[,.!:;]\s*|(?:sai rồi|nhầm rồi|à nhầm|no wait|tôi nhầm|mình nhầm|em nhầm|sorry,? i meant|i meant)\s+)+/iu;

/** The message corrects a fact already told: it opens with a correction word, or says "X, not Y" / "not Y but X". */
/** "no, it was her stepdad", "không, là bố nó": a no that goes on to say who or what it was. */
const NO_IT_WAS = /^(?:no|nope|khong|ko|k)\s+(?:it was|it s|it is|its|la|phai la|ma la)\s/;

/** A filler before the correction, said as its own words ("à mà", "ờ mà", "ơ mà"): "à mà không phải ba ruột mô, là ba dượng hắn". */
const FILLER_LEAD = /^\s*(?:à|ờ|ơ|ừ|ah|oh|a|o|u)\s+(?:mà|ma)[,.!\s]+/iu;
/** "tuổi vẫn sai, ...", "xã chưa đúng: ...", "the age is still wrong, ...": the field named wrong before what it should be. */
const FIELD_WRONG_LEAD = /^\s*(?:the\s+)?(?:tuổi|tuoi|xã|xa|phường|phuong|tỉnh|tinh|age|commune|ward|province)\s+(?:vẫn\s+|còn\s+|cũng\s+|van\s+|con\s+|cung\s+|is\s+still\s+|is\s+|still\s+)?(?:sai|chưa đúng|không đúng|ko đúng|chua dung|khong dung|ko dung|wrong|not right)(?:\s+rồi|\s+roi)?\s*[,.:;!]\s*/iu;
/** "sửa tuổi là 12", "đổi xã thành An Phước", "change the age to 12": a field set by a verb, said as "tuổi là 12". */
const SET_FIELD = new RegExp(String.raw`^\s*(?:(?:(?:sửa|đổi|chỉnh|sua|doi|chinh)(?:\s+lại|\s+lai)?|change|set|update)\s+(?:the\s+)?(commune|ward|village|xã|phường|thôn|xa|phuong|thon|province|city|tỉnh|thành phố|tinh|age|tuổi|tuoi)\s+(?:là|thành|thanh|la|sang|to|=|:)|(?:the\s+)?(?<f2>commune|ward|village|xã|phường|thôn|xa|phuong|thon|province|city|tỉnh|thành phố|tinh|age|tuổi|tuoi)\s+(?:thành|thanh|sang|to))\s+(.+)$`, "iu");

/** A correction in everyday speech said plainly: the filler and "X vẫn sai" lead removed, "sửa X thành Y" said as "X là Y". */
function plainCorrection(typed: string): string {
  const text = typed.trim().replace(FILLER_LEAD, "").replace(FIELD_WRONG_LEAD, "").trim() || typed.trim();
  const set = SET_FIELD.exec(text);
  const field = set?.[1] ?? set?.groups?.f2;
  return set && field ? `${field} ${/^(?:age|province|city)$/i.test(field) ? "is" : "là"} ${set[3]}` : text;
}

/** "à không, cháu 3 tuổi thôi", "ơ không, bé mới 2 tuổi" (folded): "oh no," then the child's age said again: a correction of the age (walk 35). */
const AGE_REDONE = /^(?:a|o|oh|ay|ua|a ma) khong (?:(?:chau|be|no|nho|em|con|thang be|con be|dua nho|thang nho|con nho|dua be) )?(?:moi |chi |co |la |nam nay )?\d{1,2} ?(?:tuoi|t)\b/;

export function saysCorrection(text: string): boolean {
  // "tuổi vẫn sai, ...", "sửa tuổi thành 12": a field said wrong or set; a filler alone ("à mà bé ở với bà ngoại") is no correction,
  // what follows it decides ("à mà không phải ba ruột mô, là ba dượng hắn").
  const unfilled = text.trim().replace(FILLER_LEAD, "").trim();
  if (unfilled && unfilled !== text.trim()) return saysCorrection(unfilled);
  if (FIELD_WRONG_LEAD.test(text) || SET_FIELD.test(text)) return true;
  const t = text.trim().replace(/[.!]+$/u, "");
  // "wait will you tell my mom??": a question that opens with "wait" is a question, not a correction.
  if (AGE_REDONE.test(foldKey(t))) return true;
  if (CORRECTION_LEAD.test(foldKey(t)) || NO_IT_WAS.test(foldKey(t))) return !(/^(?:no wait|wait)\b/.test(foldKey(t)) && asksSomething(t));
  if (t.split(/[,.;]+/).some((c) => IS_THE_ONE.test(c.trim())) || DID_NOTHING.test(t)) return true;
  const rest = t.replace(LEAD_CLAUSE, "");
  return NOT_BUT.test(rest) || (BUT_NOT.test(rest) && !/^(?:không|ko|no)\b/iu.test(rest));
}

/**
 * A correction saying explicitly there is only one child (folded): "chỉ có 1/một", "chỉ 1 bé",
 * "only one", "không phải hai ... mà 1". Never when it names two ages or two children
 * ("bé lớn 9 tuổi ..., một bé 6 tuổi ...") or counts something else ("nuôi 1 con chó").
 */
const ONLY_ONE = /\bchi (?:co )?(?:1|mot)\b|\b(?:only|just) (?:one|1)\b|\b(?:khong phai|ko phai|k phai|not) (?:2|hai|two)\b.*\b(?:ma|but|chi)\b.*\b(?:1|mot|one)\b/;
const AN_AGE = /\b\d{1,2} ?(?:tuoi|t|years?|yo)\b/g;
/** "only one" said as not so (folded): "không chỉ", "ko phải chỉ", "not just", "not only". */
const NOT_ONLY = /\b(?:khong|ko|k|chang) (?:phai )?chi\b|\bnot (?:just|only)\b/;
/** "only one" inside a question ("chỉ có một bé thôi à?", "only one child?"): asked back, not said. */
const ONLY_ASKED = /(?:chỉ|chi|only|just)\s[^.!?]*\?/iu;
/** A count above one after "only one" (folded): "chỉ có một bé thôi à? không, ba bé", "… có 3 bé", "all three of them". */
const MORE_AFTER = /\b(?:(?:[2-9]|hai|ba|bon|nam|sau|two|three|four|five) (?:dua|be|chau|em|tre|con|nguoi|kids|children|of them|girls|boys)|ca (?:hai|ba|bon)|all (?:two|three|four|of them))\b/;
const TWO_CHILDREN = /\b(?:2|hai|two|ca hai|both) (?:em|be|chau|tre|dua|con|chi em|anh em|children|kids)\b|\b(?:be lon|be nho|dua lon|dua nho|dua be|con lon|con nho)\b.*\b(?:be lon|be nho|dua lon|dua nho|dua be|con lon|con nho|mot be|1 be)\b/;

/** "không chỉ có một bé đâu, cả ba đứa", "not just one child, all three", "chỉ có một bé thôi à? không, ba bé": no "only one" (third reading). */
function oneDeniedOrAsked(text: string): boolean {
  const key = foldKey(text);
  const only = /\b(?:chi|only|just)\b/.exec(key);
  // A count denied ("không phải hai bé", "not two kids") is the summary's count set aside, not more children.
  const told = only === null ? "" : key.slice(only.index).replace(/\b(?:khong phai|ko phai|k phai|chang phai|dau phai|not)(?: la)? \S+ \S+/g, " ");
  return NOT_ONLY.test(key) || ONLY_ASKED.test(text) || MORE_AFTER.test(told);
}

export function saysOnlyOne(text: string): boolean {
  const key = foldKey(text);
  if (!ONLY_ONE.test(key) || oneDeniedOrAsked(text)) return false;
  if ((key.match(AN_AGE) ?? []).length >= 2 || (TWO_CHILDREN.test(key) && !/\b(?:khong phai|ko phai|k phai|not) (?:2|hai|two)\b/.test(key))) return false;
  // "chỉ có 1 con chó", "only one car": the one counted is not a child.
  const counted = /\b(?:chi (?:co )?|only |just )(?:1|mot|one) (?:con |cai |chiec )?(\w+)/.exec(key);
  return !(counted && /^(?:cho|meo|ga|heo|lon|bo|trau|xe|nha|phong|lan|ngay|buoi|dog|cat|car|house|room|time|day)$/.test(counted[1]!));
}

/** "the commune is Ta Van", "xã là Hòa Xuân", "tỉnh là Gia Lai", "age: 9": a field named, then its value. */
const NAMED_FIELD = /^(?:(?:no|không|ko|sai|wrong)[,.!\s]+)?(?:the\s+)?(commune|ward|village|xã|phường|thôn|thị trấn|xa|phuong|thon|province|city|tỉnh|thành phố|tinh|age|tuổi|tuoi)\s*(?:is actually|is really|should be|is|đúng ra là|đúng là|mới đúng là|chính xác là|thật ra là|thực ra là|phải là|dung ra la|dung la|chinh xac la|that ra la|thuc ra la|phai la|là|la|:|=)\s+(.+)$/iu;
/** "không phải Hòa Vang mà là Hòa Xuân", "not Hoa Vang but Hoa Xuan", "Hòa Xuân chứ không phải Hòa Vang". */
// "không phải bà nội, bà thương nó lắm. là ba mẹ nó": the right one may open the next sentence (walk 54).
const NOT_BUT = /^(?:(?:no|không|ko|sai)[,.!\s]+)?(?:(?:người|kẻ|nguoi|ke)\s+(?:gây hại|làm hại|đánh|hại|xấu|xâm hại|bóc lột|có lỗi|gay hai|lam hai|danh|hai|xau|xam hai|boc lot|co loi)(?:\s+(?:bé|cháu|nó|em|be|chau|no|e))?\s+|thủ phạm\s+|thu pham\s+)?(?:không phải|ko phải|khong phai|ko phai|k phải|k phai|hổng phải|hong phai|chẳng phải|chả phải|đâu phải|dau phai|not)\s+(.+?)(?:\s+(?:đâu|ạ|dau|mô|nha|nhé|nhe|đó|nè|hết|het))*\s*(?:,?\s+(?:mà là|mà|ma la|ma|but|it'?s|it is|it was)|[,.;]\s*(?:là|la)|,(?=\s+(?:her|his|their|my|the|a|an)\s)|,\s*(?:người|kẻ|nguoi|ke)\s+(?:đánh|hại|làm hại|gây hại|xâm hại|bóc lột|xấu|có lỗi|danh|hai|lam hai|gay hai|xam hai|boc lot|xau|co loi)(?:\s+(?:bé|cháu|nó|be|chau|no))?\s+(?:chính\s+|chinh\s+)?(?:là|la)|,\s*(?:người|ông|bà|chú|cô|gã|kẻ|nguoi|ong|ba|chu|co|ga|ke)\s+(?:đó|ấy|ta|kia|do|ay)\s+(?:chính\s+|chinh\s+)?(?:là|la))\s+(.+)$/iu;
const BUT_NOT = /^(.+?)(?:\s*,?\s+(?:chứ không phải|chứ ko phải|chu khong phai|chớ không phải|chơ không phải|chứ hổng phải|chớ hổng phải|chơ hổng phải|cho khong phai|chu ko phai|(?<!\b(?:is|are|was|were|does|did|do|has|have|had|can|will|would|should|could|s)\s+)not)|\s*,\s*(?:không phải|ko phải|khong phai|k phải))\s+(.+)$/iu;

/**
 * A correction as the fact reader understands it: "xã là Hòa Xuân" becomes "xã Hòa Xuân",
 * "the commune is Ta Van" becomes "Ta Van commune", and "không phải Hòa Vang mà là Hòa Xuân"
 * says the new value with the level of the field whose old value it names.
 */
function correctionText(d: ReportDraft, typed: string): string {
  const text = plainCorrection(typed).replace(/[.!]+$/u, "").replace(LEAD_CLAUSE, "").trim() || typed.trim();
  const named = NAMED_FIELD.exec(text);
  if (named) {
    const field = foldKey(named[1]!);
    const value = cleanPlaceAnswer(named[2]!);
    if (/^(age|tuoi)$/.test(field)) return /\d/.test(value) ? `${value.replace(/\s*(tuổi|tuoi|years?( old)?)$/iu, "")} ${d.language === "en" ? "years old" : "tuổi"}` : text;
    if (/^(province|city|tinh|thanh pho)$/.test(field)) return `${named[1]} ${value}`;
    return d.language === "en" || /^(commune|ward|village)$/.test(field) ? `${value} ${/^(ward|phuong)$/.test(field) ? "ward" : /^(village|thon)$/.test(field) ? "village" : "commune"}` : `${named[1]} ${value}`;
  }
  // "em ấy 13 tuổi, không phải 12. Còn lại đúng.", "she is 15, not 24. 24 is the man's age.": the "X, not Y" is the first sentence; what
  // follows says the rest is right or whose the other number is (walk 40: read as part of the value, the correction was not understood).
  const lead = text.split(/(?<=[.!?])\s+/u)[0]!.replace(/[.!]+$/u, "").trim();
  const notBut = NOT_BUT.exec(lead);
  const butNot = notBut ? null : BUT_NOT.exec(lead);
  const [old, value] = notBut ? [notBut[1]!, notBut[2]!] : butNot ? [butNot[2]!, butNot[1]!] : [null, null];
  if (!old || !value) return text;
  // "It was two weeks ago, not today", "chuyện xảy ra tháng trước chứ không phải hôm nay": a time for a time is when it happened.
  if (TIME_SAID.test(foldKey(old)) && TIME_SAID.test(foldKey(value))) {
    const at = value.trim().replace(/^(?:(?:it|this|that|the \w+|chuyện|chuyen|việc đó|viec do|vụ đó|vu do)\s+)?(?:(?:was|is|happened|took place|started|xảy ra|xay ra|là|la|vào|vao)\s+)*/iu, "").replace(/[.,;!]+$/u, "").trim();
    if (at) return `${d.language === "en" ? "the last time was" : "lần gần nhất là"} ${at}`;
  }
  const was = foldKey(cleanPlaceAnswer(old));
  // "bé ở phường Diên Hồng": the place from its level word on.
  const fresh = cleanPlaceAnswer(/(?:^|\s)((?:xã|phường|thị trấn|thôn|đặc khu)\s.+)$/iu.exec(value)?.[1] ?? value);
  if (d.commune && was && foldKey(d.commune).includes(was)) {
    const level = /^(xã|phường|thị trấn|thôn|đặc khu)\s/iu.exec(d.commune.normalize("NFC"))?.[1];
    const hasLevel = /^(xã|phường|thị trấn|thôn|đặc khu|xa|phuong|thon)\s/iu.test(fresh);
    return level && !hasLevel ? `${level} ${fresh}` : d.language === "en" && !hasLevel ? `${fresh} commune` : fresh;
  }
  if (d.childAgeText && /^\d{1,2}(?: ?(?:tuoi|t|years?(?: old)?))?$/.test(was) && /\d/.test(fresh)) return `${fresh.replace(/\s*(tuổi|tuoi|years?( old)?)$/iu, "")} ${d.language === "en" ? "years old" : "tuổi"}`;
  return value;
}

/** Photos (or a voice note, a file) at any step are kept with the report; the question is asked again. */
function withAttachments(state: ReportFlowState, input: FlowInput, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const kept: Attachment[] = input.attachments.filter((a) => a.kind !== "sticker");
  const extra = input.text?.trim() ? [input.text.trim()] : [];
  const draft = { ...state.draft, attachments: [...state.draft.attachments, ...kept], extraNotes: [...state.draft.extraNotes, ...extra], updatedAt: input.now.toISOString() };
  const next = { ...state, draft };
  if (kept.length === 0) return stay(state, [flow.ask(state)]);
  return finish(next, [{ text: note(state, T.photoKept) }, flow.ask(next)], deps);
}

/** Every answer saves the draft; the first time the draft reads as an emergency, officers are alerted. */
function finish(state: ReportFlowState, replies: Reply[], deps: ReportFlowDeps): FlowStep {
  const effects: FlowEffect[] = [{ type: "save_draft" }];
  if (state.emergencyAlerted) return { state, replies, effects, outcome: "continue" };
  const triage = deps.triage(draftText(state.draft));
  const reporterSaysDanger = state.draft.dangerNow === "yes";
  if (triage.risk !== "emergency" && !reporterSaysDanger) return { state, replies, effects, outcome: "continue" };
  // The classifier alone reads an emergency (no sign of immediate danger in the words): the reporter's answer to "is a child
  // in danger right now?" decides, and it is the question asked next. A "no" leaves it to the case's triage (high, not an
  // emergency, unless the story states one), so the emergency queue holds emergencies; "not sure" or no answer alerts.
  // Only a beating told as recurring or past waits (a trafficking, a child shut in, a small child, a child with the person now alert at once),
  // and a child marriage told without a date tonight or tomorrow (an imminent one carries its flag and alerts at once),
  // and whatever the model alone reads when the rules read nothing at all (no red flag: "alo, tôi là chú của bé, đang làm ở Hàn Quốc").
  const waitsForAnswer = triage.redFlags.length === 0
    || (["physical_violence", "emotional_abuse", "bullying"].includes(triage.category) && triage.redFlags.every((f) => WAITS_FOR_ANSWER.has(f)))
    || (triage.category === "child_marriage" && triage.redFlags.every((f) => f === "child_marriage" || WAITS_FOR_ANSWER.has(f)))
    // The rules alone read no emergency (a 9-year-old locked in for the day, fed at night): the model's emergency alone waits for the
    // reporter's answer too; a "no" made it an emergency case before (walk 36), against what the reporter said.
    || triageRules(draftText(state.draft)).risk !== "emergency";
  // A small child shut in or out told as last night or as a habit waits too (ended-situation.ts).
  if (!reporterSaysDanger && ((waitsForAnswer && !statesDanger(triage)) || situationToldAsEnded(draftText(state.draft), triage.redFlags)) && (state.draft.dangerNow === "no" || (state.draft.dangerNow === null && state.step === "danger"))) {
    return { state, replies, effects, outcome: "continue" };
  }
  const redFlags = reporterSaysDanger ? [...triage.redFlags, state.draft.dangerFromStory ? "story_danger_now" : "reporter_says_danger_now"] : triage.redFlags;
  effects.push({ type: "alert_emergency", triage: { ...triage, risk: "emergency", redFlags } });
  return { state: { ...state, emergencyAlerted: true }, replies, effects, outcome: "continue" };
}

/** Red flags of harm told as recurring or past that, with the classifier's emergency alone, wait for the danger answer. */
const WAITS_FOR_ANSWER: ReadonlySet<string> = new Set(["injury", "repeated", "caregiver_is_abuser", "caregiver_violence", "caregiver_confinement", "school_context", "peer"]);

/** Answer ids of the "when" question: they are not words for triage to read (only "now" is said in words). */
const WHEN_IDS = new Set(["now", "soon", "today", "this_week", "repeated", "earlier"]);

/**
 * The text triage reads: what the reporter wrote, plus the answer that says it is happening now.
 * Being with the person now is not added as words: alone it does not make a case an emergency
 * (DESIGN.md, triage contract); case-builder.ts weighs it with the kind of harm.
 */
export function draftText(d: ReportDraft): string {
  const parts = [d.narrative, ...d.extraNotes, d.childAgeText, d.reporterRelationText, d.locationText, d.commune];
  if (d.when && !WHEN_IDS.has(d.when)) parts.push(d.when);
  if (d.when === "now") parts.push("đang xảy ra ngay bây giờ");
  return parts.filter(Boolean).join("\n");
}

function newDraft(o: StartOptions): ReportDraft {
  const at = o.now.toISOString();
  return {
    draftId: o.draftId, channel: o.channel, chatId: o.chatId, userId: o.userId, language: o.language, status: "in_progress",
    dangerNow: null, narrative: o.seedText?.trim() || null, childAgeBand: null, childAgeText: null, childSex: null,
    provinceId: null, provinceName: null, locationText: null, commune: null, hamlet: null, when: null, withPersonNow: null,
    harmer: null, harmerText: null, children: null,
    reporterRelation: null, reporterRelationText: null, anonymous: null, contact: null, consentToContact: null,
    attachments: [], extraNotes: [], startedAt: at, updatedAt: at,
  };
}

/** Shortens for display only; the draft always keeps the whole text. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** "14:05 24/11/2026" in Vietnam time (UTC+7, no daylight saving), so the reporter reads their own clock. */
export function formatVietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
