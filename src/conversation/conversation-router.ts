/**
 * Decides what one message means and answers it: rate limit, edits, non-text, commands,
 * button choices, the report in progress, danger words, and finally questions for the
 * knowledge base. Reads like the order of priorities: safety first, then what the user is
 * in the middle of, then everything else.
 */
import { foldKey } from "../core/vietnamese-text.ts";
import { displayCaseCode, normaliseCaseCode, type AddInformationResult } from "../intake/case-intake-port.ts";
import { MORE_CHOICE_ID, renderAnswer, renderAnswerMore } from "./answer-renderer.ts";
import type { RouterDeps, Turn } from "./conversation-deps.ts";
import { HOTLINE, STATUS_LABELS, TEXT, choicesFor, fillText, menuChoices, menuReply, safetyReply } from "./conversation-texts.ts";
import { calledSaid, calledText } from "../intake/report-flow/called-already.ts";
import { grownUpWriter } from "../intake/report-flow/grown-up-writer.ts";
import type { Choice, Language, Reply } from "./conversation-types.ts";
import { parseCommand, resolveChoice, type Command } from "./message-text.ts";
import { T, say } from "../intake/report-flow/report-flow-texts.ts";
import { sickWithoutCare } from "../intake/report-flow/sick-child.ts";
import { onlineMeetingOfWriter, onlineMeetingSaid } from "../intake/report-flow/flow-words.ts";
import { addedDangerNow } from "../intake/report-flow/added-danger.ts";
import { saysDangerNowInWords } from "../intake/report-flow/report-steps.ts";
import { HURT_BY_SOMEONE, imagesAsked, asksSomething, isQuestionLike, sideAnswerText, sideTopics, statementPart } from "../intake/report-flow/side-questions.ts";
import { demandTopic } from "../intake/report-flow/report-flow.ts";
import { adultIntroduces } from "../intake/report-flow/story-reading.ts";
import { saysNotKnown } from "../intake/report-flow/answer-matching.ts";
import { askAgain, backReport, cancelReport, continueReport, declinedAtStart, keepNote, startReport, wantsToStop, withCaseChoices } from "./report-route.ts";
import { ASKS_WHO_DOES, NOBODY_DOES } from "../intake/triage/message-kind.ts";
import { AFTER_REPORT, childAsksOfOwnHarm, procedureTopics } from "../intake/report-flow/procedure-questions.ts";
import type { SideTopic } from "../intake/report-flow/side-questions.ts";

const GREETINGS = /^(hi|hello|hey|xin chao|chao|chao ban|alo|menu|start|bat dau|help|giup|tro giup|ok|\/)$/;
/** "hello, do you speak english?", "bạn nói tiếng Anh được không": asking about the language, answered with the menu in English. */
const ASKS_ENGLISH = /^(?:(?:hi|hello|hey|xin chao|chao)\s+)?(?:do|can|could) (?:you|u|i) (?:speak|write|use|understand|talk in) english\b|\b(?:noi|viet|dung) (?:duoc )?tieng anh (?:duoc )?(?:khong|ko|k)\b|^english(?: please)?$/;
/** Words a hello, a thank-you or "is anyone there?" is made of ("chào bot", "alo alo", "có ai không ạ", "cảm ơn nhé"). */
const SMALL_TALK = new Set([
  "hi", "hello", "hey", "xin", "chao", "alo", "bot", "ban", "oi", "a", "ad", "admin", "ok", "oke", "okay", "co", "ai", "khong", "ko", "k", "day", "do", "ha", "nhe", "nha", "nhen",
  "em", "anh", "chi", "minh", "toi", "con", "chau", "chu", "bac", "moi", "nguoi", "ca", "cam", "on", "thanks", "thank", "you", "tks", "thx", "vay", "the", "test", "thu", "there", "anyone", "good", "morning", "evening",
  // "e chào anh chị", "có ai ở đó không", "is anyone there": who greets and whom, and where.
  "e", "mk", "mik", "t", "o", "is", "here", "afternoon", "dear", "hi", "co", "tui",
  // "Dạ cháu chào các cô chú", "em chào thầy cô": a child greeting grown-ups.
  "da", "cac", "thay",
]);

/** A child's hello to grown-ups ("em chào cô chú ạ", "con chao chu", "cháu chào thầy cô"): the child's word for themself and a grown-up's title (folded). */
const CHILD_GREETS = /\b(?:em|e|con|chau)\b.*\bchao\b.*\b(?:co|chu|thay|bac)\b|\bchao\b.*\b(?:co|chu|thay|bac)\b.*\b(?:em|e|con|chau)\b/;

/** True for a short message of greeting and thanks words only. */
function isSmallTalk(folded: string): boolean {
  const words = folded.split(" ").filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => SMALL_TALK.has(w));
}

/** Routes one message; changes turn.state and turn.data, returns the replies. */
export async function routeMessage(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const m = turn.message;
  const rate = deps.limiter.take(`${m.channel}:${m.userId}`, turn.now);
  // A reporter answering the report's questions is never slowed: the flow asks one question at a time, and nothing typed may be lost.
  if (rate !== "allowed" && !turn.danger.danger && turn.state.mode !== "report") {
    // Right after a report, a quick follow-up is more about the case: keep it with the case rather than drop it.
    if (turn.data.lastCaseCode && (turn.text || m.attachments.length > 0)) return keptWhileLimited(turn, deps, turn.data.lastCaseCode);
    return rateLimited(turn, deps, rate === "notice");
  }
  const kept = await keepPendingAddition(turn, deps);
  const replies = await route(turn, deps);
  return kept ? [kept, ...replies] : replies;
}

/** What the message means, once it is past the rate limit. */
async function route(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const m = turn.message;
  if (m.kind === "edited") return edited(turn, deps);
  if (m.kind !== "text" && m.kind !== "choice") return nonText(turn, deps);
  const command = turn.text ? parseCommand(turn.text.processing) : null;
  if (command) return runCommand(turn, deps, command);
  const choice = resolveChoice(m.choice, turn.text?.processing ?? null, turn.state.lastChoices, turn.text?.folded);
  if (choice && /^(menu|lang|case|qa):/.test(choice)) return runChoice(turn, deps, choice);
  // "sao trả lời tiếng Anh vậy, tôi hổng biết tiếng Anh. bây giờ thì chắc không": the language asked for is used from now on,
  // and the rest of the message is still read as what it says (here, the answer to the question).
  // In a report the language of the story is kept: a question about who speaks English ("does 113 have someone who speaks English?")
  // is answered, never taken as asking the chat to switch; only words addressed to the chat, or /lang, switch it.
  const wanted = !choice && turn.text && !(turn.state.mode === "report" && aboutOthersLanguage(turn.text.folded)) ? languageAskedFor(turn.text.folded) : null;
  if (wanted && wanted !== turn.lang) {
    await useLanguage(turn, deps, wanted);
    const rest = await route(turn, deps);
    return [{ text: TEXT.langSet[wanted] }, ...rest];
  }
  // Offered the report ("Có, báo tin"), the reporter says so in their words: "e muốn báo tin", "có, bà muốn báo cho cán bộ biết".
  if (!choice && turn.text && turn.state.mode !== "report" && turn.state.lastChoices.some((c) => c.id === "menu:report")) {
    // "thôi em không báo đâu", "not now", "I don't want to report": a no to the offer in words is the no of its button.
    if (DECLINES_OFFER.test(turn.text.folded)) return runChoice(turn, deps, "menu:ask");
    if (wantsToReport(turn.text.full, turn.text.folded)) {
      // "con có chuyện muốn kể mà con sợ": a child who wants to tell is asked in a child's words.
      if (CHILD_SELF.test(turn.text.folded) && !ADULT_SELF.test(turn.text.folded)) turn.data.childInvited = true;
      return runChoice(turn, deps, "menu:report");
    }
    // "Thông tin của tôi có được giữ bí mật không?" asked at the offer: answered, and the offer stays ("Báo tin. Nhưng ... bí mật không?": both).
    // A whole story that ends with a question ("... nhà nó ở Chư Sê, Gia Lai. e phải làm sao ạ") is a story: routed as one (kept, offered), not answered alone.
    // "yes please. also how do we get the video taken down??", "có, mà làm sao để gỡ clip xuống?": a yes, then a question: the report
    // starts, the question is answered first (or, if it is not one the bot answers, kept with the story).
    if (yesFirst(turn.text.full) && asksAnything(turn.text.full, turn.text.folded) && !WAITS.test(turn.text.folded)) {
      // What it tells is kept with the story; a danger told in it gets the safety message and the report as any danger does.
      if (turn.data.pendingSeed) turn.data.pendingSeed = `${turn.data.pendingSeed}\n${turn.text.full}`;
      const said = offerSideAnswer(turn, deps, turn.text.full);
      if (turn.danger.danger) return [...(await safetyThenReport(turn, deps, turn.data.pendingSeed ?? turn.text.full)), ...(said ? [said] : [])];
      return [...(said ? [said] : []), ...(await runChoice(turn, deps, "menu:report"))];
    }
    // "em hỏi trước đã, em kể thì ông ấy có biết là em kể không?": a question about reporting is answered, and what it tells,
    // if anything, is kept with the story.
    const answer = offerSideAnswer(turn, deps, turn.text.full);
    if (answer && turn.data.pendingSeed && deps.reportFlow.hasStory(turn.text.full)) keepSeed(turn, turn.text.full);
    if (answer) {
      if (REPORT_INTENT.test(turn.text.folded) || tellsMoreStory(turn.text.full, turn.text.processing, deps)) return [answer, ...(await runChoice(turn, deps, "menu:report"))];
      const child = deps.childWriting(turn.data.pendingSeed ?? turn.text.processing) || wasChild(turn, deps);
      const again = child ? (turn.lang === "en" ? "Do you want to tell, so people can help you?" : "Em có muốn kể để cô chú giúp em không?") : turn.lang === "en" ? "Do you want to report it?" : "Bạn có muốn báo tin không?";
      return [answer, { text: again, choices: turn.state.lastChoices, links: [HOTLINE[turn.lang]] }];
    }
    // "k bt", "chịu", "chưa biết nữa": not sure whether to report; what reporting does is said, and the offer stays.
    if (saysNotKnown(turn.text.full)) {
      const child = deps.childWriting(turn.data.pendingSeed ?? turn.text.processing) || wasChild(turn, deps);
      return [{ text: (child ? TEXT.offerUnsureChild : TEXT.offerUnsure)[turn.lang], choices: turn.state.lastChoices, links: [HOTLINE[turn.lang]] }];
    }
  }
  // "thôi em không muốn kể nữa", "dừng lại", "I want to stop": the report stops at once (the draft kept, unsent), danger first.
  // At the summary the flow reads these itself: "dừng lại" is a pause, "thôi em không báo nữa" is asked back (what stays secret), "Hủy" cancels.
  if (turn.state.mode === "report" && turn.text && !choice && turn.data.report?.step !== "confirm" && wantsToStop(turn.text.folded, turn.text.full)) {
    const child = turn.data.report?.childWriter === true || turn.data.report?.draft.reporterRelation === "self";
    const stopped = await cancelReport(turn, deps);
    return turn.danger.danger ? [child ? { ...safetyReply(turn.lang), text: TEXT.safetyChild[turn.lang] } : safetyReply(turn.lang), ...stopped] : stopped;
  }
  if (turn.state.mode === "report") return (await atUnaskedStart(turn, deps)) ?? continueReport(turn, deps, { text: turn.text?.full ?? null, choice, attachments: m.attachments });
  if (turn.state.mode === "add_info") return addInformation(turn, deps);
  if (turn.danger.danger) {
    // Right after a case code, danger now is most likely about that case: it is added to it (which raises it and alerts officers);
    // about another child, it is a new report at once (its draft alerts officers), safety first.
    const added = turn.text ? await addedToJustReported(turn, deps, turn.text.full) : null;
    // A question asked with it ("có cần gửi ảnh không") is answered after the safety advice and the addition.
    return added ? withSideAnswer(turn, deps, added) : safetyThenReport(turn, deps, turn.text?.full ?? null);
  }
  if (turn.state.mode === "status") return showStatus(turn, deps, turn.text?.processing ?? "");
  return freeText(turn, deps);
}

/**
 * At the first question of a report started from a story without asking: "chỉ hỏi" leaves it (nothing sent, the story kept);
 * "có, báo giùm tôi", "ừ báo giúp mình với" (a yes to reporting, as if asked) is no answer to the question, which is asked again.
 */
async function atUnaskedStart(turn: Turn, deps: RouterDeps): Promise<Reply[] | null> {
  // Danger told now comes first, whatever else the message says ("tôi không muốn báo, mà ổng đang cầm dao"): the flow gives 113.
  if (!turn.data.reportUnasked || !turn.text || (turn.data.report?.history.length ?? 1) > 0 || turn.danger.danger) return null;
  const declined = await declinedAtStart(turn, deps);
  if (declined) return declined;
  // "ừ, thôi để mai tôi báo được không?", "để tui hỏi ý chồng tui đã": the report waits, open, where it stopped.
  if (WAITS_TO_REPORT.test(turn.text.folded)) return [{ text: TEXT.reportWaits[turn.lang], links: [HOTLINE[turn.lang]] }];
  // "ok", "dạ", "vâng ạ", "ok cảm ơn": an acknowledgement of the opening, not an answer to the question: it is asked again.
  if (ACKNOWLEDGED.test(turn.text.folded)) return [{ text: TEXT.reportStarted[turn.lang] }, ...askAgain(turn, deps)];
  // "yes please. also how do we get the video taken down??": the yes is to the report, and the rest is read as any message is.
  const [head = "", ...rest] = turn.text.full.split(/(?<=[.!,;])\s+/);
  const headKey = foldKey(head);
  const yesHead = ACKNOWLEDGED.test(headKey) || YES_PLEASE.test(headKey) || wantsToReport(head, headKey);
  if (rest.length > 0 && yesHead) return [{ text: TEXT.reportStarted[turn.lang] }, ...(await continueReport(turn, deps, { text: rest.join(" "), choice: null, attachments: [] }))];
  // "yes please", "ok thanks": a yes to the report as if it had been asked, not to the question.
  if (asksAnything(turn.text.full, turn.text.folded) || !(wantsToReport(turn.text.full, turn.text.folded) || clauseWillReport(turn.text.full) || YES_PLEASE.test(turn.text.folded))) return null;
  return [{ text: TEXT.reportStarted[turn.lang] }, ...askAgain(turn, deps)];
}

/** A message past the rate limit from a chat that has just reported: added to its case, and the reporter asked to slow down. */
async function keptWhileLimited(turn: Turn, deps: RouterDeps, code: string): Promise<Reply[]> {
  const owner = { channel: turn.message.channel, chatId: turn.message.chatId };
  const result = await deps.caseIntake.addInformation(code, owner, turn.text?.full ?? null, turn.message.attachments);
  turn.log.info({ event: "rate_limited_kept", kept: result.ok }, "rate limited, kept with the case");
  if (!result.ok) return rateLimited(turn, deps, true);
  return [...followUpSafety(turn, deps, result), { text: fillText(TEXT.keptSlowDown[turn.lang], { code }), links: [HOTLINE[turn.lang]] }];
}

async function rateLimited(turn: Turn, deps: RouterDeps, notice: boolean): Promise<Reply[]> {
  turn.log.info({ event: "rate_limited", notice }, "rate limited");
  return notice ? [{ text: TEXT.slowDown[turn.lang], links: [HOTLINE[turn.lang]] }] : [];
}

/**
 * An edited message inside a report is kept as a note (it may correct an earlier answer, so it
 * is not taken as the answer to the current question); outside a report it is ignored unless
 * it signals danger, which always gets the safety message.
 */
async function edited(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const safety = turn.danger.danger ? [safetyReply(turn.lang)] : [];
  if (turn.state.mode === "report" && turn.text) {
    await keepNote(turn, deps, turn.text.full);
    return [...safety, { text: TEXT.editedInReport[turn.lang] }, ...askAgain(turn, deps)];
  }
  return safety.length > 0 ? [...safety, menuReply(turn.lang, TEXT.call111[turn.lang], turn.message.channel)] : [];
}

/** Photos, voice, stickers: kept with a report, added to a case, or answered with what the bot can read. */
async function nonText(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const m = turn.message;
  const caption = turn.text?.full ?? null;
  if (turn.state.mode === "report") {
    const replies = await continueReport(turn, deps, { text: caption, choice: null, attachments: m.attachments });
    if (m.kind === "voice") return [{ text: TEXT.voiceInReport[turn.lang] }, ...replies];
    return m.kind === "sticker" ? [{ text: TEXT.stickerInReport[turn.lang] }, ...replies] : replies;
  }
  if (turn.state.mode === "add_info" && m.attachments.length > 0) return addInformation(turn, deps);
  // Photos are offered after the case code: one sent then goes with the case this chat just reported.
  if (turn.state.mode === "menu" && turn.data.lastCaseCode && m.attachments.length > 0) {
    turn.data.addInfoCode = turn.data.lastCaseCode;
    return addInformation(turn, deps);
  }
  if (turn.danger.danger) return safetyThenReport(turn, deps, caption);
  return [menuReply(turn.lang, TEXT.textOnly[turn.lang], turn.message.channel)];
}

async function runCommand(turn: Turn, deps: RouterDeps, command: Command): Promise<Reply[]> {
  const inReport = turn.state.mode === "report";
  const lang = turn.lang;
  switch (command.name) {
    case "cancel": return inReport ? cancelReport(turn, deps) : toMenu(turn, TEXT.cancelledNothing[lang]);
    case "back": return inReport ? backReport(turn, deps) : toMenu(turn);
    case "report": return inReport ? [{ text: TEXT.reportInProgress[lang] }, ...askAgain(turn, deps)] : startReport(turn, deps, turn.data.pendingSeed ?? null);
    case "ask": return inReport ? [{ text: TEXT.reportInProgress[lang] }, ...askAgain(turn, deps)] : askMode(turn);
    case "status": return withQuestion(turn, deps, await statusCommand(turn, deps, command.arg));
    case "lang": return setLanguage(turn, deps, command.arg);
    case "start": return inReport ? [{ text: TEXT.reportInProgress[lang] }, ...askAgain(turn, deps)] : toMenu(turn);
    default: return inReport ? [{ text: TEXT.help[lang] }, ...askAgain(turn, deps)] : toMenu(turn, TEXT.help[lang]);
  }
}

async function runChoice(turn: Turn, deps: RouterDeps, choice: string): Promise<Reply[]> {
  const [kind, action, arg] = choice.split(":");
  const inReport = turn.state.mode === "report";
  if (kind === "lang") return setLanguage(turn, deps, action ?? "");
  if (kind === "case" && action === "status") return withQuestion(turn, deps, await showStatus(turn, deps, arg ?? ""));
  if (kind === "case" && action === "add" && !inReport) return startAddInformation(turn, arg ?? "");
  if (kind === "case" && action === "attach" && !inReport) return attachPending(turn, deps, arg ?? "");
  if (action === "call") return [{ text: TEXT.call111[turn.lang], links: [HOTLINE[turn.lang]] }, ...askAgain(turn, deps)];
  if (inReport) return [{ text: TEXT.reportInProgress[turn.lang] }, ...askAgain(turn, deps)];
  if (choice === MORE_CHOICE_ID) return answerMore(turn, deps);
  if (action === "ask") return turn.data.pendingQuestion ? answerPending(turn, deps) : askMode(turn, deps);
  if (action === "report") {
    // "tôi muốn báo chuyện thằng bé hàng xóm", typed where a button was offered: the words beside the wish to report tell whom it
    // is about (and maybe who writes); nothing a reporter sends is dropped. A story told in them is the story; a few words of whom
    // it is about are kept as a note and read (the child, who tells), and the story is still asked for.
    const typed = turn.message.kind === "text" && turn.text ? turn.text.full : null;
    if (typed && turn.text && saysMoreThanReport(turn.text.folded)) {
      if (turn.data.pendingSeed || deps.reportFlow.toldStory(typed)) {
        keepSeed(turn, typed);
        return startReport(turn, deps, turn.data.pendingSeed ?? typed);
      }
      return startReport(turn, deps, null, typed);
    }
    return startReport(turn, deps, turn.data.pendingSeed ?? null);
  }
  return toMenu(turn);
}

/** Words beside a wish to report that tell something (folded): "báo chuyện thằng bé hàng xóm" does, "e muốn báo tin ạ", "2" do not. */
function saysMoreThanReport(folded: string): boolean {
  const rest = folded.replace(new RegExp(REPORT_INTENT.source, "g"), " ").replace(NOTHING_TOLD, " ")
    .replace(/\b(?:\d+|bao|ke|co|vang|u|uh|ok|oke|okay|yes|yeah|please|i|toi|tui|minh|mk|em|e|t|chau|con|xin chao|chao|hello|hi|hey|alo|ban|muon|can|xin|duoc|dc|khong|ko|di|luon|nhe|nha|a|voi|report|tell|want|to)\b/g, " ").trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2;
}

/**
 * After a case code, a message that reads as about another child (new-concern.ts) is added to
 * the case at once (nothing a reporter sends waits in the chat: officers see it now), and the
 * reporter is told so and offered "new report", seeded with what it said, so officers can handle
 * that child separately. Danger now about another child opens a new report at once (newReportInstead).
 */
async function anotherChild(turn: Turn, deps: RouterDeps, code: string, text: string): Promise<Reply[] | null> {
  if (!aboutAnotherChild(turn, deps, code, text)) return null;
  const result = await deps.caseIntake.addInformation(code, { channel: turn.message.channel, chatId: turn.message.chatId }, text, []);
  turn.log.info({ event: "another_child_added", kept: result.ok }, "message about another child added to its case");
  if (!result.ok) return heldForChoice(turn, deps, code, text);
  turn.data.pendingSeed = text;
  turn.state.mode = "menu";
  delete turn.data.addInfoCode;
  const child = turn.data.lastCaseFacts?.self || deps.childWriting(turn.text?.processing ?? text);
  const said = child ? TEXT.addedOtherChildChild : TEXT.addedOtherChild;
  const choices = [{ id: "menu:report", label: turn.lang === "en" ? "New report" : "Báo tin mới" }];
  return [...followUpSafety(turn, deps, result), { text: fillText(said[turn.lang], { code }), choices, links: [HOTLINE[turn.lang]] }];
}

function aboutAnotherChild(turn: Turn, deps: RouterDeps, code: string, text: string): boolean {
  const known = normaliseCaseCode(code) === normaliseCaseCode(turn.data.lastCaseCode ?? "") ? turn.data.lastCaseFacts ?? null : null;
  return deps.reportFlow.anotherChild(known, text);
}

/** The case could not take it (closed): held with one question, "add to that case" or "new report", never dropped. */
function heldForChoice(turn: Turn, deps: RouterDeps, code: string, text: string): Reply[] {
  const known = normaliseCaseCode(code) === normaliseCaseCode(turn.data.lastCaseCode ?? "") ? turn.data.lastCaseFacts ?? null : null;
  const before = turn.data.pendingAddition?.code === code ? turn.data.pendingAddition.text : null;
  const kept = before ? `${before}\n${text}` : text;
  turn.data.pendingAddition = { code, text: kept };
  turn.data.pendingSeed = kept;
  turn.state.mode = "menu";
  delete turn.data.addInfoCode;
  const en = turn.lang === "en";
  const choices = [
    { id: `case:attach:${code}`, label: en ? `Add to case ${code}` : `Thêm vào vụ việc ${code}` },
    { id: "menu:report", label: en ? "New report" : "Báo tin mới" },
  ];
  const said = known?.self || deps.childWriting(turn.text?.processing ?? text) ? TEXT.whichCaseChild : TEXT.whichCase;
  return [{ text: fillText(said[turn.lang], { code }), choices, links: [HOTLINE[turn.lang]] }];
}

/**
 * A message held back by `anotherChild` is never dropped: when the reporter goes on without
 * choosing (a question, the menu, more about the first child), it is added to the case it was
 * sent after, and they are told so. More about another child is held with it and asked again.
 */
async function keepPendingAddition(turn: Turn, deps: RouterDeps): Promise<Reply | null> {
  const pending = turn.data.pendingAddition;
  if (!pending) return null;
  const m = turn.message;
  const choice = resolveChoice(m.choice, turn.text?.processing ?? null, turn.state.lastChoices, turn.text?.folded);
  if (choice === "menu:report" || choice?.startsWith("case:attach:")) return null;
  const known = normaliseCaseCode(pending.code) === normaliseCaseCode(turn.data.lastCaseCode ?? "") ? turn.data.lastCaseFacts ?? null : null;
  if (!choice && turn.text && turn.state.mode !== "report" && deps.reportFlow.anotherChild(known, turn.text.full)) return null;
  delete turn.data.pendingAddition;
  if (turn.data.pendingSeed === pending.text) delete turn.data.pendingSeed;
  const result = await deps.caseIntake.addInformation(pending.code, { channel: m.channel, chatId: m.chatId }, pending.text, []);
  turn.log.info({ event: "held_addition_kept", kept: result.ok }, "held message added to its case");
  return result.ok ? { text: fillText(TEXT.heldKept[turn.lang], { code: pending.code }) } : null;
}

/** "Thêm vào vụ việc MÃ": the message held back by `anotherChild` goes to that case after all. */
async function attachPending(turn: Turn, deps: RouterDeps, code: string): Promise<Reply[]> {
  const pending = turn.data.pendingAddition;
  if (!pending || normaliseCaseCode(pending.code) !== normaliseCaseCode(code)) return startAddInformation(turn, code);
  delete turn.data.pendingAddition;
  delete turn.data.pendingSeed;
  delete turn.data.offeredAgain;
  const owner = { channel: turn.message.channel, chatId: turn.message.chatId };
  const result = await deps.caseIntake.addInformation(pending.code, owner, pending.text, []);
  if (!result.ok) return toMenu(turn, result.reason === "closed" ? fillText(TEXT.addInfoClosed[turn.lang], { code: pending.code }) : TEXT.statusNotFound[turn.lang]);
  return [...followUpSafety(turn, deps, result), ...toMenu(turn, fillText(raisedToEmergency(result) ? TEXT.addInfoEmergency[turn.lang] : TEXT.addInfoDone[turn.lang], { code: pending.code }))];
}

/** Inside a report, anything answered on the side is followed by the question it is waiting on. */
function withQuestion(turn: Turn, deps: RouterDeps, replies: Reply[]): Reply[] {
  return turn.state.mode === "report" ? [...replies, ...askAgain(turn, deps)] : replies;
}

function toMenu(turn: Turn, text?: string): Reply[] {
  turn.state.mode = "menu";
  delete turn.data.addInfoCode;
  return [menuReply(turn.lang, text, turn.message.channel)];
}

/** The writer has been a child in this conversation (told as one, invited as one, or declined a report as one): spoken to as a child. */
function wasChild(turn: Turn, deps: RouterDeps): boolean {
  const folded = turn.text?.folded ?? "";
  if (ADULT_SELF.test(folded)) return false;
  return turn.data.childInvited === true || [turn.data.pendingSeed, turn.data.declinedStory].some((told) => told !== undefined && deps.childWriting(told));
}

/** The menu, or for a child the same two ways on in a child's words (walk 39: a "k" after "Không, em muốn hỏi" got the grown-ups' menu). */
function menuFor(turn: Turn, deps: RouterDeps): Reply[] {
  if (!wasChild(turn, deps)) return toMenu(turn);
  turn.state.mode = "menu";
  delete turn.data.addInfoCode;
  const en = turn.lang === "en";
  const choices = [{ id: "menu:report", label: en ? "I want to tell" : "Em muốn kể" }, { id: "menu:ask", label: en ? "I have a question" : "Em muốn hỏi" }];
  return [{ text: TEXT.childMenu[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
}

function askMode(turn: Turn, deps?: RouterDeps): Reply[] {
  // A child who says no to the offer to report is answered as a child (nothing sent, tell whenever you want, 111), not asked about
  // the agencies' duties; what they write next is read as anything is, from the menu.
  const seed = turn.data.pendingSeed;
  if (seed && deps?.childWriting(seed)) {
    turn.state.mode = "menu";
    turn.data.declinedStory = seed;
    delete turn.data.pendingSeed;
    delete turn.data.offeredAgain;
    delete turn.data.pendingQuestion;
    const en = turn.lang === "en";
    const choices = [{ id: "menu:report", label: en ? "I want to tell" : "Em muốn kể" }, { id: "menu:ask", label: en ? "I have a question" : "Em muốn hỏi" }];
    return [{ text: TEXT.declinedChild[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
  }
  turn.state.mode = "ask";
  if (turn.data.pendingSeed) turn.data.declinedStory = turn.data.pendingSeed;
  delete turn.data.pendingSeed;
  delete turn.data.offeredAgain;
  delete turn.data.pendingQuestion;
  return [{ text: TEXT.askPrompt[turn.lang], links: [HOTLINE[turn.lang]] }];
}

/** A language asked for in words (folded): "tôi không biết tiếng Anh", "nói tiếng Việt đi", "can you speak English", "I don't speak Vietnamese". */
function languageAskedFor(folded: string): Language | null {
  if (/\b(?:khong|hong|ko|k|chua|chang) (?:biet|hieu|doc duoc|ranh) (?:tieng )?anh\b|\b(?:noi|viet|tra loi|dung) (?:bang )?tieng viet\b|\btieng viet (?:di|duoc khong|nhe|nha|giup)\b|\b(?:in|speak) vietnamese please\b/.test(folded)) return "vi";
  if (/\b(?:i )?(?:don t|dont|do not|can t|cant|cannot) (?:speak|read|understand) vietnamese\b|\b(?:speak|write|answer|reply) (?:in )?english\b|\benglish please\b/.test(folded)) return "en";
  return null;
}

/** A question about someone else's language (a hotline, the police, officers, "they"), not addressed to the chat (folded). */
function aboutOthersLanguage(folded: string): boolean {
  const others = /\b(?:11[135]|police|operator|hotline|officers?|they|he|she|someone|anyone|staff|cong an|tong dai|can bo|ho|nguoi ta)\b/.test(folded);
  const toChat = /\b(?:(?:can|could|would|will) you|please|pls|you (?:speak|write|answer|reply)|english please)\b/.test(folded);
  return others && !toChat;
}

/** The language used from now on, for the user and the report under way (no reply of its own). */
async function useLanguage(turn: Turn, deps: RouterDeps, lang: Language): Promise<void> {
  await deps.store.setUserLanguage(turn.message.channel, turn.message.userId, lang);
  turn.lang = lang;
  turn.state.language = lang;
  const report = turn.data.report;
  if (report) turn.data.report = { ...report, draft: { ...report.draft, language: lang } };
}

async function setLanguage(turn: Turn, deps: RouterDeps, arg: string): Promise<Reply[]> {
  const wanted = foldKey(arg);
  const lang: Language | null = /^(en|english|tieng anh)$/.test(wanted) ? "en" : /^(vi|vn|viet|tieng viet|vietnamese)$/.test(wanted) ? "vi" : null;
  if (!lang) return [{ text: TEXT.langChoose[turn.lang], choices: [{ id: "lang:vi", label: "Tiếng Việt" }, { id: "lang:en", label: "English" }] }];
  await useLanguage(turn, deps, lang);
  const report = turn.data.report;
  return report ? [{ text: TEXT.langSet[lang] }, ...askAgain(turn, deps)] : [menuReply(lang, TEXT.langSet[lang], turn.message.channel)];
}

async function statusCommand(turn: Turn, deps: RouterDeps, arg: string): Promise<Reply[]> {
  const code = arg || turn.data.lastCaseCode || "";
  if (code) return showStatus(turn, deps, code);
  if (turn.state.mode !== "report") turn.state.mode = "status";
  return [{ text: TEXT.statusAsk[turn.lang] }];
}

/** "10:00 23/11/2026": the time in Vietnam (UTC+7 all year), as a reporter reads a clock. */
function vietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/** Status only, never officers' notes; an unknown code and another chat's code get the same answer. */
async function showStatus(turn: Turn, deps: RouterDeps, typed: string): Promise<Reply[]> {
  const lang = turn.lang;
  if (turn.state.mode === "status") turn.state.mode = "menu";
  const code = normaliseCaseCode(typed);
  if (guessedTooOften(turn, deps, false)) return [{ text: TEXT.statusTooManyTries[lang], links: [HOTLINE[lang]], choices: menuChoices(lang, turn.message.channel) }];
  const view = code ? await deps.caseIntake.status(code, { channel: turn.message.channel, chatId: turn.message.chatId }) : null;
  if (!view?.found) {
    guessedTooOften(turn, deps, true);
    return [{ text: TEXT.statusNotFound[lang], links: [HOTLINE[lang]], choices: menuChoices(lang, turn.message.channel) }];
  }
  const status = STATUS_LABELS[view.status]?.[lang] ?? view.status;
  const text = fillText(TEXT.statusFound[lang], { code: view.caseCode, status, updated: vietnamTime(view.updatedAt) });
  const choices: Choice[] = [{ id: `case:add:${view.caseCode}`, label: lang === "en" ? "Add information" : "Gửi thêm thông tin" }, ...menuChoices(lang, turn.message.channel)];
  return [{ text, choices, links: [HOTLINE[lang]] }];
}

/**
 * Wrong case codes from one sender: `spend` takes a try (after a wrong code); without it, only
 * says whether the sender has no try left. A right code costs nothing.
 */
function guessedTooOften(turn: Turn, deps: RouterDeps, spend: boolean): boolean {
  const key = `${turn.message.channel}:${turn.message.userId}`;
  if (spend) return deps.codeGuesses.take(key, turn.now) !== "allowed";
  return deps.codeGuesses.peek?.(key, turn.now) === false;
}

function startAddInformation(turn: Turn, code: string): Reply[] {
  turn.state.mode = "add_info";
  turn.data.addInfoCode = displayCaseCode(code);
  return [{ text: fillText(addInfoPrompt(turn)[turn.lang], { code: turn.data.addInfoCode }) }];
}

/** A child who reported is never asked for photos. */
function addInfoPrompt(turn: Turn): Record<Language, string> {
  const own = normaliseCaseCode(turn.data.addInfoCode ?? "") === normaliseCaseCode(turn.data.lastCaseCode ?? "");
  return own && turn.data.lastCaseFacts?.self ? TEXT.addInfoPromptChild : TEXT.addInfoPrompt;
}

async function addInformation(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  // As the product prints codes ("TE-7K3M9Q"), whoever stored it (an officer's message stores it normalised).
  const code = displayCaseCode(turn.data.addInfoCode ?? "");
  const owner = { channel: turn.message.channel, chatId: turn.message.chatId };
  const safety = turn.danger.danger ? [safetyReply(turn.lang)] : [];
  if (code !== turn.data.lastCaseCode && guessedTooOften(turn, deps, false)) return [...safety, ...toMenu(turn, TEXT.statusTooManyTries[turn.lang])];
  const answersOfficer = turn.data.officerAsked === true;
  delete turn.data.officerAsked;
  // A question about the report is answered; when the message also tells something, it is added first (only a pure question stays out).
  let sideQuestion = false;
  if (turn.text && turn.message.attachments.length === 0 && !answersOfficer) {
    const answered = afterCodeQuestion(turn, deps, turn.text.full, true);
    if (answered && !turn.danger.danger && !deps.reportFlow.hasStory(turn.text.full)) return [...answered, { text: fillText(addInfoPrompt(turn)[turn.lang], { code }) }];
    sideQuestion = answered !== null;
    const held = await newReportInstead(turn, deps, code, turn.text.full);
    if (held) return sideQuestion ? withSideAnswer(turn, deps, held) : held;
  }
  const result = await deps.caseIntake.addInformation(code, owner, turn.text?.full ?? null, turn.message.attachments);
  if (result.ok) {
    const done = [...followUpSafety(turn, deps, result), ...toMenu(turn, fillText(raisedToEmergency(result) ? TEXT.addInfoEmergency[turn.lang] : TEXT.addInfoDone[turn.lang], { code }))];
    return sideQuestion ? withSideAnswer(turn, deps, done) : done;
  }
  if (result.reason !== "closed") guessedTooOften(turn, deps, true);
  const text = result.reason === "closed" ? fillText(TEXT.addInfoClosed[turn.lang], { code }) : TEXT.statusNotFound[turn.lang];
  return [...safety, ...toMenu(turn, text)];
}

/** A question for the knowledge base, unless it is a greeting or a description of a child in trouble. */
async function freeText(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const text = turn.text;
  // "👍👍" right after a report: received, and the case's choices (not the welcome menu, as if the report were gone).
  if (text && !text.hasWords && turn.data.lastCaseCode) return withCaseChoices([{ text: fillText(TEXT.receivedAfterCase[turn.lang], { code: turn.data.lastCaseCode }), links: [HOTLINE[turn.lang]] }], turn, turn.data.lastCaseCode);
  if (!text || !text.hasWords) return toMenu(turn, text ? undefined : TEXT.empty[turn.lang]);
  const folded = text.folded;
  if (GREETINGS.test(folded) || isSmallTalk(folded)) return CHILD_GREETS.test(folded) ? toMenu(turn, TEXT.childWelcome[turn.lang]) : menuFor(turn, deps);
  // "cho mình hỏi chút", "can I ask you something": what follows is the question or the story; invited, not shown the menu again.
  if (LEADS_IN.test(folded)) return [{ text: TEXT.goOn[turn.lang], links: [HOTLINE[turn.lang]] }];
  if (ASKS_ENGLISH.test(folded)) {
    turn.lang = "en";
    return toMenu(turn);
  }

  const code = turn.data.lastCaseCode;
  // "gọi 111 có mất tiền không?", "báo ở xã nơi xảy ra hay xã mình ở?", "111 khác gì 113?", "có bắt buộc phải báo không?" before any
  // report (issues 12/13): a straight answer, the 111 button and the offer to report; never a plan's quote about the hotline.
  const procedure = code ? null : procedureAnswer(turn, deps, text.full, text.processing);
  if (procedure) return procedure;
  // "Nếu bố mẹ bắt em lấy chồng năm 17 tuổi thì em báo ở đâu ạ?", "if my parents make me marry at 16, where do I report it?": a child
  // asking how to report a harm to herself is telling it (RD7): the report starts from what she wrote, in a child's words, with the
  // safety advice first, never the grown-up's list of places.
  if (!code && (asksToReportHere(folded) || procedureTopics(text.full, deps.namesProvince).length > 0) && childAsksOfOwnHarm(text.full, deps.childWriting(text.processing) || wasChild(turn, deps))) {
    return [{ text: TEXT.reportHere[turn.lang] }, ...(await startReport(turn, deps, text.full, null, false, true))];
  }
  // "cho hoi bao tin o day duoc ko", "muốn báo tin thì làm sao", "can I report something here?": asking whether or how to report
  // here, with no story yet, is the start of a report (walk 47: answered from the plans), never a question about the plans' procedures.
  if (!code && asksToReportHere(folded) && !deps.reportFlow.toldStory(text.full)) return [{ text: TEXT.reportHere[turn.lang] }, ...(await startReport(turn, deps, null, text.full))];
  const answered = code ? afterCodeQuestion(turn, deps, text.full) : null;
  if (answered && !deps.reportFlow.hasStory(text.full)) return answered;
  // A question with something told beside it: what it tells goes to the case first (raising it, alerting), then the answer.
  if (answered && code) {
    const added = await addedToCase(turn, deps, code, text.full);
    if (added) return withSideAnswer(turn, deps, added);
  }
  // "nếu tôi báo thì nhà đó có biết tôi báo không?" as the first thing asked: a question about reporting itself (who will know, what
  // happens) is answered, and the report is offered next (walk 43: asked "plans or report?" and answered only when asked again).
  // "im 15 ... my uncle touches me ... will my mom find out?": a harm told beside the question is a story (a child's too, which toldStory
  // leaves to the child's choice): the offer answers the question and keeps the story (walk 54: the story was dropped).
  const storyBeside = deps.messageKind(text.processing) === "concern" && deps.reportFlow.hasStory(text.full);
  if (!code && turn.state.mode !== "ask" && !deps.reportFlow.toldStory(text.full) && !storyBeside) {
    const topics = sideTopics(text.full);
    const answer = topics.some((t) => ABOUT_REPORTING.has(t)) ? offerSideAnswer(turn, deps, text.full) : null;
    if (answer) return [answer, offerAfterAnswer(turn, false)];
  }
  // "Vậy tôi muốn báo chuyện đó cho cán bộ": after choosing to ask, the story told before is reported after all.
  if (turn.data.declinedStory && clauseWillReport(text.full)) return startReport(turn, deps, text.full);
  // "con có chuyện muốn kể mà con sợ", "em muốn kể chuyện này": someone who wants to tell, and has not yet told.
  if (WANTS_TO_TELL.test(folded) && folded.split(" ").length <= 16 && deps.messageKind(text.processing) !== "concern") {
    // "con tôi có chuyện muốn kể", "em có chuyện muốn kể về đứa cháu": a grown-up telling of a child.
    const child = CHILD_SELF.test(folded) && !ADULT_SELF.test(folded) && !ABOUT_A_CHILD.test(folded);
    if (child) turn.data.childInvited = true;
    return [{ text: child ? TEXT.inviteChild[turn.lang] : TEXT.inviteAdult[turn.lang], links: [HOTLINE[turn.lang]] }];
  }
  const kind = deps.messageKind(text.processing);
  // Right after a code, a statement that asks nothing ("Chuyện xảy ra ở đường đất sau trường") is more about the case, however the classifier reads it.
  if (kind !== "question" || !asksAnything(text.full, folded)) {
    const added = await addedToJustReported(turn, deps, text.full);
    if (added) return added;
  }
  // "có bé bị đánh": a thin story, however the classifier reads so few words, is offered the report, never sent to the plans.
  // "Tôi xin trình báo: ...", "tôi muốn báo lại chuyện ...", "I want to report ...": a concern that says it is a report starts it at once.
  // "... Em lo cho bé quá nên muốn báo để các cơ quan hỗ trợ ạ", "... Tôi muốn báo cho chính quyền.": a story that says, in a clause of its own, that it is a report.
  const saysItReports = kind === "concern" && clauseSaysReport(text.full);
  if (((SAYS_REPORT.test(folded) || clauseWillReport(text.full)) && (kind === "concern" || !asksAnything(text.full, folded))) || saysItReports) {
    // "xin chào, tôi cần báo tin" tells no story yet: the report starts by asking for it, not with "I kept your story".
    if (!turn.data.pendingSeed && onlySaysReport(folded)) return startReport(turn, deps, null, text.full);
    keepSeed(turn, text.full);
    return startReport(turn, deps, turn.data.pendingSeed ?? text.full);
  }
  // "ok vậy tôi báo luôn", "thôi báo đi", "ok báo giúp tôi": saying, with nothing else, that they will report (the story told before,
  // if they had chosen to ask instead, is the report's story).
  if (kind !== "concern" && folded.split(" ").length <= 8 && wantsToReport(text.full, folded) && /\b(?:bao|to cao|trinh bao|report)\b/.test(folded)) return startReport(turn, deps, null);
  if ((kind === "concern" || kind === "unsure") && offerPending(turn) && turn.data.pendingSeed) {
    // More of the story while the report is offered: kept with it, and the offer asked again in a line (not the whole advice again).
    keepSeed(turn, text.full);
    // A story told in pieces ("bố em đánh em", "hôm qua đánh bằng dây thắt lưng", "lưng em còn vết"): asked again once; the
    // piece after that starts the report with all of it (nothing is sent before "Gửi", and "dừng lại" stops it).
    if ((turn.data.offeredAgain ?? 0) >= 1 || tellsMoreStory(text.full, text.processing, deps)) {
      delete turn.data.offeredAgain;
      return startReport(turn, deps, turn.data.pendingSeed ?? text.full);
    }
    turn.data.offeredAgain = (turn.data.offeredAgain ?? 0) + 1;
    const child = deps.childWriting(turn.data.pendingSeed) || deps.childWriting(text.processing);
    // "bao ra thi bo me em co bi bat ko?": what it asks is answered before the offer (what it tells is kept with the story).
    const asked = offerSideAnswer(turn, deps, text.full);
    return [...(asked ? [asked] : []), { text: child ? TEXT.offerAgainChild[turn.lang] : TEXT.offerAgain[turn.lang], choices: turn.state.lastChoices, links: [HOTLINE[turn.lang]] }];
  }
  // A grown-up's concern told as a story starts the report at once (what was told is kept, and nothing is sent before "Gửi"):
  // the reporter does not spend a message on "do you want to report it?". A child is asked, after the safety advice, whether
  // they want to tell (the child decides); self-harm, one's own or another's, gets its advice and the offer.
  const childWrites = deps.childWriting(text.processing) || (turn.data.childInvited === true && !ADULT_SELF.test(folded));
  if (kind === "concern" && !childWrites && deps.reportFlow.toldStory(text.full) && !ownSelfHarm(text.full, deps) && !othersSelfHarm(text.full, deps)) {
    keepSeed(turn, text.full);
    return startReport(turn, deps, turn.data.pendingSeed ?? text.full, null, true);
  }
  // "có đứa nhỏ bị đánh", "a kid is being beaten next door": a grown-up's few words that a child is being hurt are a report, started
  // at once (what happened is asked next); never a choice between the plans and a report.
  if (!childWrites && (kind === "concern" || thinStory(text.full, folded)) && CHILD_HURT.test(folded) && !isQuestionLike(text.full) && !ownSelfHarm(text.full, deps) && !othersSelfHarm(text.full, deps)) {
    keepSeed(turn, text.full);
    return startReport(turn, deps, turn.data.pendingSeed ?? text.full, null, true);
  }
  if (kind === "concern" || (kind !== "unsure" && thinStory(text.full, folded))) return offerReport(turn, text.full, deps.childWriting(text.processing) || (turn.data.childInvited === true && !ADULT_SELF.test(folded)), deps);
  // Unsure after the person chose to ask about the plans: they said what they want, so it is answered.
  if (kind === "unsure" && turn.state.mode !== "ask") return askWhich(turn, text.full, text.processing);
  // "nice", "hihi", "chúc mừng năm mới cả nhà", "bot vô dụng": chatter that asks nothing gets the menu, not "the plans do not answer".
  if (kind === "chatter" && !asksAnything(text.full, folded) && folded.split(" ").length <= 10) return menuFor(turn, deps);
  return answerFreeText(turn, deps, text.processing, text.truncated);
}

/**
 * Reporting, as a word (folded): "báo tin", "tố giác", "trình báo", "report". Not "báo cáo", an office's report up the line
 * ("UBND xã báo cáo ở đâu?": a plan question, RD2 item 4).
 */
const REPORTING = String.raw`(?:bao tin|bao viec|bao chuyen|bao vu|to giac|to cao|trinh bao|phan anh|bao(?! cao\b))`;
/** An office, school or post as the one who reports (folded): "Giáo viên báo ... thế nào", "Xã phải báo lên huyện": a duty in the plans. */
const OFFICE_REPORTS = new RegExp(String.raw`\b(?:ubnd|uy ban|xa|phuong|huyen|tinh|so|phong|truong|nha truong|giao vien|co quan|don vi|can bo|cong an|tram y te|benh vien|bac si|y te|hieu truong)\b (?:phai |can |se |co trach nhiem )?${REPORTING}\b|\b${REPORTING} (?:len|ve) (?:huyen|tinh|so|bo|cap tren|ubnd|uy ban)\b`);
/**
 * Asking whether or how one reports here (folded): "báo tin ở đây được không", "ở đây có nhận báo tin không", "muốn báo tin thì làm sao",
 * "làm sao để báo tin", "can I report something here", "how do I report"; not a question of a plan's procedure ("quy trình tiếp nhận ...").
 */
const ASKS_TO_REPORT = new RegExp([
  String.raw`\b${REPORTING}\b(?: \S+){0,4}? (?:o day|tai day|qua day|tren nay|o bot|o trang nay|voi ban|cho ban|duoc khong|duoc ko|duoc k|dc ko|dc k|dc khong|duoc hong|dc hong|duoc kg|dc kg|duoc hok|dc hok|duoc chu|the nao|lam sao|nhu nao|nhu the nao|o dau)\b`,
  String.raw`\b(?:co )?nhan (?:bao tin|to giac|trinh bao|phan anh|tin bao)\b`,
  String.raw`\blam (?:sao|the nao|nhu nao|gi) (?:de |thi )?(?:duoc )?${REPORTING}\b`,
  String.raw`\b(?:can|may|could|how (?:do|can|should|would)|where (?:do|can|should)) (?:i|we) (?:make a )?report\b`,
  String.raw`\breport (?:\w+ ){0,3}?(?:here|with you|on this|through this)\b`,
].join("|"));

/** This service as the one asked about (folded): "ở đây có nhận báo tin không", "can I report here". */
const HERE = /\b(?:o day|ben nay|cho nay|trang nay|here)\b/;

function asksToReportHere(folded: string): boolean {
  // "ở đây có nhận báo tin không" asks whether this service takes reports; "Sau khi 111 nhận tin báo thì ai xử lý?" asks what an office does.
  return ASKS_TO_REPORT.test(folded) && !PLAN_WORDS.test(folded) && !OFFICE_REPORTS.test(folded) && (HERE.test(folded) || !AFTER_REPORT.test(folded)) && folded.split(" ").length <= 16;
}

/**
 * A question about how reporting works (the hotline's facts, where to report, 111 against 113, the duty to report), not a story and
 * not a plan's: its answers, with what it also asks about reporting itself (who will know), then the offer to report. Null otherwise.
 */
function procedureAnswer(turn: Turn, deps: RouterDeps, full: string, processing: string): Reply[] | null {
  const kind = deps.messageKind(processing);
  if (kind === "concern" || deps.reportFlow.toldStory(full)) return null;
  const topics: SideTopic[] = procedureTopics(full, deps.namesProvince);
  if (topics.length === 0) return null;
  const child = deps.childWriting(processing) || wasChild(turn, deps) || CHILD_ASKS.test(foldKey(full));
  // "Nếu bố mẹ bắt em lấy chồng năm 17 tuổi thì em báo ở đâu ạ?": a child asking about a harm to herself is a child telling (RD7).
  if (childAsksOfOwnHarm(full, child)) return null;
  // "con tôi bị cô giáo phạt quỳ, báo cho ai?", "em sợ bố lắm, gọi 111 có mất tiền không": a child harmed or afraid is told of, and
  // that is met as a report (a child gets the safety words: a trusted adult, a safe place, 111 free), not as a question of procedure.
  const fear = tellsFear(full);
  if (fear || !asksBesideNoHarm(full, deps)) return offerReport(turn, full, fear || child || childSelf(foldKey(full)), deps, true);
  // What it tells beside its question ("... nhà bên có đứa nhỏ tối nào cũng khóc") opens the report if they take the offer.
  if (deps.reportFlow.hasStory(full)) keepSeed(turn, full);
  // "Do I have to report if a pupil tells me a secret?": the pupil's secret is not the reporter's confidentiality.
  const beside = sideTopics(full).filter((t) => ABOUT_REPORTING.has(t) && !(t === "privacy" && topics.includes("mustReport")));
  const answer = { text: sideAnswerText([...topics, ...beside], (t) => say(t, turn.lang, child)), links: [HOTLINE[turn.lang]] };
  return [answer, offerAfterAnswer(turn, child)];
}

/**
 * A message the classifier reads as unsure or chatter ("tổng đài 111 có gọi miễn phí hông", "giao vien nghi hoc sinh bi xam hai thi co
 * bat buoc phai bao khong") asks, and what it states beside its asking tells no harm to a child: "bé bị đánh, tôi nên gọi số nào?" and
 * "be nha ben bi danh toi nen goi so nao" tell of a child and stay reports. A child harmed in a question that supposes ("nếu", "nghi",
 * "khi") is no story.
 */
function asksBesideNoHarm(full: string, deps: RouterDeps): boolean {
  const folded = foldKey(full);
  if (!asksAnything(full, folded)) return false;
  const stated = statementPart(full);
  const said = foldKey(stated);
  if (THIN_STORY.test(said) || CHILD_HURT.test(said) || (said !== "" && deps.triage(stated).risk !== "low")) return false;
  if (SUPPOSES.test(folded)) return true;
  // "Biết trẻ bị xâm hại mà không báo thì có bị phạt không?" asks of children in general; "bạn em bị chủ nhà trọ rình tắm" tells of one.
  const oneChild = ONE_CHILD.test(folded) || CHILD_EVENT.test(folded);
  return !(oneChild && (THIN_STORY.test(folded) || CHILD_HURT.test(folded) || ONE_CHILD_HARMED.test(folded)));
}

/** Writing as a child (folded): "em sợ ...", "bạn em bị ...", "con xin hỏi", with no "tôi" nor "con tôi" in it. */
function childSelf(folded: string): boolean {
  return (CHILD_SELF.test(folded) || /^(?:ban|anh|chi|em trai|em gai) (?:cua )?(?:em|e)\b/.test(folded)) && !ADULT_SELF.test(folded);
}

/** A particular child (folded): one's own, a friend, a sibling, a neighbour's. */
const ONE_CHILD = /\b(?:con|chau|ban|em|be|con trai|con gai|em trai|em gai|hoc sinh|hoc tro) (?:cua )?(?:toi|tui|minh|em|e|chi|anh|co|chu)\b|\b(?:nha ben|hang xom|xom (?:toi|tui|minh))\b|\b(?:my|our|his|her|their|a neighbou?rs?|the neighbou?rs?) (?:\w+ )?(?:son|daughter|kid|child|boy|girl|baby|brother|sister|niece|nephew|grandson|granddaughter|grandchild|student|pupil|friend|classmate)s?\b/;
/** Something done to that child (folded): "bị ..." in Vietnamese, a harm in English. */
const ONE_CHILD_HARMED = /\bbi (?!phat (?:tien|hanh chinh)\b)\S+|\b(?:is|was|gets?|got|being|been|are|were) (?:\w+ ){0,2}?(?:bullied|beaten|hit|abused|hurt|molested|touched|raped|slapped|kicked|punished|threatened|locked|starved|neglected|harassed|groped|assaulted)\b|\b(?:beats?|hits?|slaps?|kicks?|abuses?|touches|molests?|hurts?|bullies|threatens?|starves?)\b/;

/**
 * The writer says they are afraid (folded, and "sợ" with its marks): "em sợ bố lắm", "em sợ về nhà", "i am scared to go home", "my
 * mom's boyfriend scares me". Not "số" (a number), and not a worry about reporting itself ("sợ bị lộ", "sợ bị trả thù").
 */
function tellsFear(full: string): boolean {
  const folded = foldKey(full);
  if (FEAR_OF_REPORTING.test(folded)) return false;
  return /(?:^|[^\p{L}])sợ(?:$|[^\p{L}])/u.test(full.normalize("NFC").toLowerCase()) || FEAR_FOLDED.test(folded) || FEAR_EN.test(folded);
}
const FEAR_FOLDED = /\b(?:em|e|con|chau|minh|toi|tui) (?:rat |hoi |dang |van |cung |that )?so\b(?! (?:nao|may|gi|bao nhieu|dien thoai|111|113|115|cua|tong dai))|\bso (?:ve nha|o nha|bo|me|ba|cha|duong|chet|lam|qua)\b/;
const FEAR_EN = /\b(?:i am|i m|im|i feel|i get|i was|i'm) (?:so |very |really |too )?(?:scared|afraid|frightened|terrified)\b|\bscares? me\b|\b(?:scared|afraid|frightened) (?:of|to)\b/;
const FEAR_OF_REPORTING = /\bso (?:bi )?(?:lo|tra thu|lien luy|phien|ho biet|nguoi ta biet|bi biet|mat long|sai|nham)\b|\b(?:afraid|scared) (?:of )?(?:being )?(?:found out|named|identified|retaliation|wrong)\b/;

/** A question that supposes rather than tells (folded): "nếu", "giả sử", "khi phát hiện", "nghi", "if", "what if", "in case". */
const SUPPOSES = /\b(?:neu|gia su|gia nhu|lo sau nay|khi (?:phat hien|thay|biet|gap|nghi)|nghi|if|what if|in case|suppose)\b/;

/** A child asking grown-ups (folded): "cô ơi cho con hỏi", "chú ơi cháu hỏi", "con xin hỏi ạ". */
const CHILD_ASKS = /\b(?:co|chu|thay|bac|co chu|anh chi)\s+oi\s+(?:cho\s+)?(?:con|chau)\s+(?:xin\s+)?hoi\b|^(?:con|chau)\s+(?:xin\s+)?hoi\b/;

/** After a question about reporting is answered: "do you want to report it?", with the report and the plans as choices. */
function offerAfterAnswer(turn: Turn, child: boolean): Reply {
  const en = turn.lang === "en";
  const choices = [{ id: "menu:report", label: en ? "Report a child" : "Báo tin về một trẻ em" }, { id: "menu:ask", label: en ? "Ask about the plans" : "Hỏi về kế hoạch" }];
  const text = child ? (en ? "Do you want to tell, so people can help you?" : "Em có muốn kể để cô chú giúp em không?") : en ? "Do you want to report it?" : "Bạn có muốn báo tin không?";
  return { text, choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] };
}

/** Question words (folded) that ask without a question mark: "cơ quan nào xử lý", "phải làm gì", "gọi số mấy", "which agency". */
const ASKING_WORDS = /\b(nao|gi|sao|ai|dau|bao gio|bao lau|bao nhieu|so may|khong a|ko a|which|what|who|how|where|when|why|whom)\b/;

function asksAnything(full: string, folded: string): boolean {
  return asksSomething(full) || ASKING_WORDS.test(folded);
}

/** A child (folded words) to whom something is done: "có bé bị đánh", "đứa nhỏ nhà bên bị bỏ đói", "con bé bị sờ mó". */
const THIN_STORY = /\b(be|chau|dua|nho|tre|nhoc|em be|co be|cau be|con be|thang be|thang nho|con nho|dua nho|dua be|dua tre|tre em|hoc sinh)\b(\s+\S+){0,4}\s+bi\s+(\S+\s+){0,2}(danh|dap|bo doi|bo mac|bo roi|hanh ha|hanh hung|bao hanh|xam hai|hiep|sam so|so mo|so soang|nhot|troi|chui|bat coc|bat di|du do|lam dung|ep|quay roi|dam|dot|ngo|nguoc dai|de doa|doa|tat|bat lam)\b/;
/** Words of the plans themselves (folded): a procedure, a duty, an agency, a target, a policy. */
const PLAN_WORDS = /\b(quy trinh|ke hoach|nhiem vu|trach nhiem|co quan nao|don vi nao|so (lao dong|ldtbxh|y te|giao duc|gd|tu phap|van hoa|vhttdl|noi vu)|chi tieu|chinh sach|quy dinh|huong dan|luat|nghi dinh|thong tu|quyet dinh|tiep nhan|phoi hop|policy|policies|procedure|procedures|plan|plans|responsib\w*|which agency|target|targets|guideline\w*)\b/;
/** A particular child and event (folded): "có bé", "bé nhà bên", "con tôi", an age, a day. */
const CHILD_EVENT = /\b(co|mot|1) (be|chau|dua|thang|con be|em be|dua nho|dua be|thang be|con nho)\b|\b(nha ben|ben nha|hang xom|xom toi|xom tui|con toi|con tui|chau toi|chau tui|con em|hom qua|hom nay|toi qua|dem qua|sang nay|dang bi|vua bi|\d{1,2} tuoi)\b/;

/** A statement (not a question) telling that a child is being harmed, in a few words; not a question about the plans' procedures. */
function thinStory(full: string, folded: string): boolean {
  if (isQuestionLike(full) || !THIN_STORY.test(folded)) return false;
  // "CA tỉnh Gia Lai làm gì khi trẻ bị bạo lực": what a body does, asked without its mark, of children in general.
  const asksWhoDoes = ASKS_WHO_DOES.test(folded) && !NOBODY_DOES.test(folded);
  return !((PLAN_WORDS.test(folded) || asksWhoDoes) && !CHILD_EVENT.test(folded));
}

/**
 * Typed right after a report (the last thing the chat showed was its code): more about that
 * case, so it is added to it, danger now included (the case is read again and raised, officers
 * alerted; the safety advice comes first); the reporter can still make it a new report.
 */
async function addedToJustReported(turn: Turn, deps: RouterDeps, text: string): Promise<Reply[] | null> {
  const code = turn.data.lastCaseCode;
  if (!code || !turn.data.lastDelivery?.replies.some((r) => r.text.includes(code))) return null;
  return addedToCase(turn, deps, code, text);
}

/** Added to the case (raising it and alerting officers as additions do), with "new report" offered; null when the case cannot take it. */
async function addedToCase(turn: Turn, deps: RouterDeps, code: string, text: string): Promise<Reply[] | null> {
  const held = await newReportInstead(turn, deps, code, text);
  if (held) return held;
  const result = await deps.caseIntake.addInformation(code, { channel: turn.message.channel, chatId: turn.message.chatId }, text, []);
  if (!result.ok) return null;
  turn.data.pendingSeed = text;
  const label = turn.lang === "en" ? "Something else: new report" : "Việc khác: báo tin mới";
  const said = raisedToEmergency(result) ? TEXT.addedEmergency : TEXT.addedAfterReport;
  return [...followUpSafety(turn, deps, result), { text: fillText(said[turn.lang], { code }), choices: [{ id: "menu:report", label }], links: [HOTLINE[turn.lang]] }];
}

/**
 * After a case code, a question about the report itself (who will know, photos, what happens
 * next, 111) is answered from the report's side answers, in words for a child when a child
 * reported; a pure question is not added to the case nor sent to the plans. When the message
 * also tells something (reportFlow.hasStory), it is added first and then answered (withSideAnswer).
 * Danger words never stop here (afterAdded: the answer after the safety advice and the addition).
 */
function afterCodeQuestion(turn: Turn, deps: RouterDeps, text: string, afterAdded = false): Reply[] | null {
  if (turn.danger.danger && !afterAdded) return null;
  // Every topic it asks about is answered ("bố nó có biết tôi báo không, và bao lâu thì có người tới?"); "should I go?" after a
  // lure or a wish to die is answered for that ("do not go", "stay with the child").
  const meant = turn.data.lastCaseFacts?.category === "trafficking_abduction" ? "actLure" : turn.data.lastCaseFacts?.category === "self_harm" ? "actSelfHarm" : null;
  // "bao lâu thì có người tới?" after the code: the report is sent, so the answer is not about sending it.
  const hurt = HURT_BY_SOMEONE.has(turn.data.lastCaseFacts?.category ?? "");
  const topics = sideTopics(text).filter((t) => t !== "question" && t !== "thanks").map((t) => (t === "act" && meant ? meant : t === "next" || t === "whenCome" ? "nextSent" : t === "care" && hurt ? "careHarmed" : t));
  const topic = topics[0];
  if (!topic || (topic !== "worry" && !isQuestionLike(text))) return null;
  const child = turn.data.lastCaseFacts?.self === true || deps.childWriting(turn.text?.processing ?? text);
  const code = turn.data.lastCaseCode ?? turn.data.addInfoCode ?? "";
  const choices = code && turn.state.mode !== "add_info" ? [
    { id: `case:add:${code}`, label: turn.lang === "en" ? "Add information" : "Gửi thêm thông tin" },
    { id: `case:status:${code}`, label: turn.lang === "en" ? "See status" : "Xem tình trạng" },
    { id: "menu:home", label: turn.lang === "en" ? "Menu" : "Về menu" },
  ] : undefined;
  const said = sideAnswerText(topics, (t) => say(t, turn.lang, child));
  // A child sees 111 with every message.
  const answer = child && !said.includes("111") ? `${said}\n${T.childFooter[turn.lang]}` : said;
  return [{ text: answer, links: [HOTLINE[turn.lang]], ...(choices ? { choices } : {}) }];
}

/**
 * The side answer after what was added: the replies keep their order, and the answer comes last
 * with the choices of the last of them (and the case's own choices).
 */
function withSideAnswer(turn: Turn, deps: RouterDeps, replies: Reply[]): Reply[] {
  // A new report was opened (danger now about another child): its question stays last; the question is in its story.
  if (turn.state.mode === "report") return replies;
  const answered = turn.text ? afterCodeQuestion(turn, deps, turn.text.full, true) : null;
  const answer = answered?.at(-1);
  const last = replies.at(-1);
  if (!answered || !answer || !last) return replies;
  const choices = [...(last.choices ?? []), ...(answer.choices ?? [])].filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
  const { choices: _moved, ...lastText } = last;
  return [...replies.slice(0, -1), lastText, ...answered.slice(0, -1), { ...answer, ...(choices.length > 0 ? { choices } : {}) }];
}

/** About another child: danger now opens a new report at once (safety first); otherwise it is added and a new report offered. Null: add it to the case. */
async function newReportInstead(turn: Turn, deps: RouterDeps, code: string, text: string): Promise<Reply[] | null> {
  if (!turn.danger.danger) return anotherChild(turn, deps, code, text);
  if (!aboutAnotherChild(turn, deps, code, text)) return null;
  const before = turn.data.pendingAddition?.code === code ? turn.data.pendingAddition.text : null;
  return safetyThenReport(turn, deps, before ? `${before}\n${text}` : text);
}

/** Danger now: the safety advice once, then the report; a story that says the danger itself gets it from the report (not twice). */
async function safetyThenReport(turn: Turn, deps: RouterDeps, given: string | null): Promise<Reply[]> {
  // A story told in several messages ("e 11t", "bo e hay danh e", then "hum qua bo danh e chay mau"): what came before the danger, while
  // the report was offered, opens the narrative with it.
  const told = offerPending(turn) ? turn.data.pendingSeed : undefined;
  const seed = told && given && !told.includes(given) ? `${told}\n${given}` : given;
  const started = await startReport(turn, deps, seed);
  // A child writing (about themself or a friend) reads the advice in words meant for a child.
  const child = seed ? deps.childWriting(turn.text?.processing ?? seed) : false;
  // The writer's own wish to die or self-harm ("e mệt lắm, ko muốn sống nữa") is answered as that, not with "call the police".
  const own = seed ? ownSelfHarm(seed, deps) : false;
  // Danger now from someone else told with it ("bố cầm dao đuổi đánh em, em đang trốn"): the urgent call comes first, never dropped.
  if (own) return [...(dangerNowBesideWish(seed!, deps) ? started.filter((r) => r.urgent) : []), { ...safetyReply(turn.lang), text: (child || own === "child" ? TEXT.selfHarmChild : TEXT.selfHarm)[turn.lang] }, ...started.filter((r) => !r.urgent).map((r) => adviceNotTwice(r, turn.lang))];
  // Someone else's wish to die ("bạn cùng lớp em ... mai sẽ không còn mình nữa", "con gái tôi nhắn là muốn chết"): how to keep them safe.
  // An act already done ("vừa uống hết vỉ thuốc") reads as an emergency: the urgent call comes first, then the advice.
  if (seed && othersSelfHarm(seed, deps)) return [...urgentFirst(started, seed, child, turn, deps), { ...safetyReply(turn.lang), text: othersSelfHarmAdvice(seed, child)[turn.lang] }, ...started.filter((r) => !r.urgent)];
  if (started.some((r) => r.urgent)) return started;
  // "Tôi là mẹ bé ...": a writer the story says is a grown-up is not given the line for a child (walk 53).
  const relation = turn.data.report?.draft.reporterRelation ?? null;
  // A sister or a friend of unknown age, or a parent who hurts the child themself, is not given the grown-up bystander's words.
  const grownUp = !child && turn.data.report?.childWriter !== true && grownUpWriter(seed, relation);
  return [safetyFor(seed, child, turn.lang, deps, grownUp), ...started];
}

/**
 * The danger advice the chat gives before a report: a little one ill with no adult ("em be 1 tuoi ... nguoi em nong lam") reads 115
 * and an adult nearby, not a hiding script (walk 49); a child reads the child's words; anyone else the general advice.
 */
function safetyFor(seed: string | null, child: boolean, lang: Language, deps: RouterDeps, grownUp = false): Reply {
  if (seed && sickWithoutCare(seed, deps.triage(seed))) return { ...safetyReply(lang), text: say(T.emergencySick, lang, child) };
  // "tôi đã gọi 113 rồi", "công an đã đến": thanked for the call, told what to do if the danger goes on (walk 53).
  const called = seed ? calledSaid(seed) : null;
  if (called) return { ...safetyReply(lang), text: say(calledText(called), lang, child) };
  return child ? { ...safetyReply(lang), text: TEXT.safetyChild[lang] } : grownUp ? { ...safetyReply(lang), text: TEXT.safetyAdult[lang] } : safetyReply(lang);
}

/**
 * The self-harm advice to a child already said "it is not your fault" and "go to an adult you trust": the report's child opening,
 * which says both again, becomes its short thanks (walk 49: two messages in a row both said it).
 */
function adviceNotTwice(reply: Reply, lang: Language): Reply {
  const openings = [T.introStory, T.intro, T.introUnasked].map((t) => say(t, lang, true));
  return openings.includes(reply.text) ? { ...reply, text: say(T.introAdvised, lang, true) } : reply;
}

/** The writer speaks of their own self-harm or wish to die (folded): a first-person word before words of it. */
const OWN_SELF_HARM = /\b(?:e|em|minh|mk|mik|toi|tui|tao|t|con|chau|i|im|i m|me|myself)\b(?:\s+\S+){0,6}?\s+(?:(?:khong|ko|k|chang|hong) (?:muon|mun|thiet) song|muon chet|mun chet|muon tu tu|tu tu|tu sat|tu hai|tu lam dau|cua tay|cat tay|rach tay|cua co tay|dao lam|lam dau (?:minh|ban than)|uong (?:het|ca|nhieu) (?:\S+ ){0,2}?thuoc|nhay (?:cau|lau|song)|bien mat|ket thuc (?:tat ca|cuoc doi)|want to die|wanna die|(?:want to|wanna) disappear(?! (?:my|the|this|his|her|their|our|your|all|it|them)\b)|kill myself|hurt myself|cut myself|cutting myself|don ?t want to live(?! (?:with|near|far|together))|end it|end my life)\b/;

/** "child" when the writer is a child speaking of their own self-harm, "adult" for anyone else speaking of their own, false when it is about someone else. */
function ownSelfHarmSaid(text: string, deps: RouterDeps): "child" | "adult" | false {
  const key = notAWish(foldKey(text));
  // Only words the writer says as theirs: not a quote after "nhắn tin:", not an idiom or a threat.
  if (!OWN_SELF_HARM.test(key) || !OWN_SELF_HARM.test(ownClauses(text).join(" "))) return false;
  // "tôi là cô giáo chủ nhiệm ... trong vở em viết 'em muốn chết'": a grown-up telling of a pupil's words, not their own.
  if (adultIntroduces(text)) return false;
  // "con tôi nói muốn chết", "cháu tôi cứa tay": about one's child. Read clause by clause: the self-harm is the writer's when a clause
  // tells it with no one else in it ("nó còn đánh em. em muốn chết"), and not when the clause that tells it names someone else.
  // A writer who says they are the child's parent ("mình là mẹ của bé", "tôi là bố cháu", "I'm her mum") calls the child "con":
  // "con" then names the child, not the writer.
  const parent = PARENT_WRITER.test(foldKey(text));
  // An older sibling or cousin who says so ("tôi là chị gái", "em trai tôi 14 tuổi") calls the child "em": "em" then names the child.
  const kin = KIN_WRITER.test(key);
  const clauses = ownClauses(text).map((c) => (parent ? c.replace(/\b(?:con|chau)\b/g, "no") : c)).map((c) => (kin ? c.replace(/\b(?:em|e)\b/g, "no") : c));
  const told = clauses.filter((c) => OWN_SELF_HARM.test(c));
  const own = told.length > 0 ? told.some((c) => !ABOUT_SOMEONE_ELSE.test(c)) : !clauses.some((c) => ABOUT_SOMEONE_ELSE.test(c));
  if (!own) return false;
  return deps.childWriting(text) ? "child" : "adult";
}

/**
 * "Em chán lắm rồi, có lúc chỉ muốn biến mất luôn cho xong", "I'm so tired, sometimes I just want to disappear": a wish to die said
 * with no subject of its own, or far from it, in a story the writer tells of themself, is the writer's (walk 52).
 */
function ownSelfHarm(text: string, deps: RouterDeps): "child" | "adult" | false {
  const said = ownSelfHarmSaid(text, deps);
  if (said !== false || adultIntroduces(text)) return said;
  const key = foldKey(text);
  if (!FIRST_PERSON.test(key) || PARENT_WRITER.test(key) || KIN_WRITER.test(key)) return false;
  if (!ownClauses(text).some((c) => BARE_WISH_TO_DIE.test(c) && !ABOUT_SOMEONE_ELSE.test(c))) return false;
  return deps.childWriting(text) ? "child" : "adult";
}

/**
 * The story tells a danger now in the clauses that do not carry the wish to die ("dượng đang cầm gậy đập cửa đòi đánh em, ..., em
 * không muốn sống nữa"): a danger from someone else, not the plan itself ("tối nay em muốn chết", "đêm nay mình sẽ uống hết thuốc").
 */
function dangerNowBesideWish(text: string, deps: RouterDeps): boolean {
  const rest = text.split(/[.,;:!?\n]+/).filter((c) => {
    const key = notAWish(foldKey(c));
    return key && !BARE_WISH_TO_DIE.test(key) && !OWN_SELF_HARM.test(`toi ${key}`);
  });
  return rest.length > 0 && saysDangerNowInWords(rest.join(", "), deps);
}

/**
 * The writer's own clauses (folded), each with its idioms and threats made harmless (notAWish): words quoted after a colon that follows
 * a verb of saying ("cháu tôi nhắn tin lúc nửa đêm: chỉ muốn biến mất thôi", "my student wrote in her diary: I just want to
 * disappear") are someone else's and left out.
 */
function ownClauses(text: string): string[] {
  return saidParts(text).own.flatMap((p) => p.split(/[,:]+/)).map((c) => notAWish(foldKey(c))).filter(Boolean);
}

/** Sentence by sentence, the writer's own words and the words they quote after a colon that follows a verb of saying. */
function saidParts(text: string): { own: string[]; quoted: string[] } {
  const own: string[] = [];
  const quoted: string[] = [];
  for (const sentence of text.split(/[.;!?\n]+/)) {
    const colon = sentence.indexOf(":");
    const before = colon >= 0 ? foldKey(sentence.slice(0, colon)) : "";
    // "em đã nói với mẹ: em muốn chết", "I told my mom: I want to die": the writer quoting themself says it as their own.
    const quotes = colon >= 0 && SAYING_BEFORE_COLON.test(before) && !WRITER_SAYS.test(before);
    own.push(quotes ? sentence.slice(0, colon) : sentence);
    if (quotes) quoted.push(sentence.slice(colon + 1));
  }
  return { own, quoted };
}

/** Someone's wish to die the writer quotes ("cháu tôi nhắn: chỉ muốn biến mất thôi"), not a threat or an idiom in the quote. */
function quotedWish(text: string): boolean {
  return saidParts(text).quoted.some((q) => {
    const key = notAWish(foldKey(q));
    return BARE_WISH_TO_DIE.test(key) || OWN_SELF_HARM.test(key);
  });
}

/** The writer is the one who says or writes (folded): "em đã nói với mẹ", "mình nhắn cho bạn", "I told my mom". */
const WRITER_SAYS = /^(?:\S+\s+){0,2}(?:e|em|minh|mk|mik|toi|tui|tao|con|chau|i)\s+(?:(?:da|vua|co|moi|cu|lai|da tung|have|had|already|just)\s+)*(?:noi|nhan|nhan tin|viet|ghi|ke|hoi|bao|tra loi|than|khoc|dang|post|said|say|told|tell|texted|text|wrote|write|messaged|posted|asked)\b/;
/** A verb of saying or writing ends the words before a colon (folded): "nhắn tin lúc nửa đêm", "viết trong nhật ký", "texted me", "wrote in her diary". */
const SAYING_BEFORE_COLON = /\b(?:noi|nhan|nhan tin|viet|ghi|ke|hoi|bao|tra loi|than|khoc|quat|la|het|gao|chui|dang|dang status|post|said|says|say|told|tells|texted|text|wrote|writes|messaged|posted|yelled|shouted|screamed|asked)\b(?:\s+\S+){0,6}$/;

/**
 * "nóng muốn chết", "sợ muốn chết luôn", "đau muốn chết" (an idiom: very hot, very scared), "mày muốn chết à", "you want to die?"
 * (a threat said to the child), "không muốn sống chung với bố dượng" (not wanting to live with someone): no wish to die, made harmless
 * in a folded clause.
 */
function notAWish(key: string): string {
  return key.replace(WISH_IDIOM, "$1 lam").replace(WISH_THREAT, "doa").replace(LIVE_WITH, "o voi");
}
const WISH_IDIOM = /\b(nong|lanh|ret|dau|so|doi|khat|met|cuoi|buon cuoi|hoi|ngua|nhuc|buon ngu|tuc|gian|lo|hoang|ghe|kinh)(?: (?:qua|lam|that|vai|ghe))? (?:muon|mun) chet\b/g;
const WISH_THREAT = /\b(?:may|mi|chung may|tui bay|con kia|thang kia)\b(?:\s+\S+){0,2}?\s+(?:muon|mun|thich) (?:chet|an don)\b|\b(?:muon|mun) chet (?:a|ha|hay sao|hay gi|ha may|a may|chu gi|phai khong)\b|\b(?:do |d )?(?:you|u|ya) (?:want|wanna) (?:to )?die\b/g;
const LIVE_WITH = /\b(?:khong|ko|k|chang|hong) (?:con )?(?:muon|mun|thiet) song (?:chung|voi|cung|gan|ben)\b|\bdon ?t want to live (?:with|near|far|together)\b/g;
/** The writer says they are a parent or grandparent of the child (folded): "mình là mẹ của 1 bé", "tôi là bố cháu", "I'm her mum". */
const PARENT_WRITER = /\b(?:toi|tui|minh|mk|em|ba|chi|anh)\s+(?:la\s+)?(?:me|ma|bo|ba|cha|ong|ba noi|ba ngoai|ong noi|ong ngoai)\s+(?:ruot\s+)?(?:cua\s+)?(?:(?:1|mot|hai|2)\s+)?(?:be|chau|con|dua|em|tre|thang|co)\b|\b(?:i m|im|i am)\s+(?:her|his|the)\s+(?:mum|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather)\b|\bcon\s+(?:gai\s+|trai\s+)?(?:toi|tui|minh)\b|\bmy (?:son|daughter)\b/;

/** A wish to die or to disappear, whoever's it is (folded, one clause). */
const BARE_WISH_TO_DIE = /\b(?:muon|mun|mong) (?:duoc )?(?:bien mat|chet|tu tu|bien khoi (?:cuoc doi|the gioi|doi))\b|\b(?:khong|ko|k|chang|hong) (?:con )?(?:muon|mun|thiet) song\b|\b(?:want|wanna|wish i could|wish to) (?:to )?(?:just )?(?:disappear|vanish|die|not be here|not exist)\b/;
/** The writer speaks of themself (folded). */
const FIRST_PERSON = /\b(?:e|em|minh|mk|mik|toi|tui|tao|i|im|i m|me|my)\b/;

/** The writer is the child's older sibling or cousin (folded): "tôi là chị gái", "mình là anh họ của bé", "em trai tôi", "em gái mình". */
const KIN_WRITER = /\b(?:toi|tui|minh|mk) la (?:anh|chi)(?: (?:trai|gai|ho|ruot|ca|hai|lon))*(?: cua (?:be|em|no|chau|con be|thang be))?(?:$|\s*[^\p{L}\s])|\b(?:toi|tui|minh|mk) la (?:anh|chi) (?:trai|gai|ho|ruot)\b|\b(?:em|be) (?:trai|gai)(?: (?:ruot|ho|nho|ut))? (?:cua )?(?:toi|tui|minh|mk)\b/u;

/** Another person is the one at risk of self-harm: the writer's child, a friend, "nó", "bạn ấy" (folded, one clause). */
const ABOUT_SOMEONE_ELSE = /\b(?:con|chau|em|be|ban|nguoi yeu|hoc sinh|hoc tro)(?: (?:gai|trai|ho|ruot|than|nho|lon|cua))? (?:toi|tui|minh|em|tao|chung toi)\b|\b(?:no|con be|thang be|co be|cau be|ban ay|ban do|chau ay|em ay|he|she|they)\b|\bmy (?:son|daughter|child|kid|friend|student|sister|brother|niece|nephew|grandson|granddaughter)\b/;

/** The writer's friend or classmate, in a young writer's words (folded): "bạn cùng lớp em", "thằng bạn thân e", "my friend". */
const PEER_OF_WRITER = /\bban (?:cung lop|chung lop|than|lop|cua) (?:em|e|minh|mik|to)\b|\b(?:ban|thang ban|con ban|nho ban|dua ban|ban than) (?:than )?(?:cua )?(?:em|e|minh|mik|to)\b|\bmy (?:best )?friend\b|\bmy classmate\b/;

/** The story is of someone else's self-harm or wish to die (the triage reads self-harm, and it is not the writer's own). */
function othersSelfHarm(text: string, deps: RouterDeps): boolean {
  if (ownSelfHarm(text, deps) !== false) return false;
  // "Cháu gái tôi nhắn lúc nửa đêm: chỉ muốn biến mất thôi", "my student wrote in her diary: I just want to disappear".
  if (quotedWish(text)) return true;
  if (deps.triage(text).category !== "self_harm") return false;
  if (PARENT_WRITER.test(foldKey(text))) return true;
  return text.split(/[.,;:!?\n]+/).map(foldKey).some((c) => ABOUT_SOMEONE_ELSE.test(c) || PEER_OF_WRITER.test(c));
}

/**
 * "ko phải em, là bạn em. mấy hôm nay ảnh cứ đòi nó chụp hình ...": a message at "do you want to report?" that plainly goes on
 * with the story (facts of a child or a harm, in a sentence or more) is the yes to it; a short piece or a feeling is asked again.
 */
function tellsMoreStory(full: string, processing: string, deps: RouterDeps): boolean {
  const said = statementPart(full);
  return said.split(/\s+/).filter(Boolean).length >= 10 && deps.messageKind(processing) === "concern" && deps.reportFlow.hasStory(full);
}

/** The urgent call the report gave, or the safety message when the story reads as an emergency (an overdose already taken). */
function urgentFirst(started: Reply[], seed: string, child: boolean, turn: Turn, deps: RouterDeps): Reply[] {
  if (!started.some((r) => r.urgent) && deps.triage(seed).risk !== "emergency") return [];
  // Said of the one at risk, not of the writer ("em bị thương thì gọi 115" is for a child hurt themself).
  return [{ ...safetyReply(turn.lang), text: (child ? TEXT.otherSelfHarmUrgentChild : TEXT.otherSelfHarmUrgent)[turn.lang] }];
}

/** What to do for someone else at risk: in a child's words when a child (or a young writer telling of a friend) writes. */
function othersSelfHarmAdvice(text: string, child: boolean): Record<Language, string> {
  const key = foldKey(text);
  return child || (PEER_OF_WRITER.test(key) && YOUNG_WRITER.test(key)) ? TEXT.friendSelfHarmChild : TEXT.otherSelfHarm;
}

/** A young writer speaking of a friend: their own age under 18 given ("em 16t"), or a child's chat words (folded). */
const YOUNG_WRITER = /(?<!\b(?:ban|cua|con|chau|gai|trai|nha|yeu|ho) )\b(?:e|em|minh|mik|to|tui)\s+(?:nam nay\s+)?(?:[1-9]|1[0-7])\s*(?:tuoi|t)\b/;

function raisedToEmergency(result: AddInformationResult): boolean {
  return result.ok && result.raisedTo === "emergency";
}

/**
 * The safety advice (113, 115, 111) once, before what a follow-up got: when it reads as danger
 * now, or when it made its case an emergency. A child writing about themself reads it in words
 * meant for a child.
 */
function followUpSafety(turn: Turn, deps: RouterDeps, result: AddInformationResult): Reply[] {
  // "nó đang đạp cửa", "ông ấy quay lại rồi": danger now told after the code, read as a first message would be (walk 47).
  const harmed = HURT_BY_SOMEONE.has(turn.data.lastCaseFacts?.category ?? "") || Boolean(turn.data.lastCaseFacts?.harmer);
  const told = turn.text !== null && addedDangerNow(turn.text.full, harmed);
  if (!turn.danger.danger && !raisedToEmergency(result) && !told) return [];
  const child = turn.text ? deps.childWriting(turn.text.processing) : false;
  return [child ? { ...safetyReply(turn.lang), text: TEXT.safetyChild[turn.lang] } : safetyReply(turn.lang)];
}

/** "ad ơi cho e hỏi", "cho mình hỏi chút", "can I ask something": asking to ask, with no question yet (folded). */
const ASKS_TO_ASK = /^(?:(?:xin )?chao (?:\w+ ){0,2}|(?:a|anh|chi|c|co|chu|ad|admin|bac|ban|em|e) oi )*(?:cho |xin )?(?:(?:em|e|minh|mk|toi|tui|chau|con|t) )?(?:xin )?hoi(?:\s+(?:voi|chut|ti|xiu|cai|nay|ty|it|viec|mot chut|mot viec|a|nhe|nha|duoc khong|dc ko|dc k|duoc ko|anh|chi|ad|co|chu))*$|^(?:hi |hello )?(?:can|may|could) i ask (?:you )?(?:something|a question)(?: please)?$/;

async function answerFreeText(turn: Turn, deps: RouterDeps, question: string, truncated: boolean): Promise<Reply[]> {
  // Asking to ask: the invitation to ask (or tell), not "the plans do not answer this".
  if (ASKS_TO_ASK.test(foldKey(question))) return [{ text: TEXT.askAway[turn.lang], choices: menuChoices(turn.lang, turn.message.channel) }];
  // What it tells besides its question opens the narrative if the reporter goes on to report from the answer's button.
  if (turn.text && deps.reportFlow.hasStory(turn.text.full)) keepSeed(turn, turn.text.full);
  // The question answered just before reads a follow-up with it ("còn Gia Lai thì sao?", the province asked back: "Dak Lak");
  // a short follow-up keeps the whole question it completes for the next one ("còn Huế?").
  // A longer question is read alone: it says what it asks (and its several parts are each answered).
  const before = isShortFollowUp(question) ? turn.data.lastAnswered : undefined;
  const previous = before && isShortFollowUp(before) && turn.data.lastPrevious ? turn.data.lastPrevious : before;
  const answer = await deps.answerQuestion(question, turn.lang, previous ? { previous } : undefined);
  turn.data.lastAnswered = question;
  if (previous) turn.data.lastPrevious = previous;
  else delete turn.data.lastPrevious;
  const reply = renderAnswer(answer, turn.lang, { more: true });
  const lang = answer.language ?? turn.lang;
  const note = truncated ? [{ text: TEXT.truncated[lang] }] : [];
  if (answer.found) return [...note, reply];
  return [...note, { ...reply, text: `${reply.text}\n\n${TEXT.notFoundHint[lang]}`, choices: menuChoices(lang, turn.message.channel) }];
}

/** "Xem thêm": the rest of the last answer, answered again from the plans (nothing of it is stored). */
async function answerMore(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const question = turn.data.lastAnswered;
  if (!question) return askMode(turn);
  const previous = turn.data.lastPrevious;
  return [renderAnswerMore(await deps.answerQuestion(question, turn.lang, previous ? { previous } : undefined), turn.lang)];
}

/** A question of a few words ("còn Gia Lai?", "Dak Lak", "thế còn Tòa án?"): read with the one before it. */
const isShortFollowUp = (question: string): boolean => (question.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 7;

/** The user said the unclear message was a question: answer it now, without asking them to type it again. */
async function answerPending(turn: Turn, deps: RouterDeps): Promise<Reply[]> {
  const question = turn.data.pendingQuestion ?? "";
  delete turn.data.pendingQuestion;
  if (turn.data.pendingSeed) turn.data.declinedStory = turn.data.pendingSeed;
  delete turn.data.pendingSeed;
  delete turn.data.offeredAgain;
  turn.state.mode = "ask";
  return answerFreeText(turn, deps, question, false);
}

/** One clarifying choice when the chat cannot tell a question about the plans from a concern about a child. */
function askWhich(turn: Turn, full: string, processing: string): Reply[] {
  keepSeed(turn, full);
  turn.data.pendingQuestion = processing;
  const en = turn.lang === "en";
  const choices = [
    { id: "menu:report", label: en ? "Report a child" : "Báo tin về một trẻ em" },
    { id: "menu:ask", label: en ? "Ask about the plans" : "Hỏi về kế hoạch" },
    { id: "menu:call", label: en ? "Call 111" : "Gọi 111" },
  ];
  return [{ text: TEXT.askOrReport[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
}

/**
 * What a report would start with: a story told before stays, and what is typed now is added to it,
 * never put in its place ("dạ, báo giùm tui" after the story is an answer, not a new story).
 */
function keepSeed(turn: Turn, text: string): void {
  const before = turn.data.pendingSeed;
  if (!before) { turn.data.pendingSeed = text; return; }
  // A bare "ok", "có", "dạ" adds nothing; a short part of the story ("e 11t", "e o Tuy Hoa") is kept.
  if (before.includes(text) || (text.trim().split(/\s+/).length <= 3 && !/\d/.test(text))) return;
  turn.data.pendingSeed = `${before}\n${text}`;
}

/** Saying the message is a report (folded): "tôi muốn báo tin", "xin trình báo", "em muốn tố cáo", "báo cáo nhanh", "I want to report". */
/** Saying yes to the report offer in one's own words (folded), a short message that asks nothing: "e muon bao tin", "vâng, báo giúp tôi", "I want to report it". */
const REPORT_INTENT = /\bbao ho (?:(?:em|toi|tui|minh|chau|con|e|t) )?(?:voi|nha|nhe|di)\b|\b(?:muon|mun|xin|can|dong y|se|de) (?:\w+ )?(?:bao|ke|to cao|trinh bao|phan anh)\b|\b(?:u|uh|ok|vang|da|the|vay) thi bao\b|\bthi bao (?:di|luon|vay)\b|(?:^|\s)thi bao$|\b(?:bao tin|bao cho (?:can bo|co chu|cac anh chi|anh chi|cong an)|bao giup|bao gium|bao dum|bao di|bao luon|to cao|trinh bao)\b|\b(?:want|like|need) to (?:report|tell)\b|\breport (?:it|this|that|him|her|them)\b/;

/** A no to the offer to report, said in words (folded): "thôi em không báo đâu", "ko muốn kể nữa", "not now", "I don't want to report". */
const DECLINES_OFFER = /^(?:(?:thoi|da|u|um|vang|no|nah)\s+)*(?:(?:em|e|con|minh|mk|toi|tui|chau|t|i)\s+)?(?:(?:khong|ko|k|hong|chua|hem|chang)\s+(?:muon\s+|mun\s+|can\s+|dam\s+)?(?:bao|ke|bao tin|noi|report|tell)|(?:don t|do not|dont)\s+(?:want\s+to\s+|wanna\s+)?(?:report|tell)|not now|no thanks)(?:\s+(?:dau|nua|a|nha|nhe|thoi|luc nay|bay gio|gio|it|anyone|now|ai))*$/;

/** Putting the report off ("để mai tôi báo", "để tui hỏi ý chồng tui đã", "let me think", "later") (folded). */
/** A yes to reporting as if it had been asked (folded): "yes please", "ok thanks", "sure, go ahead". */
const YES_PLEASE = /^(?:yes|yeah|yep|ok|okay|sure)\s*(?:please|thanks|thank you|do it|go ahead)\b/;
/** A bare acknowledgement (folded): "ok", "dạ", "vâng ạ", "ừ", "ok cảm ơn", "yes", "sure". */
const ACKNOWLEDGED = /^(?:(?:ok|oke|okay|oki|okie|okela|da|vang|u|uk|ukm|um|o|yes|yeah|yep|sure|alright|uh huh|duoc|dc)\s*)+(?:(?:a|nhe|nha|cam on|thanks|thank you|ban|nhe ban)\s*)*$/;

/** The writer putting off the report itself (folded): "để mai tôi báo", "để tui hỏi ý chồng tui đã", "let me think", "I'll report it later" (not "he comes back tomorrow"). */
const WAITS_TO_REPORT = /\b(?:de mai(?: (?:toi|tui|em|minh|t|e))? (?:bao|tinh|noi|ke)|mai (?:toi|tui|em|minh|t|e) (?:bao|ke|noi)|de (?:toi|tui|em|minh) (?:hoi|suy nghi|nghi|ban)|hoi y (?:\w+ ){0,3}(?:da|truoc)|suy nghi (?:da|them)|de sau (?:toi|tui|em|minh) bao|let me (?:think|ask|check)|i ll (?:report|do it|come back|tell you|write) (?:\w+ )?(?:later|tomorrow))\b/;
const WAITS = /\b(?:de mai|mai (?:toi|tui|em|minh) bao|de (?:toi|tui|em|minh) (?:hoi|suy nghi|nghi|ban)|hoi y|suy nghi (?:da|them)|de sau|luc khac|let me (?:think|ask|check)|later|tomorrow)\b/;

/** A yes said as its own first clause, with more after it: "có, mà ...", "yes please. also ...", "ok, nhưng ..." (not "có ai biết không?"). */
function yesFirst(full: string): boolean {
  const m = /^([^,.!;?]+)[,.!;]\s*\S/u.exec(full.trim());
  return m !== null && /^(?:da |vang |u |uh )?(?:co|vang|u|uh|um|ok|oke|okay|yes|yeah|yep|sure|duoc|dong y|bao di|bao luon)(?: (?:a|please|nhe|nha|chi|anh|em|ad|roi))*$/.test(foldKey(m[1]!));
}

function wantsToReport(full: string, folded: string): boolean {
  return folded.split(" ").length <= 14 && REPORT_INTENT.test(folded) && !asksAnything(full, folded) && !/\b(?:khong|ko|chua|dung|not|don t|dont)\b (?:\w+ )?(?:muon|mun|bao|want|report)\b/.test(folded);
}

/** A clause of a longer story that says the writer reports it: "nên muốn báo để ...", "Tôi muốn báo cho chính quyền", "vậy thôi tôi báo luôn". */
function clauseSaysReport(full: string): boolean {
  return full.split(/[.;!\n]+|,\s*(?=(?:nên|nen|vì vậy|vi vay|vậy|vay|thôi|thoi)\b)/iu).some((clause) => {
    const key = foldKey(clause).replace(/^(?:(?:nen|vi vay|vay|vay thi|thoi|the nen|cho nen|a|ok|u|da|vang|nhung|em lo cho be qua nen|lo qua nen)\s+)+/, "");
    // "Tôi phải bảo vệ con tôi thế nào?": "bảo vệ", "bao nhiêu", "bao giờ" are not "báo"; a question is not a report said.
    if (/\bbao (?:ve|nhieu|gio|lau|ho|hiem)\b/.test(key) || isQuestionLike(clause)) return false;
    return key.split(" ").length <= 16 && (SAYS_REPORT.test(key) || /^(?:(?:toi|tui|em|minh|mk|chau|con|t|e|chung toi) )?(?:lo (?:\w+ ){0,3})?(?:nen )?(?:muon|mun|xin|can) (?:duoc )?(?:bao|to cao|trinh bao|phan anh)\b/.test(key) || /^(?:(?:toi|tui|em|minh|mk|t|e) )?(?:bao|to cao) luon\b/.test(key));
  });
}

const SAYS_REPORT = /^(?:(?:kinh |xin )?(?:gui|chao) [\w ]{0,30}?[,.:;]\s*)?(?:(?:xin chao|kinh chao|chao|hello|hi|hey|alo|a lo)(?: (?:ban|anh|chi|co|chu|bac|ad|admin|moi nguoi|tong dai|can bo|anh chi|co chu|ca nha))?\s+)?(?:(?:a|anh|chi|c|co|chu|ad|admin|bac|ban) oi\s+)?(?:(?:toi|tui|em|minh|mk|chau|con|t|e|chung toi) )?(?:(?:muon|mun|xin|can|dinh|muon duoc|xin phep|phai) )(?:bao tin|bao cao|bao lai|bao viec|bao chuyen|bao vu|trinh bao|to cao|phan anh|thong bao|bao)\b|^(?:trinh bao|bao cao nhanh|bao cao|to cao|phan anh|bao tin)\b|\bi (?:want|would like|need|am writing|m writing) to report\b|^(?:i m|i am) reporting\b/;

/** Opening words of a clause that says nothing yet (folded): thanks, a no, "vậy", "thôi". */
const CLAUSE_OPENER = /^(?:(?:cam on|thanks|thank you|khong|ko|no|vay|the|thoi|a|ok|u|da|vang|nhung)\s*)+/;

/**
 * "Cảm ơn. Vậy tôi cũng muốn báo chuyện của cháu cho cán bộ luôn.", "không, tôi muốn báo tin chứ không hỏi nữa": a clause of
 * its own, after thanks or a no, says that the writer will report.
 */
function clauseWillReport(full: string): boolean {
  // "Tôi phải bảo vệ con tôi thế nào?": a question, and "bảo vệ" (protect), "bao lâu" are no report.
  return full.split(/[.,;!:\n]+/).some((c) => {
    const key = foldKey(c).trim().replace(CLAUSE_OPENER, "").replace(/^((?:toi|tui|em|minh|mk|chau|con|t|e|chung toi) )cung /, "$1");
    // "tôi phải báo cáo lại với lãnh đạo", "cần báo cáo số liệu": an official's reporting, not a report of a child.
    return !c.includes("?") && !/\bbao (?:ve|ho|dam|lau|nhieu|gio|cao)\b|\bphai bao\b/.test(key) && SAYS_REPORT.test(key);
  });
}

/** Wanting to tell something not yet told (folded): "con có chuyện muốn kể", "em muốn kể chuyện này", "i need to tell someone". */
/** A message that only says a question or a story will follow (folded): "cho em hỏi", "mình muốn hỏi chút", "can I ask you something". */
const LEADS_IN = /^(?:(?:da|a|vang|alo|chao|hi|hello|hey|oi|ad|admin|ban)\s+)*(?:(?:cho|xin|cho phep)\s+)?(?:(?:em|e|minh|mk|mik|toi|tui|chau|con|t)\s+)?(?:xin\s+)?(?:muon\s+|can\s+)?(?:hoi|tu van|hoi tham)(?:\s+(?:chut|ti|xiu|cai|1 chut|mot chut|mot viec|1 viec|viec nay|chuyen nay|duoc khong|dc ko|duoc ko|dc khong|voi|a|nhe|nha|ad|admin|ban|co|chu|anh|chi))*$|^(?:(?:hi|hello|hey)\s+)?(?:can|could|may) i (?:ask|tell) (?:you )?(?:something|a question|sth|smth)(?: please)?$|^(?:(?:hi|hello|hey)\s+)?i (?:have|ve got|got) a question$|^(?:(?:hi|hello|hey)\s+)?i need (?:some )?(?:advice|help)(?: please)?$/;

const WANTS_TO_TELL = /\b(?:co )?(?:chuyen|viec|dieu)\s+(?:\w+\s+)?(?:muon|can|phai|khong dam)\s+(?:ke|noi|tam su)\b|\b(?:muon|can|khong dam)\s+(?:ke|noi|tam su)\s+(?:chuyen|viec|dieu|voi|cho)\b|\b(?:i|we)\s+(?:need|want|have)\s+to\s+tell\s+(?:someone|you|somebody)\b|\bi have something to tell\b/;
/** A child's words for themself to grown-ups, opening the message: "con ...", "cháu ...", "em ...", "cô chú ơi con ..." (folded). */
const CHILD_SELF = /^(?:(?:co chu|co|chu|anh chi|anh|chi|ad|admin|bac|thay)\s+oi\s+)?(?:con|chau|em|e)\b|\b(?:con|chau|em|e)\s+so\b/;
/** Telling about a child, not about oneself (folded): "kể về đứa cháu", "về một bé", "about my niece". */
const ABOUT_A_CHILD = /\bve (?:mot |dua |be |con |thang |dua nho |tre |chau |em be )|\babout (?:a|my|the|our) /;
/** A grown-up's words for themself (folded). */
const ADULT_SELF = /\b(?:toi|tui|tao)\b|\bi am (?:a|the|her|his)\b|\bcon (?:cua )?(?:toi|tui|minh|em)\b/;

/** Words that may follow "tôi muốn báo" and still tell nothing of a story: "tin", "ạ", "một vụ việc", "về trẻ em", "cho cán bộ". */
const NOTHING_TOLD = /\b(?:tin|a|nha|nhe|voi|giup|gium|dum|cho|can bo|co chu|anh chi|ve|mot|vu|viec|vu viec|truong hop|chuyen|tre em|ad|admin|oi|ah|vay|nay|please|it|this|something|a case|case|about|child|children|abuse)\b/g;

/** The message only says it is a report ("xin chào, tôi cần báo tin", "I want to report something"): no story in it yet. */
function onlySaysReport(folded: string): boolean {
  const m = SAYS_REPORT.exec(folded);
  if (!m || folded.slice(0, m.index).replace(/\b(?:hello|hi|hey|dear|good (?:morning|afternoon|evening)|xin chao|chao|alo|a lo)\b/g, " ").trim() !== "") return false;
  const after = folded.slice(m.index + m[0].length);
  const rest = after.replace(NOTHING_TOLD, " ").trim();
  if (rest === "") return true;
  // "tôi muốn báo tin về cháu gái tôi", "về đứa bé nhà hàng xóm", "about my neighbour's kid": who it is about, and nothing yet of what
  // happened; only after "về" / "about" ("báo tin: bé ở nhà một mình", "báo tin họ bán con tôi" tell what happened).
  return /^\s*(?:tin\s+|chuyen\s+|viec\s+)?(?:ve|about)\b/.test(after) && !/\bmot minh\b/.test(after) && rest.split(/\s+/).every((w) => WHO_ONLY.has(w));
}

/** A child being hurt, in a few words (folded): "có đứa nhỏ bị đánh", "con nít bị hành hạ", "a kid is being beaten". */
const CHILD_HURT = /\b(?:dua nho|dua be|dua tre|con nit|tre con|tre em|tre|be|chau|thang nho|con nho|thang be|con be|em be|nhoc|a child|a kid|kid|child|boy|girl|baby)\b(?:\s+\S+){0,3}?\s+(?:bi\s+)?(?:(?:dang|van|hay)\s+)?(?:bi\s+)?(?:danh|dap|hanh ha|bao hanh|xam hai|hiep dam|sam so|bo doi|nhot|quat|dam|is being (?:hit|beaten|abused|hurt)|being (?:hit|beaten|abused|hurt)|gets? (?:hit|beaten)|is (?:hit|beaten|abused))\b/;

/** Words that only say whom a report is about (folded): kin, a child, a neighbour, whose. */
const WHO_ONLY: ReadonlySet<string> = new Set(["chau", "gai", "trai", "con", "be", "em", "dua", "nho", "thang", "toi", "tui", "minh", "mk", "e", "t", "nha", "hang", "xom", "ben", "canh", "doi", "dien", "hoc", "sinh", "lop", "ban", "cua", "o", "my", "our", "neighbour", "neighbor", "neighbour's", "neighbor's", "neighbours", "neighbors", "s", "kid", "kids", "niece", "nephew", "son", "daughter", "grandchild", "grandson", "granddaughter", "student", "friend", "friend's", "the", "a", "girl", "boy", "cousin", "ho", "ruot"]);

/**
 * Someone describing harm at the menu is offered the report route; what they typed is kept for it.
 * A child writing about themself reads safety advice first, in words meant for a child.
 */
/** The report was just offered ("Bạn muốn báo tin ...?") and not yet answered. */
function offerPending(turn: Turn): boolean {
  const offers = new Set([TEXT.maybeReport[turn.lang], TEXT.maybeReportChild[turn.lang], TEXT.offerAgain[turn.lang], TEXT.offerAgainChild[turn.lang]]);
  return turn.state.lastChoices.some((c) => c.id === "menu:report") && (turn.data.lastDelivery?.replies.some((r) => offers.has(r.text) || /Em có muốn báo tin|Bạn muốn báo tin|Do you want to report/.test(r.text)) ?? false);
}

/** Side topics about what reporting brings to the writer (who will know, the family told, being hurt for it). */
const ABOUT_REPORTING: ReadonlySet<string> = new Set(["privacy", "parents", "hurtForTelling"]);

/** A question about reporting itself (who will know, what happens next, 111, photos) asked before the report starts: its answer, or null. */
function offerSideAnswer(turn: Turn, deps: RouterDeps, text: string, childKnown = false): Reply | null {
  // "hua cho mik skin neu mik gui anh ko mac ao": someone asking the child for pictures: what to do about it comes with the offer (walk 49).
  const images = imagesAsked(foldKey(text)) && deps.triage(text).category === "online_abuse" ? [demandTopic(text)] : [];
  if (images.length === 0 && !asksAnything(text, foldKey(text))) return null;
  const topics = [...images, ...sideTopics(text).filter((t) => t !== "question" && t !== "thanks" && t !== "act" && t !== "actSelfHarm" && t !== "demand" && t !== "demandNone" && t !== "demandTaken")];
  if (topics.length === 0) return null;
  // The story offered tells who writes ("em 14 tuổi, ..."), more than a short question does.
  const child = childKnown || deps.childWriting(turn.text?.processing ?? text) || (turn.data.pendingSeed !== undefined && deps.childWriting(turn.data.pendingSeed));
  return { text: sideAnswerText(topics, (t) => say(t, turn.lang, child)), links: [HOTLINE[turn.lang]] };
}

/** `childAnswers`: the side answers in a child's words too (a procedure question that tells a child's fear: "is 111 free? i am scared to go home"). */
function offerReport(turn: Turn, full: string, child: boolean, deps?: RouterDeps, childAnswers = false): Reply[] {
  keepSeed(turn, full);
  const en = turn.lang === "en";
  const own = deps ? ownSelfHarm(full, deps) : false;
  const choices = [
    { id: "menu:report", label: child ? (en ? "Yes, I want to tell" : "Có, em muốn kể") : en ? "Yes, report it" : "Có, báo tin" },
    { id: "menu:ask", label: en ? "No, I have a question" : child ? "Không, em muốn hỏi" : "Không, tôi muốn hỏi" },
    { id: "menu:call", label: en ? "Call 111" : "Gọi 111" },
  ];
  // "... Nếu tôi báo thì nhà bố cháu có biết ai báo không?": the question is answered with the offer, not left for later.
  const asked = deps ? offerSideAnswer(turn, deps, full, childAnswers && child) : null;
  // "Em sợ cũng không sao. Em không có lỗi. Nếu em thấy không an toàn, ..." said in the answer: the offer does not say it again (walk 35).
  const saidOnce = child && asked !== null && /không có lỗi|not your fault/.test(asked.text) ? TEXT.maybeReportChild[turn.lang].replace(/^.*?(?=Gọi 111|Call 111)/s, "") : null;
  if (asked && !own) return [asked, { text: saidOnce || (child ? TEXT.maybeReportChild[turn.lang] : TEXT.maybeReport[turn.lang]), choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
  if (own) return [{ ...safetyReply(turn.lang), text: (child || own === "child" ? TEXT.selfHarmChild : TEXT.selfHarm)[turn.lang] }, { text: child || own === "child" ? TEXT.maybeReportChild[turn.lang].replace(/^.*?(?=Em có muốn|Do you want)/s, "") : TEXT.maybeReport[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
  if (deps && othersSelfHarm(full, deps)) return [{ ...safetyReply(turn.lang), text: othersSelfHarmAdvice(full, child)[turn.lang] }, { text: child ? TEXT.maybeReportChild[turn.lang].replace(/^.*?(?=Em có muốn|Do you want)/s, "") : TEXT.maybeReport[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
  // "bạn em bị ba bạn ấy đánh": a child telling of a friend is told what to do for the friend, not that it is not their fault.
  const friend = child && deps !== undefined && deps.reportFlow.friendTold(full);
  // "a guy from tiktok wants me to come to his place tomorrow": the advice for a lure (do not go, a trusted adult, keep the messages), then the offer (C42).
  if (!friend && onlineMeetingSaid(full)) {
    const toChild = child || onlineMeetingOfWriter(full);
    return [{ text: say(T.emergencyOnlineMeet, turn.lang, toChild), links: [HOTLINE[turn.lang]] }, { text: toChild ? TEXT.maybeReportChild[turn.lang].replace(/^.*?(?=Em có muốn|Do you want)/s, "") : TEXT.maybeReport[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
  }
  return [{ text: friend ? TEXT.maybeReportFriend[turn.lang] : child ? TEXT.maybeReportChild[turn.lang] : TEXT.maybeReport[turn.lang], choices: choicesFor(turn.message.channel, choices), links: [HOTLINE[turn.lang]] }];
}
