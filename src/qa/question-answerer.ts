/**
 * Answers officials' questions from the parsed plans, in memory and with no network.
 * Indexes are built once by `createQuestionAnswerer`; `answer` is pure and fast (a few
 * inverted-index lookups), so every channel can call it per message.
 */
import type { Agency, ParsedPlan, Province, Task } from "../kb/types.ts";
import { foldKey, foldWords } from "../core/vietnamese-text.ts";
import type { Answer, Intent, Language, QaRegistry } from "./answer-types.ts";
import { agencyIdsIn, agencyLabel, composeAnswer, foldOnce, vnDate, composeNotFound, coverageStatement, emptyDraft, foldedNames, planLabel, provinceLabel, titleWordSet, tr, type ComposeContext, type Draft } from "./answer-composer.ts";
import { createAgencyFinder, createProvinceFinder, createShortFormReader, createTypoCorrector } from "./fuzzy-lookup.ts";
import { createPlanPhraseFinder } from "./plan-phrases.ts";
import {
  answerAmountForBody, answerBudget, answerCount, withFundingBesideCount, answerDuties, topicOnlyElsewhere, answerNamedList, answerFact, answerFromKinds, answerLead, answerLegalBasis, answerPlanDetails, answerPlanLead,
  answerRecommendation, answerPlanProvince, ARTICLE_PATH_RE, asksSeveralBodies, ASKS_DOCUMENTS_RE, ASKS_PROVINCES_RE, describeGroup, predecessorsOf, shown, type AssignmentGroup, type HandlerContext,
  jobPremise,
} from "./intent-handlers.ts";
import { createPassageIndex, termsOf, type Passage } from "./passage-index.ts";
import { answerAppendixPeriod, isPeriodOf, answerDocumentReference, answerMentions, answerOfficeHolder, answerSection, answerRecipients, answerSubmission, asksRecipients, externalRefs } from "./reference-handlers.ts";
import { questionAfterContext, statementThenQuestion } from "./context-sentence.ts";
import { COMPARE_RE, contentTerms, createQuestionParser, detectIntent, isStopword, namesTopicBesideList, PLAN_PERIOD_RE, PREMISE_RE, translateTerms, type ParsedQuestion } from "./question-parser.ts";
import { answerNamedPartners } from "./named-partners.ts";
import { answerAgencyRows, APPENDIX_NAMED_RE, answerHeldPlans, answerAllHeldPlans, answerPlanRoutine, answerPlansNaming, answerProvincePlans } from "./plan-routines.ts";
import { answerProgrammeMembership } from "./programme-membership.ts";
import { answerRolesByPlan } from "./roles-by-plan.ts";
import { keepsTopic, pointedBack, secondQuestion, withSecondAnswer, withTopicOf } from "./two-part-questions.ts";
import { MERGED_NOW_RE, offersChoice } from "./question-wording.ts";
import { answerPremise, asksDuration, checkAnswer } from "./answer-check.ts";
import { answerDocumentNumber, asksOwnNumber } from "./document-numbers.ts";
import { answerCitedIssuer } from "./cited-issuer.ts";
import { answerMissingItem } from "./missing-item.ts";
import { answerGroupMembers } from "./group-members.ts";
import { answerPartBodies } from "./part-bodies.ts";
import { showDutyList } from "./duty-list-section.ts";
import { answerSignedClaim } from "./signed-claim.ts";
import { asksBodyAddress, asksBodyPhone, asksContactPerson, asksHotlineService, asksProcedurePapers, hotlineServiceLines, mentionsContact, plansWriteContact, publicDetailLine, reportsGoThroughPointer, REPORTING_WORDS } from "./public-details.ts";
import { createAbsentTopicFinder, withAbsentTopic } from "./absent-topics.ts";
import { answerNamedPeriod, asksPeriodApart, periodNotHeld } from "./named-period.ts";
import { withNamedSuccessorSaid, withTodaysBodyFirst } from "./todays-body.ts";
import { withStatedPremise, type StatedPremiseDeps } from "./stated-premise.ts";
import { withHigherSaid } from "./higher-target.ts";
import { answerUnnamedProvince, asksUnnamedProvince } from "./unnamed-province.ts";
import { memoByObject, memoByPlan, memoByPlans, memoByText, ownNumbers, ownNumbersOf, planHolds, trimmedLines } from "./memo.ts";

export interface QuestionAnswererDeps {
  plans: ParsedPlan[];
  registry: QaRegistry;
  /** ISO date (YYYY-MM-DD) the answers are given on: decides whether a plan's period has ended. */
  today: string;
  /** Minimum share of a question's weight a passage must hold; tuned on the dev set. */
  minCoverage?: number;
}

/** The conversation so far: the question asked just before, for a follow-up ("còn Huế thì sao?"). */
export interface AnswerContext { previous?: string }

export interface QuestionAnswerer {
  answer(question: string, context?: AnswerContext): Answer;
}

/** Builds the indexes once and returns the answerer. */
export function createQuestionAnswerer(deps: QuestionAnswererDeps): QuestionAnswerer {
  const { plans, registry, today } = deps;
  const index = createPassageIndex(plans);
  const correct = createTypoCorrector(index.vocabulary);
  const parseAnew = createQuestionParser({ registry, findProvinces: createProvinceFinder(registry, index.vocabulary), findAgencies: createAgencyFinder(registry), findShortForms: createShortFormReader(registry),
    provincesWithPlans: new Set(plans.map((p) => p.province.provinceId).filter((id): id is string => id !== null)),
    planNumbers: new Set(plans.map((p) => p.documentNumber.split("/")[0]!)) });
  // One question is read several times while it is answered (its introduction cut, its parts, the whole again): each text is
  // parsed once per question. Kept for the question being answered only, so nothing of one question is held for the next.
  let parsedNow = new Map<string, ParsedQuestion>();
  const parse = (raw: string): ParsedQuestion => {
    let q = parsedNow.get(raw);
    if (!q) parsedNow.set(raw, (q = parseAnew(raw)));
    return q;
  };
  const groupOf = createGroupLookup(plans, index.passages);
  const coverage = { vi: coverageStatement(plans, registry, "vi"), en: coverageStatement(plans, registry, "en") };
  const minCoverage = deps.minCoverage ?? 0.3;

  // The plans a sentence names by its place or document number; null when it names neither.
  const plansNamed = (text: string): string[] | null => {
    const q = parse(text);
    return q.provinces.length === 0 && !namedNumber(q) ? null : choosePlans(q, plans).map((p) => p.documentNumber);
  };

  const absentTopics = createAbsentTopicFinder(index);
  const writesPlanPhrase = createPlanPhraseFinder(index.passages);

  const premiseDeps: StatedPremiseDeps = { plans, registry, index, groupOf, parse, choosePlans, answer: (raw) => answerOne(raw) };
  const answerOne = (question: string, context?: AnswerContext): Answer => {
    const q = recipientNotAsked(bodiesBesideHolder(readingOfNamedPlan(context?.previous ? withPrevious(parse(question.trim()), parse(context.previous.trim()), parse) : parse(question.trim()))));
    // "Ai lo an toàn xe đưa đón trẻ mầm non?": a topic no plan uses is not answered by a passage sharing the question's other words.
    const refsHeld = q.documentRefs.every((r) => plans.some((p) => planHolds(p, r)));
    // "Bây giờ gửi qua đâu?", "who does that job now?": today's body first, the plan's body kept as its predecessor (todays-body.ts).
    // "Sở Y tế có chủ trì dinh dưỡng cho trẻ khuyết tật không?" answered from the plan: the word it never writes is said first.
    // "Since the Department of Health handles birth certificates, ...": a task the question puts on a body the plan does not (stated-premise.ts).
    return withStatedPremise(q, withNamedSuccessorSaid(q, withTodaysBodyFirst(q, withAbsentTopic(q, withUnwrittenPart(q, answerParsed(q), plans, registry), absentTopics(q.terms), coverage[q.language], refsHeld), plans, registry), plans, registry), premiseDeps);
  };

  /**
   * "KH 2130: ... Sở NV chủ trì ...": a short form with two readings, in a question about a plan it names by number, means the
   * one that plan gives tasks to when it gives tasks to only one of them; the question is read again with that body's name.
   */
  const readingOfNamedPlan = (q: ParsedQuestion): ParsedQuestion => {
    if (q.ambiguous.length !== 1 || !(namedNumber(q) || plans.some((p) => numberNamed(p).test(q.folded)))) return q;
    const chosen = choosePlans(q, plans);
    if (chosen.length === 0 || chosen.length === plans.length) return q;
    const f = q.ambiguous[0]!;
    // The decision's own articles ("Điều 3. Chánh Văn phòng ..., Sở Ngoại vụ ... chịu trách nhiệm thi hành") give no task of the plan.
    const held = f.options.filter((o) => chosen.some((p) => p.assignments.some((a) => a.agencyId === o.id && !/^Điều \d+/u.test(a.sectionPath))));
    if (held.length !== 1) return q;
    const at = q.raw.toLowerCase().indexOf(f.written.toLowerCase());
    if (at < 0) return q;
    const again = parse(`${q.raw.slice(0, at)}${held[0]!.name}${q.raw.slice(at + f.written.length)}`);
    return again.ambiguous.length === 0 && again.agencies.some((a) => a.id === held[0]!.id) ? again : q;
  };

  /**
   * "Sở NV Đắk Lắk chủ trì việc gì trong 2041?": a short form with two readings, in a question about a plan named by its number
   * that gives tasks to both of them: each reading is answered from that plan, quoted, and the answer asks which one was meant.
   */
  const eachReading = (q: ParsedQuestion): Answer | null => {
    // Named by its province alone the plan is not yet chosen (Đắk Lắk has two): the question is asked back as it is.
    if (q.ambiguous.length !== 1 || !(namedNumber(q) || plans.some((p) => numberNamed(p).test(q.folded)))) return null;
    const chosen = choosePlans(q, plans);
    if (chosen.length === 0 || chosen.length === plans.length) return null;
    const f = q.ambiguous[0]!;
    const held = f.options.filter((o) => chosen.some((p) => p.assignments.some((a) => a.agencyId === o.id && !/^Điều \d+/u.test(a.sectionPath))));
    const at = q.raw.toLowerCase().indexOf(f.written.toLowerCase());
    if (held.length < 2 || at < 0) return null;
    const read = held.map((o) => {
      const again = parse(`${q.raw.slice(0, at)}${o.name}${q.raw.slice(at + f.written.length)}`);
      const ok = again.ambiguous.length === 0 && again.agencies.some((a) => a.id === o.id);
      return { o, a: ok ? answerParsed(again) : null };
    }).filter((x): x is { o: typeof held[number]; a: Answer } => x.a !== null && x.a.found && x.a.agencies.some((g) => g.name === x.o.name));
    if (read.length < 2) return null;
    const names = read.map((x) => (q.language === "en" ? `${x.o.name} (${x.o.english})` : x.o.name));
    const lines = [tr(q.language, `“${f.written}” có thể là ${names.join(" hoặc ")}; kế hoạch giao việc cho cả hai. Bạn hỏi về cơ quan nào?`,
      `“${f.written}” may mean ${names.join(" or ")}; the plan gives tasks to each. Which one do you mean?`)];
    for (const x of read) lines.push(`— ${x.o.name}:`, ...x.a.answer.split("\n"));
    const first = read[0]!.a;
    return {
      ...first,
      answer: lines.filter((l, i) => !l.startsWith("— ") ? lines.indexOf(l) === i : true).join("\n"),
      agencies: read.flatMap((x) => x.a.agencies),
      citations: read.flatMap((x) => x.a.citations),
      notes: [...new Set(read.flatMap((x) => x.a.notes))],
      successors: read.flatMap((x) => x.a.successors),
      planExpired: read.some((x) => x.a.planExpired),
      confidence: Math.min(...read.map((x) => x.a.confidence)),
      clarify: { written: f.written, options: read.map((x) => x.o.name) },
    };
  };

  const answerParsed = (q: ParsedQuestion): Answer => {
    {
      const ctx: ComposeContext = { registry, today, lang: q.language, intent: q.intent, named: q.agencies.map((a) => a.id) };
      // "Can I report to 111 in English?", "Gọi 111 có mất phí không?": what the line is; the plans say nothing of how it serves a caller.
      const service = q.raw.length > 0 ? asksHotlineService(q) : null;
      if (service) return composeNotFound(ctx, coverage[q.language], hotlineServiceLines(q.language, service));
      if (q.raw.length === 0 || !(q.onTopic || q.provinces.length > 0 || asksUnnamedProvince(q.folded) || writesPlanPhrase(q.folded))) return composeNotFound({ ...ctx, intent: "off_topic" }, coverage[q.language], []);
      if (q.ambiguous.length > 0 && (q.agencies.length === 0 || writtenFirst(q)) && !guessedBody(q)
        && !offersChoice(q.folded, foldKey(q.ambiguous[0]!.written), q.mentions.agencies.map((m) => foldKey(m)))) return eachReading(q) ?? askWhich(q, ctx, coverage[q.language]);
      const chosen = choosePlans(q, plans);
      if (chosen.length === 0) return composeNotFound(ctx, coverage[q.language], [noPlanReason(q, registry)]);
      // "Hồ sơ nhận con nuôi cần giấy tờ gì?", "Số điện thoại của Sở Y tế Gia Lai?": details no plan holds (public-details.ts).
      if (asksProcedurePapers(q)) return composeNotFound(ctx, coverage[q.language], [publicDetailLine(q.language, "papers")]);
      // "Đường dây nóng của Sở LĐTBXH là số mấy?", "Who is the contact person for plan 2130, and their email?": unless a chosen plan
      // writes a contact detail, the plans give none (public-details.ts); never a body's duty as if it held one.
      const contact = asksContactPerson(q) ? "person" : asksBodyPhone(q) ? "phone" : asksBodyAddress(q) ? "address" : null;
      if (contact && !plansWriteContact(chosen.map((p) => p.text))) {
        const pointer = contact === "person" && chosen.length < plans.length && chosen.length <= 2 ? reportsGoThroughPointer(chosen, q.language) : null;
        return composeNotFound(ctx, coverage[q.language], [publicDetailLine(q.language, contact), ...(pointer?.lines ?? [])], [], pointer);
      }
      // "KH 2509 ban hành năm 2019 đúng không?", "Was plan 1979 signed in 2018?": the date the plan writes, quoted (signed-claim.ts).
      const signed = answerSignedClaim(q, chosen, registry);
      if (signed?.alone) return composeAnswer(signed.draft, { ...ctx, intent: "plan_details" }, coverage[q.language]);
      // "Đắk Lắk giai đoạn 2021-2025 có chương trình ... không?": years none of the province's plans covers (named-period.ts); a
      // plan named by number and claimed for another province ("the 2014-2020 plan 2130 belongs to Gia Lai?") is answered below
      // with whose it is.
      // The cheap tests first (all are tests of the question alone).
      const provinceClaimed = chosen.length < plans.length && plans.some((p) => numberNamed(p).test(q.folded)) && asksPlanProvince(q);
      const unheld = provinceClaimed ? null : periodNotHeld(q, plans, registry, q.language);
      if (unheld) return composeNotFound(ctx, coverage[q.language], [unheld]);
      const ownTerms = correct(withoutDutyHeading(q, chosen, withoutPlanName(q, chosen)));
      // "Sở Y tế có chủ trì dinh dưỡng cho trẻ khuyết tật không?" of a plan that never writes "khuyết tật": the task it gives is sought without it.
      const base: HandlerContext = withoutUnwrittenWords({ q, terms: withPredecessorWords(q, ownTerms, registry, chosen), plans: chosen, index, registry, lang: q.language, groupOf, minCoverage });
      // "Is there a Bình Định plan, or only Gia Lai's?": which of the named provinces have plans.
      // "Văn bản nào không ghi tên tỉnh ban hành?": the plans whose province is not written, from what is stored of each (unnamed-province.ts).
      const held = answerHeldPlans(base, plans) ?? answerProvincePlans(base, plans) ?? answerAllHeldPlans(base, plans) ?? answerUnnamedProvince(base, plans);
      if (held) return composeAnswer(held, ctx, coverage[q.language]);
      // "QĐ 2130 ký năm 2016 phải không, có hiệu lực từ khi nào?": the date checked first, then the plan's details answer the rest.
      if (signed && q.intent === "plan_details") {
        const details = answerPlanDetails(base);
        return composeAnswer({ ...details, found: true, lines: [...signed.draft.lines, ...details.lines], citations: [...signed.draft.citations, ...details.citations] }, ctx, coverage[q.language]);
      }
      // "Mục V của KH 26 giao nhiệm vụ cho những sở nào?", "Điều 2 QĐ 2130 nêu những sở nào?": the bodies that part names (part-bodies.ts).
      const partBodies = answerPartBodies(base);
      if (partBodies) return composeAnswer(partBodies, ctx, coverage[q.language]);
      // "Nhóm công tác liên ngành gồm những ngành nào?": the members a plan writes in brackets after the group (group-members.ts).
      const members = answerGroupMembers(base);
      if (members) return composeAnswer(members, ctx, coverage[q.language]);
      // "Quyết định 2130 là của tỉnh nào?": the province the named plan states, or that it states none and what is inferred.
      if (provinceClaimed) {
        const province = answerPlanProvince(base);
        if (province.found) return composeAnswer(province, { ...ctx, intent: "plan_details" }, coverage[q.language]);
      }
      const unnamed = unnamedHolder(q, chosen, registry);
      if (unnamed) return composeNotFound(ctx, coverage[q.language], [unnamed]);
      // "Cơ quan số 11 trong phần tổ chức thực hiện là ai?" of a plan whose numbering skips it: not stated, with the gap (missing-item.ts).
      const skipped = answerMissingItem(base);
      if (skipped) return composeAnswer(skipped, ctx, coverage[q.language]);
      // "Điều 5 của Quyết định 2041 quy định gì?": an article the chosen decisions do not have is not answered from another part.
      const article = /\b(?:dieu|article)\s+(\d{1,2})\b(?!( \S+){0,2} (luat|nghi dinh|thong tu|cong uoc|law|decree|convention)\b)/.exec(q.folded)?.[1];
      if (article && chosen.some((p) => p.sections.some((s) => /^Điều \d+$/u.test(s.path))) && !chosen.some((p) => p.sections.some((s) => s.path === `Điều ${article}`))) {
        return composeNotFound(ctx, coverage[q.language], [tr(q.language, `${chosen.map((p) => p.documentNumber).join(", ")} không có Điều ${article}.`,
          `${chosen.map((p) => p.documentNumber).join(", ")} has no Article ${article}.`)]);
      }
      // "Đã có kế hoạch mới thay thế Kế hoạch 1979 chưa?", "Has Gia Lai replaced plan 2509?": what was issued after the held plans
      // is not in them; said as not stated, with the plans held (never a line of the plan as if it answered).
      if (asksReplacement(q.folded)) {
        const names = chosen.map((p) => p.documentNumber).join(", ");
        return composeNotFound(ctx, coverage[q.language], [tr(q.language,
          `Các kế hoạch trong kho không cho biết đã có văn bản nào thay thế ${names} hay chưa; kho không có kế hoạch nào ban hành sau để thay ${names}.`,
          `The plans in the knowledge base do not say whether anything has replaced ${names}; the knowledge base holds no later plan replacing it.`)]);
      }
      // "Người dân gọi số nào để tố giác?", "báo qua tổng đài 113 à?": the hotline number the plan writes, quoted.
      const hotline = chosen.length < plans.length ? answerHotline(base) : null;
      if (hotline) return composeAnswer(hotline, ctx, coverage[q.language]);
      // "gia lai plan: which number to report a child being hurt?" of plans that write no hotline: not stated (the national line follows).
      // "... phản hồi tin báo qua 111 sau bao lâu?": a span of time asked is no number to call (answer-check.ts says it is not stated).
      if (chosen.length < plans.length && (asksNumberToReport(q) || claimsNumberToReport(q.folded)) && !/\b(bao nhieu|how many|how much)\b/.test(q.folded) && !asksDuration(q.folded)) {
        const names = chosen.map((p) => p.documentNumber).join(", ");
        return composeNotFound(ctx, coverage[q.language], [tr(q.language, `${names} không ghi số tổng đài hay số điện thoại để báo tin.`,
          `${names} does not state a hotline or phone number to report to.`)]);
      }
      // "KH 26 thực hiện QĐ 1235 đúng không?", "tập huấn cho 2.479 cán bộ phải không?": the premise checked against the plan, quoted.
      // "Phụ lục QĐ 2130 có dòng nào giao Sở Tài chính chủ trì không?": the rows of the appendix the body holds, quoted, or that it holds none.
      // Early only when the appendix is named: "Sở Lao động chủ trì những hoạt động nào?" is asked of the plans.
      const rows = ["lead", "duties", "count", "fact"].includes(q.intent) && APPENDIX_NAMED_RE.test(q.folded) ? answerAgencyRows(base) : null;
      if (rows) return composeAnswer(rows, ctx, coverage[q.language]);
      // "Sở LĐTBXH phối hợp với những cơ quan truyền thông nào để ...?": the bodies named with it for that work (named-partners.ts).
      const partners = answerNamedPartners(base);
      if (partners) return composeAnswer(partners, ctx, coverage[q.language]);
      const premise = answerPremise(base, plans);
      if (premise) return composeAnswer(premise, ctx, coverage[q.language]);
      const absent = absentNumbers(q, chosen, plans);
      if (absent) return composeNotFound(ctx, coverage[q.language], [absent]);
      // "KH 273-KH/TU mà KH 2509 triển khai là của cơ quan nào ban hành?": the issuer the plan writes after a cited number (cited-issuer.ts).
      const issuer = answerCitedIssuer(base, plans);
      if (issuer) return composeAnswer(issuer, ctx, coverage[q.language]);
      // "Which provinces want reports twice a year?": the plans whose reporting line sets that cycle, quoted, and those that do not.
      const cycle = answerCycleByPlan(base);
      if (cycle) return cycle.found ? composeAnswer(cycle, ctx, coverage[q.language]) : composeNotFound(ctx, coverage[q.language], cycle.lines);
      // "QĐ 2130 ban hành theo tờ trình số mấy?", "on whose proposal?": the preamble line naming the proposal and submission.
      const submission = !["compare", "recommendation", "off_topic"].includes(q.intent) ? answerSubmission(base) : null;
      if (submission) return composeAnswer(submission, ctx, coverage[q.language]);
      // "Kế hoạch 26 triển khai các quyết định số mấy của Thủ tướng?": the number asked, before what the plan says of a body it names.
      const numbered = q.asksNumberOf && !["count", "compare", "recommendation"].includes(q.intent) ? answerDocumentNumber(base) : null;
      if (numbered) return composeAnswer(numbered, ctx, coverage[q.language]);
      // "Sở GD&ĐT chủ trì ... Quyết định 605 trong phụ lục à?": a claim about who leads is checked before anything the question merely names.
      const claim = q.intent === "lead" && q.agencies.length > 0 && !q.officeHolder && PREMISE_RE.test(q.folded) ? answerLeadClaim(base, plans) : null;
      if (claim?.settled && !claim.found) return composeAnswer(claim, ctx, coverage[q.language]);
      // "Công an tỉnh phụ trách phòng chống đuối nước theo KH 2509 đúng không?", "Does plan 2509 make the police responsible for ...?":
      // the same check of a harm the plan never writes, asked of the body's duties as a yes or no.
      const unwritten = !claim && q.agencies.length > 0 && !q.officeHolder && (q.intent === "duties" || q.intent === "lead")
        && (PREMISE_RE.test(q.folded) || YES_NO_RE.test(q.folded)) ? claimOfUnwrittenTopic(base, q.agencies[0]!, claimTopic(base, q.agencies[0]!), plans) : null;
      if (unwritten) return composeAnswer(unwritten, ctx, coverage[q.language]);
      const refs = claim?.found ? claim : answerRolesByPlan(base, plans) ?? answerPlansNaming(base, plans) ?? answerReferences(base, plans);
      if (!refs && q.intent !== "compare" && !asksSeveralProvinces(q, chosen) && namesNoPlace(q, chosen, plans)) {
        const asked = answerUnplaced(base);
        if (asked) return { ...composeAnswer(asked.draft, ctx, coverage[q.language]), clarify: { written: tr(q.language, "tỉnh", "province"), options: asked.provinces } };
      }
      // "Có đúng là việc của Sở Tài chính không?" of a target another body's item holds: the body the plan names (intent-handlers.ts).
      const job = !refs && !["duties", "lead", "compare", "plan_details", "legal_basis", "count", "recommendation", "off_topic"].includes(q.intent) ? jobPremise(base) : null;
      if (job) return composeAnswer(job, ctx, coverage[q.language]);
      // "..., bên nào cao hơn?": two shares asked side by side, and which is higher (higher-target.ts).
      const draft = refs ?? withHigherSaid(base, q.intent === "compare" ? answerCompare(base, plans)
        : asksSeveralProvinces(q, chosen) ? answerPerProvince(base) : listWhole(programmesNumbered(heldByPredecessor(dispatch(q.intent, base), base, ownTerms), base), base));
      // "Có gửi Bộ LĐTBXH không?" answered from the "Nơi nhận" list (not on it): no other passage naming the body answers instead.
      if (refs && !refs.found && refs.lines.length > 0 && asksRecipients(q.folded)) return composeAnswer(refs, ctx, coverage[q.language]);
      if (!draft.found && draft.settled) return composeAnswer(draft, ctx, coverage[q.language]);
      const moved = movedTask(base, plans, draft, today);
      if (moved) return composeAnswer(moved, ctx, coverage[q.language]);
      if (!draft.found) {
        const part = answerSection(base);
        if (part.found) return composeAnswer(part, ctx, coverage[q.language]);
      }
      if (!draft.found && q.agencies.length > 0 && q.intent === "duties") {
        const said = answerMentions(base, q.agencies[0]!);
        if (said.found || said.settled) return composeAnswer(said, ctx, coverage[q.language]);
        // "What does the plan want heads of Party committees to be made aware of?": the body is named in the plan's own
        // words ("người đứng đầu cấp ủy"), not as a body given a duty; a sentence holding all the question asks answers.
        // Words of the plan's own title ("kế hoạch thực hiện chương trình bảo vệ trẻ em ...") say which plan, not what is asked.
        const titled = titleWordSet(chosen);
        // "Tỉnh Đoàn chủ trì khuyến nghị nào trong phụ lục?": the words naming a part of the plan say where to look, not what about.
        const unparted = ` ${q.folded.replace(PLAN_PART_RE, " ")} `;
        const topic = base.terms.filter((t) => !GENERIC_WORDS.has(t) && !titled.has(t) && !(PLAN_PART_WORDS.has(t) && !unparted.includes(` ${t} `)));
        const told = topic.length >= 3 && q.agencies.every((a) => !chosen.some((p) => p.assignments.some((x) => x.agencyId === a.id))) ? answerFact({ ...base, terms: topic }) : null;
        if (told?.found && told.confidence >= 0.85) {
          told.lines.unshift(...silentPlanReasons(base).map((l) => l.replace(/\.$/, tr(q.language, "; kế hoạch nói:", "; the plan says:"))));
          return composeAnswer(told, ctx, coverage[q.language]);
        }
        silentPlansShown(base, draft);
        assignedElsewhere(base, plans, draft, today);
      }
      // "Vì sao Công an tỉnh chủ trì ... qua tổng đài 111?" of a plan that never names the body: the claim's body is what is answered.
      if (!draft.found && draft.lines.length === 0 && q.agencies.length > 0 && q.intent !== "duties" && PREMISE_RE.test(q.folded)
        && !q.agencies.some((a) => chosen.some((p) => p.assignments.some((x) => x.agencyId === a.id)))) silentPlansShown(base, draft);
      // A count, a percentage or a penalty asked that no cited passage holds: the plans do not say (answer-check.ts).
      return composeAnswer(checkAnswer(base, draft), ctx, coverage[q.language]);
    }
  };
  return {
    answer(written: string, context?: AnswerContext): Answer {
      parsedNow = new Map();
      try {
        return answerWhole(written, context);
      } finally {
        parsedNow = new Map();
      }
    },
  };

  /** The first sentence or part of a question that asks no contact detail and is answered, with the plans' "no contact person" line. */
  function besideContact(question: string): Answer | null {
    const asked = parse(question);
    const split = secondQuestion(question);
    const parts = [...question.split(/(?<=[?!.])\s+/u), ...(split ? [split.first, split.second] : [])];
    for (const part of parts) {
      const p = parse(part);
      if (part.trim() === question.trim() || p.folded.split(" ").length < 3 || mentionsContact(p)) continue;
      const a = answerOne(withPlace(p, asked));
      if (a.found) return { ...a, answer: `${a.answer}\n${publicDetailLine(asked.language, "person")}` };
    }
    return null;
  }

  function answerWhole(written: string, context?: AnswerContext): Answer {
    {
      // A statement about another province or plan, then the question about this one: the question alone (context-sentence.ts).
      const stated = (context?.previous ? null : questionAfterContext(written, plansNamed)) ?? written;
      // "Mình là giáo viên ở Gia Lai, muốn biết ...": the asker's introduction gives the place, not the task.
      const question = withoutIntroduction(stated, parse);
      const whole = answerOne(question, context);
      // "Who should I contact about plan 2130, and what is their email?": a contact person asked is not answered part by part; a
      // sentence asking something else ("Theo KH 2509, Sở Y tế làm gì? Cho tôi xin người liên hệ và email.", which the context
      // reading above may have set aside) is, with the line that the plans name no contact person.
      if (!whole.found && asksContactPerson(parse(question))) return besideContact(written) ?? whole;
      // "Sở Y tế ... giờ quản lý nhà nước về trẻ em. Trong QĐ 2130, ... qua sở nào?": when the whole is not answered, the question
      // sentence is, in the place the statement names when it names none (context-sentence.ts).
      const told = whole.found || context?.previous ? null : statementThenQuestion(question);
      if (told) {
        const alone = answerOne(withPlace(parse(told.last), parse(told.before)));
        if (alone.found) return alone;
      }
      // "... bao nhiêu %, và sở nào lo việc đó?": each part answered too, with the place and plan the whole names (two-part-questions.ts).
      const parts = context?.previous ? null : secondQuestion(question);
      if (!parts) return whole;
      // "Tỉnh nào ...? Trong kế hoạch 2130, ai chủ trì?": two questions each with its own mark, each answered as asked; a second
      // naming no task ("ai chủ trì?") asks of the first's, in the place the second names.
      if (parts.marked) {
        const one = answerOne(parts.first);
        const next = parse(parts.second);
        const bare = next.terms.every((t) => GENERIC_WORDS.has(t));
        const two = answerOne(bare ? withTopicOf(parts.second, parts.first) : withPlace(next, parse(parts.first)));
        const base = whole.found ? whole : one.found ? one : two;
        return withSecondAnswer(withSecondAnswer(base, one), two);
      }
      // Each part answered on its own: the whole question's answer may hold only one of them.
      const asked = parse(question.trim());
      const first = answerOne(withPlace(parse(parts.first), asked));
      const back = pointedBack(parts.second, parts.first);
      const second = answerOne(withPlace(parse(back), asked));
      if (back !== parts.second && !keepsTopic(second, parts.first, parse(parts.first).terms)) return withSecondAnswer(whole.found || !first.found ? whole : first, first);
      return withSecondAnswer(withSecondAnswer(whole.found || !first.found ? whole : first, first), second);
    }
  }
}

/**
 * A plan replacing a held one asked ("kế hoạch mới thay thế Kế hoạch 1979", "quyết định thay cho QĐ 2041", "a plan to replace 2509",
 * "superseded", "a newer plan"): a document, not a body, in place of the plan ("Sở Y tế thay Sở LĐTBXH" is today's body).
 */
const REPLACEMENT_ASKED_RE = /\b(ke hoach|quyet dinh|van ban|chuong trinh|kh|qd)( moi| khac| khac moi)?( de)? (thay the|thay cho|thay)( (cho|cua))? (ke hoach|quyet dinh|van ban|chuong trinh|kh|qd)\b|\b(plans?|decisions?|documents?) (to |that |which |would )?(replac|supersed)\w*|\b(replac|supersed)\w* (plan|decision|kh|qd)\b|\b(been|was|were|is|it) (replaced|superseded)\b|\bnewer (plan|decision)s?\b|\b(ke hoach|quyet dinh|van ban|kh|qd)( so)? \d+\S* (da )?(bi |duoc )?thay the\b|\b(ke hoach|quyet dinh|van ban|kh|qd)( \S+){0,5} (da )?(bi|duoc) thay the\b/;
/** Each way REPLACEMENT_ASKED_RE asks holds one of these words: a question with none is not searched (most questions). */
const REPLACEMENT_WORDS = ["thay", "replac", "supersed", "newer"];
const asksReplacement = (f: string): boolean => REPLACEMENT_WORDS.some((w) => f.includes(w)) && REPLACEMENT_ASKED_RE.test(f);
/** English also names the line as a "phone line", "telephone service", "call centre" (the plan's "tổng đài điện thoại"). */
const PHONE_LINE_EN = "(tele)?phone (line|service)s?|call (centre|center|line)s?|switchboard";
const HOTLINE_RE = new RegExp(`\\b(tong dai|duong day nong|hotline|helpline|so dien thoai|phone number|telephone number|${PHONE_LINE_EN})\\b`);
/** "Qua tổng đài nào", "đường dây nóng nào", "which/what (national) helpline", "which phone line": the hotline itself is asked, its number with it. */
const HOTLINE_ASKED_RE = new RegExp(`\\b(tong dai|duong day nong)( \\w+){0,4} nao\\b|\\b(which|what)( \\w+){0,3} (hotlines?|helplines?|${PHONE_LINE_EN})\\b`);
/**
 * "Which number to report child abuse?", "báo số nào", "liên hệ số mấy": the number to call asked with a reporting verb and no hotline
 * word ("báo" here is to tell, not "báo cáo" to report upward, "thông báo", "đảm bảo", "bảo vệ", "bạo lực", "bạo hành": the words of
 * public-details.ts). Without marks "so nao" is as often "sở nào" (which department), so there it counts only right after the
 * reporting verb ("bao so nao", "lien he qua so nao").
 */
const REPORTING_VERB = `${REPORTING_WORDS}|lien he|lien lac|contact|reach`;
const REPORTING_VERB_RE = new RegExp(`\\b(${REPORTING_VERB})\\b`);
const NUMBER_EN_RE = /\b(what|which)( phone| telephone)? number\b/;
const NUMBER_VI_MARKED_RE = /(^|[^\p{L}])(số (nào|mấy|gì)|số điện thoại)(?![\p{L}])/iu;
const NUMBER_AFTER_VERB_RE = new RegExp(`\\b(${REPORTING_VERB})( (qua|den|toi|vao|cho|o))? so (nao|may|gi)\\b|\\bso dien thoai\\b`);
/** "Which phone line / what telephone service / does the plan give a call centre": in English the line to report to, asked. */
const PHONE_LINE_ASKED_RE = new RegExp(`\\b(which|what|does|do|is there|any|a|an)( \\w+){0,4} (${PHONE_LINE_EN})\\b`);
const HOTLINE_ASKED_EN_RE = /\b(which|what|does|do|is there|any|a|an)( \w+){0,4} (hotline|helpline)s?\b/;
/** `asksNumberToReport`, once per question (the hotline answer and the check after it both ask). */
const asksNumberToReport = memoByObject((q: { raw: string; folded: string }): boolean => numberToReportAsked(q));
const numberToReportAsked = (q: { raw: string; folded: string }): boolean => {
  const f = q.folded;
  // Each English line asked names a phone, a call centre or a switchboard, or a hotline or helpline: a question with none of those
  // words (most) is not searched with the two patterns below, which try every word of it.
  if ((f.includes("phone") || f.includes("call") || f.includes("switchboard")) && PHONE_LINE_ASKED_RE.test(f)) return true;
  if ((f.includes("hotline") || f.includes("helpline")) && HOTLINE_ASKED_EN_RE.test(f) && REPORTING_VERB_RE.test(f.replace(HOTLINE_ASKED_EN_RE, " "))) return true;
  if (NUMBER_EN_RE.test(f)) return REPORTING_VERB_RE.test(f.replace(NUMBER_EN_RE, " "));
  if (NUMBER_VI_MARKED_RE.test(q.raw.normalize("NFC"))) return REPORTING_VERB_RE.test(f);
  // "số mấy", "số gì" are hardly a department ("sở mấy"): with a reporting verb anywhere.
  return NUMBER_AFTER_VERB_RE.test(f) || (/\bso (may|gi)\b/.test(f) && REPORTING_VERB_RE.test(f));
};
/**
 * "Báo tin ... qua số 113 đúng không?", "tố giác thì gọi 112", "report abuse by calling 113": a number stated as the one to report to,
 * with no hotline word; with a reporting or calling verb it is a claim the plan's own number checks.
 */
const NUMBER_CLAIMED_RE = /\b(?:qua|goi|quay|call|calling|dial|dialing|dialling|phone|phoning|ring|ringing|via)(?: (?:so|so dien thoai|number|the number|line|the line))? (?:\d{3}|\d{5,11})\b/;
const claimsNumberToReport = (f: string): boolean => NUMBER_CLAIMED_RE.test(f) && (REPORTING_VERB_RE.test(f) || /\b(goi|call|calling|dial|dialing)\b/.test(f));
const NUMBER_ASKED_RE = /\b(goi|call|dial|phone|ring)\b.*\b(so nao|so may|so gi|what number|which number|number)\b|\b(so nao|so may|so gi|la so|what number|which number|which phone number|what phone number)\b/;

/** A plan's first passage writing its hotline's number ("tổng đài ... 111"), looked for once per plan of the index's passages. */
const HOTLINE_NUMBER_RE = /\b(tong dai|duong day nong)\b[^.;]*?\b\d{3,5}\b/;
const hotlinePassages = new WeakMap<readonly Passage[], Map<ParsedPlan, Passage | undefined>>();
function hotlinePassage(passages: readonly Passage[], plan: ParsedPlan): Passage | undefined {
  let byPlan = hotlinePassages.get(passages);
  if (!byPlan) hotlinePassages.set(passages, (byPlan = new Map()));
  if (!byPlan.has(plan)) byPlan.set(plan, passages.find((p) => p.plan === plan && HOTLINE_NUMBER_RE.test(p.folded)));
  return byPlan.get(plan);
}

/**
 * A hotline asked of a named plan: the number it writes ("tổng đài ... 111"), in its sentence; a number the question states
 * that the plan does not write ("qua tổng đài 113 à?") is corrected by it. Null when the plans chosen write no hotline.
 */
function answerHotline(ctx: HandlerContext): Draft | null {
  const f = ctx.q.folded;
  // A question with no hotline word, no calling verb and no hotline asked passes none of the tests below (most questions).
  const hotline = HOTLINE_RE.test(f);
  const toReport = asksNumberToReport(ctx.q);
  const claimed = claimsNumberToReport(f);
  if (!hotline && !toReport && !claimed && !/\b(goi|call|dial)\b/.test(f) && !HOTLINE_ASKED_RE.test(f)) return null;
  // "How many calls did 111 receive?": a figure about the hotline, not its number.
  if (/\b(bao nhieu|how many|how much|so luong|so cuoc|luot)\b/.test(f)) return null;
  // "Tin báo qua tổng đài 111 phải xử lý trong vòng mấy giờ?": a time limit, not the number to call.
  if (asksDuration(f)) return null;
  // "113", "18001567", "1800 1567": a number of three digits or a long service number (a year or a plan's own number is neither).
  // Found only when a hotline word is there to ask about, or the question passes the tests below.
  let statedOnce: string[] | null = null;
  const stated = (): string[] => (statedOnce ??= [...f.replace(/\b(1[89]00) (\d{3,4})\b/g, "$1$2").matchAll(/(?<![\d/.,])(\d{3}|\d{5,11}|(?!19\d\d|20\d\d)\d{4})(?![\d/.,])/g)].map((m) => m[1]!)
    .filter((n) => !ctx.plans.some((p) => [p.documentNumber, ...p.otherNumbers].some((d) => d.startsWith(`${n}/`)))));
  if (!((hotline || claimed) && stated().length > 0) && !((hotline || /\b(goi|call|dial)\b/.test(f)) && NUMBER_ASKED_RE.test(f)) && !HOTLINE_ASKED_RE.test(f) && !toReport) return null;
  // "Vì sao Công an tỉnh chủ trì tiếp nhận tin báo qua tổng đài 111?": a claim about a body, with the number the plan writes;
  // the body is what is asked, and the number alone does not answer it (a wrong number is still corrected).
  const aboutBody = ctx.q.agencies.length > 0 && PREMISE_RE.test(f);
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const hit = hotlinePassage(ctx.index.passages, plan);
    if (!hit) continue;
    const numbers = [...hit.folded.matchAll(/\b(?:tong dai|duong day nong)\b[^.;]*?\b(\d{3,5})\b/g)].map((m) => m[1]!);
    const label = planLabel(plan, ctx.registry, ctx.lang);
    const wrong = stated().filter((n) => !numbers.includes(n));
    if (aboutBody && wrong.length === 0) continue;
    d.lines.push(wrong.length > 0
      ? tr(ctx.lang, `Không: ${label} ghi tổng đài số ${numbers.join(", ")}, không phải ${wrong.join(", ")} (mục ${hit.sectionPath}).`,
        `No: ${label} names hotline ${numbers.join(", ")}, not ${wrong.join(", ")} (section ${hit.sectionPath}).`)
      : tr(ctx.lang, `Theo ${label}, mục ${hit.sectionPath}: số tổng đài là ${numbers.join(", ")}.`, `Under ${label}, section ${hit.sectionPath}: the hotline number is ${numbers.join(", ")}.`));
    d.lines.push(tr(ctx.lang, `Trích kế hoạch: ${shown(hit.quote)}`, `The plan says: ${shown(hit.quote)}`));
    d.citations.push({ plan, section: hit.sectionPath, quote: hit.quote });
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.8;
  return d.found ? d : null;
}

const INTRODUCTION_RE = /^((xin )?chao( ban)? )?((minh|toi|em|chung toi|chung em) (la|lam|dang la|dang lam|dang cong tac)|i am|i m|im) /;

/**
 * "Tôi là cán bộ tư pháp ở Huế, cho hỏi ...", "I am a teacher in Gia Lai: which body ...": the question after the asker's
 * introduction, with the places the introduction names; a body named there (the asker's own work) is not asked about.
 */
function withoutIntroduction(written: string, parse: (raw: string) => ParsedQuestion): string {
  const longAsked = afterAskingWords(written, parse);
  if (longAsked) return longAsked;
  const cut = /[,:;.]/u.exec(written);
  if (!cut) return written;
  const intro = written.slice(0, cut.index);
  const rest = written.slice(cut.index + 1).trim();
  const introFolded = foldKey(intro);
  const words = introFolded.split(" ");
  if (!INTRODUCTION_RE.test(`${introFolded} `) || words.length > 14 || foldKey(rest).split(" ").length < 4 || /\d/.test(intro)) return written;
  const asked = parse(rest);
  const places = asked.provinces.length > 0 ? [] : parse(intro).mentions.provinces;
  return places.length > 0 ? `${rest.replace(/[?.!\s]+$/u, "")} (${places.join(", ")})?` : rest;
}

/** "... nên muốn hỏi:", "cho em hỏi là", "my question is": the words after which a long message asks its question. */
const ASKING_WORDS_RE = /(?:^|[\s,.;:])(?:nên |nen |và |va |thì |thi )?(?:(?:em|e|mình|minh|tôi|toi|cháu|chau|con|tụi em|chúng tôi) )?(?:muốn hỏi|muon hoi|cho (?:em|e|mình|minh|tôi|toi|cháu|chau|con|tui) hỏi(?: là)?|cho (?:em|e|mình|minh|tôi|toi|cháu|chau|con|tui) hoi(?: la)?|xin hỏi|xin hoi|câu hỏi (?:của em |của tôi |của mình )?là|my question is|i(?:'d| would) like to ask|i want to ask)\s*[:,]?\s+/giu;

/** Every wording of ASKING_WORDS_RE holds one of these: a message without them is not scanned for it (most questions). */
const ASKING_NEEDLE_RE = /h[ỏo]i|question is|to ask/iu;

/**
 * "Chào anh chị, em là cán bộ ... mới về nhận việc. Em đang soạn báo cáo ... nên muốn hỏi: theo kế hoạch ... ai ...?": a long
 * message (the asker, their work, why they ask) whose question follows the asking words; the places named before it kept.
 */
function afterAskingWords(written: string, parse: (raw: string) => ParsedQuestion): string | null {
  if (!ASKING_NEEDLE_RE.test(written)) return null;
  const hits = [...written.matchAll(ASKING_WORDS_RE)];
  const last = hits[hits.length - 1];
  if (!last) return null;
  const before = written.slice(0, last.index);
  const rest = written.slice(last.index + last[0].length).trim();
  if (foldKey(before).split(" ").length < 6 || foldKey(rest).split(" ").length < 5) return null;
  const places = parse(rest).provinces.length > 0 ? [] : parse(before).mentions.provinces;
  return places.length > 0 ? `${rest.replace(/[?.!\s]+$/u, "")} (${places.join(", ")})?` : rest;
}

/** "là của tỉnh nào", "thuộc tỉnh nào", "which province does it belong to": the province of a plan is asked (one province, not "which provinces"). */
const ASKS_PLAN_PROVINCE_RE = /\b((la )?cua|thuoc( ve)?|o|tai|do|la) tinh nao\b|\btinh nao (ban hanh|ky|phat hanh)\b|\b(which|what) province\b(?! s\b| level\b| (department|agency|body|office|police|committee|union|unit)s?\b)|\bprovince (is it|does it belong)\b/;

/**
 * "Is plan 2130 from Dak Lak?", "QĐ 2130 có phải của Đắk Lắk không?": a sentence asking, yes or no, whether a plan is a
 * province's and nothing else (the province written as PROV).
 */
const PLAN_OF_PROVINCE_RE = /^(is|was) (the )?(plan|decision|document) \S*\d\S*( \S+){0,2}? (really )?(issued )?(from|of|for|in|by) (the )?(province )?(of )?prov( province)?$|^((cho )?(em|minh|toi) hoi |xin hoi )?((ke hoach|kh|quyet dinh|qd|van ban) )?(so )?\S*\d\S*( \S+){0,2}? (co phai |phai |co )?(la )?(cua|thuoc|o|tai) (tinh )?prov( (khong|phai khong|dung khong|a|ha|chu|phai|nhi|vay|ah))*$/;

/**
 * Every other word of a sentence claiming that a plan is a province's and that its text says so ("Decision 2130's text says it is
 * Dak Lak's plan, right?", "QĐ 2130 ghi rõ là kế hoạch của tỉnh Đắk Lắk, đúng không?", "... là của Đắk Lắk vì văn bản có ghi tên
 * tỉnh phải không"), besides the plan's number, years and the province (PROV): such a sentence asks only whose plan it is.
 */
const PROVINCE_CLAIM_WORDS = new Set(["the", "a", "this", "is", "was", "it", "its", "it s", "s", "plan", "decision", "document", "under", "text", "says", "say",
  "said", "states", "stated", "state", "written", "writes", "so", "since", "as", "because", "belongs", "belong", "to", "of", "from", "for", "in", "by", "province",
  "s", "right", "correct", "true", "isn", "t", "doesn", "does", "do", "really", "issued", "that", "says so", "name", "names", "named", "own", "explicitly",
  "ke", "hoach", "kh", "quyet", "dinh", "qd", "van", "ban", "so", "la", "cua", "thuoc", "ve", "o", "tai", "tinh", "ghi", "ro", "noi", "neu", "vi", "do", "co",
  "ten", "phai", "dung", "khong", "ko", "k", "chu", "a", "ha", "nhi", "vay", "roi", "hanh", "trong", "day", "nay", "nhu", "theo", "giai", "doan"]);

const PROVINCE_CLAIM_MARKS = new Set(["right", "correct", "true", "phai", "dung", "khong", "ko", "belongs", "belong", "thuoc", "ghi", "says", "say", "states", "stated", "text"]);

function asksPlanProvince(q: ParsedQuestion): boolean {
  if (ASKS_PLAN_PROVINCE_RE.test(q.folded)) return true;
  if (q.provinces.length !== 1 || q.agencies.length > 0) return false;
  const places = q.mentions.provinces.map((m) => foldKey(m)).filter(Boolean);
  return q.raw.split(/[?!]+/).some((sentence) => {
    let f = ` ${foldKey(sentence)} `;
    for (const m of places) f = f.replace(` ${m} `, " prov ");
    if (PLAN_OF_PROVINCE_RE.test(f.trim())) return true;
    const words = f.replace(/[^a-z0-9]+/g, " ").trim().split(" ");
    // A claim asked back ("right?", "đúng không", "belongs to", "ghi"), not a plan and its province merely named.
    return words.includes("prov") && words.some((w) => /^\d{2,5}$/.test(w)) && words.some((w) => PROVINCE_CLAIM_MARKS.has(w))
      && words.every((w) => w === "prov" || /^\d{1,5}$/.test(w) || PROVINCE_CLAIM_WORDS.has(w));
  });
}

/** "... và sở nào lo việc đó?": each part of a question asks of the place and plan the whole question names. */
/** The plan number a question names: "2041/QĐ-UBND", or "kế hoạch 2130", "QĐ 2041", "plan 26" as choosePlans reads them. */
const namedNumber = (q: ParsedQuestion): string | null =>
  q.documentNumber ?? /\b(?:ke hoach|kh|quyet dinh|qd|van ban|plan|decision|document)\s*(?:so\s*)?(\d{1,5})\b/.exec(q.folded)?.[1] ?? null;

function withPlace(second: ParsedQuestion, first: ParsedQuestion): string {
  const text = second.raw.trim().replace(/[?.!\s]+$/u, "");
  if (second.provinces.length > 0 || namedNumber(second)) return second.raw;
  const number = namedNumber(first);
  const doc = number ? [tr(first.language, `kế hoạch ${number}`, `plan ${number}`)] : [];
  const place = [...first.mentions.provinces, ...doc];
  return place.length > 0 ? `${text} (${place.join(", ")})?` : second.raw;
}

/**
 * "Những đơn vị nào ... báo cáo lên Chủ tịch tỉnh?", "ngoài Chánh Văn phòng UBND tỉnh còn những sở nào ...?": the bodies are
 * asked; the office holder (and the body they head) is part of the task or set aside, not the one asked about.
 */
function bodiesBesideHolder(q: ParsedQuestion): ParsedQuestion {
  const holder = q.officeHolder;
  if (!holder || !asksSeveralBodies(q.folded)) return q;
  const agencies = q.agencies.filter((a) => a.id !== holder.agency.id);
  // The holder's words ("báo cáo Chủ tịch UBND tỉnh") are then words of the task, as the plan writes it.
  const words = foldKey(holder.written).split(" ").filter((w) => w.length > 0 && !isStopword(w) && !q.terms.includes(w));
  const terms = [...q.terms, ...words];
  return { ...q, officeHolder: null, agencies, terms, intent: detectIntent(q.folded, agencies.length > 0, q.recommendationNumber, !namesTopicBesideList(q.folded, terms)) };
}

const ASKS_WHO_RE = /\b(cho ai|ai (lam|lo|chu tri|phu trach|thuc hien|xay dung)|co quan nao|don vi nao|so nao|nganh nao|who|which (agency|department|body))\b|\bla ai$/;
/** The verb before a body the task is brought to ("trình HĐND tỉnh", "báo cáo UBND tỉnh", "submit to the People's Council"). */
const TO_BODY_RE = "(trinh|de trinh|gui|gui len|bao cao|bao cao len|tham muu( cho)?|submit(ted)? to|report(ed)? to|sent to|send to)( (len|cho|toi|den|to))?( the)?";

/** "giao cho <the body as written>" as a pattern, made once per name written (a pattern without /g keeps no state). */
const broughtRe = memoByText((written: string) => new RegExp(`\\b${TO_BODY_RE} ${written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`), 10_000);

/**
 * "KH 26 giao việc xây dựng đề án để trình HĐND cho ai?": the body the task is brought to is part of the task, not the body asked
 * of; the question asks who does it.
 */
function recipientNotAsked(q: ParsedQuestion): ParsedQuestion {
  if (q.agencies.length === 0 || q.officeHolder || !ASKS_WHO_RE.test(q.folded)) return q;
  const brought = (written: string) => written.length > 0 && broughtRe(written).test(q.folded);
  const written = q.mentions.agencies.map((m) => foldKey(m)).filter(brought);
  if (written.length === 0) return q;
  // The body a mention names: one of whose names (or short forms) the mention is, or begins.
  const recipients = q.agencies.filter((a) => foldedNames(a).some((n) => written.some((w) => n === w || n.startsWith(`${w} `))));
  if (recipients.length === 0 || recipients.length === q.agencies.length && q.agencies.length > 1) return q;
  // The plans often write the body short ("trình HĐND tỉnh"): its name's words would rank passages that spell it out, so they are
  // left out; the verb and the task say what is asked.
  const named = new Set(written.flatMap((w) => w.split(" ")));
  const terms = q.terms.filter((t) => !named.has(t));
  const agencies = q.agencies.filter((a) => !recipients.includes(a));
  return { ...q, agencies, terms, onTopic: true, intent: detectIntent(q.folded, agencies.length > 0, q.recommendationNumber, !namesTopicBesideList(q.folded, terms)) };
}

// "Ai là cơ quan đôn đốc ... báo cáo Chủ tịch?", "who is responsible for reporting to the Chairman?": a body doing something is
// asked, not the name of the office's holder.
const ASKS_NAME_RE = /\b((ai la|who is|who s|who was)(?! (co quan|don vi|so|nganh|to chuc|ben|nguoi (?!dung dau)|responsible|in charge|tasked|charged|supposed)\b)|la ai|ten (la )?gi|ten gi|ho ten|ho va ten|name of|named)\b/;

/**
 * "Ai là Giám đốc Sở Y tế Gia Lai?": the plans name the bodies and, of people, only their signers; the
 * name of any other office holder is something they do not say. (A chairman or vice-chairman of the
 * provincial committee may be the signer: that is a question for the plan's header.)
 */
function unnamedHolder(q: ParsedQuestion, chosen: ParsedPlan[], _registry: QaRegistry): string | null {
  // English titles ("the Director of ...") are read here; Vietnamese ones by the parser.
  const english = !q.officeHolder && /\b(who is|who s|name of)( the)? (director|deputy director|head|chair\w*|vice chair\w*|chief)\b/.test(q.folded) ? q.agencies[0] : undefined;
  const agency = q.officeHolder?.agency ?? english;
  if (!agency || !ASKS_NAME_RE.test(q.folded) || q.intent === "plan_details" || /\b(ky|sign\w*)\b/.test(q.folded)) return null;
  if (agency.id === "ubnd-tinh" && chosen.some((p) => p.signer)) return null;
  const place = chosen.map((p) => p.documentNumber).join(", ");
  return tr(q.language, `Các kế hoạch (${place}) không nêu tên người đứng đầu ${agency.name}; kế hoạch chỉ giao việc cho cơ quan.`,
    `The plans (${place}) do not name the head of ${agency.name} (${agency.english}); they assign work to the body, not to a named person.`);
}

/** The text writes the number `n` on its own or as a document number ("535/QĐ-TTg"), not inside "1/535" or "535/2014". */
function mentionsNumber(text: string, n: string): boolean {
  return new RegExp(`(?<![\\d/.,])${n}(?![\\d]|\\/\\d|[.,]\\d)`).test(text);
}

/**
 * "Kế hoạch 2041 hướng dẫn gọi tổng đài 111 thế nào?": a number the question is about (111,
 * Đề án 938) that the chosen plans never write is something they do not say; name the plans
 * that do. Plan numbers, years and dates are not such numbers.
 */
function absentNumbers(q: ParsedQuestion, chosen: ParsedPlan[], all: ParsedPlan[]): string | null {
  if (chosen.length === all.length) return null;
  const own = ownNumbers(chosen);
  const numbers = [...q.folded.matchAll(/(?<![\d/.,-])(\d{3})(?![\d/.,%-]| ?%| ?(ty|trieu|nguoi)\b)/g)].map((m) => m[1]!)
    .filter((n) => !own.has(n) && !all.some((p) => p.documentNumber.startsWith(`${n}/`)));
  // "535/QĐ-TTg" writes 535 as a document number: that is a mention; "1/535" or "535/2014" are not.
  const missing = numbers.filter((n) => !chosen.some((p) => mentionsNumber(p.text, n)));
  if (missing.length === 0) return null;
  const elsewhere = all.filter((p) => !chosen.includes(p) && missing.some((n) => mentionsNumber(p.text, n))).map((p) => p.documentNumber);
  return tr(q.language,
    `${chosen.map((p) => p.documentNumber).join(", ")} không nhắc đến ${missing.join(", ")}${elsewhere.length ? `; kế hoạch có nhắc: ${elsewhere.join(", ")}` : ""}.`,
    `${chosen.map((p) => p.documentNumber).join(", ")} does not mention ${missing.join(", ")}${elsewhere.length ? `; plans that do: ${elsewhere.join(", ")}` : ""}.`);
}

const FOLLOW_UP_RE = /^(con|the con|vay con|con ve|con o|and|what about|how about|also)\b|\b(thi sao|the sao|thi the nao|nua khong|how about it|and there)\b/;
const SLOT_GLUE = new Set(["o", "tai", "cua", "tinh", "thanh", "pho", "in", "for", "at", "of", "the"]);
const FOLLOW_UP_NOISE = new Set(["con", "the", "vay", "sao", "what", "about", "how", "and", "also", "there", "one", "it", "thi", "nua"]);

/**
 * A follow-up read with the question before it: "Còn ở Huế thì sao?" after a question about
 * Gia Lai is that question asked of Huế; "ký ngày nào?" after "Ai ký kế hoạch 2509?" is asked
 * of plan 2509. A question complete in itself is left as it is.
 */
function withPrevious(q: ParsedQuestion, p: ParsedQuestion, parse: (raw: string) => ParsedQuestion): ParsedQuestion {
  const marked = FOLLOW_UP_RE.test(q.folded);
  const topic = q.terms.filter((t) => !FOLLOW_UP_NOISE.has(t));
  const hasPlace = q.provinces.length > 0 || q.documentNumber !== null || /\b(ke hoach|kh|quyet dinh|qd|plan)\s*(so\s*)?\d/.test(q.folded);
  const short = q.folded.split(" ").length <= 7;
  // Nothing but a place or an agency ("còn Gia Lai?", "Sở Giáo dục thì sao?").
  let rest = ` ${q.folded} `;
  for (const m of [...q.mentions.provinces, ...q.mentions.agencies].map((x) => foldKey(x)).sort((a, b) => b.length - a.length)) rest = rest.replace(` ${m} `, " ");
  const bare = rest.split(" ").every((w) => !w || FOLLOW_UP_NOISE.has(w) || SLOT_GLUE.has(w));
  if (!marked && !short) return q;
  // "Sở Y tế Huế làm gì?" names its own place and asks something: complete in itself.
  if (!marked && hasPlace && !bare) return q;
  const prev = canonicalOf(p.raw);
  let merged: string;
  if ((q.provinces.length > 0 || q.agencies.length > 0) && (bare || (marked && topic.length === 0))) {
    // Only a place or an agency: the previous question, asked of it.
    merged = prev;
    if (q.provinces.length > 0) {
      merged = swap(merged, p.mentions.provinces, q.mentions.provinces, q.provinces.map((x) => x.name));
      // Another province: the previous plan's number no longer applies.
      merged = merged.replace(/(theo\s+)?(kế hoạch|ke hoach|kh|quyết định|quyet dinh|qđ|qd)\s*(số\s*)?\d{1,5}(\s*\/\s*[\p{L}]+(-[\p{L}]+)?)?/giu, " ").replace(/\b\d{1,5}\s*\/\s*(qđ|kh)(-ubnd)?/giu, " ");
    }
    if (q.agencies.length > 0) merged = swap(merged, p.mentions.agencies, q.mentions.agencies, q.agencies.map((x) => x.name));
    const lost = p.provinces.filter((x) => !q.provinces.length && !parse(merged).provinces.some((y) => y.id === x.id));
    if (lost.length > 0) merged += ` ở ${lost.map((x) => x.name).join(", ")}`;
  } else if (q.provinces.length === 0 && q.agencies.length === 0 && !hasPlace) {
    merged = `${prev} ${canonicalOf(q.raw)}`;
  } else {
    const carry = [...(hasPlace ? [] : p.provinces.map((x) => x.name)), ...(q.documentNumber || !p.documentNumber ? [] : [`kế hoạch ${p.documentNumber}`])];
    const plan = /\b(ke hoach|kh|quyet dinh|qd)\s*(so\s*)?(\d{1,5})\b/.exec(p.folded)?.[3];
    if (!hasPlace && plan && !p.documentNumber) carry.push(`kế hoạch ${plan}`);
    merged = `${canonicalOf(q.raw)} ${carry.join(", ")}`;
  }
  const read = parse(merged.trim());
  // The language is the follow-up's own when it is clearly written in one.
  return q.language === "en" && q.folded.split(" ").length >= 3 ? { ...read, language: "en" } : read;
}

const canonicalOf = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().replace(/[?!.]+$/, "");

/** Replaces the first of `from` found in `text` (case-insensitively) by the new name. */
function swap(text: string, from: string[], written: string[], names: string[]): string {
  const lower = text.toLowerCase();
  for (const f of from) {
    const at = f ? lower.indexOf(f.toLowerCase()) : -1;
    if (at >= 0) return `${text.slice(0, at)}${names[0] ?? written[0]}${text.slice(at + f.length)}`;
  }
  return `${text} ${names[0] ?? written[0] ?? ""}`;
}

/**
 * "Vì sao Công an tỉnh chủ trì truyền thông?": who the plan names for the task; when that is
 * not the agency the question names, say so first. Never confirms what the plan contradicts.
 */
/**
 * Harms and services a claim may name, as the plans write them (words of one meaning together): a plan that writes none names no
 * body for it. `group`: children the task is for, not a task ("trẻ em khuyết tật", "mồ côi"): beside a task the plan gives, it narrows it.
 */
const NAMED_TOPICS = [["đuối nước"], ["tảo hôn"], ["mua bán", "buôn bán"], ["ma túy", "ma tuý"], ["dinh dưỡng"], ["tiêm chủng"], ["khai sinh"], ["bỏ học"],
  ["khuyết tật"], ["mồ côi"], ["tổng đài"], ["con nuôi"], ["cận huyết"], ["tai nạn", "thương tích"]]
  .map((group) => ({ written: group[0]!, folded: group.map((w) => foldKey(w)), group: ["khuyết tật", "mồ côi"].includes(group[0]!) }));
type NamedTopic = (typeof NAMED_TOPICS)[number];
/** A plan's text folded, words only, padded: whether it writes a topic is whether it holds " <topic> ". */
const foldedPlanText = memoByPlan((plan) => ` ${foldWords(plan.text).join(" ")} `);
const writesTopic = (p: ParsedPlan, t: NamedTopic) => t.folded.some((f) => foldedPlanText(p).includes(` ${f} `));
/** The named topics a claim asks: in its words (English rendered), or in the question as typed (a body's name may share a word). */
function namedTopicsAsked(q: ParsedQuestion, topic: readonly string[]): NamedTopic[] {
  const asked = ` ${topic.join(" ")} ${q.language === "vi" ? q.folded : ""} `;
  return NAMED_TOPICS.filter((t) => t.folded.some((f) => asked.includes(` ${f} `)));
}

/**
 * The plan's duty lines of `agency` (and of a body it took over whole), folded and padded: where a task asked of it is
 * written for it.
 */
function bodyLines(ctx: HandlerContext, agency: Agency): string {
  const ids = new Set([agency.id, ...predecessorsOf(ctx, agency).filter((p) => !p.portion).map((p) => p.from.id)]);
  return ` ${ctx.plans.flatMap((p) => p.assignments).filter((a) => a.agencyId !== null && ids.has(a.agencyId) && (a.role === "lead" || a.role === "responsible"))
    .map((a) => foldWords(a.quote).join(" ")).join(" | ")} `;
}

/**
 * "Sở Y tế có chủ trì dinh dưỡng cho trẻ mồ côi và trẻ khuyết tật không?" of a plan that never writes "khuyết tật": the words it
 * does not write, when the question's main task is still one the plan gives (a named harm or service it writes, or, beside a
 * group alone, two words of the task together in the body's own lines). Such a claim is answered from the plan; an unwritten harm
 * asked alone, or beside a group only, is not.
 */
function unwrittenPart(ctx: HandlerContext, agency: Agency, topic: string[]): { unwritten: NamedTopic[]; taskWritten: boolean } {
  const asked = namedTopicsAsked(ctx.q, topic);
  const unwritten = asked.filter((t) => !ctx.plans.some((p) => writesTopic(p, t)));
  if (unwritten.length === 0) return { unwritten, taskWritten: true };
  // A harm or service asked that the plan writes: the claim is about it (the body it names answers, quoted).
  if (asked.some((t) => !t.group && !unwritten.includes(t))) return { unwritten, taskWritten: true };
  // A harm the plan never writes, with no written one beside it: that harm is what is asked.
  if (unwritten.some((t) => !t.group)) return { unwritten, taskWritten: false };
  // Only groups unwritten ("chăm sóc sức khỏe cho trẻ khuyết tật"): the task is the rest, if the body's lines write a group asked
  // beside it ("trẻ mồ côi") or two of its other words together.
  const lines = bodyLines(ctx, agency);
  if (asked.some((t) => !unwritten.includes(t) && t.folded.some((f) => lines.includes(` ${f} `)))) return { unwritten, taskWritten: true };
  const named = new Set(asked.flatMap((t) => t.folded.flatMap((f) => f.split(" "))));
  const task = (w: string | undefined) => w !== undefined && !named.has(w) && !CLAIM_FRAME_WORDS.has(w) && !/^\d+$/.test(w);
  return { unwritten, taskWritten: topic.some((w, i) => task(w) && task(topic[i + 1]) && lines.includes(` ${w} ${topic[i + 1]} `)) };
}

/** A claim of a body's duty or lead, asked as a yes or no or a premise ("có ... không?", "phải không?", "does plan X make ...?"). */
const isDutyClaim = (q: ParsedQuestion): boolean => q.agencies.length > 0 && !q.officeHolder && (q.intent === "duties" || q.intent === "lead")
  && (PREMISE_RE.test(q.folded) || YES_NO_RE.test(q.folded));

/**
 * A claim whose main task the plan gives the body, beside a harm or group the plan never writes: the unwritten words are left out
 * of the search (they match no line of the plan, and weigh the lines that hold the task below the share an answer needs).
 */
function withoutUnwrittenWords(ctx: HandlerContext): HandlerContext {
  if (!isDutyClaim(ctx.q)) return ctx;
  const agency = ctx.q.agencies[0]!;
  const { unwritten, taskWritten } = unwrittenPart(ctx, agency, claimTopic(ctx, agency));
  if (!taskWritten || unwritten.length === 0) return ctx;
  const words = new Set(unwritten.flatMap((t) => t.folded.flatMap((f) => f.split(" "))));
  // "phòng, chống đuối nước", "preventing drowning": the verb of the unwritten harm goes with it.
  const drop = ctx.terms.map((t) => words.has(t));
  for (let i = drop.length - 1; i > 0; i--) if (drop[i] && !drop[i - 1] && PREVENTION_WORDS.has(ctx.terms[i - 1]!)) drop[i - 1] = true;
  const terms = ctx.terms.filter((_, i) => !drop[i]);
  return terms.length > 0 ? { ...ctx, terms } : ctx;
}

/** The verbs of a harm's prevention as folded words ("phòng, chống", "phòng ngừa", "ngăn chặn"). */
const PREVENTION_WORDS = new Set(["phong", "chong", "ngua", "ngan", "chan"]);

/**
 * A claim of a body's duty answered from the plan though it names a harm or group the chosen plans never write: that is said first
 * ("Kế hoạch 2509/KH-UBND (Gia Lai) không nhắc đến “khuyết tật”."), then the rest of the question's answer.
 */
function withUnwrittenPart(q: ParsedQuestion, a: Answer, plans: ParsedPlan[], registry: QaRegistry): Answer {
  if (!a.found || !isDutyClaim(q)) return a;
  const asked = namedTopicsAsked(q, q.terms);
  if (asked.length === 0) return a;
  // Of a plan named (by number or province), not of all of them: what no plan writes is said by withAbsentTopic.
  const chosen = choosePlans(q, plans);
  if (chosen.length === 0 || chosen.length === plans.length) return a;
  const unsaid = asked.filter((t) => !chosen.some((p) => writesTopic(p, t)) && !a.answer.includes(`“${t.written}”`));
  if (unsaid.length === 0) return a;
  const labels = chosen.map((p) => planLabel(p, registry, q.language)).join(", ");
  const words = unsaid.map((t) => `“${t.written}”`).join(", ");
  const cut = chosen.some((p) => p.gaps.some((g) => g.kind === "truncation" || g.kind === "elision"));
  const line = cut
    ? tr(q.language, `${labels}: phần văn bản lưu trong kho (bị cắt/thiếu một phần) không nhắc đến ${words}. Về phần còn lại của câu hỏi:`,
      `${labels}: the stored text (cut, partly missing) does not mention ${words}. On the rest of the question:`)
    : tr(q.language, `${labels} không nhắc đến ${words}. Về phần còn lại của câu hỏi:`, `${labels} does not mention ${words}. On the rest of the question:`);
  return { ...a, answer: `${line}\n${a.answer}` };
}

/**
 * "Why is the police of Gia Lai leading drowning prevention in 2509?" of a plan that never writes "đuối nước": the plan gives it to
 * no body, so not to the one claimed; no item that shares only "phòng, chống" answers instead. The plans that do write it are named.
 * A claim whose main task the plan does give (unwrittenPart) is left to be answered from the plan.
 */
function claimOfUnwrittenTopic(ctx: HandlerContext, agency: Agency, topic: string[], all: readonly ParsedPlan[]): Draft | null {
  const { unwritten: missing, taskWritten } = unwrittenPart(ctx, agency, topic);
  const unwritten = missing.find((t) => !t.group) ?? missing[0];
  if (!unwritten || taskWritten) return null;
  const d = emptyDraft();
  const labels = ctx.plans.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ");
  // A stored text that is cut says only what is kept of it.
  const cut = ctx.plans.some((p) => p.gaps.some((g) => g.kind === "truncation" || g.kind === "elision"));
  d.lines.push(cut
    ? tr(ctx.lang, `${labels}: phần văn bản lưu trong kho (bị cắt/thiếu một phần) không nhắc đến “${unwritten.written}”, nên không cho biết ${agency.name} hay cơ quan nào phụ trách việc đó.`,
      `${labels}: the stored text (cut, partly missing) does not mention “${unwritten.written}”, so it does not say that ${agency.name} (${agency.english}) or any body is in charge of it.`)
    : tr(ctx.lang, `${labels} không giao việc này cho ${agency.name}: kế hoạch không nhắc đến “${unwritten.written}”, nên không nêu cơ quan nào phụ trách việc đó.`,
      `${labels} does not give this to ${agency.name} (${agency.english}): the plan does not mention “${unwritten.written}”, so it names no body for it.`));
  const others = all.filter((p) => !ctx.plans.includes(p) && writesTopic(p, unwritten));
  if (others.length > 0) {
    d.lines.push(tr(ctx.lang, `Kế hoạch khác trong kho có nhắc đến “${unwritten.written}”: ${others.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ")}.`,
      `Other plans in the knowledge base that mention “${unwritten.written}”: ${others.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ")}.`));
  }
  d.settled = true;
  return d;
}

/** "Does plan 2509 make ...?", "Có ... không?": a yes-or-no question. */
const YES_NO_RE = /^(does|do|did|is|are|was|were|has|have)\b|\bco\b.* (khong|ko|k)$/;

/** The words of a claim about `agency` that say what it is claimed to do: the question's words less the body's name. */
function claimTopic(ctx: HandlerContext, agency: Agency): string[] {
  const words = new Set(foldedNames(agency).flatMap((n) => n.split(" ")));
  return ctx.terms.filter((t) => !words.has(t));
}

function answerLeadClaim(ctx: HandlerContext, all: readonly ParsedPlan[] = ctx.plans): Draft {
  const agency = ctx.q.agencies[0]!;
  const words = new Set(foldedNames(agency).flatMap((n) => n.split(" ")));
  // "..., right?" asks for a yes or no: the glossary's "quyền" (a right) is not a word of the task then.
  const tag = ctx.q.language === "en" && /\bright$/.test(ctx.q.folded) && !/\brights?\b/.test(ctx.q.folded.replace(/\bright$/, ""));
  const topic = ctx.terms.filter((t) => !words.has(t) && !(tag && t === "quyen"));
  const unwritten = claimOfUnwrittenTopic(ctx, agency, topic, all);
  if (unwritten) return unwritten;
  // "Hội LHPN chủ trì triển khai kế hoạch 2509 phải không?", "X leads the implementation of plan 2509, correct?": the plan as a
  // whole is asked of, its implementation section's first lead answers, not an item that shares the word "triển khai".
  // "Sở Y tế có phải là cơ quan chủ trì Kế hoạch 1979 không?": the words asking which body leads ("cơ quan", "the lead agency") name no task either.
  const wholePlan = topic.every((t) => GENERIC_WORDS.has(t) || WHOLE_PLAN_WORDS.has(t) || WHOLE_PLAN_CLAIM_WORDS.has(t) || LEADS_PLAN_WORDS.has(t) || /^\d+$/.test(t));
  const d = wholePlan ? answerPlanLead(ctx) : answerLead({ ...ctx, terms: topic }, ctx.q.provinces.length > 0 || ctx.q.documentNumber !== null);
  if (!d.found) return answerDuties(ctx);
  const named = d.agencies.find((a) => a.role === "lead" || a.role === "responsible");
  // "Why is the Department of Health heading ...?" of Sở LĐTBXH's task: the plan's body, and that the one asked holds it today.
  const from = named?.agency ? predecessorsOf(ctx, agency).find((p) => !p.portion && p.from.id === named.agency!.id) : undefined;
  if (named && from) {
    const lead = named.role === "lead";
    d.lines.unshift(tr(ctx.lang, `Kế hoạch giao việc này cho ${named.name} (${lead ? "chủ trì" : "chịu trách nhiệm"}); ${agency.name} kế thừa nhiệm vụ của ${from.from.name} từ ngày ${vnDate(from.effective)} (${from.legalBasis.replace(/\s*\(.*\)\s*$/, "")}).`,
      `The plan gives this to ${named.name} (${lead ? "lead" : "responsible"}); ${agency.name} (${agency.english}) inherited ${from.from.name}'s duties from ${from.effective} (${from.legalBasis.replace(/\s*\(.*\)\s*$/, "")}).`));
  } else if (named && named.agency?.id !== agency.id) {
    // "Vì sao Công an tỉnh chủ trì ...?": the premise is said to be wrong before the body the plan names.
    d.lines.unshift(tr(ctx.lang, `Không đúng như câu hỏi nêu. Kế hoạch không giao việc này cho ${agency.name}: ${named.name} ${named.role === "lead" ? "chủ trì" : "chịu trách nhiệm"}.`,
      `That is not what the plan says. The plan does not give this to ${agency.name} (${agency.english}): ${named.name} ${named.role === "lead" ? "leads" : "is responsible"}.`));
    // "Vì sao KH 2509 lại giao Sở Tư pháp chủ trì toàn bộ kế hoạch?": what the plan does give the body claimed, by its sections.
    const own = wholePlan && named.source ? ownSections(named.source.plan, agency) : [];
    if (own.length > 0) d.lines.splice(1, 0, tr(ctx.lang, `Phần việc kế hoạch giao riêng cho ${agency.name}: mục ${own.join(", ")}.`,
      `What the plan gives ${agency.name} (${agency.english}) itself: section ${own.join(", ")}.`));
  }
  return d;
}

/** The top sections of a plan's implementation part where `agency` is given work of its own (lead or responsible), in order. */
function ownSections(plan: ParsedPlan, agency: Agency): string[] {
  const paths = plan.assignments.filter((a) => a.agencyId === agency.id && (a.role === "lead" || a.role === "responsible")).map((a) => a.sectionPath.split(".").slice(0, 2).join("."));
  return [...new Set(paths)].slice(0, 3);
}

/** "Kể giúp các chương trình ...", "những văn bản nào", "list the programmes": several things of one kind are asked. */
const LIST_ASKED_RE = /\b(ke (giup|ra|ten|het|cac|nhung)|liet ke|(nhung|cac) (chuong trinh|chien luoc|de an|van ban|noi dung|hoat dong|nhiem vu|giai phap)\b.*\b(nao|gi)|list|name the|which (national )?(programmes|programs|strategies|schemes))\b/;

/**
 * "Anh chị kể giúp các chương trình, chiến lược quốc gia mà KH 2509 yêu cầu tập trung đẩy mạnh thực hiện?": the sentence that
 * answers lists them one after another with ";" ("Tập trung đẩy mạnh thực hiện Chương trình ...; Chiến lược ...; ..."), and its
 * first clause alone names one. A list asked is quoted to the end of the sentence, as the plan writes it.
 */
function listWhole(d: Draft, ctx: HandlerContext): Draft {
  if (!d.found || ctx.q.intent !== "fact" || !LIST_ASKED_RE.test(ctx.q.folded)) return d;
  const c = d.citations[0];
  if (!c || !c.quote.trimEnd().endsWith(";")) return d;
  const line = c.plan.text.split("\n").find((l) => l.includes(c.quote));
  if (!line) return d;
  const at = line.indexOf(c.quote);
  const rest = line.slice(at + c.quote.length);
  const stop = /\.(\s|$)/.exec(rest);
  const tail = (stop ? rest.slice(0, stop.index + 1) : rest).trimEnd();
  // A clause in the middle of the list: the list from the start of its sentence ("Tập trung đẩy mạnh thực hiện ...; ").
  const before = line.slice(0, at);
  const start = Math.max(before.lastIndexOf(". ") + 2, 0);
  const head = /;\s*$/.test(before) ? before.slice(start).replace(/^[a-zđ]\)\s*/u, "") : "";
  // Each further clause is short: an item of the list, not a new paragraph of prose.
  if (tail.length === 0 || tail.length + head.length > 1200 || `${head}${tail}`.split(";").some((x) => x.trim().length > 200)) return d;
  const whole = `${head}${c.quote}${tail}`;
  if (!c.plan.text.includes(whole)) return d;
  // The clauses quoted one by one after it are now in the sentence quoted whole.
  const within = (x: { plan: unknown; quote: string }) => x.plan === c.plan && whole.includes(x.quote);
  return {
    ...d,
    lines: d.lines.map((l) => l.replace(`“${c.quote}”`, `“${whole}”`)).filter((l, i) => i === 0 || !(/^“[^”]*”$/u.test(l) && whole.includes(l.slice(1, -1)))),
    citations: [{ ...c, quote: whole }, ...d.citations.slice(1).filter((x) => !within(x))],
  };
}

/** "chương trình nào", "những chương trình số mấy", "CT số nào", "which programmes", "which programme numbers", "programmes number what". */
const WHICH_PROGRAMMES_RE = /\b(chuong trinh|ct) (so )?(nao|gi|may|bao nhieu)\b|\b(which|what) (of the )?(numbered )?(programmes|programs|programme numbers|program numbers)\b|\b(programmes|programs) (by )?numbers?\b|\b(which|what) numbers?\b( \S+){0,3} (programmes|programs)\b/;

/**
 * "Sở ... phải chủ trì những chương trình nào?": when the answer holds two or more of a plan's numbered programmes the body leads,
 * a line first says how many and which by number ("Chương trình 1, 2, 3 và 5"), as the plan numbers them; each stays quoted below.
 */
function programmesNumbered(d: Draft, ctx: HandlerContext): Draft {
  if (!d.found || !WHICH_PROGRAMMES_RE.test(ctx.q.folded)) return d;
  const led = d.agencies.filter((a) => a.role === "lead" && a.source);
  for (const plan of ctx.plans) {
    // Only the programmes the first lead of this plan leads: a draft may hold programmes that other bodies lead.
    const first = led.find((a) => a.source!.plan === plan);
    // The answer is about another body (it leads none of them): the count of another's programmes is not asked.
    if (first && d.agencies.find((a) => a.role === "lead" || a.role === "responsible")?.name !== first.name) continue;
    const hers = led.filter((a) => a.source!.plan === plan && a.name === first?.name);
    const programmes = plan.tasks.filter((t) => t.kind === "programme" && t.number && /^\d+$/.test(t.number)
      && hers.some((a) => a.source!.sectionPath === t.sectionPath || a.source!.sectionPath.startsWith(`${t.sectionPath}.`)));
    const byNumber = [...new Map(programmes.map((t) => [Number(t.number), t])).values()].sort((x, y) => Number(x.number) - Number(y.number));
    if (byNumber.length < 2 || !first) continue;
    // Asked of today's body ("Sở Y tế ... tiếp nhận nhiệm vụ của Sở LĐTBXH"): the plan's body, and who holds its work now.
    const heir = ctx.q.agencies.find((a) => a.id !== first.agency?.id && predecessorsOf({ registry: ctx.registry, plans: [plan] }, a).some((p) => p.from.id === first.agency?.id));
    const name = heir ? tr(ctx.lang, `${first.name} (nay ${heir.name} kế thừa)`, `${first.name} (now ${heir.name})`) : first.name;
    const nums = byNumber.map((t) => t.number!);
    const list = (and: string) => `${nums.slice(0, -1).join(", ")} ${and} ${nums[nums.length - 1]}`;
    // "Có. ..."/"No. ...": a yes or no answers first; the count follows it.
    d.lines.splice(/^(Có|Không|Yes|No)\. /u.test(d.lines[0] ?? "") ? 1 : 0, 0, tr(ctx.lang,
      `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, ${name} chủ trì ${nums.length} chương trình: Chương trình ${list("và")} (${byNumber.map((t) => `${t.number}. ${t.title}`).join("; ")}).`,
      `Under ${planLabel(plan, ctx.registry, ctx.lang)}, ${name} leads ${nums.length} programmes: programmes ${list("and")} (${byNumber.map((t) => `${t.number}. ${t.title}`).join("; ")}).`));
    d.counts.push(nums.length);
  }
  return d;
}

/**
 * "Sở Y tế Huế hiện nay quản lý trẻ em, vậy KH 26 giao việc xây dựng đề án ... cho ai?": the predecessor's name, brought into
 * retrieval, may rank an item of another body that merely names it ("Chỉ đạo Phòng Lao động - Thương binh và Xã hội ..."). When the
 * question's own words rank an item the predecessor (or the body named) holds, that item answers: the plan gave the task to it.
 */
function heldByPredecessor(d: Draft, ctx: HandlerContext, own: string[]): Draft {
  if (ctx.q.intent !== "lead" || own.length === ctx.terms.length || !d.found) return d;
  const ids = new Set([...ctx.q.agencies.map((a) => a.id), ...ctx.q.agencies.flatMap((a) => predecessorsOf({ registry: ctx.registry, plans: ctx.plans }, a)).map((p) => p.from.id)]);
  const leadOf = (x: Draft) => x.agencies.find((a) => a.role === "lead" || a.role === "responsible")?.agency?.id;
  const first = leadOf(d);
  if (first && ids.has(first)) return d;
  // "Sở Y tế ... hiện nay quản lý trẻ em, vậy ...": the words of the clause that says what the body holds today are context too.
  const said = /^(.*?\b(hien nay|ngay nay|bay gio|hien|nay|now|today)\b.*?)(?:,|;|\bvay\b|\bso\b(?= \S+ \S+))(.*)$/.exec(ctx.q.folded);
  // In English the terms are the glossary's Vietnamese ("manages" -> "quan ly"): each clause's words are read both ways.
  const words = (clause: string) => new Set([...clause.split(" "), ...translateTerms(clause.split(" "), ctx.q.language).flatMap((t) => t.split(" "))]);
  const before = words(said?.[1] ?? "");
  const after = words(said?.[3] ?? "");
  const asked = own.filter((t) => !t.split(" ").every((w) => before.has(w) && !after.has(w)));
  const plain = dispatch(ctx.q.intent, { ...ctx, terms: asked.length > 0 ? asked : own });
  const other = plain.found ? leadOf(plain) : undefined;
  return other && ids.has(other) ? plain : d;
}

/**
 * "Sở Y tế Gia Lai ngày nay nhận báo cáo ... gửi qua cơ quan nào?": the plan names the agency
 * that held the duty then. For questions other than an agency's duties, today's agency brings
 * its predecessor's name into retrieval, so the passage naming the predecessor is found.
 */
function withPredecessorWords(q: ParsedQuestion, terms: string[], registry: QaRegistry, plans: ParsedPlan[]): string[] {
  // In "Sở Y tế nhận báo cáo ... gửi qua cơ quan nào?" the agency is context, not the one asked about.
  const context = q.intent !== "duties" && (q.intent !== "lead" || /\b(ngay nay|hien nay|nay|today|now)\b/.test(q.folded));
  if (!context || q.agencies.length === 0) return terms;
  const extra = q.agencies.flatMap((a) => predecessorsOf({ registry, plans }, a)).flatMap((p) => foldedNames(p.from)[0]!.split(" ").slice(1));
  return extra.length > 0 ? [...terms, ...extra.filter((w) => !terms.includes(w))] : terms;
}

// "Which of the plans ...", "is there a plan that ...", "any plan ...": the plans that fit are asked for too.
const WHICH_PLANS_RE = /\b(tinh nao|nhung tinh|cac tinh|ke hoach nao|kh nao|qd nao|van ban nao|nhung ke hoach|cac ke hoach|quyet dinh nao|which (provinces?|plans?|decisions?|documents?)|which of the ([a-z]+ ){0,3}(plans|provinces|documents|decisions)|which of (the |these |those |all (the )?|your )?(two|three|four|five|[2-9]) (plans|provinces|documents|decisions)|which of (these|those|your) (plans|documents|decisions)|of (all )?(the )?(five|5|these|those) (plans|documents),? which (one|plan|document)?|what (provinces?|plans?|documents?)|(is there|are there) (a|any) (plans?|documents?)|any (of the )?(plans?|documents?))\b|\bwhich province s\b/;
const ONE_YEAR_RE = /\b(mot nam|1 nam|trong mot nam|one year|a single year|single year|a year|one-year)\b/;
/** "báo cáo 6 tháng và 1 năm", "định kỳ một năm", "once a year", "six-monthly and yearly reports": a year a report is made in, not a plan's length. */
const REPORT_YEAR_RE = /\b(bao cao|dinh ky|report\w*|thang (va|hoac|,)? ?(mot|1) nam|(mot|1) nam (mot|1) lan|(once|twice|times) a year|months? and (at )?(one|a) year)\b/;

/**
 * "Kế hoạch nào ký năm 2016?", "tỉnh nào có kế hoạch chỉ một năm?", "tỉnh nào nhắc tổng đài
 * 111?": a question over all the plans whose answer is the plans that fit, read from their
 * structured details (signing date, period) or from the number they write.
 */
function answerWhichPlans(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  // "Trong kho có kế hoạch chỉ một năm không?": which plan runs one year, asked without "nào".
  const oneYearAsked = ONE_YEAR_RE.test(q.folded) && /\bco (ke hoach|van ban)\b/.test(q.folded);
  if (q.provinces.length > 0 || !(WHICH_PLANS_RE.test(q.folded) || oneYearAsked)) return null;
  // "Kế hoạch nào thực hiện QĐ 2361?": the plans were first narrowed to those citing the number; each of them answers.
  const whole = ctx.plans.length === all.length;
  const year = /\b(?:ky|ban hanh|signed|issued|nam|in)\b[^0-9]{0,20}\b((?:19|20)\d\d)\b/.exec(q.folded)?.[1];
  let fit: ParsedPlan[] = [];
  if (year && /\b(ky|ban hanh|signed|issued)\b/.test(q.folded)) fit = all.filter((p) => p.signedDate?.startsWith(year));
  // "... just one year, and which cover a multi-year period?": every plan's period is asked, not only the one-year plans.
  else if (ONE_YEAR_RE.test(q.folded) && !REPORT_YEAR_RE.test(q.folded) && !/\b(multi ?-?year|several years|many years|nhieu nam|the others?|the rest|con lai)\b/.test(q.folded)) fit = all.filter((p) => p.period.start && p.period.start.slice(0, 4) === (p.period.end ?? "").slice(0, 4));
  if (whole && fit.length > 0 && fit.length < all.length) {
    const d = answerPlanDetails({ ...ctx, plans: fit });
    if (d.found) {
      d.lines.unshift(tr(ctx.lang, `Các kế hoạch phù hợp: ${fit.map((p) => `${p.documentNumber} (${provinceLabel(p, ctx.registry)})`).join(", ")}.`,
        `The plans that fit: ${fit.map((p) => `${p.documentNumber} (${provinceLabel(p, ctx.registry)})`).join(", ")}.`));
      return d;
    }
  }
  // A number written in the plans (a hotline, a decision): the plans that write it, and where.
  const own = ownNumbers(all);
  // "2361/QĐ-TTg" is a document's number as written; "15/12" is a date.
  const numbers = [...q.folded.matchAll(/(?<![\d/.,-])(\d{3,4})(?![\d.,%-]|\/\d|\/(?![a-z]))/g)].map((m) => m[1]!).filter((n) => !own.has(n) && !/^(19|20)\d\d$/.test(n));
  if (numbers.length === 0) return null;
  const token = (text: string, n: string) => new RegExp(`(?<![\\d/.,])${n}(?![\\d]|[.,]\\d)`).test(text);
  const d = emptyDraft();
  // "Which plan sets a budget for the 111 line?": money asked, so only a passage that writes the number with money answers.
  // A document's number ("kế hoạch thực hiện QĐ 535/QĐ-TTg") names the plan, not the thing the money is for.
  const asDocument = (n: string) => new RegExp(`\\b(qd|quyet dinh|kh|ke hoach|nd|nghi dinh|chi thi|thong bao|tb|decision|decree|directive|plan|so|no)\\.? ?${n}\\b|\\b${n} ?/`).test(q.folded);
  const money = /\b(kinh phi|ngan sach|bao nhieu tien|funding|funds?|money|budget)\b/.test(q.folded) && numbers.every((n) => !asDocument(n));
  const withMoney = (quote: string) => !money || /\b(kinh phi|ngan sach|dong)\b/.test(foldKey(quote));
  for (const plan of ctx.plans) {
    const n = numbers.find((x) => token(plan.text, x));
    if (!n) continue;
    const hits = ctx.index.passages.filter((p) => p.plan === plan && (p.kind === "sentence" || p.kind === "assignment") && token(p.quote, n) && withMoney(p.quote));
    const ranked = ctx.terms.length > 0 ? ctx.index.rank(ctx.terms, (p) => hits.includes(p), 1).map((r) => r.passage) : [];
    const pick = ranked[0] ?? hits[0];
    if (!pick) continue;
    d.lines.push(tr(ctx.lang, `— ${provinceLabel(plan, ctx.registry)}: theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${pick.sectionPath}: “${pick.quote}”`,
      `— ${provinceLabel(plan, ctx.registry)}: under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${pick.sectionPath}: “${pick.quote}”`));
    d.citations.push({ plan, section: pick.sectionPath, quote: pick.quote });
  }
  if (money && d.citations.length === 0 && ctx.plans.some((p) => numbers.some((n) => token(p.text, n)))) {
    // The plans write the number, but none with money for it: not answered (found false), said so.
    d.lines.push(tr(ctx.lang, `Các kế hoạch có nhắc ${numbers.join(", ")} nhưng không nêu kinh phí cho nội dung này.`,
      `The plans mention ${numbers.join(", ")} but set no money for it.`));
    d.settled = true;
    return d;
  }
  if (d.citations.length === 0 || d.citations.length === all.length || (!whole && d.citations.length < 2)) return null;
  const names = [...new Set(d.citations.map((c) => provinceLabel(c.plan, ctx.registry)))];
  // One plan of all those held: said as the only one ("Which of the provincial plans ... 111?").
  if (whole && d.citations.length === 1) d.lines.unshift(tr(ctx.lang, `Kế hoạch của ${names[0]} có nhắc ${numbers.join(", ")}; các kế hoạch khác trong kho không nhắc:`,
    `The plan of ${names[0]} mentions ${numbers.join(", ")}; the other plans held do not:`));
  else d.lines.unshift(tr(ctx.lang, `Kế hoạch của ${names.join(", ")} có nhắc ${numbers.join(", ")}:`, `The plans of ${names.join(", ")} mention ${numbers.join(", ")}:`));
  d.found = true;
  d.confidence = 0.8;
  return d;
}

const WORKS_WITH_RE = /\bphoi hop (voi )?(don vi|co quan|so|nganh|ai|nhung|cac)\b.{0,20}\bnao\b|\bphoi hop voi ai\b|\b(work|works|working|coordinate|coordinates|cooperate|cooperates|partner|partners) with\b/;

/** The question names the plan by what it implements: "kế hoạch thực hiện Quyết định 535", "the plan implementing 535/QĐ-TTg". */
function namedByIt(q: ParsedQuestion, r: string): boolean {
  return new RegExp(`\\b(thuc hien|trien khai|implementing|implements|implement|carrying out|attached to|kem theo)( (quyet dinh|qd|decision|ke hoach|kh|plan|chi thi|directive))?( (so|no))? ${foldKey(r).split(" ")[0]}\\b`).test(q.folded);
}

/** The document's number stands in a phrase naming the plan (NAMED_BY_DOCUMENT_RE). */
function inNamingPhrase(q: ParsedQuestion, r: string): boolean {
  return [...q.folded.matchAll(NAMED_BY_DOCUMENT_RE)].some((m) => new RegExp(`(?<![\\d/])${numberIn(r)}(?![\\d])`).test(m[0]));
}

/** One of the chosen plans carries the document out (its legal basis). */
function basisOfPlan(ctx: HandlerContext, r: string): boolean {
  return ctx.plans.some((p) => p.legalBasis.some((b) => b.documentNumber !== null && numberIn(b.documentNumber) === numberIn(r)));
}

/** A document the question cites only to say which plan (its title names it, or a naming phrase cites the plan's basis). */
function describesPlan(ctx: HandlerContext, all: ParsedPlan[], titles: string[], r: string): boolean {
  const q = ctx.q;
  return ((q.agencies.length > 0 || (q.intent === "lead" && ctx.terms.length >= 3) || namedByIt(q, r)) && ctx.plans.length > 0 && titles.some((t) => t.includes(foldKey(r).replace(/ /g, ""))))
    || (ctx.plans.length < all.length && inNamingPhrase(q, r) && basisOfPlan(ctx, r));
}

/** A document the question cites, the plan's recipients, or a body the plans name without a duty. */
/** The plans' titles folded, without spaces, once per list of plans. */
const joinedTitles = memoByPlans((plans) => plans.map((p) => foldOnce(p.title).replace(/ /g, "")));

function answerReferences(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  const which = answerWhichPlans(ctx, all);
  if (which) return which;
  // "Sở Y tế có nhiệm vụ gì trong kế hoạch 1979 thực hiện Quyết định 1506/QĐ-LĐTBXH?": a document the chosen plan's title names only says which plan.
  const titles = joinedTitles(ctx.plans);
  // "Trong phụ lục kế hoạch thực hiện Quyết định 535/QĐ-TTg, cơ quan nào chủ trì ...?": likewise when the question asks who does a task of it.
  // "Kế hoạch thực hiện Quyết định 535/QĐ-TTg có mấy nhiệm vụ?", "who signed the plan implementing 535/QĐ-TTg?": the plan is named by what it implements.
  // "Kế hoạch thực hiện Quyết định 1235/QĐ-TTg và 2361/QĐ-TTg (ban hành theo KH 26)": documents the chosen plan carries out (its legal
  // basis), named in a phrase naming the plan, only say which plan too (describesPlan).
  const refs = externalRefs([...q.documentRefs, ...(q.intent === "fact" || (q.intent === "plan_details" && ASKS_WHICH_PLAN_CITES_RE.test(q.folded)) ? citedByNumber(q, ctx.plans, all) : [])], all).filter((r) => !describesPlan(ctx, all, titles, r));
  if (refs.length > 0) {
    const d = answerDocumentReference(ctx, refs, all);
    // "Ai chủ trì xây dựng đề án thực hiện Quyết định 605/QĐ-TTg?": the task citing the document has a lead; who it is answers.
    if (d.found && q.intent === "lead") {
      const led = answerLead(ctx);
      if (led.found && led.agencies.some((a) => a.role === "lead" || a.role === "responsible") && led.citations.some((c) => refs.some((r) => c.quote.includes(r)))) return led;
    }
    if (d.found) return d;
    // Asked about a document no plan cites ("123/LĐTBXH-BVCSTE"): say so rather than answer something else.
    if (q.agencies.length === 0 && !refs.some((r) => ctx.plans.some((p) => p.text.includes(r)))) {
      // "Kế hoạch Đắk Lắk 2016-2020 ban hành theo Quyết định 2014/QĐ-UBND, đúng không?": a province's plan number stated wrongly
      // is answered with the number the plan named by its place or period writes in its own header, quoted.
      const own = refs.every((r) => /\/(KH|QĐ|QD)-UBND$/iu.test(r)) && q.provinces.length > 0 && ctx.plans.length < all.length ? answerPlanDetails(ctx) : null;
      if (own?.found) {
        const correction = tr(ctx.lang, `Không có văn bản ${refs.join(", ")} trong kho; kế hoạch được hỏi là ${ctx.plans.map((p) => p.documentNumber).join(", ")}:`,
          `There is no ${refs.join(", ")} among the plans held; the plan asked about is ${ctx.plans.map((p) => p.documentNumber).join(", ")}:`);
        // "Kế hoạch 88/KH-UBND của Gia Lai về phòng chống đuối nước giao ai chủ trì?": a task asked of the wrong number is answered
        // from the province's real plan only when that plan speaks of it; otherwise the document is not held and nothing is guessed.
        const claimsNumber = /\b(dung (khong|ko|k)|phai (khong|ko|k)|co phai|so may|so hieu|so bao nhieu|correct|right|is it|isn t it)\b/.test(q.folded);
        if (!["plan_details", "legal_basis"].includes(q.intent) && !claimsNumber && ctx.terms.some((t) => !GENERIC_WORDS.has(t))) {
          const said = topicOnlyElsewhere(ctx) === null ? dispatch(q.intent, { ...ctx, local: false }) : emptyDraft();
          if (said.found) {
            said.lines.unshift(correction);
            return said;
          }
          const none = emptyDraft();
          none.lines.push(tr(ctx.lang,
            `Không có văn bản ${refs.join(", ")} trong kho; kế hoạch của tỉnh này trong kho (${ctx.plans.map((p) => p.documentNumber).join(", ")}) không nói về việc được hỏi.`,
            `There is no ${refs.join(", ")} among the plans held; the province's plan held (${ctx.plans.map((p) => p.documentNumber).join(", ")}) does not speak of what is asked.`));
          return none;
        }
        own.lines.unshift(correction);
        return own;
      }
      d.lines.push(tr(ctx.lang, `Các kế hoạch trong kho không nhắc đến văn bản ${refs.join(", ")}.`, `The plans in the knowledge base do not mention ${refs.join(", ")}.`));
      return d;
    }
  }
  // "Sở LĐTBXH phối hợp với đơn vị nào để ... báo cáo Chủ tịch UBND tỉnh?": the body's partners are asked, not the office
  // holder the task reports to.
  if (q.officeHolder && q.intent !== "plan_details" && !(q.agencies.length > 0 && WORKS_WITH_RE.test(q.folded))) {
    const said = answerOfficeHolder(ctx, q.officeHolder);
    if (said.found) {
      const agency = q.officeHolder.agency;
      const own = q.intent === "duties" && ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id)) ? answerDuties(ctx) : null;
      if (own?.found) {
        said.lines.push(tr(ctx.lang, `Nhiệm vụ kế hoạch giao cho ${agency.name}:`, `What the plan gives ${agency.name} (${agency.english}):`), ...own.lines);
        said.agencies.push(...own.agencies);
        said.citations.push(...own.citations);
        said.counts.push(...own.counts);
      }
      return said;
    }
  }
  const rows = answerAppendixPeriod(ctx);
  if (rows.found) return rows;
  if (asksRecipients(q.folded)) {
    const d = answerRecipients(ctx);
    // "Có gửi Thường trực Tỉnh ủy không? Ai ký?": the header (signer, the office signed in) answers the other part.
    if (d.found && q.intent === "plan_details") {
      const header = answerPlanDetails(ctx);
      d.lines.unshift(...header.lines);
      d.citations.unshift(...header.citations);
      d.notes.push(...header.notes);
    }
    if (d.found) return d;
    // "Có gửi Bộ LĐTBXH không?" of a plan whose "Nơi nhận" does not list it: that is the answer, not where else the plan names it.
    if (q.agencies.length > 0 && d.lines.length > 0) return d;
  }
  const agency = q.agencies[0];
  // A body the chosen plans give nothing to (Tỉnh ủy, HĐND, the Front where only requested elsewhere): what they say of it, whatever the wording asks.
  if (agency && ["lead", "fact", "duties"].includes(q.intent) && !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id))
    && predecessorsOf(ctx, agency).every((x) => !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === x.from.id)))) {
    // "Who prepares the scheme for the People's Council resolution?": the council is what the task is for; who does it is asked.
    // "Phòng LĐTBXH huyện ... bây giờ bỏ cấp huyện rồi thì ai làm?": who does the named body's work today is asked, which is
    // what the plan says of it and its successor line; no other body's item that shares a word ("bỏ ... rồi", "bỏ rơi").
    const ownNow = q.agencies.length === 1 && NOW_RE.test(q.folded) && ctx.registry.successorsOf(agency.id).length > 0;
    if (q.intent === "lead" && !ownNow) {
      const named = new Set(q.agencies.map((a) => a.id));
      const nameWords = new Set(q.agencies.flatMap((a) => foldedNames(a)).flatMap((n) => n.split(" ")));
      // "Phòng GD&ĐT các huyện do ai chỉ đạo ...?": a sentence naming the body inside another body's item ("Chỉ đạo phòng giáo dục
      // và đào tạo các huyện ...") is the task asked about; the body whose item it is does it.
      // Only when that body is the one body the question names ("báo cáo gửi UBND tỉnh qua Sở ...; nay qua sở nào?" names its route).
      const heading = q.agencies.length === 1 && !NOW_RE.test(q.folded) && actedOn(q) ? bodyOverMention(ctx, agency, ctx.terms.filter((t) => !nameWords.has(t)), named) : null;
      if (heading) return heading;
      const doer = answerLead({ ...ctx, terms: ctx.terms.filter((t) => !nameWords.has(t)) });
      if (doer.found && doer.confidence >= 0.5 && doer.agencies.some((a) => (a.role === "lead" || a.role === "responsible") && !named.has(a.agency?.id ?? ""))) return doer;
    }
    const d = answerMentions(ctx, agency);
    if (d.found || d.settled) return d;
  }
  return null;
}

/** "X do ai chỉ đạo", "X được sở nào hướng dẫn": the body named before it is what the asked body acts on. */
const DONE_BY_RE = /\b(do|duoc|boi|duoi su chi dao cua) (ai|so nao|co quan nao|don vi nao|nganh nao|cap nao)\b/;
/** "who directs the district education offices ...": an English question whose asked doer acts on the body. */
const WHO_ACTS_RE = /\bwho (is )?(\w+s|\w+ed|in charge of|responsible for)\b/;

/** The body the question names is what the asked body acts on (directed, guided, trained by whom), not the one asked about. */
function actedOn(q: ParsedQuestion): boolean {
  const name = q.mentions.agencies[0] ? ` ${foldKey(q.mentions.agencies[0])} ` : "";
  const at = name ? ` ${q.folded} `.indexOf(name) : -1;
  if (at < 0) return false;
  const by = DONE_BY_RE.exec(q.folded);
  if (by && by.index >= at) return true;
  const who = WHO_ACTS_RE.exec(q.folded);
  return q.language === "en" && !!who && who.index < at;
}

/**
 * The passage of the chosen plans that names the body and holds most of the task, when it stands in an item another body
 * leads or is responsible for: that item, with its bodies (the one asked about is what the task is done to or with).
 */
function bodyOverMention(ctx: HandlerContext, agency: Agency, terms: string[], named: Set<string>): Draft | null {
  if (terms.length === 0) return null;
  const keep = new Set(ctx.plans);
  const heads = (p: Passage) => (ctx.groupOf(p)?.assignments ?? []).some((a) => (a.role === "lead" || a.role === "responsible") && a.agencyId !== null && !named.has(a.agencyId));
  const top = ctx.index.rank(terms, (p) => keep.has(p.plan) && heads(p) && agencyIdsIn(ctx.registry, p.quote).includes(agency.id), 1)[0];
  if (!top) return null;
  const coverage = ctx.index.coverage(terms, top.passage);
  if (coverage < 0.4) return null;
  const d = describeGroup(ctx, ctx.groupOf(top.passage)!, top.passage, coverage);
  return d.found ? d : null;
}

/** "Nghị định 56 có trong kế hoạch tỉnh nào?", "which plan mentions Decree 56?": which plan cites a document (not who signed a plan). */
const ASKS_WHICH_PLAN_CITES_RE = /\b(tinh nao|ke hoach nao|which (plan|province)|nhac|de cap|mentions?|refers?|cites?)\b/;
// "ND 56", "QĐ 1506", "TB 324": a kind written short before a bare number names a document as the kind written out does.
const DOC_KIND_BEFORE_RE = /\b(?:ke hoach|quyet dinh|thong bao|nghi dinh|chi thi|cong van|thong tu|nghi quyet|nd|qd|nq|tb|cv|plan|decision|notice|directive|decree|circular|resolution)\s+(?:so\s+|no\.?\s+)?(\d{2,5})\b/g;

/** "Kế hoạch 26 có nhắc Kế hoạch 105 không?": a document named by its bare number, as the chosen plans write it ("105/KH-UBND"). */
function citedByNumber(q: ParsedQuestion, plans: ParsedPlan[], all: ParsedPlan[]): string[] {
  const own = ownNumbers(all);
  const out: string[] = [];
  for (const m of q.folded.matchAll(DOC_KIND_BEFORE_RE)) {
    const n = m[1]!;
    if (own.has(n) || q.documentRefs.some((r) => r.startsWith(`${n}/`))) continue;
    for (const p of plans) {
      // "28-CT/TW": a Party document's number joins its kind with a dash.
      const written = new RegExp(`(?<![\\d/.,])${n}(?:\\/|-\\p{L}+\\/)[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*`, "u").exec(p.text.normalize("NFC"))?.[0];
      if (written && !out.includes(written)) out.push(written);
    }
  }
  return out;
}

/** "Sở NV GL có nhiệm vụ gì trong KH 2509 ... của Tỉnh ủy Gia Lai?": the ambiguous short form is what is asked about, the body named later only describes the plan. */
function writtenFirst(q: ParsedQuestion): boolean {
  const at = (s: string) => foldKey(q.raw).indexOf(foldKey(s));
  const first = at(q.ambiguous[0]!.written);
  const named = q.mentions.agencies.map(at).filter((i) => i >= 0);
  return first >= 0 && named.length > 0 && named.every((i) => i > first) && !q.agencies.some((a) => q.ambiguous[0]!.options.some((o) => o.id === a.id));
}

/** A short form written as a guess ("(Sở NV?)", "Sở KH perhaps", "có phải Sở NV"). */
const GUESS_AFTER_RE = /^\s*(\?|\)|,?\s*(perhaps|maybe|possibly|probably|chang|chăng|nhỉ|nhi|thi phai|thì phải)\b)/iu;
const GUESS_BEFORE_RE = /(\(\s*|\b(perhaps|maybe|possibly|probably|có phải|co phai|có lẽ|co le|hình như|hinh nhu)\s+(là\s+|la\s+)?)$/iu;

/**
 * "Cơ quan nào (Sở NV?) chủ trì ...?", "which agency, Sở NV perhaps, leads ...?": the question asks which body,
 * and the short form is only the asker's guess at it; the plan's answer names the body, so nothing need be asked back.
 */
function guessedBody(q: ParsedQuestion): boolean {
  if (!WHICH_BODY_RE.test(q.folded) || q.ambiguous.length !== 1) return false;
  const written = q.ambiguous[0]!.written;
  const raw = q.raw.normalize("NFC");
  const at = raw.toLowerCase().indexOf(written.toLowerCase());
  if (at < 0) return false;
  return GUESS_AFTER_RE.test(raw.slice(at + written.length)) || GUESS_BEFORE_RE.test(raw.slice(0, at));
}

/** "Sở KH" may be two departments: ask which instead of guessing. */
function askWhich(q: ParsedQuestion, ctx: ComposeContext, coverage: string): Answer {
  const f = q.ambiguous[0]!;
  const names = f.options.map((o) => (q.language === "en" ? `${o.name} (${o.english})` : o.name));
  const a = composeNotFound(ctx, coverage, [tr(q.language, `“${f.written}” có thể là ${names.join(" hoặc ")}. Bạn hỏi về cơ quan nào?`,
    `“${f.written}” may mean ${names.join(" or ")}. Which one do you mean?`)]);
  return { ...a, clarify: { written: f.written, options: f.options.map((o) => o.name) } };
}

function dispatch(intent: Intent, ctx: HandlerContext): Draft {
  // "QĐ 2130 ban hành theo tờ trình số mấy?": the preamble line naming the proposal and submission.
  if (!["compare", "recommendation", "off_topic"].includes(intent)) {
    const submission = answerSubmission(ctx);
    if (submission) return submission;
  }
  // "Hội LHPN lồng ghép ... với đề án số mấy?", "dựa trên tờ trình số mấy?": the number the plan writes after that kind of document.
  if (ctx.q.asksNumberOf && !["count", "compare", "recommendation"].includes(intent)) {
    const numbered = answerDocumentNumber(ctx);
    if (numbered) return numbered;
    if (asksOwnNumber(ctx)) return answerPlanDetails(ctx);
  }
  // "Đề án 938 ... giai đoạn nào?": the years of a programme the plan names, not the plan's own (named-period.ts).
  // "... liệt kê các chương trình quốc gia. Chương trình X giai đoạn nào?": the list only sets the scene; the period is asked.
  if (!["count", "compare"].includes(intent) || (intent === "count" && asksPeriodApart(ctx.q.raw))) {
    const period = answerNamedPeriod(ctx);
    if (period) return period;
  }
  // "Báo cáo năm gửi qua sở nào?", "Sở Y tế có phải đầu mối nhận báo cáo năm?": the body the reports go through.
  if (["lead", "fact", "duties", "reporting"].includes(intent) && RECEIVES_REPORTS_RE.test(ctx.q.folded)) {
    const receiver = answerReportReceiver(ctx);
    if (receiver) return receiver;
  }
  // "Chương trình nào ghi Hội LHPN là đơn vị phối hợp?", "Cục Thống kê tham gia ở phần nào?": the programmes the body sits in.
  if (["lead", "fact", "duties", "count"].includes(intent)) {
    const member = answerProgrammeMembership(ctx);
    if (member) return member;
  }
  // "mấy chương trình 1, 2, 3, 5 ... giờ bên nào gánh?": a count word before the programmes named does not make it a count.
  if (["lead", "fact", "duties", "count"].includes(intent)) {
    const today = answerTodaysHolder(ctx);
    if (today) return today;
  }
  // Where to raise problems, how often to report, the appendix rows one body leads: routines asked in everyday words.
  const routine = answerPlanRoutine(intent, ctx);
  if (routine) return routine;
  if (["lead", "fact", "target"].includes(intent)) {
    const numbered = answerNumberedProgramme(ctx);
    if (numbered) return numbered;
  }
  // "Kế hoạch Tây Ninh nói gì về 25 quyền trẻ em?": a count before a noun is what the passage must hold.
  if (intent === "fact") {
    const counted = answerCountedPhrase(ctx);
    if (counted) return counted;
  }
  // "KH 1979 yêu cầu bảo đảm thực hiện đầy đủ bao nhiêu quyền?", "đặt mục tiêu ... tại bao nhiêu huyện?": the passage writing a
  // number before the noun asked is the answer; "yêu cầu", "mục tiêu" only frame the question.
  if (["fact", "target"].includes(intent)) {
    const asked = answerAskedCount(ctx);
    if (asked) return asked;
  }
  // "Các mục tiêu cụ thể của kế hoạch 2041 là gì?": a part named by its heading and asked as a list, listed whole.
  if (["fact", "target"].includes(intent)) {
    const listed = answerNamedList(ctx);
    if (listed) return listed;
  }
  // "CT4 do Sở LĐTBXH hay Sở TP chủ trì?", "is programme 4 led by the Police or the DOJ?": the bodies are choices; the
  // programme's own lead answers.
  if (ctx.q.agencies.length >= 2 && /\b(chu tri|lead|leads|led|in charge)\b/.test(ctx.q.folded)) {
    const folded = ctx.q.folded.replace(/\bct ?(\d{1,2})\b/g, "chuong trinh $1");
    const named = ctx.q.mentions.agencies.map((m) => foldKey(m));
    if (PROGRAMME_NUMBER_RE.test(folded) && named.length >= 2 && offersChoice(ctx.q.folded, named[0]!, named.slice(1))) {
      const chosen = answerNumberedProgramme({ ...ctx, q: { ...ctx.q, folded, agencies: [], intent: "lead" } });
      if (chosen?.agencies.some((x) => x.role === "lead" && ctx.q.agencies.some((a) => a.id === x.agency?.id))) return chosen;
    }
  }
  // "Hoạt động nào trong phụ lục do Sở Y tế hoặc Sở Nội vụ chủ trì?": the appendix rows each body named leads.
  if (ctx.q.agencies.length >= 2 && ["duties", "count", "lead", "fact"].includes(intent) && /\b(phu luc|appendix)\b/.test(ctx.q.folded) && /\b(chu tri|lead|leads|led)\b/.test(ctx.q.folded)
    && !/\b(hay|hay la|or is|or the)\b.*\b(chu tri|lead|leads|led)\b|\b(chu tri|led|lead)\b.*\bhay\b/.test(ctx.q.folded.replace(/\b(hoac|or)\b/g, " "))) {
    const each = bodiesJoined(ctx.q) ? answerEachAppendixLead(ctx) : null;
    if (each) return each;
  }
  // "Sở KH-ĐT và Sở TC mỗi bên phụ trách việc gì?": two bodies asked side by side, each one's duties.
  if (intent === "duties" && asksEachBody(ctx.q)) {
    const each = answerEachBody(ctx);
    if (each) return each;
  }
  // "Hội Nông dân và Hội Cựu chiến binh được đề nghị phối hợp với ngành nào?": bodies the plan only requests, asked as requested,
  // are answered from their own requested item, which names who they work with (not another plan's item requesting the Front).
  if (intent === "lead" && asksOfRequestedBodies(ctx)) {
    const own = answerDuties(ctx);
    if (own.found) return own;
  }
  switch (intent) {
    case "recommendation": return answerRecommendation(ctx);
    case "duties": return withSharedItem(ctx, answerDuties(ctx));
    case "count": return withFundingBesideCount(ctx, answerCount(ctx));
    case "lead":
      if (ctx.q.agencies.length > 0 && PREMISE_RE.test(ctx.q.folded)) return answerLeadClaim(ctx);
      // "Who handles the duties of Sở KH&ĐT today?": the question's only subject is the agency; its duties answer it.
      if (ctx.q.agencies.length > 0 && ctx.terms.every((t) => GENERIC_WORDS.has(t))) return answerDuties(ctx);
      // "Who leads the plan?": no task named, so the body the plan puts first in charge of it.
      if (ctx.q.agencies.length === 0 && ctx.terms.every((t) => GENERIC_WORDS.has(t))) return answerPlanLead(ctx);
      // "Ai chủ trì thực hiện Chương trình bảo vệ trẻ em tỉnh Đắk Lắk giai đoạn 2016-2020?": the plan named by its own title, and
      // no task: the body the plan puts first in charge of it (not a sentence or article that restates the title).
      // "Sở nào chủ trì tổ chức triển khai kế hoạch bảo vệ trẻ em của tỉnh?", "who leads carrying out the child protection plan?": the
      // plan itself, named by what it is about and asked who carries it out, not a task of it that shares "triển khai".
      if (ctx.q.agencies.length === 0 && (restatesTitle(ctx) || namesPlanItself(ctx) || asksWholeSubject(ctx))) {
        const planLead = answerPlanLead(ctx);
        if (planLead.found) return planLead;
      }
      return whoSentence(ctx, answerLead(ctx));
    case "target": return answerFromKinds({ ...ctx, terms: ctx.terms.filter((t) => !TARGET_WORDS.has(t)) }, ["target"], /muc tieu|ty le|chi tieu|%/, 6);
    case "budget": return answerAmountForBody(ctx) ?? agencyAnswers(ctx) ?? answerBudget(ctx);
    case "reporting": return answerReportDate(ctx) ?? agencyAnswers(ctx) ?? answerFromKinds(ctx, ["reporting"], /bao cao/, 4, asksWhen(ctx.q.folded) ? DATE_RE : statedInterval(ctx.q.folded));
    case "legal_basis": return answerLegalBasis(ctx);
    case "plan_details": return answerPlanDetails(ctx);
    default: return answerFact(ctx);
  }
}

/**
 * "Tỉnh nào bắt báo cáo 6 tháng một lần?", "a report every six months": the interval the question states, as plans write it;
 * the lines stating it answer before any other reporting line (a "báo cáo ... lần thứ sáu" is no six-monthly report).
 */
function statedInterval(folded: string): RegExp | null {
  if (/\b((0?6|sau|six) (thang|months?)|six-?monthly|half-?yearly|biannual\w*|semi-?annual\w*|nua nam)\b/.test(folded)) return /\b(0?6|sau) thang\b/;
  if (/\b(hang quy|moi quy|quarterly|every (three|3) months|(0?3|ba) thang)\b/.test(folded)) return /\b(hang quy|(0?3|ba) thang)\b/;
  if (/\b(hang nam|moi nam|annual\w*|yearly|every year|(0?1|mot) nam mot lan)\b/.test(folded)) return /\b(hang nam|moi nam|(0?1|mot) nam)\b/;
  return null;
}

/** "Sở Y tế hoặc Sở Nội vụ", "Công an tỉnh và Sở Tài chính": the first two bodies named side by side, joined by and/or. */
function bodiesJoined(q: ParsedQuestion): boolean {
  const [a, b] = q.mentions.agencies.map((m) => foldKey(m));
  if (!a || !b) return false;
  const at = q.folded.indexOf(a);
  const bt = q.folded.indexOf(b, at + a.length);
  return at >= 0 && bt >= 0 && /^\s*(,\s*)?(hoac|hoac la|va|or|and)( by| boi)?( the| cua)?\s*$/.test(q.folded.slice(at + a.length, bt).replace(/\b(tinh|provincial)\b/g, " ").replace(/\s+/g, " "));
}

/** The appendix rows each named body leads, body by body; null unless two bodies lead rows. */
function answerEachAppendixLead(ctx: HandlerContext): Draft | null {
  const out = emptyDraft();
  for (const agency of ctx.q.agencies) {
    const sub = answerCount({ ...ctx, q: { ...ctx.q, agencies: [agency], folded: `${ctx.q.folded} chu tri phu luc` } });
    if (!sub.found || !sub.agencies.some((x) => x.agency?.id === agency.id)) continue;
    out.lines.push(...sub.lines);
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    // The row's lead cell ("Sở Y tế") quoted, so the body is shown in the plan's words.
    for (const plan of ctx.plans) {
      const rows = new Set(plan.tasks.filter((t) => t.kind === "recommendation").map((t) => t.id));
      const cell = plan.assignments.find((x) => x.agencyId === agency.id && x.role === "lead" && x.taskId !== null && rows.has(x.taskId));
      if (cell) out.citations.push({ plan, section: cell.sectionPath, quote: cell.quote });
    }
    out.counts.push(...sub.counts);
    out.confidence = Math.max(out.confidence, sub.confidence);
  }
  out.found = new Set(out.agencies.map((x) => x.agency?.id)).size >= 2;
  return out.found ? out : null;
}

const HEADINGS = new WeakMap<ParsedPlan, Array<{ line: string; ids: Set<string> }>>();

/** A plan's short numbered lines ("13. Viện Kiểm sát nhân dân, Toà án nhân dân tỉnh") naming two bodies or more, with their ids; memoised. */
function numberedHeadings(plan: ParsedPlan, registry: QaRegistry): Array<{ line: string; ids: Set<string> }> {
  let out = HEADINGS.get(plan);
  if (!out) {
    out = plan.text.split("\n").map((l) => l.trim()).filter((l) => /^\d{1,2}\.\s/.test(l) && l.length < 160)
      .map((line) => ({ line, ids: new Set(registry.findAgencies(line).map((h) => h.agency.id)) })).filter((h) => h.ids.size >= 2);
    HEADINGS.set(plan, out);
  }
  return out;
}

/**
 * "Viện Kiểm sát và Toà án tỉnh làm gì?": two bodies asked, one numbered item headed with both ("13. Viện Kiểm sát nhân dân,
 * Toà án nhân dân tỉnh"); the body the answer left out is named too, with that heading quoted.
 */
function withSharedItem(ctx: HandlerContext, d: Draft): Draft {
  if (!d.found || ctx.q.agencies.length < 2) return d;
  for (const agency of ctx.q.agencies) {
    if (d.agencies.some((x) => x.agency?.id === agency.id)) continue;
    for (const plan of ctx.plans.filter((p) => d.citations.some((c) => c.plan === p))) {
      const line = numberedHeadings(plan, ctx.registry).find((h) => h.ids.has(agency.id)
        && d.agencies.some((x) => x.agency && x.agency.id !== agency.id && h.ids.has(x.agency.id)))?.line;
      if (!line) continue;
      d.lines.push(tr(ctx.lang, `Mục “${line}” giao chung cho ${agency.name}.`, `The item “${line}” is shared by ${agency.name} (${agency.english}).`));
      d.agencies.push({ agency, name: agency.name, role: "responsible", source: { plan, sectionPath: d.agencies[0]?.source?.sectionPath ?? "" } });
      d.citations.push({ plan, section: d.agencies[0]?.source?.sectionPath ?? "", quote: line });
      break;
    }
  }
  return d;
}

/** "mỗi bên", "từng cơ quan", "each", "respectively": the bodies named are asked one by one. */
const EACH_BODY_RE = /\b(moi ben|tung ben|moi (co quan|so|don vi|nganh)|tung (co quan|so|don vi|nganh)|each|respectively|lan luot|rieng tung)\b/;
/** "X và Y", "X, Y and Z": the bodies joined as a list; "X phối hợp với Y" names a body and its partner. */
const JOINED_RE = /^ *(,|va|and|cung|voi|&)? *(,|va|and)? *$/;

/** The words saying "each of them", which name no task. */
const EACH_WORDS = new Set(["moi", "ben", "tung", "rieng", "lan", "luot", "viec", "phu", "trach", "each", "respectively", "co", "quan", "don", "vi", "nganh"]);

function asksEachBody(q: ParsedQuestion): boolean {
  if (q.agencies.length < 2 || q.mentions.agencies.length < 2) return false;
  // "HND, HCCB, LĐLĐ tỉnh ĐL có được giao việc gì?": three or more bodies listed are asked one by one as well.
  if (!EACH_BODY_RE.test(q.folded) && !(q.agencies.length >= 3 && q.mentions.agencies.length >= 3)) return false;
  const [a, b] = q.mentions.agencies.map((m) => foldKey(m));
  const at = q.folded.indexOf(a!);
  const bt = q.folded.indexOf(b!, at + a!.length);
  if (at < 0 || bt < 0) return false;
  return JOINED_RE.test(q.folded.slice(at + a!.length, bt).replace(/\b(tinh|cua|the)\b/g, " ")) || /\b(va|and)\b/.test(q.folded.slice(at + a!.length, bt));
}

/** Each body's duties in turn, as if asked alone; the bodies the plans give nothing are left out. */
function answerEachBody(ctx: HandlerContext): Draft | null {
  const out = emptyDraft();
  for (const agency of ctx.q.agencies) {
    const sub = answerDuties({ ...ctx, q: { ...ctx.q, agencies: [agency] }, terms: ctx.terms.filter((t) => !EACH_WORDS.has(t)) });
    if (!sub.found || !sub.agencies.some((x) => x.agency?.id === agency.id || x.name === agency.name)) continue;
    out.lines.push(...sub.lines);
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    out.counts.push(...sub.counts);
    out.notes.push(...sub.notes);
    out.confidence = Math.max(out.confidence, sub.confidence);
  }
  out.found = out.citations.length > 0 && new Set(out.agencies.map((x) => x.agency?.id)).size >= 2;
  return out.found ? out : null;
}

/** Units whose counts other handlers read (periods, ages, money, dates, shares): not a counted thing. */
const UNIT_WORDS = new Set(["thang", "nam", "tuoi", "ngay", "tuan", "gio", "ty", "trieu", "nghin", "dong", "phan", "lan", "buoc",
  "months", "month", "years", "year", "days", "day", "weeks", "week", "percent", "times", "billion", "million", "vnd"]);

/** "25 quyền", "184 cán bộ", "the 25 rights": the counts the question writes before a noun, with the noun as the plans write it. */
function countedPhrases(q: ParsedQuestion): Array<{ n: string; word: string }> {
  const out: Array<{ n: string; word: string }> = [];
  for (const m of q.folded.matchAll(/(?<![\d/.,-])(\d{1,3}) (\p{L}+)/gu)) {
    const n = String(Number(m[1]));
    const written = m[2]!;
    if (UNIT_WORDS.has(written) || n === "0") continue;
    const word = q.language === "en" ? translateTerms([written], "en")[0] : written;
    if (!word || isStopword(word) || GENERIC_WORDS.has(word)) continue;
    out.push({ n, word });
  }
  return out;
}

/**
 * "Kế hoạch của Tây Ninh nói gì về 25 quyền trẻ em?", "Đắk Lắk tập huấn cho 184 cán bộ nào?": the passages holding the
 * count with its noun ("25 quyền", "02 huyện" for 2) answer, nearest the rest of the question first; none, and other handlers answer.
 */
/**
 * The passages whose folded words the pattern (its source) finds, kept with the index: the patterns are of a number and a noun
 * asked, a bounded set, and each is tested on every passage once, not on every question asking it.
 */
const passagesMatching = memoByObject((index: HandlerContext["index"]) => memoByText((source: string): Set<Passage> => {
  const re = new RegExp(source);
  return new Set(index.passages.filter((p) => re.test(p.folded)));
}, 1_000));

/**
 * The passages of any of the sets `counted` whose plan is kept, in the passages' order: read from the sets themselves (a few
 * passages each), not by walking every passage of every plan for each question.
 */
function passagesIn(counted: ReadonlyArray<Set<Passage>>, keep: ReadonlySet<ParsedPlan>): Set<Passage> {
  const out: Passage[] = [];
  for (const s of counted) for (const p of s) if (keep.has(p.plan)) out.push(p);
  return new Set(counted.length > 1 ? out.sort((a, b) => a.id - b.id) : out);
}

function answerCountedPhrase(ctx: HandlerContext): Draft | null {
  const phrases = countedPhrases(ctx.q);
  if (phrases.length === 0) return null;
  const counted = phrases.map(({ n, word }) => passagesMatching(ctx.index)(`(?<![\\d.,])0*${n} ${word}\\b`));
  const keep = new Set(ctx.plans);
  const hits = passagesIn(counted, keep);
  if (hits.size === 0) return null;
  const ranked = ctx.index.rank(ctx.terms.length > 0 ? ctx.terms : phrases.map((x) => x.word), (p) => hits.has(p), 2).map((r) => r.passage);
  const picks = ranked.length > 0 ? ranked : [...hits].slice(0, 2);
  const d = emptyDraft();
  for (const p of picks) {
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: “${p.quote}”`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: “${p.quote}”`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
  }
  d.found = true;
  d.confidence = 0.85;
  return d;
}

/** Words framing a question as about the plan's goals or requirements, not of the sentence holding the number. */
const FRAMING_WORDS = new Set(["yeu", "cau", "muc", "tieu", "chi", "dat", "ra", "de", "phan", "dau", "require", "requires", "required", "aim", "aims",
  "target", "targets", "goal", "goals", "set", "sets"]);
/** Nouns after "bao nhiêu"/"how many" that other handlers read (money, time, shares, ages, bodies, items of the plan). */
const ASKED_UNIT_RE = /^(ty|trieu|tien|dong|nam|thang|ngay|tuan|lan|phan|tuoi|%|co|so|nganh|don|to|chuong|nhiem|muc|chi|khuyen|noi|hoat|viec|nhom|giai|gach|dau|van|quyet|ke)$/;

/** "bao nhiêu quyền", "mấy cấp độ", "how many rights": the noun asked for, as the plans write it (one or two words). */
function askedCountNoun(q: ParsedQuestion): string[] | null {
  const f = q.folded;
  const vi = /(?<!\bso )\b(?:bao nhieu|may) (\p{L}+)(?: (\p{L}+))?/u.exec(f);
  if (vi && !ASKED_UNIT_RE.test(vi[1]!)) return vi[2] && !isStopword(vi[2]) ? [vi[1]!, `${vi[1]!} ${vi[2]!}`] : [vi[1]!];
  const en = /\bhow many ((?:[\w-]+ ?){1,5})/.exec(f);
  if (!en) return null;
  const words = en[1]!.trim().split(" ");
  const stop = words.findIndex((w) => /^(does|did|do|are|were|is|was|has|have|will|should|can|must|in|of|under|for|to|per|that|which|each)$/.test(w));
  const noun = (stop >= 0 ? words.slice(0, stop) : words).map((w) => translateTerms([w], "en")).filter((t) => t.length > 0).pop();
  return noun && !ASKED_UNIT_RE.test(noun[0]!) ? [noun.join(" ")] : null;
}

/**
 * "Kế hoạch 2041 yêu cầu cung cấp dịch vụ theo mấy cấp độ?", "how many children's rights must be implemented?": the passages of
 * the chosen plans writing a number before the noun asked ("03 cấp độ", "25 quyền"); the one nearest the rest of the question
 * answers when it holds most of it. None, and other handlers answer (the plans may not say).
 */
/** A quote's clauses (split at sentence and list marks), folded to plain words. */
const clausesWithNumber = memoByText((quote: string): string[] =>
  quote.split(/[.;:()]\s|[;:()]/).map((c) => foldKey(c.replace(/\d[\d.,]*\s*%/g, " ")).replace(/[^a-z0-9.,]+/g, " ").trim()).filter((c) => /\d/.test(c)));

/**
 * Whether a clause of the passage writes a number a few words before the noun (as `near` of answerAskedCount tests), kept per
 * index, noun and passage: a passage's clauses are the plan's, so each is read once for each noun asked.
 */
const numberNearNoun = memoByObject((_index: HandlerContext["index"]) => memoByText((n: string): ((p: Passage) => boolean) => {
  const re = new RegExp(`(?<![\\d.,])\\d[\\d.,]*(?: [a-z]+){0,6} ${n}\\b`);
  const seen = new Map<Passage, boolean>();
  return (p) => {
    let v = seen.get(p);
    if (v === undefined) seen.set(p, (v = clausesWithNumber(p.quote).some((c) => re.test(c))));
    return v;
  };
}, 1_000));

function answerAskedCount(ctx: HandlerContext): Draft | null {
  const nouns = askedCountNoun(ctx.q);
  if (!nouns) return null;
  // "03 văn phòng tư vấn cấp huyện": the noun asked may close the phrase the number opens (a few words on, same clause).
  const near = nouns.map((n) => new RegExp(`(?<![\\d.,])\\d[\\d.,]*(?: [a-z]+){0,6} ${n}\\b`));
  const keep = new Set(ctx.plans);
  const counted = nouns.map((n) => passagesMatching(ctx.index)(`(?<![\\d.,])\\d[\\d.,]* ${n}\\b`));
  const hits = passagesIn(counted, keep);
  if (hits.size === 0) return null;
  const terms = ctx.terms.filter((t) => !FRAMING_WORDS.has(t) && !GENERIC_WORDS.has(t));
  if (terms.length === 0) return null;
  const first = ctx.index.rank(terms, (p) => hits.has(p), 1)[0];
  // The noun asked is in every hit; a plan named by the question leaves fewer passages to choose from.
  if (!first || ctx.index.coverage(terms, first.passage) < (ctx.plans.length === 1 ? 0.35 : 0.5)) return null;
  // "có bao nhiêu huyện được duy trì văn phòng tư vấn": the clause holding the number must hold the question's own words ("duy trì",
  // not "thành lập mới"); the clause weighing most of them (by how rare they are) answers.
  const weight = (p: Passage) => Math.max(0, ...clausesWithNumber(p.quote).filter((c) => near.some((re) => re.test(c)))
    .map((c) => { const have = new Set(termsOf(c.split(" "))); return [...new Set(termsOf(terms))].reduce((s, t) => s + (have.has(t) ? ctx.index.idf(t) : 0), 0); }));
  const nearOf = nouns.map((n) => numberNearNoun(ctx.index)(n));
  const ranked = ctx.index.rank(terms, (p) => keep.has(p.plan) && nearOf.some((holds) => holds(p)), 12);
  const top = ranked.filter((r) => r.score >= first.score * 0.5).reduce((a, b) => (weight(b.passage) > weight(a.passage) ? b : a), first);
  const p = top.passage;
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: “${p.quote}”`,
    `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: “${p.quote}”`));
  d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
  d.found = true;
  d.confidence = ctx.index.coverage(terms, p);
  return d;
}

/**
 * "Những ai chịu trách nhiệm thi hành quyết định?": who is named by a sentence of the decision (Chánh Văn phòng,
 * Chủ tịch UBND các huyện), not by a task's assignment. When such a sentence holds the question far better than
 * any assigned task does, its whole line (the clause alone drops the first names of the list) answers.
 */
function whoSentence(ctx: HandlerContext, lead: Draft): Draft {
  // A question naming a body asks about that body's tasks; a heading ("5. Chương trình ...") names no one.
  if (ctx.q.agencies.length > 0 || (lead.found && lead.confidence > 0.7)) return lead;
  const keep = new Set(ctx.plans);
  const ranked = ctx.index.rank(ctx.terms, (p) => keep.has(p.plan) && p.kind === "sentence" && (ctx.groupOf(p)?.assignments.length ?? 0) === 0, 3);
  const top = ranked.find((r) => !ctx.plans.some((plan) => plan.tasks.some((t) => r.passage.quote.includes(t.title))));
  if (!top) return lead;
  const cov = ctx.index.coverage(ctx.terms, top.passage);
  if (cov < 0.85 || (lead.found && lead.confidence + 0.3 > cov) || agencyIdsIn(ctx.registry, top.passage.quote).length === 0) return lead;
  const p = top.passage;
  const line = trimmedLines(p.plan).find((l) => l.includes(p.quote));
  const quote = line && line.length <= 600 ? line : p.quote;
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: “${quote}”`,
    `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: “${quote}”`));
  d.citations.push({ plan: p.plan, section: p.sectionPath, quote });
  d.found = true;
  d.confidence = cov;
  return d;
}

/** Who receives the reports, or which body they go through ("reports went through DOLISA"). */
const RECEIVES_REPORTS_RE = /\b((tiep )?nhan|receives?|received|receiving) (cac |cả )?(bao cao|reports?)\b|\b(bao cao|reports?|reported)\b( \w+){0,8} (gui |nop |di )?(qua|thong qua|through|via) (the same |cung (mot )?|mot |one |a single |a |an |the )?(co quan|so|don vi|nganh|ai|which|what|whom|department|agency|body|office)\b|\b(to whom|who receives|who gets)\b( \w+){0,3} reports?\b|\b(place|where|who|whom) to (send|submit)\b( \w+){0,5} reports?\b|\breports?\b( \w+){0,3} (be |are |is )?(sent|submitted|routed) (to|through|via)\b|\breports?\b( \w+){0,3} (went|go|goes|going) (through|via)\b/;
/** "Do both plans route reports through the same department?", "hai quyết định có cùng ... qua một sở không?": each plan's receiver. */
const EACH_PLAN_RECEIVER_RE = /\b(both|same|ca hai|hai (quyet dinh|ke hoach|van ban)|cung (qua |cho )?(mot )?(so|co quan|don vi)|cung cho|moi (ke hoach|van ban|quyet dinh)|each)\b/;
/** A body's own duty to receive or compile the reports ("tiếp nhận và báo cáo", "tổng hợp ... báo cáo"). */
const COMPILES_REPORTS_RE = /\b(tiep nhan|tong hop|dau moi)\b.{0,80}\bbao cao\b/;
/** Words of such a question that say nothing of which report. */
const RECEIVER_NOISE = new Set(["nhan", "tiep", "gui", "nop", "qua", "thong", "dau", "moi", "co", "quan", "don", "vi", "bay", "gio", "ngay", "hien", "la", "phai", "khong", "ghi", "ke", "hoach", "through", "via", "receive", "receives"]);

/**
 * The reporting sentence nearest the question that names the body reports go through ("báo cáo ... về Ủy ban nhân
 * dân tỉnh (thông qua Sở Lao động - Thương binh và Xã hội)", "(Qua Sở ...)"): that body, quoted.
 */
function answerReportReceiver(ctx: HandlerContext): Draft | null {
  if (ctx.plans.length >= 2 && EACH_PLAN_RECEIVER_RE.test(ctx.q.folded)) {
    const each = ctx.plans.map((plan) => receiverIn({ ...ctx, plans: [plan] })).filter((d): d is Draft => d !== null);
    if (each.length >= 2) {
      const d = emptyDraft();
      const bodies = [...new Set(each.map((x) => x.agencies[0]!.name))];
      const docs = each.map((x) => x.citations[0]!.plan.documentNumber).join(tr(ctx.lang, " và ", " and "));
      d.lines.push(bodies.length === 1
        ? tr(ctx.lang, `Cùng một cơ quan: cả ${docs} đều cho báo cáo về ${bodies[0]}.`, `The same body: ${docs} both have the reports go to ${bodies[0]}.`)
        : tr(ctx.lang, `Không cùng một cơ quan: ${each.map((x) => `${x.citations[0]!.plan.documentNumber}: ${x.agencies[0]!.name}`).join("; ")}.`,
          `Not the same body: ${each.map((x) => `${x.citations[0]!.plan.documentNumber}: ${x.agencies[0]!.name}`).join("; ")}.`));
      for (const x of each) {
        d.lines.push(...x.lines);
        d.citations.push(...x.citations);
        d.agencies.push(...x.agencies);
      }
      d.found = true;
      d.confidence = Math.min(...each.map((x) => x.confidence));
      return d;
    }
  }
  return receiverIn(ctx);
}

/** "..., nay là cơ quan nào?", "bây giờ gửi qua đâu?", "where do they go now?": the body reports go through is asked as it is today. */
const TODAY_ASKED_RE = /\b(bay gio|hien nay|ngay nay|hien tai|gio (la|thi|do|thuoc|gui)|nay (la|do|thuoc|gui)|now|today|currently)\b/;

/** The body the reports go through, and when it is asked as it is today, its holder today first. */
function receiverIn(ctx: HandlerContext): Draft | null {
  const d = receiverAsWritten(ctx);
  const body = d?.agencies[0]?.agency;
  const today = d && body && TODAY_ASKED_RE.test(ctx.q.folded) ? todaysHolderLine(ctx, body) : null;
  if (today) d!.lines.unshift(today);
  return d;
}

function receiverAsWritten(ctx: HandlerContext): Draft | null {
  const keep = new Set(ctx.plans);
  const topic = [...new Set([...ctx.terms.filter((t) => !RECEIVER_NOISE.has(t)), "bao", "cao"])];
  const ranked = ctx.index.rank(topic, (p) => keep.has(p.plan) && /\bbao cao\b/.test(p.folded) && /\((?:thông qua|qua)\s/iu.test(p.quote), 3);
  for (const { passage: p } of ranked) {
    const via = /\((?:thông qua|[Qq]ua)\s+([^)\n;]{3,80})\)/u.exec(p.quote);
    const body = via ? ctx.registry.findAgencies(via[1]!).filter((h) => h.start <= 2)[0]?.agency : undefined;
    if (!body) continue;
    const d = emptyDraft();
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}, báo cáo gửi qua ${body.name}: ${shown(p.quote)}`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, reports go through ${body.name} (${body.english}): ${shown(p.quote)}`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
    d.agencies.push({ agency: body, name: body.name, role: "responsible", source: { plan: p.plan, sectionPath: p.sectionPath } });
    d.found = true;
    d.confidence = ctx.index.coverage(topic, p);
    return d;
  }
  // No "(thông qua ...)" line: the body whose own duty is to receive or compile the reports ("tiếp nhận và báo cáo").
  const compiles = ctx.index.rank(topic, (p) => keep.has(p.plan) && p.kind === "assignment" && COMPILES_REPORTS_RE.test(p.folded), 1);
  for (const { passage: p } of compiles) {
    const a = p.assignmentIndex === null ? undefined : p.plan.assignments[p.assignmentIndex];
    const body = a?.agencyId ? ctx.registry.agency(a.agencyId) : undefined;
    if (!a || !body || !["lead", "responsible"].includes(a.role) || !planHolds(p.plan, p.quote)) continue;
    const d = emptyDraft();
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}, ${body.name} tiếp nhận, tổng hợp báo cáo: ${shown(p.quote)}`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, ${body.name} (${body.english}) receives and compiles the reports: ${shown(p.quote)}`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
    d.agencies.push({ agency: body, name: body.name, role: "responsible", source: { plan: p.plan, sectionPath: p.sectionPath } });
    d.found = true;
    d.confidence = Math.max(0.5, ctx.index.coverage(topic, p));
    return d;
  }
  return null;
}

const ASKS_DATE_RE = /\b(ngay nao|ngay may|what date|which date|by what date|by when|han chot|han cuoi)\b/;
/** "Hạn báo cáo (kết quả thực hiện) ... là khi nào / khác nhau thế nào?", "the reporting deadline": a date asked by its name, answered from a dated line when the plan has one. */
const DEADLINE_ASKED_RE = /\b((thoi )?han (nop |gui )?bao cao|(report|reporting) deadlines?|deadlines? (for|of) (the )?(reports?|reporting))\b/;
const DAY_MONTH_RE = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/**
 * "Hạn gửi báo cáo năm là ngày nào?", "... trước ngày 15/12, phải không?": a reporting date is
 * read from the lines that state one; a plan stating none does not answer (a date in the
 * question is a premise to check, never a word to look for).
 */
/** The passages of a report ("báo cáo") due before a date ("trước ngày 15/12"), once per index. */
const reportDeadlinePassages = memoByObject((index: HandlerContext["index"]) =>
  index.passages.filter((p) => /\bbao cao\b/.test(p.folded) && /truoc ngay \d{1,2}\/\d{1,2}/.test(p.folded)));

function answerReportDate(ctx: HandlerContext): Draft | null {
  const folded = ctx.q.folded;
  const asked = datesAsked(folded, ctx.lang);
  const freq = frequencyAsked(folded);
  const deadline = DEADLINE_ASKED_RE.test(folded);
  if (!ASKS_DATE_RE.test(folded) && asked.length === 0 && !deadline) return freq && PREMISE_RE.test(folded) ? answerReportFrequency(ctx, freq) : null;
  const dated = reportDeadlinePassages(ctx.index).filter((p) => ctx.plans.includes(p.plan));
  // A deadline named, of a plan with no dated line: what the plan says of its reports answers, as before.
  if (dated.length === 0 && deadline && !ASKS_DATE_RE.test(folded) && asked.length === 0) return null;
  if (dated.length === 0) {
    const d = emptyDraft();
    d.lines.push(...ctx.plans.map((p) => tr(ctx.lang, `${planLabel(p, ctx.registry, ctx.lang)} không nêu ngày hạn gửi báo cáo.`, `${planLabel(p, ctx.registry, ctx.lang)} gives no date by which reports are due.`)));
    return d;
  }
  const terms = ctx.terms.filter((t) => !/\d/.test(t));
  const ranked = terms.length > 0 ? ctx.index.rank(terms, (p) => dated.includes(p), 1).map((r) => r.passage) : dated;
  // One line: a sentence and the paragraph holding it state the same date.
  const picks = (ranked.length > 0 ? ranked : dated).slice(0, 1);
  const d = emptyDraft();
  for (const p of picks) {
    const said = [...p.folded.matchAll(DAY_MONTH_RE)].map((m) => `${Number(m[1])}/${Number(m[2])}`);
    const wrong = asked.filter((a) => !said.includes(a));
    const freqLine = freq ? wrongFrequency(ctx, freq, p) : null;
    if (freqLine) d.lines.push(freqLine);
    if (wrong.length > 0) d.lines.push(tr(ctx.lang, `Không phải ${wrong.join(", ")}: kế hoạch ghi ${said.join(", ")}.`, `Not ${wrong.join(", ")}: the plan says ${said.join(", ")}.`));
    quotePassage(ctx, d, p);
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = MONTH_NAMES.join("|");
/** "15 June", "June 15", "15th of June": a day and month written out in English. */
const EN_DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_RE})\\b|\\b(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b`, "g");
/** "ngày 31 tháng 3", "31 tháng 3" (not "6 tháng 1 lần", six months once). */
const VI_DAY_MONTH_RE = /\b(\d{1,2}) thang (\d{1,2})\b(?! (lan|nam)\b)/g;

/** The days and months a question names, as the plans write them ("15/12"), however it wrote them. */
function datesAsked(folded: string, lang: HandlerContext["lang"]): string[] {
  const out = [...folded.matchAll(DAY_MONTH_RE)].map((m) => `${Number(m[1])}/${Number(m[2])}`);
  for (const m of folded.matchAll(VI_DAY_MONTH_RE)) if (Number(m[2]) >= 1 && Number(m[2]) <= 12) out.push(`${Number(m[1])}/${Number(m[2])}`);
  // English month names only in English ("mấy" folds to "may").
  for (const m of lang === "en" ? folded.matchAll(EN_DAY_MONTH_RE) : []) {
    const day = Number(m[1] ?? m[4]);
    const month = MONTH_NAMES.indexOf((m[2] ?? m[3])!) + 1;
    if (day >= 1 && day <= 31 && month > 0) out.push(`${day}/${month}`);
  }
  return [...new Set(out)];
}

type Frequency = "monthly" | "quarterly" | "half" | "yearly";
const FREQUENCY_ASKED: ReadonlyArray<[Frequency, RegExp]> = [
  // Six-monthly and half-yearly first: they hold "monthly" and "yearly".
  ["half", /\b((0?6|sau) thang (mot|1) lan|(hai|2) lan (mot|moi) nam|twice (a|per|each) year|twice yearly|six-?monthly|six monthly|half-?yearly|every (six|6) months|biannual\w*|semi-?annual\w*|nua nam)\b/],
  ["quarterly", /\b(hang quy|moi quy|quarterly|every quarter|each quarter|every (three|3) months|(0?3|ba) thang (mot|1) lan)\b/],
  ["yearly", /\b(hang nam|moi nam|yearly|annual(ly)?|every year|each year|once (a|per|each) year|(0?1|mot) nam (mot|1) lan)\b/],
  ["monthly", /\b(hang thang|moi thang|(?<!six[- ])monthly|every month|each month|(once )?a month)\b/],
];
/** What a plan's reporting line says of how often: "Định kỳ hàng năm", "định kỳ 06 tháng (...), 01 năm (...)", "định kỳ 6 tháng, một năm". */
const FREQUENCY_SAID: ReadonlyArray<[Frequency, RegExp]> = [
  ["monthly", /\b(hang thang|moi thang)\b/],
  ["quarterly", /\b(hang quy|moi quy|dinh ky (0?3|ba) thang)\b/],
  ["half", /\b((0?6|sau) thang)\b/],
  ["yearly", /\b(hang nam|hang nam|moi nam|(0?1|mot) nam)\b/],
];
const FREQUENCY_WORDS: Record<Frequency, [string, string]> = {
  monthly: ["hằng tháng", "monthly"], quarterly: ["hằng quý", "quarterly"], half: ["6 tháng một lần", "every six months"], yearly: ["hằng năm", "yearly"],
};

function frequencyAsked(folded: string): Frequency | null {
  return FREQUENCY_ASKED.find(([, re]) => re.test(folded))?.[0] ?? null;
}

const CYCLE_HALF_RE = /\b((0?6|sau) thang|six-? ?months?|6-? ?months?)\b(?! (tuoi|dau|cuoi|old|olds)\b)/;
const CYCLE_YEAR_RE = /\bthang,? (va |hoac )?(mot|1|01) nam\b|\b(one-? ?year|1-? ?year)\b/;
const FREQUENCY_ORDER: readonly Frequency[] = ["monthly", "quarterly", "half", "yearly"];

/**
 * "Tỉnh nào yêu cầu báo cáo hằng năm?", "Which provinces want reports twice a year?": the plans whose reporting line ("định kỳ ...")
 * sets every cycle asked, each quoted, and the plans that set none of it said; null when no cycle is asked or no plan sets it.
 */
function answerCycleByPlan(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  if (q.provinces.length > 0 || !/\b(bao cao|report\w*)\b/.test(q.folded) || !(ASKS_PROVINCES_RE.test(q.folded) || WHICH_PLANS_RE.test(q.folded))) return null;
  const named = FREQUENCY_ASKED.filter(([, re]) => re.test(q.folded)).map(([f]) => f);
  // "báo cáo 6 tháng và 1 năm", "a six-month report as well as a yearly one": the cycles as a report's name writes them.
  if (CYCLE_HALF_RE.test(q.folded)) named.push("half");
  if (CYCLE_YEAR_RE.test(q.folded)) named.push("yearly");
  const asked = FREQUENCY_ORDER.filter((f) => named.includes(f));
  if (asked.length === 0) return null;
  const sets = (p: Passage) => /\bbao cao\b/.test(p.folded) && /\b(dinh ky|hang nam|moi nam)\b/.test(p.folded)
    && asked.every((f) => FREQUENCY_SAID.some(([g, re]) => g === f && re.test(p.folded)));
  const d = emptyDraft();
  const without: ParsedPlan[] = [];
  for (const plan of ctx.plans) {
    const lines = ctx.index.passages.filter((p) => p.plan === plan && sets(p));
    // The line that also gives the due dates ("06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11)") says the most.
    const dated = lines.filter((x) => /truoc ngay \d{1,2}\/\d{1,2}/.test(x.folded));
    // Of a paragraph and the sentence in it, the sentence: the cycle is read at once.
    const p = (dated.length > 0 ? dated : lines).sort((x, y) => x.quote.length - y.quote.length)[0];
    if (!p) { without.push(plan); continue; }
    d.lines.push(tr(ctx.lang, `— ${provinceLabel(plan, ctx.registry)}: theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(p.quote)}`,
      `— ${provinceLabel(plan, ctx.registry)}: under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}: ${shown(p.quote)}`));
    d.citations.push({ plan, section: p.sectionPath, quote: p.quote });
  }
  const words = asked.map((f) => FREQUENCY_WORDS[f][ctx.lang === "en" ? 1 : 0]).join(tr(ctx.lang, " và ", " and "));
  // A cut text says only that its kept part sets no such cycle.
  const label = (p: ParsedPlan) => `${planLabel(p, ctx.registry, ctx.lang)}${p.gaps.some((g) => g.kind === "truncation" || g.kind === "elision") ? tr(ctx.lang, " (văn bản lưu trong kho bị cắt/thiếu một phần)", " (its stored text is cut)") : ""}`;
  if (d.citations.length === 0) {
    d.lines.push(tr(ctx.lang, `Không kế hoạch nào trong kho yêu cầu báo cáo ${words}: ${without.map(label).join(", ")}.`,
      `None of the plans in the knowledge base asks for reports ${words}: ${without.map(label).join(", ")}.`));
    d.settled = true;
    return d;
  }
  const names = [...new Set(d.citations.map((c) => provinceLabel(c.plan, ctx.registry)))].join(", ");
  d.lines.unshift(tr(ctx.lang, `Kế hoạch của ${names} yêu cầu báo cáo ${words}:`, `The plans of ${names} ask for reports ${words}:`));
  if (without.length > 0) {
    const labels = without.map(label).join(", ");
    d.lines.push(tr(ctx.lang, `Không ghi chu kỳ báo cáo này: ${labels}.`, `No such reporting cycle is set in ${labels}.`));
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** "Not quarterly: the plan says every six months and yearly.": the frequency a premise gives, when the plan's line says another. */
function wrongFrequency(ctx: HandlerContext, asked: Frequency, p: Passage): string | null {
  const said = FREQUENCY_SAID.filter(([, re]) => re.test(p.folded)).map(([f]) => f);
  if (said.length === 0 || said.includes(asked)) return null;
  const words = (f: Frequency) => FREQUENCY_WORDS[f][ctx.lang === "en" ? 1 : 0];
  return tr(ctx.lang, `Không phải ${words(asked)}: kế hoạch ghi ${said.map(words).join(" và ")}.`, `Not ${words(asked)}: the plan says ${said.map(words).join(" and ")}.`);
}

/**
 * "Kế hoạch 26 yêu cầu báo cáo hằng tháng, đúng không?", "the districts report every month, is that so?": a premise of how often
 * reports are due, checked against the plan's reporting line that says how often ("định kỳ ..."), quoted.
 */
function answerReportFrequency(ctx: HandlerContext, asked: Frequency): Draft | null {
  const periodic = ctx.index.passages.filter((p) => ctx.plans.includes(p.plan) && /\bbao cao\b/.test(p.folded) && /\bdinh ky\b/.test(p.folded)
    && FREQUENCY_SAID.some(([, re]) => re.test(p.folded)));
  if (periodic.length === 0) return null;
  // The line that also gives the dates ("định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11)") says the most.
  const dated = periodic.filter((p) => /truoc ngay \d{1,2}\/\d{1,2}/.test(p.folded));
  if (dated.length > 0) periodic.splice(0, periodic.length, ...dated);
  const terms = ctx.terms.filter((t) => !/\d/.test(t));
  const ranked = terms.length > 0 ? ctx.index.rank(terms, (p) => periodic.includes(p), 1).map((r) => r.passage) : [];
  const p = ranked[0] ?? periodic[0]!;
  const d = emptyDraft();
  const wrong = wrongFrequency(ctx, asked, p);
  if (wrong) d.lines.push(wrong);
  quotePassage(ctx, d, p);
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** The passage quoted whole with its plan and section, and cited. */
function quotePassage(ctx: { registry: QaRegistry; lang: Language }, d: Draft, p: { plan: ParsedPlan; sectionPath: string; quote: string }): void {
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(p.quote)}`,
    `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: ${shown(p.quote)}`));
  d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
}

const PROGRAMME_NUMBER_RE = /\b(?:chuong trinh|programme|program)\s*(?:so\s*|no\.?\s*|number\s*)?(\d{1,2})\b/;
const ASKS_AIM_RE = /\b(muc tieu|nham|de lam gi|objectives?|goals?|aims?|purpose|targets?)\b/;

/**
 * "Chương trình 1 của Đắk Lắk có mục tiêu gì và ai chủ trì?": a programme named by its number is that
 * programme, whatever words it shares with other passages: who carries it out and, when asked, its aim.
 */
function answerNumberedProgramme(ctx: HandlerContext): Draft | null {
  // Every pattern below needs "chương trình"/"programme" written (or "CT" before numbers): without them, none is tried.
  const f = ctx.q.folded;
  const programmeWord = f.includes("chuong trinh") || f.includes("program");
  if (!programmeWord && !f.includes("ct")) return null;
  const several = answerNumberedProgrammes(ctx);
  if (several) return several;
  if (ctx.q.agencies.length > 0 || !programmeWord) return null;
  const m = PROGRAMME_NUMBER_RE.exec(ctx.q.folded);
  const hits = m ? ctx.plans.flatMap((plan) => plan.tasks.filter((t) => t.kind === "programme" && t.number === m[1]).map((t) => ({ plan, t }))) : programmeNamedByTitle(ctx);
  if (hits.length !== 1) return null;
  const { plan, t } = hits[0]!;
  const passage = ctx.index.byTask.get(t) ?? null;
  const g = passage ? ctx.groupOf(passage) : null;
  const asksAim = ASKS_AIM_RE.test(ctx.q.folded);
  const asksWho = WHICH_BODY_RE.test(ctx.q.folded) || /\b(chu tri|leads?|in charge)\b/.test(ctx.q.folded);
  const d = g && g.assignments.length > 0 && (asksWho || !asksAim) ? describeGroup(ctx, g, null, 0.9) : emptyDraft();
  if (d.lines.length === 0) d.lines.push(tr(ctx.lang, `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, “${t.title}” (mục ${t.sectionPath}):`, `Under ${planLabel(plan, ctx.registry, ctx.lang)}, “${t.title}” (section ${t.sectionPath}):`));
  if (planHolds(plan, t.title)) d.citations.push({ plan, section: t.sectionPath, quote: t.title });
  if (asksAim && t.objectives && plan.text.includes(t.objectives)) {
    const labelled = /^\s*mục tiêu/iu.test(t.objectives);
    d.lines.push(labelled ? shown(t.objectives) : tr(ctx.lang, `Mục tiêu: ${shown(t.objectives)}`, `Aim: ${shown(t.objectives)}`));
    d.citations.push({ plan, section: t.sectionPath, quote: t.objectives });
  }
  d.found = d.citations.length > 0;
  d.confidence = Math.max(d.confidence, 0.8);
  return d.found ? d : null;
}

/**
 * "chương trình tuyên truyền, vận động xã hội do ai chủ trì?": a programme named by words of its title, written near the plan's
 * own ("tuyên truyền" for "truyền thông"). The programme whose title holds most of the words asked (at least two, and at least
 * two thirds of them) and no other as many, when some word asked is not the title's own; words every child-protection title shares do not count.
 */
const TITLE_NAMED_RE = /\b(?:chuong trinh|programme|program)\s+((?:[a-z]+\s*){2,12})/g;
const TITLE_STOP = new Set(["do", "la", "thi", "co", "cua", "duoc", "ai", "nao", "who", "which", "what", "is", "led", "lead", "leads", "chu", "trong", "theo", "thuoc", "giao", "nay", "kia", "so"]);
const TITLE_GENERIC = new Set(["ve", "bao", "tre", "em", "cham", "soc", "cho", "va", "cac", "tham", "gia", "cong", "tac", "the", "of", "on", "for", "and", "to", "in", "chuong", "trinh", "programme", "program"]);
/** Words officials write for the plans' own: "tuyên truyền" is the plans' "truyền thông". */
const TITLE_SAME: Record<string, string> = { tuyen: "thong" };
const programmeTitleWords = memoByPlan((plan) => plan.tasks.filter((t) => t.kind === "programme").map((t) => ({ t, words: new Set(foldWords(t.title)) })));
function programmeNamedByTitle(ctx: HandlerContext): Array<{ plan: ParsedPlan; t: Task }> {
  if (!/\b(chu tri|leads?|led|in charge|ai|co quan nao|so nao|who|which)\b/.test(ctx.q.folded)) return [];
  let best: Array<{ plan: ParsedPlan; t: Task }> = [];
  let bestScore = 0;
  // Each place the question says "chương trình": the plan's own title ("Kế hoạch thực hiện Chương trình bảo vệ trẻ em ...") may come first.
  for (const m of ctx.q.folded.matchAll(TITLE_NAMED_RE)) {
    const asked: string[] = [];
    const raw: string[] = [];
    for (const w of m[1]!.trim().split(/\s+/)) {
      if (TITLE_STOP.has(w)) break;
      if (!TITLE_GENERIC.has(w)) { asked.push(TITLE_SAME[w] ?? w); raw.push(w); }
    }
    if (asked.length < 2) continue;
    for (const plan of ctx.plans) {
      for (const { t, words } of programmeTitleWords(plan)) {
        let score = 0;
        let exact = 0;
        for (const w of asked) if (words.has(w)) score++;
        for (const w of raw) if (words.has(w)) exact++;
        // Every word asked written as in the title: the passages rank it as they always have (its "Cơ quan thực hiện" line first).
        if (exact === raw.length || score < 2 || score * 3 < asked.length * 2) continue;
        if (score > bestScore) { best = [{ plan, t }]; bestScore = score; }
        else if (score === bestScore && !best.some((b) => b.t === t)) best.push({ plan, t });
      }
    }
  }
  return best;
}

/** "Chương trình 1, 2, 3 và 5", "programmes 2 and 3", "CT 4, 5": several programmes named by their numbers. */
const PROGRAMME_NUMBERS_RE = /\b(?:chuong trinh|programmes?|programs?|ct)\s*(?:so\s*)?(\d{1,2}(?:\s*(?:,|va|and|&|\s)\s*\d{1,2})+)\b/;

/**
 * "Ai chủ trì chương trình 1, 2, 3 và 5?", "who leads programmes 4 and 5?": each numbered programme of the one plan
 * holding them all, with the bodies its "Cơ quan thực hiện" names, in the order asked (the first one's lead first).
 */
function answerNumberedProgrammes(ctx: HandlerContext): Draft | null {
  const m = PROGRAMME_NUMBERS_RE.exec(ctx.q.folded);
  if (!m || ctx.q.agencies.length > 0) return null;
  const numbers = [...new Set(m[1]!.match(/\d{1,2}/g) ?? [])];
  if (numbers.length < 2) return null;
  const holding = ctx.plans.filter((plan) => numbers.every((n) => plan.tasks.some((t) => t.kind === "programme" && t.number === n)));
  if (holding.length !== 1) return null;
  const plan = holding[0]!;
  const d = emptyDraft();
  for (const n of numbers) {
    const t = plan.tasks.find((x) => x.kind === "programme" && x.number === n)!;
    const passage = ctx.index.byTask.get(t) ?? null;
    const g = passage ? ctx.groupOf(passage) : null;
    if (!g || g.assignments.length === 0) continue;
    const sub = describeGroup(ctx, g, null, 0.9);
    d.lines.push(...sub.lines);
    d.agencies.push(...sub.agencies);
    if (planHolds(plan, t.title)) d.citations.push({ plan, section: t.sectionPath, quote: t.title });
    d.citations.push(...sub.citations);
  }
  d.found = d.agencies.length > 0;
  d.confidence = 0.85;
  return d.found ? d : null;
}

const NOW_RE = /\b(took over|takes over|taken over|now|today|currently|nowadays|nay|hien nay|ngay nay|bay gio|dam nhan|thuoc ve|chuyen sang|chuyen giao|tiep nhan)\b/;
const WHICH_BODY_RE = /\b(ai|so nao|co quan nao|don vi nao|nganh nao|ben nao|who|which (department|agency|body|office)|what (department|agency|body))\b/;
const TODAYS_HOLDER_WORDS = new Set(["con", "nua", "ton", "tai", "giai", "the", "roi", "gio", "ben", "ganh", "lo", "lam", "phan", "viec", "cong", "giao", "nhan",
  "dissolved", "abolished", "gone", "longer", "exists", "carries", "carry", "work"]);
/** "Sở LĐTBXH giải thể rồi ...", "không còn nữa", "now that DOLISA is gone": the body named no longer exists, so today's holder is asked. */
const DISSOLVED_RE = /\b(giai the|khong con( nua| ton tai)?|bi (bo|xoa bo)|dissolved|abolished|disbanded|is gone|has gone|no longer exists?)\b/;

/**
 * "Việc kế hoạch giao Sở LĐ-TB&XH nay do sở nào đảm nhận?": an agency of the plan that no longer exists is
 * named, and today's holder is asked. The answer names the successor first (from the 2025 table), then
 * what the plan gave the old agency, quoted.
 */
function answerTodaysHolder(ctx: HandlerContext): Draft | null {
  const f = ctx.q.folded;
  if (ctx.q.agencies.length !== 1 || !(NOW_RE.test(f) || MERGED_NOW_RE.test(f) || DISSOLVED_RE.test(f)) || !WHICH_BODY_RE.test(f) || PREMISE_RE.test(f)) return null;
  const old = ctx.q.agencies[0]!;
  const provinceId = ctx.plans[0]?.province.provinceId ?? undefined;
  const successor = ctx.registry.successorsOf(old.id, provinceId).find((s) => s.toAgencyIds.length > 0 && s.toAgencyIds[0] !== old.id);
  if (!successor || !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === old.id))) return null;
  // "chương trình 1, 3 ... giờ bên nào lo?": the programmes asked, each with its bodies, else all the old body's duties.
  // The words saying the body is gone and asking who carries its work ("không còn nữa", "phần việc ... giờ bên nào gánh") name no task.
  const terms = ctx.terms.filter((t) => !TODAYS_HOLDER_WORDS.has(t));
  const d = answerNumberedProgrammes({ ...ctx, q: { ...ctx.q, agencies: [] } }) ?? answerDuties({ ...ctx, terms });
  if (!d.found) return null;
  const line = todaysHolderLine(ctx, old);
  if (!line) return null;
  d.lines.unshift(line);
  return d;
}

/** "Nhiệm vụ về trẻ em kế hoạch giao cho Sở LĐTBXH nay do Sở Y tế đảm nhận (...)": today's holder of an agency of the plan, from the 2025 table. */
function todaysHolderLine(ctx: HandlerContext, old: Agency): string | null {
  const provinceId = ctx.plans[0]?.province.provinceId ?? undefined;
  const successor = ctx.registry.successorsOf(old.id, provinceId).find((s) => s.toAgencyIds.length > 0 && s.toAgencyIds[0] !== old.id);
  const first = successor ? ctx.registry.agency(successor.toAgencyIds[0]!) : null;
  if (!successor || !first) return null;
  const others = successor.toAgencyIds.slice(1).map((id) => ctx.registry.agency(id)?.name ?? id);
  const basis = successor.legalBasis.replace(/\s*\(.*\)\s*$/, "");
  return tr(ctx.lang,
    `Nhiệm vụ về trẻ em kế hoạch giao cho ${old.name} nay do ${first.name} đảm nhận (từ ${vnDate(successor.effective)}, ${basis})${others.length ? `; phần việc khác chuyển sang ${others.join(", ")}` : ""}.`,
    `The child-protection duties the plan gave ${old.name} (${old.english}) are now held by ${first.name} (${first.english}) (from ${successor.effective}, ${basis})${others.length ? `; other parts went to ${others.join(", ")}` : ""}.`);
}

/**
 * "Sở Tài chính bố trí kinh phí thế nào?", "Sở LĐTBXH báo cáo cho bộ nào?": the named agency is
 * the subject; its own duties about the topic answer before the plan's general budget or reporting lines.
 */
function agencyAnswers(ctx: HandlerContext): Draft | null {
  const agency = ctx.q.agencies[0];
  // "Sở Y tế ngày nay nhận báo cáo ... hạn gửi là ngày nào, qua cơ quan nào?": the agency is context, not the subject.
  if (asksWhen(ctx.q.folded) || /\b(co quan nao|don vi nao|so nao|ai|which|who|ngay nay|hien nay|today|now)\b/.test(ctx.q.folded)) return null;
  if (!agency || ctx.q.officeHolder || !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id))) return null;
  const d = answerDuties(ctx);
  if (!d.found) return null;
  // The task belongs to another agency ("Sở Y tế bố trí ngân sách?" — Sở Tài chính does): that is the answer.
  const other = d.agencies.length > 0 && !d.agencies.some((a) => a.agency?.id === agency.id) && d.agencies.some((a) => a.role === "lead" || a.role === "responsible");
  return other || (d.confidence >= 0.3 && d.agencies.some((a) => a.agency?.id === agency.id)) ? d : null;
}

const WHOLE_PLAN_WORDS = new Set(["whole", "toan", "bo", "ca", "chung", "overall", "entire"]);
/** In a claim of who leads a plan, words that ask only that: "chủ trì triển khai kế hoạch ... phải không", "leads the implementation of plan ..., correct?". */
const WHOLE_PLAN_CLAIM_WORDS = new Set(["chu", "tri", "trien", "khai", "to", "chuc", "lead", "leads", "leading", "charge", "implement", "implements", "implementing", "implementation",
  "plan", "plans", "kh", "qd", "correct", "right", "true", "dung", "phai", "khong", "ko", "k", "co", "la", "is", "it", "this", "in", "of", "the", "thuc", "hien", "nay",
  // "Vì sao KH 26 lại giao Sở X chủ trì toàn bộ kế hoạch?", "Sao ... lại giao ...": the claim's frame, giving the plan to the body.
  "giao", "lai", "sao", "vi", "tai"]);

/** Words asking who leads ("chủ trì", "triển khai", "who leads"): with a plan's own title, they name no task of it. */
const LEADS_PLAN_WORDS = new Set(["ai", "la", "co", "quan", "nao", "don", "vi", "who", "which", "body", "agency", "department", "chu", "tri", "trien", "khai", "to", "chuc", "lead", "leads", "leading", "charge", "in", "of", "the", "implement", "implements",
  "implementing", "implementation", "run", "runs", "running", "programme", "program", "plan", "nam", "giai", "doan", "tinh", "province", "provincial"]);

/** The question's words, besides asking who leads, are a run of the chosen plans' own titles (three words or more). */
function restatesTitle(ctx: HandlerContext): boolean {
  // Only a plan the question names (by its province or number): "ở các tỉnh" asks every plan, and their tasks answer.
  if (ctx.plans.length === 0 || ctx.plans.length > 2 || (ctx.q.provinces.length === 0 && !ctx.q.documentNumber)) return false;
  const words = ctx.terms.filter((t) => !t.includes(" ") && !GENERIC_WORDS.has(t) && !LEADS_PLAN_WORDS.has(t) && !/\d/.test(t));
  // The cheap tests first; the plans' title words are gathered once per list of plans.
  if (words.length < 3 || !/\b(chu tri|lead|leads|in charge)\b/.test(ctx.q.folded)) return false;
  const title = titleSetOf(ctx.plans);
  return words.every((w) => title.has(w));
}

/** Asked of carrying out the plan (or programme) as a whole: "triển khai / tổ chức thực hiện / điều phối kế hoạch", "implement the plan". */
const CARRIES_OUT_PLAN_RE = /\b(trien khai|thuc hien|dieu phoi|implement\w*|carr(y|ies|ying) out|coordinat\w*)( \w+){0,6} (ke hoach|kh|chuong trinh|plan|programme|program)\b/;
/** "Sở nào chủ trì kế hoạch bảo vệ trẻ em của Gia Lai?", "who leads the Gia Lai child protection plan?": the plan itself led, no verb between. */
const LEADS_PLAN_RE = /\b(chu tri|leads?|leading|in charge of|dau moi)( \w+){0,6} (ke hoach|kh|plans?)\b/;
/** Words a question naming the plan by what it is about holds besides asking who carries it out ("bảo vệ trẻ em của tỉnh"). */
const PLAN_ITSELF_WORDS = new Set(["bao", "ve", "tre", "em", "cua", "child", "children", "protection", "dieu", "phoi", "coordinate", "coordinates", "coordinating",
  "carry", "carries", "carrying", "out", "whole", "overall", "entire", "toan", "bo", "ca", "lan", "both", "and", "each", "dau", "moi",
  // "KH 1979 giao đơn vị nào chủ trì ...": the plan giving its implementation ("giao", "assigns") names no task of it.
  "giao", "assign", "assigns", "its", "it", "kh", "qd"]);

/**
 * "KH 1979 giao đơn vị nào chủ trì tổ chức thực hiện?", "Plan 2509 assigns which agency to lead its implementation?": the plan named
 * first, and carrying out ends the question with no object but the plan ("its", "it"): the plan's own implementation is what is given.
 */
const CARRIES_OUT_ITSELF_RE = /\b(trien khai|thuc hien|dieu phoi|implementation|implementing it|implement it|carr(y|ies|ying) it out)$/;
const PLAN_FIRST_RE = /^(\S+ ){0,3}(ke hoach|kh|quyet dinh|qd|plan|decision)\b/;

/** "Sở nào chủ trì tổ chức triển khai kế hoạch bảo vệ trẻ em của tỉnh?": no task besides the plan itself, asked who carries it out. */
function namesPlanItself(ctx: HandlerContext): boolean {
  const f = ctx.q.folded;
  const carried = CARRIES_OUT_PLAN_RE.test(f) || LEADS_PLAN_RE.test(f) || (PLAN_FIRST_RE.test(f) && CARRIES_OUT_ITSELF_RE.test(f) && (ctx.q.documentNumber !== null || ctx.q.provinces.length > 0));
  if (ctx.plans.length === 0 || !carried || !/\b(chu tri|lead|leads|leading|in charge|dau moi)\b/.test(f)) return false;
  return ctx.terms.every((t) => t.split(" ").every((w) => GENERIC_WORDS.has(w) || LEADS_PLAN_WORDS.has(w) || PLAN_ITSELF_WORDS.has(w) || /^\d+$/.test(w)));
}

/**
 * The plans' whole subject, asked as a topic: "bảo vệ trẻ em", "công tác bảo vệ, chăm sóc trẻ em", "child protection (work)",
 * "protecting and caring for children". A narrower topic ("trên môi trường mạng", "truyền thông", "đuối nước") adds words of its own.
 */
const WHOLE_SUBJECT_WORDS = new Set(["bao", "ve", "cham", "soc", "tre", "em", "cong", "tac", "viec", "cua", "va", "child", "children", "protection", "protecting", "protect",
  "care", "caring", "work", "for", "and", "the", "of", "in", "is", "who", "which", "whose"]);

/** "Ở Gia Lai cơ quan nào chủ trì công tác bảo vệ trẻ em?", "who is in charge of child protection in Hue?": the plan's whole subject led. */
function asksWholeSubject(ctx: HandlerContext): boolean {
  const f = ctx.q.folded;
  if (ctx.plans.length === 0 || !/\b(chu tri|phu trach|lead|leads|leading|in charge|responsible for|dau moi)\b/.test(f) || !/\b(tre em|child|children)\b/.test(f)) return false;
  // The folded question says children are the topic (the parser may leave only "bao" of "bảo vệ trẻ em" as a term).
  return ctx.terms.flatMap((t) => t.split(" ")).every((w) => GENERIC_WORDS.has(w) || LEADS_PLAN_WORDS.has(w) || WHOLE_SUBJECT_WORDS.has(w) || /^\d+$/.test(w));
}

/** Words that say nothing of a task: a question left with only these names no topic. */
const GENERIC_WORDS = new Set(["ke", "hoach", "viec", "quyet", "dinh", "nhiem", "vu", "hien", "nay", "bay", "gio", "tinh", "so", "cong", "tac", "thuc", "hien", "handles", "handle", "duties", "today", "now"]);
/**
 * Words of a claim that name no task of a body by themselves: the claim's frame ("có chủ trì ... không", "phụ trách", "tại sao") and
 * what every duty line of a child-protection plan says (protect, care for, prevent, support, children).
 */
const CLAIM_FRAME_WORDS = new Set([...GENERIC_WORDS, ...WHOLE_PLAN_CLAIM_WORDS, "bao", "ve", "cham", "soc", "phong", "chong", "ngua", "ngan", "chan",
  "ho", "tro", "phu", "trach", "chiu", "phoi", "hop", "giao", "tre", "em", "cho", "va", "cac", "sao", "tai", "vi"]);

/** Words naming a part of a plan (its appendix, its rows of recommendations), and their Vietnamese words ("luc" is also "bạo lực"). */
const PLAN_PART_RE = /\b(phu luc|khuyen nghi|appendix|annex|recommendations?)\b/g;
const PLAN_PART_WORDS = new Set(["phu", "luc", "khuyen", "nghi"]);

// "Mục tiêu" names the kind of question, not which target: left in, it would rank any sentence saying "mục tiêu".
const TARGET_WORDS = new Set(["muc", "tieu", "chi", "target", "targets", "ty", "le"]);
const DATE_RE = /truoc ngay|\b\d{1,2}\/\d{1,2}\b|ngay \d{1,2} thang \d{1,2}/;
const asksWhen = (folded: string) => /\b(ngay nao|khi nao|bao gio|han|thoi han|truoc ngay|when|deadlines?|due|dates?)\b/.test(folded);

/** Plans the question is about: by document number, else by province (today's or as in the plan), else all. */
export function choosePlans(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  // Both patterns need a digit: a question without one names no plan by number (and is not searched).
  const digits = /\d/.test(q.folded);
  const named = digits ? [...q.folded.matchAll(/\b(?:ke hoach|kh|quyet dinh|qd|plan|decision)\s*(?:so\s*)?(\d{1,5})\b/g)].map((m) => m[1]!) : [];
  const numbers = [...(q.documentNumber ? [q.documentNumber] : []), ...named, ...(digits ? q.folded.match(/\b\d{3,5}\b/g) ?? [] : [])];
  const hit = plans.filter((p) => ownNumbersOf(p).some((n) => numbers.includes(n)));
  // "Gia Lai, Huế or Dak Lak's 2041 plan?": a plan named by number picks among its own province's plans; the other provinces named keep theirs.
  // "Ban Dân tộc được giao gì ở Gia Lai và trong phụ lục QĐ 2130?": a province named beside a plan of another province keeps its plans.
  const besides = q.agencies.length > 0 && /\b(va|and|cung nhu|as well as)\b/.test(q.folded) && q.provinces.some((prov) => !hit.some((h) => planIsIn(h, prov)));
  if (hit.length > 0 && (q.provinces.length >= 2 || besides)) {
    const rest = plans.filter((p) => !hit.includes(p) && q.provinces.some((prov) => planIsIn(p, prov) && !hit.some((h) => planIsIn(h, prov))));
    return [...hit, ...rest];
  }
  if (hit.length > 0) return hit;
  const others = q.excludedProvinces ? plans.filter((p) => !q.excludedProvinces!.some((prov) => planIsIn(p, prov))) : plans;
  const placed = q.provinces.length === 0 ? others : others.filter((p) => q.provinces.some((prov) => planIsIn(p, prov)));
  const narrowed = narrowByPeriod(q, narrowByCitedNumber(q, narrowByTitle(q, narrowBySubject(q, narrowByTitleWords(q, placed)))));
  // "Đắk Lắk giai đoạn 2016-2020 và Huế năm 2016 ...": words naming one province's plan (its period, its title) choose among
  // that province's plans; a province the question also names keeps its own plans.
  if (q.provinces.length < 2) return narrowed;
  const kept = q.provinces.flatMap((prov) => narrowed.some((p) => planIsIn(p, prov)) ? [] : placed.filter((p) => planIsIn(p, prov)));
  return kept.length === 0 ? narrowed : placed.filter((p) => narrowed.includes(p) || kept.includes(p));
}

/**
 * The lines of a plan's text naming the plan it attaches ("Ban hành kèm theo ... Kế hoạch triển khai ..."): read once per plan
 * (the whole text was split on every question before), as are the names and title words below.
 */
const attachedNameLines = memoByPlan((p) => p.text.split("\n").filter((l) => /kèm theo/iu.test(l) && /kế hoạch/iu.test(l)));
/** The folded words of a plan's title and of the names its text gives the plan it attaches. */
const titleWordsOf = memoByPlan((p) => [p.title, ...attachedNameLines(p)].flatMap((t) => foldWords(t)));
/** The title words (and attached plans' names) of a list of plans, as a set. */
const titleSetOf = memoByPlans((plans) => new Set(plans.flatMap(titleWordsOf)));
/** A plan's own number standing alone ("2041" of 2041/QĐ-UBND) in a question: the pattern built once per plan. */
const numberNamed = memoByPlan((p) => new RegExp(`\\b${p.documentNumber.split("/")[0]}\\b`));
/** A plan's names: its title and the names its text gives the plan it attaches ("Ban hành kèm theo ... Kế hoạch triển khai ..."). */
const planNames = memoByPlan((p): string[][] => [p.title, ...attachedNameLines(p)]
  .map((n) => foldKey(n).split(/[^a-z0-9]+/).filter((w) => !NAMING_WORDS.has(w))));
/** Every word of a plan's names, as a set. */
const planNameWords = memoByPlan((p) => new Set(planNames(p).flat()));
/** Words every plan's name holds ("kế hoạch thực hiện quyết định số ..."): they name no one plan. */
const NAMING_WORDS = new Set(["", "ke", "hoach", "kh", "thuc", "hien", "trien", "khai", "quyet", "dinh", "qd", "so", "cua", "ve", "tai", "nay", "theo"]);

/** The most words in a row the question shares with one of the plan's names. */
function longestRun(words: string[], names: string[][]): number {
  let best = 0;
  for (const name of names) for (let i = 0; i < words.length; i++) for (let j = 0; j < name.length; j++) {
    let k = 0;
    while (i + k < words.length && j + k < name.length && words[i + k] === name[j + k]) k++;
    best = Math.max(best, k);
  }
  return best;
}

/**
 * "Kế hoạch triển khai Khuyến nghị của Ủy ban về Quyền trẻ em của Liên hợp quốc giai đoạn 2014-2020", "kế hoạch thực hiện
 * kết luận của Thủ tướng tại hội nghị trực tuyến": a plan named by a long part of its own title (six words or more in a
 * row besides the words every plan's name holds, more than any other plan's) is the plan meant; a question asking which plans, or comparing, is asked of them all.
 */
/** The most words in a row of `words` that `names` holds. */
function longestStreak(words: readonly string[], names: ReadonlySet<string>): number {
  let best = 0, run = 0;
  for (const w of words) { run = names.has(w) ? run + 1 : 0; if (run > best) best = run; }
  return best;
}

function narrowByTitleWords(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  // A plan or document named by its number is chosen by that number (narrowByTitle, narrowByCitedNumber).
  if (plans.length < 2 || q.intent === "compare" || WHICH_PLANS_RE.test(q.folded) || /(?<![\d/.,-])\d{3,5}(?![\d.,])/.test(q.folded.replace(/\b(?:19|20)\d\d\b/g, ""))) return plans;
  const words = q.folded.split(/[^a-z0-9]+/).filter((w) => !NAMING_WORDS.has(w));
  // The question's words of a plan's name must distinguish it: "công tác bảo vệ, chăm sóc và giáo dục trẻ em" (in any order) is in
  // two plans' titles and names neither; "... trẻ em năm 2016" names Thừa Thiên Huế's.
  const wordsOf = plans.map(planNameWords);
  // A run of a plan's name is at most the longest streak of the question's words its names hold: when no plan's reaches six,
  // none is named so (the cheap test first).
  if (wordsOf.every((names) => longestStreak(words, names) < 6)) return plans;
  const distinguishes = (i: number) => {
    const said = words.filter((w) => wordsOf[i]!.has(w));
    return wordsOf.every((o, j) => j === i || said.some((w) => !o.has(w)));
  };
  const runs = plans.map((p, i) => (distinguishes(i) ? longestRun(words, planNames(p)) : 0));
  const most = Math.max(...runs);
  if (most < 6) return plans;
  const hit = plans.filter((_, i) => runs[i] === most);
  return hit.length < plans.length ? hit : plans;
}

/** "Who signed the plan implementing Directive 28-CT/TW?": of several plans, the ones whose title names the document the question cites. */
function narrowByTitle(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  if (plans.length < 2 || q.documentRefs.length === 0) return plans;
  const refs = q.documentRefs.map((r) => foldKey(r).replace(/ /g, ""));
  const hit = plans.filter((p) => { const t = foldOnce(p.title).replace(/ /g, ""); return refs.some((r) => t.includes(r)); });
  return hit.length > 0 && hit.length < plans.length ? hit : plans;
}

/** The year of an ISO date, as written. */
const yearOf = (iso: string | null): string | null => iso?.slice(0, 4) ?? null;

/** "Đắk Lắk's 2016-2020 target": of one province's several plans, the one whose period is the years the question names. */
function narrowByPeriod(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  if (plans.length < 2) return plans;
  if (new Set(plans.map((p) => p.province.provinceId)).size !== 1) return namedByPeriod(q, plans);
  const m = /\b((?:19|20)\d\d) ?(?:-|den|to|toi)? ?((?:19|20)\d\d)\b/.exec(q.folded);
  if (!m) {
    // "Dak Lak's 2014 plan", "kế hoạch năm 2016 của Đắk Lắk": one year, the year a plan was signed or began.
    const years = [...new Set([...q.folded.matchAll(/(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])/g)].map((x) => x[1]!))];
    if (years.length !== 1) return plans;
    const hit = plans.filter((p) => yearOf(p.signedDate) === years[0] || yearOf(p.period.start) === years[0]);
    return hit.length > 0 && hit.length < plans.length ? hit : plans;
  }
  const hit = plans.filter((p) => yearOf(p.period.start) === m[1] && yearOf(p.period.end) === m[2]);
  return hit.length > 0 && hit.length < plans.length ? hit : plans;
}

/**
 * "Under the 2014-2020 plan on the UN recommendations, who ...", "kế hoạch thực hiện khuyến nghị LHQ giai đoạn 2014-2020": no
 * province and no number, the plan named by its own period (the years written with a plan word) is the plan meant; a question
 * asking which plans, or naming provinces, is asked of them all.
 */
function namedByPeriod(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  if (q.provinces.length > 0 || q.intent === "compare" || WHICH_PLANS_RE.test(q.folded)) return plans;
  const m = PLAN_PERIOD_RE.exec(q.folded);
  if (!m) return plans;
  const hit = plans.filter((p) => isPeriodOf(p, m[5] ?? m[7]!, m[6] ?? m[8]!));
  return hit.length > 0 && hit.length < plans.length ? hit : plans;
}

/** Words joining a plan word to the subject it names ("kế hoạch thực hiện khuyến nghị của ...", "the plan on the UN ..."). */
const SUBJECT_GLUE = new Set([...NAMING_WORDS, "cac", "giai", "doan", "on", "about", "for", "the", "of", "s", "implementing", "implement", "implements",
  "to", "carrying", "carries", "out", "regarding", "concerning", "that", "which", "committee", "committees"]);
const PLAN_WORDS: ReadonlySet<string> = new Set(["ke hoach", "quyet dinh", "kh", "qd", "plan", "decision"]);
/** The question's words hold a plan word: without one, no plan is named by its subject (and the words are not walked). */
const PLAN_WORD_HELD_RE = /\b(ke hoach|quyet dinh|kh|qd|plan|decision)\b/;

/**
 * "the plan on the UN Committee's recommendations", "kế hoạch thực hiện khuyến nghị của Ủy ban Liên hợp quốc về quyền trẻ em": a
 * plan word followed by words of a plan's own name (its title, or the name its decision gives the plan it attaches) names that plan
 * by its subject. The plans whose names hold every such word, and those words as the question's terms hold them; null when fewer
 * than three words of a name follow a plan word ("kế hoạch 2509 về chăm sóc sức khỏe": "chăm sóc" is the topic asked).
 */
function namedBySubject(q: ParsedQuestion, plans: ParsedPlan[]): { plans: ParsedPlan[]; words: string[] } | null {
  if (!PLAN_WORD_HELD_RE.test(q.folded)) return null;
  const words = q.folded.split(" ");
  const names = plans.map(planNameWords);
  const { anyName, own } = namesOfPlans(plans);
  let best: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ""}`;
    const start = PLAN_WORDS.has(two) ? i + 2 : PLAN_WORDS.has(words[i]!) ? i + 1 : -1;
    if (start < 0) continue;
    const said: string[] = [];
    for (let j = start; j < words.length; j++) {
      const w = words[j]!;
      const as = q.language === "en" ? translateTerms([w], "en") : [w];
      // "QĐ 2361 của Thủ tướng": a plan word before another document's number names that document, not a plan's subject.
      if (/^\d{1,5}$/.test(w) && !own.has(w) && !/^(19|20)\d\d$/.test(w)) { said.length = 0; break; }
      if (as.length > 0 && as.every((t) => anyName.has(t) && !SUBJECT_GLUE.has(t))) said.push(...as);
      else if (!(SUBJECT_GLUE.has(w) || /^\d{1,5}$/.test(w))) break;
    }
    if (new Set(said.filter((w) => !isStopword(w))).size > new Set(best.filter((w) => !isStopword(w))).size) best = said;
  }
  if (new Set(best.filter((w) => !isStopword(w))).size < 3) return null;
  const hit = plans.filter((_, i) => best.every((w) => names[i]!.has(w)));
  return hit.length > 0 ? { plans: hit, words: best } : null;
}

/** Every word of the plans' names, and the plans' own numbers ("2041"), once per list of plans. */
const namesOfPlans = memoByPlans((plans) => ({
  anyName: new Set(plans.map(planNameWords).flatMap((n) => [...n])),
  own: new Set(plans.flatMap((p) => [p.documentNumber, ...p.otherNumbers].map((n) => n.split("/")[0]!.trim()))),
}));

/** Of several plans, the one a question names by its subject ("the plan on the UN Committee's recommendations"), when only one is. */
function narrowBySubject(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  if (plans.length < 2 || q.intent === "compare" || WHICH_PLANS_RE.test(q.folded)) return plans;
  const named = namedBySubject(q, plans);
  return named?.plans.length === 1 ? named.plans : plans;
}

/**
 * "the 2014-2020 UN recommendations plan", "kế hoạch giai đoạn 2014-2020": the words naming a chosen plan by its own period say
 * which plan, not what is asked; they are left out of the question's terms (each once), as are the words naming it by its
 * subject ("the plan on the UN Committee's recommendations").
 */
function withoutPlanName(q: ParsedQuestion, chosen: ParsedPlan[]): string[] {
  const m = PLAN_PERIOD_RE.exec(q.folded);
  const periodless = m && chosen.some((p) => isPeriodOf(p, m[5] ?? m[7]!, m[6] ?? m[8]!)) ? withoutEach(q.terms, contentTerms(m[0], [], q.language)) : q.terms;
  const subject = namedBySubject(q, chosen);
  const byPeriod = subject && subject.plans.length === chosen.length ? withoutEach(periodless, subject.words) : periodless;
  // A body asked of "the plan issued with Decision 2041", and nothing else: its duties, all of them.
  const base = byPeriod.length > 0 ? byPeriod : q.terms;
  const stripped = withoutEach(base, namingByDocument(q, chosen));
  // "Which plan was issued with Decision 2041?", "Kế hoạch nào được ban hành kèm theo Quyết định 2130?": the naming is what is asked.
  return stripped.length === 0 && q.agencies.length === 0 ? base : stripped;
}

/**
 * "Sở Ngoại vụ có nhiệm vụ và giải pháp trọng tâm gì?", "Tỉnh đoàn được giao nhiệm vụ cụ thể gì?": a body's duties asked in the words of
 * a plan's heading for its tasks ("II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM") ask for all the body's duties; those words name no one task.
 */
/** A plan's part headings (I, II, ...), folded to words, once per plan. */
const partHeadings = memoByPlan((p) => p.sections.filter((s) => /^[IVX]+$/.test(s.path)).map((s) => foldOnce(s.heading).replace(/[^a-z0-9 ]/g, " ").replace(/ +/g, " ").trim()));

function withoutDutyHeading(q: ParsedQuestion, chosen: ParsedPlan[], terms: string[]): string[] {
  if (q.agencies.length === 0 || q.intent !== "duties") return terms;
  const asked = ` ${q.folded.replace(/[^a-z0-9 ]/g, " ").replace(/ +/g, " ")} `;
  const headings = chosen.flatMap(partHeadings)
    .filter((h) => /\bnhiem vu\b/.test(h) && h.split(" ").length >= 3 && h.split(" ").length <= 8 && asked.includes(` ${h} `));
  return headings.length === 0 ? terms : withoutEach(terms, headings.flatMap((h) => contentTerms(h, [], q.language)));
}

/** `terms` without each of `naming` (once each). */
function withoutEach(terms: string[], naming: string[]): string[] {
  const out = [...terms];
  for (const w of naming) {
    const at = out.indexOf(w);
    if (at >= 0) out.splice(at, 1);
  }
  return out;
}

/**
 * "Kế hoạch triển khai Quyết định 535/QĐ-TTg (ban hành theo QĐ 2130)", "the plan implementing Decision 535 (issued with Decision
 * 2130)": a verb of issuing or implementing before a document the chosen plan is (its own number) or carries out (its legal basis,
 * its title) names the plan; its words ("ban hành", "triển khai", "quyết định") are none of the task asked ("Ban" of "Ban Dân tộc").
 */
export const NAMED_BY_DOCUMENT_RE = /\b(?:(?:duoc )?ban hanh(?: kem)? theo|kem theo|(trien khai(?: thuc hien)?|thuc hien|implementing|implements|to implement|carrying out)|theo|(?:issued|adopted|attached|approved) (?:with|under|by)|under)(?: the)? (?:quyet dinh|qd|chi thi|ct|nghi quyet|nq|ke hoach|kh|van ban|thong bao|tb|decision|directive|resolution|plan|document)(?: (?:so|no))? (\d{1,5})\b(?:[/-]\S+)?(?: (?:ttg|ubnd|tw|cp|vpcp|ldtbxh|tu|qd))*(?:,? (?:va|and|,) (?:(?:quyet dinh|qd|chi thi|decision|directive) )?(?:so )?\d{1,5}\b(?:[/-]\S+)?(?: (?:ttg|ubnd|tw|cp|vpcp|ldtbxh|tu|qd))*)*/g;

/** The leading number of a document's reference ("1235" of "1235/QĐ-TTg", "28" of "28-CT/TW"). */
const numberIn = (ref: string): string => /\d{1,5}/.exec(ref)?.[0] ?? ref;

/** Document `d` has the number `n`. */
function numberIs(d: string, n: string): boolean {
  return new RegExp(`^${n}(?!\\d)`).test(d.trim());
}

/** "Kế hoạch thực hiện Quyết định 535": the plan carries the document out (its legal basis, its title). */
function carriesOut(p: ParsedPlan, n: string): boolean {
  return p.legalBasis.some((b) => b.documentNumber !== null && numberIs(b.documentNumber, n)) || new RegExp(`(?<![\\d/.,])${n}\\s?[/-]`).test(p.title);
}

/** "Ban hành theo QĐ 2130": the plan's own number names it too, unless the phrase is one of implementing. */
function namesPlanByNumber(p: ParsedPlan, n: string, implementing: boolean): boolean {
  return carriesOut(p, n) || (!implementing && [p.documentNumber, ...p.otherNumbers].some((d) => numberIs(d, n)));
}

function namingByDocument(q: ParsedQuestion, chosen: ParsedPlan[]): string[] {
  // Every naming holds a document's number: a question with no digit names none (the long pattern is not run).
  if (!/\d/.test(q.folded)) return [];
  // "Kế hoạch thực hiện Quyết định 535": the plan carries the document out (its legal basis, its title); "báo cáo kết quả thực hiện kế
  // hoạch 2509" carries out the plan itself, and "thực hiện" is asked. "Ban hành theo QĐ 2130": the plan's own number.
  return [...q.folded.matchAll(NAMED_BY_DOCUMENT_RE)].flatMap((x) => {
    const plan = chosen.find((p) => namesPlanByNumber(p, x[2]!, x[1] !== undefined));
    if (!plan) return [];
    // "Kế hoạch triển khai Chương trình Bảo vệ trẻ em theo Quyết định 2361": the words of the plan's own title between "kế hoạch" and the
    // document name the plan too.
    const before = / (?:ke hoach|kh|plan)((?: [a-z0-9]+){1,12}) $/.exec(` ${q.folded.slice(0, x.index).replace(/[^a-z0-9 ]/g, " ").replace(/ +/g, " ")}`);
    const titled = new Set(planNames(plan).flat().concat(["trien", "khai", "thuc", "hien"]));
    const lead = before && before[1]!.trim().split(" ").every((w) => titled.has(w) || isStopword(w)) ? contentTerms(before[1]!.trim(), [], q.language) : [];
    return [...lead, ...contentTerms(x[0], [], q.language)];
  });
}

/** "Quyết định phê duyệt kế hoạch thực hiện Quyết định 535": of several plans, the ones that cite the number (535/QĐ-TTg) the question names. */
function narrowByCitedNumber(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  if (plans.length < 2) return plans;
  // "535/QĐ-TTg" written whole is cited as such; "15/12" is a date.
  const numbers = (q.folded.match(/(?<![\d/.,-])\d{2,4}(?![\d.,%-]|\/\d)/g) ?? []).filter((n) => n.length >= 3 && !(Number(n) >= 1990 && Number(n) <= 2035));
  if (numbers.length === 0) return plans;
  const cites = (p: ParsedPlan) => numbers.some((n) => new RegExp(`(?<![\\d/.,])${n}\\s?/\\s?\\p{L}`, "u").test(p.text));
  const hit = plans.filter(cites);
  return hit.length > 0 && hit.length < plans.length ? hit : plans;
}

function planIsIn(plan: ParsedPlan, province: Province): boolean {
  return plan.province.provinceId === province.id;
}

function noPlanReason(q: ParsedQuestion, registry: QaRegistry): string {
  const names = q.provinces.map((p) => p.name).join(", ");
  const merged = q.provinces.map((p) => p.today && p.today.provinceId !== p.id ? registry.province(p.today.provinceId)?.name : null).filter(Boolean);
  const note = merged.length ? tr(q.language, ` (nay thuộc ${merged.join(", ")}; các kế hoạch trong kho có trước khi sáp nhập)`, ` (now part of ${merged.join(", ")}; the plans predate the merger)`) : "";
  return tr(q.language, `Kho kiến thức chưa có kế hoạch bảo vệ trẻ em của ${names}${note}.`, `The knowledge base has no child-protection plan for ${names}${note}.`);
}

/** When the chosen plans never mention the agency: say so, and say when the text was cut. */
function silentPlanReasons(ctx: HandlerContext): string[] {
  const agency = ctx.q.agencies[0]!;
  return ctx.plans.map((p) => {
    const cut = p.gaps.some((g) => g.kind === "truncation" || g.kind === "elision");
    return tr(ctx.lang, `${p.documentNumber} không giao nhiệm vụ cho ${agency.name}${cut ? " (văn bản lưu trong kho bị cắt/thiếu một phần)" : ""}.`,
      `${p.documentNumber} assigns no duty to ${agency.name} (${agency.english})${cut ? " (the stored text is cut or partly missing)" : ""}.`);
  });
}

/**
 * "1979/KH-UBND không giao nhiệm vụ cho Công an tỉnh", then the part of each such plan that says who does what, its heading quoted
 * and the bodies it names (duty-list-section.ts): the claim is shown with the plan's own words, in every language.
 */
function silentPlansShown(ctx: HandlerContext, d: Draft): void {
  d.lines.push(...silentPlanReasons(ctx));
  const agency = ctx.q.agencies[0]!;
  const silent = ctx.plans.filter((p) => !p.assignments.some((a) => a.agencyId === agency.id));
  if (silent.length <= 2) for (const p of silent) showDutyList(p, ctx.registry, ctx.lang, d);
}

/**
 * "Ban Dân tộc được phân công gì trong kế hoạch 2041?" of a plan that never names it: the other plans held that do give it duties
 * (named). "Sở Ngoại vụ Gia Lai vận động nguồn hỗ trợ NGO trong KH 2509 thế nào?": when one of their items for the body holds the
 * task asked, that item is quoted and cited, so the answer says where the task is (still not found in the plan asked about).
 */
function assignedElsewhere(ctx: HandlerContext, all: ParsedPlan[], d: Draft, today: string): void {
  const agency = ctx.q.agencies[0]!;
  if (ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id))) return;
  const others = all.filter((p) => !ctx.plans.includes(p) && p.assignments.some((a) => a.agencyId === agency.id));
  if (others.length === 0) return;
  const best = taskElsewhere(ctx, others);
  if (best) {
    const p = best.passage;
    d.lines.push(tr(ctx.lang, `${otherPlanLabel(ctx, p.plan, today)}, mục ${p.sectionPath}, giao cho ${agency.name}: ${shown(p.quote)}`,
      `${otherPlanLabel(ctx, p.plan, today)}, section ${p.sectionPath}, gives it to ${agency.name} (${agency.english}): ${shown(p.quote)}`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
  }
  const names = others.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ");
  d.lines.push(tr(ctx.lang, `Kế hoạch khác trong kho có giao việc cho ${agency.name}: ${names}.`, `Other plans held that do give ${agency.name} (${agency.english}) duties: ${names}.`));
}

/**
 * "Kế hoạch của tỉnh khác: Quyết định 2041/QĐ-UBND (Đắk Lắk; thời gian thực hiện 2016–2020, nay đã hết)": a task found in a plan
 * not asked about is never read as the asked plan's, nor as in force when that plan's time is over.
 */
function otherPlanLabel(ctx: HandlerContext, plan: ParsedPlan, today: string): string {
  const province = provinceLabel(plan, ctx.registry);
  const sameProvince = ctx.plans.some((p) => p.province.provinceId !== null && p.province.provinceId === plan.province.provinceId);
  const end = plan.period.end;
  const from = plan.period.start?.slice(0, 4) ?? "";
  const span = end ? (from && from !== end.slice(0, 4) ? `${from}–${end.slice(0, 4)}` : end.slice(0, 4)) : "";
  const over = end !== null && end < today;
  const vi = `${sameProvince ? `Kế hoạch khác của ${province}` : "Kế hoạch của tỉnh khác"}: ${plan.docType || "Kế hoạch"} ${plan.documentNumber} (${province}${over ? `; thời gian thực hiện ${span}, nay đã hết` : ""})`;
  const en = `${sameProvince ? `Another plan of ${province}` : "Another province's plan"}: ${plan.documentNumber} (${province}${over ? `; its period ${span} has ended` : ""})`;
  return tr(ctx.lang, vi, en);
}

/** The item of `others` (plans not asked about) for the question's body that holds the task asked, with how much of it. */
function taskElsewhere(ctx: HandlerContext, others: ParsedPlan[]): { passage: Passage; coverage: number } | null {
  const agency = ctx.q.agencies[0]!;
  const nameWords = new Set(foldedNames(agency).flatMap((n) => n.split(" ")));
  const topic = ctx.terms.filter((t) => !GENERIC_WORDS.has(t) && !nameWords.has(t) && !isStopword(t) && !/\d/.test(t));
  if (topic.length < 2) return null;
  let best: { passage: Passage; coverage: number } | null = null;
  for (const p of others) {
    for (const a of p.assignments) {
      const passage = a.agencyId === agency.id && !ARTICLE_PATH_RE.test(a.sectionPath) ? ctx.index.byAssignment.get(a) : undefined;
      const coverage = passage ? ctx.index.coverage(topic, passage) : 0;
      if (passage && coverage >= ELSEWHERE_TASK_COVERAGE && (!best || coverage > best.coverage)) best = { passage, coverage };
    }
  }
  return best;
}

/**
 * "How is Gia Lai's Department of Foreign Affairs asked to mobilise NGO support in plan 2509?": a plan that never names the body,
 * whose nearest item (another body's) was taken as the premise's answer, while another held plan gives this very body the task:
 * the plan asked about does not give it, and where it is, quoted.
 */
function movedTask(ctx: HandlerContext, all: ParsedPlan[], draft: Draft, today: string): Draft | null {
  const agency = ctx.q.agencies[0];
  if (!agency || ctx.q.intent !== "duties" || !draft.found || !draft.corrects || ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id))) return null;
  const others = all.filter((p) => !ctx.plans.includes(p));
  const best = taskElsewhere(ctx, others);
  if (!best || best.coverage <= draft.confidence) return null;
  const d = emptyDraft();
  silentPlansShown(ctx, d);
  assignedElsewhere(ctx, all, d, today);
  return d;
}

/** Share of the asked task another plan's item for the body must hold to be quoted as where the task is. */
const ELSEWHERE_TASK_COVERAGE = 0.6;

const PER_PROVINCE_INTENTS = new Set<Intent>(["lead", "duties", "fact", "target", "reporting", "budget", "count"]);

/** Several provinces named, or "which provinces": the question is asked of each province's plans. */
function asksSeveralProvinces(q: ParsedQuestion, chosen: ParsedPlan[]): boolean {
  if (!PER_PROVINCE_INTENTS.has(q.intent)) return false;
  const provinces = new Set(chosen.map((p) => p.province.provinceId));
  if (provinces.size < 2) return false;
  return q.provinces.length >= 2 || ASKS_PROVINCES_RE.test(q.folded) || EVERY_PROVINCE_RE.test(q.folded);
}

/** "Ở tất cả các tỉnh", "từng tỉnh", "in each province": every province is answered, "not stated" included. */
const EVERY_PROVINCE_RE = /\b(tat ca (cac )?(tinh|ke hoach)|moi tinh|tung tinh|cac tinh deu|ca (\d|nam|bon|ba) tinh|all (the )?(provinces|plans)|each (province|plan)|every (province|plan))\b/;

const UNPLACED_INTENTS = new Set<Intent>(["lead", "duties", "reporting", "budget", "target"]);

/** No province, no plan number, and every plan to choose from: the answer may differ by province. */
function namesNoPlace(q: ParsedQuestion, chosen: ParsedPlan[], all: ParsedPlan[]): boolean {
  return UNPLACED_INTENTS.has(q.intent) && q.provinces.length === 0 && q.documentNumber === null && chosen.length === all.length
    && !/\b(ke hoach|kh|quyet dinh|qd|plan|decision)\s*(so\s*)?\d/.test(q.folded) && new Set(all.map((p) => p.province.provinceId)).size > 1;
}

/**
 * "Cơ quan nào chủ trì phòng ngừa xâm hại trẻ em?" with no province named: when the plans of
 * several provinces answer, each answers (the best first) and the answer asks which province
 * is meant, rather than giving one province's answer as if it were the only one.
 */
function answerUnplaced(ctx: HandlerContext): { draft: Draft; provinces: string[] } | null {
  const ids = [...new Set(ctx.plans.map((p) => p.province.provinceId))];
  const subs = ids.map((id) => {
    const plans = ctx.plans.filter((p) => p.province.provinceId === id);
    return { label: provinceLabel(plans[0]!, ctx.registry), sub: dispatch(ctx.q.intent, { ...ctx, plans, local: true }) };
  }).filter((x) => x.sub.found);
  const best = Math.max(0, ...subs.map((x) => x.sub.confidence));
  const shown = subs.filter((x) => x.sub.confidence >= Math.max(0.3, best * 0.75)).sort((a, b) => b.sub.confidence - a.sub.confidence);
  if (shown.length < 2) return null;
  const out = emptyDraft();
  out.lines.push(tr(ctx.lang, `Câu hỏi không nêu tỉnh; kế hoạch của ${shown.map((x) => x.label).join(", ")} trả lời khác nhau. Bạn hỏi về tỉnh nào?`,
    `The question names no province; the plans of ${shown.map((x) => x.label).join(", ")} answer it differently. Which province do you mean?`));
  for (const x of shown) {
    out.lines.push(`— ${x.label}:`, ...x.sub.lines);
    out.agencies.push(...x.sub.agencies);
    out.citations.push(...x.sub.citations);
    out.counts.push(...x.sub.counts);
    out.notes.push(...x.sub.notes);
  }
  out.found = true;
  out.confidence = best;
  return { draft: out, provinces: shown.map((x) => x.label) };
}

/** Each province's plans answer in turn; for "which provinces" only those whose plans answer are kept. */
/** "Kế hoạch nào / tỉnh nào / which plan ...": which of the plans is asked. */
const WHICH_PLAN_RE = /\b(ke hoach nao|van ban nao|quyet dinh nao|tinh nao|kh nao|which( of the)? (plans?|ones?|provinces?|documents?|decisions?))\b/;
/** A figure asked ("bao nhiêu", "con số cụ thể", "số tiền", "how much", "a concrete figure", "amount"). */
const FIGURE_ASKED_RE = /\b(bao nhieu|con so|so tien|cu the|how much|figures?|amounts?|sum)\b/;

/**
 * "Trong các kế hoạch của các tỉnh, kế hoạch nào có con số kinh phí cụ thể?", "which plan states a total budget figure?": the plans
 * that write an amount answer, said first with their amount lines quoted; the others are said to state none (their budget parts
 * name only the sources). Null unless some plans write an amount and others do not.
 */
function plansWithAmount(ctx: HandlerContext): Draft | null {
  const f = ctx.q.folded;
  if (ctx.q.intent !== "budget" || ctx.q.agencies.length > 0 || !WHICH_PLAN_RE.test(f) || !FIGURE_ASKED_RE.test(f)) return null;
  const amounts = (p: ParsedPlan) => p.budgetLines.filter((b, i, all) => b.amountVnd !== null && all.findIndex((o) => o.quote === b.quote) === i);
  const withAmount = ctx.plans.filter((p) => amounts(p).length > 0);
  const without = ctx.plans.filter((p) => amounts(p).length === 0);
  if (withAmount.length === 0 || without.length === 0) return null;
  const label = (p: ParsedPlan) => `${p.documentNumber} (${provinceLabel(p, ctx.registry)})`;
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `Chỉ ${withAmount.map(label).join(", ")} ghi con số kinh phí cụ thể; ${without.map(label).join(", ")} không nêu số tiền cụ thể.`,
    `Only ${withAmount.map(label).join(", ")} states an amount of money; ${without.map(label).join(", ")} state no amount.`));
  for (const plan of withAmount) {
    for (const b of amounts(plan).slice(0, 4)) {
      d.lines.push(tr(ctx.lang, `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${b.sectionPath}: ${shown(b.quote)}`,
        `Under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${b.sectionPath}: ${shown(b.quote)}`));
      d.citations.push({ plan, section: b.sectionPath, quote: b.quote });
    }
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

function answerPerProvince(ctx: HandlerContext): Draft {
  const amounts = plansWithAmount(ctx);
  if (amounts) return amounts;
  const ids = ctx.q.provinces.length >= 2 ? ctx.q.provinces.map((p) => p.id) : [...new Set(ctx.plans.map((p) => p.province.provinceId))];
  const onlyFound = ctx.q.provinces.length < 2 && !EVERY_PROVINCE_RE.test(ctx.q.folded);
  // "Tỉnh nào giao X chủ trì Y?": a task named, and which provinces give it to X.
  // "Gia Lai hay Đắk Lắk giao ...?", "Gia Lai và Đắk Lắk, tỉnh nào giao ...?": which of the named provinces.
  const whichNamed = ctx.q.provinces.length >= 2 && (WHICH_PROVINCE_RE.test(ctx.q.folded) || /\b(hay|or)\b/.test(ctx.q.folded));
  // "Tỉnh nào giao riêng nhiệm vụ cho Đài PT-TH ...?": the provinces whose plans give the body an item of its own.
  if (onlyFound && ctx.q.agencies.length > 0 && OWN_ITEM_RE.test(ctx.q.folded) && ["lead", "duties", "fact"].includes(ctx.q.intent)) {
    const d = provincesWithOwnItem(ctx, ids);
    if (d.found) return d;
  }
  if ((onlyFound || whichNamed) && ctx.q.agencies.length > 0 && ["lead", "duties", "fact"].includes(ctx.q.intent) && (whichNamed || WHICH_PROVINCE_RE.test(ctx.q.folded))
    && ctx.terms.some((t) => !GENERIC_WORDS.has(t) && !TASK_NOISE.has(t))) {
    // "Tỉnh nào giao ...": "tỉnh" and "giao" ask the question; the task is the rest.
    const d = provincesGiving({ ...ctx, terms: ctx.terms.filter((t) => !TASK_NOISE.has(t) && t !== "tinh") }, ids, whichNamed);
    // No province gives the task to a body the plans give nothing: that is the answer (not found), with whom the plans give it to as context.
    if (d.found || d.settled) return d;
  }
  const out = emptyDraft();
  const named: string[] = [];
  const body: string[] = [];
  // "Which of the plans ...", "văn bản nào ...": each plan answers for itself, so two plans of one province are both named.
  const perPlan = onlyFound && ctx.q.provinces.length === 0 && ASKS_DOCUMENTS_RE.test(ctx.q.folded);
  const groups = perPlan ? ctx.plans.map((p) => ({ plans: [p], label: `${p.documentNumber} (${provinceLabel(p, ctx.registry)})` }))
    : ids.map((id) => ctx.plans.filter((p) => p.province.provinceId === id)).filter((plans) => plans.length > 0).map((plans) => ({ plans, label: provinceLabel(plans[0]!, ctx.registry) }));
  const results: Array<{ label: string; sub: Draft; answers: boolean; fit: number }> = [];
  for (const { plans, label } of groups) {
    const sub = dispatch(ctx.q.intent, { ...ctx, plans, local: !onlyFound || perPlan });
    // A plan that answers in part (its funding sources, not an amount) still says something for its province.
    const partial = !sub.found && !onlyFound && sub.citations.length > 0 && sub.lines.length > 0;
    const answers = partial || (sub.found && (!onlyFound || ctx.terms.length === 0 || sub.confidence >= 0.3));
    if (!answers && onlyFound) continue;
    results.push({ label, sub, answers, fit: answers ? quotedFit(ctx, sub) : 0 });
  }
  // "Which plans mention drowning / a six-monthly report?": a plan whose quotes hold far less of what is asked than
  // the best plan's do (a yearly report, accidents in general) is not one that fits.
  const bestFit = Math.max(0, ...results.map((r) => r.fit));
  const bodyOnly = ctx.q.agencies.length > 0 && ctx.q.intent === "duties" && ctx.terms.every((t) => GENERIC_WORDS.has(t) || TASK_NOISE.has(t));
  for (const { label, sub, answers, fit } of results) {
    // Each plan asked on its own answers with its nearest passage however far: only one holding much of the question fits.
    // "Which provinces give the police a role?": no task named, so every province whose plans give the body anything fits.
    if (onlyFound && ctx.terms.length >= 2 && !bodyOnly && (fit < bestFit * FIT_NEAR || (perPlan && fit < FIT_ALONE))) continue;
    body.push(`— ${label}:`);
    body.push(...(answers ? sub.lines : [tr(ctx.lang, "kế hoạch trong kho không nêu nội dung này.", "the plans in the knowledge base do not say.")]));
    if (!answers) continue;
    named.push(label);
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    out.counts.push(...sub.counts);
    out.notes.push(...sub.notes);
    out.found = true;
    out.confidence = Math.max(out.confidence, sub.confidence);
  }
  if (!out.found) return out;
  out.lines.push(tr(ctx.lang, `Kế hoạch của ${named.join(", ")} có nội dung này:`, `The plans of ${named.join(", ")} say:`), ...body);
  return out;
}

const UNIT_FOLD: Record<string, string> = { month: "thang", months: "thang", monthly: "thang", year: "nam", years: "nam", yearly: "nam" };
/** Counts written in words before a unit ("six-monthly", "sáu tháng"). */
const NUMBER_WORDS: Record<string, string> = { one: "1", two: "2", three: "3", six: "6", twelve: "12", mot: "1", hai: "2", ba: "3", sau: "6", "muoi hai": "12" };

/** Words that say how a plan is asked about ("yêu cầu", "đề ra", "một lần"), not what it must hold. */
const ASKING_VERBS = new Set(["yeu", "cau", "doi", "hoi", "de", "ra", "dat", "neu", "lan", "mot", "quy", "dinh"]);

/** "Giao riêng", "its own duty": an item of the plan given to the body itself, not a mention among others. */
const OWN_ITEM_RE = /\b(giao rieng|rieng cho|nhiem vu rieng|muc rieng|phan rieng|its own|their own|own (duty|duties|item|items|task|tasks|section)|separate (duty|item|section)|dedicated (duty|item|section))\b/;
/** Words of such a question that name no task. */
const OWN_ITEM_NOISE = new Set(["rieng", "nhiem", "vu", "do", "own", "duty", "duties", "item", "section", "separate", "dedicated", "its", "their"]);

/**
 * The provinces whose plans give the named body (or the one it took over from) a duty item of its own, each with that
 * item (nearest the question's topic first); provinces that only mention it among others are left out.
 */
function provincesWithOwnItem(ctx: HandlerContext, ids: Array<string | null>): Draft {
  const agency = ctx.q.agencies[0]!;
  const holders = new Set([agency.id, ...predecessorsOf(ctx, agency).map((p) => p.from.id)]);
  const terms = ctx.terms.filter((t) => !TASK_NOISE.has(t) && !OWN_ITEM_NOISE.has(t) && t !== "tinh");
  const out = emptyDraft();
  const named: string[] = [];
  const body: string[] = [];
  for (const id of ids) {
    const plans = ctx.plans.filter((p) => p.province.provinceId === id && p.assignments.some((a) => holders.has(a.agencyId ?? "") && (a.role === "responsible" || a.role === "requested")));
    if (plans.length === 0) continue;
    const sub = answerDuties({ ...ctx, plans, terms, local: true });
    if (!sub.found) continue;
    const label = provinceLabel(plans[0]!, ctx.registry);
    named.push(label);
    body.push(`— ${label}:`, ...sub.lines);
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    out.notes.push(...sub.notes);
    out.confidence = Math.max(out.confidence, sub.confidence);
    out.found = true;
  }
  if (!out.found) return out;
  const label = agencyLabel(agency, agency.name, ctx.lang);
  out.lines.push(tr(ctx.lang, `Kế hoạch của ${named.join(", ")} có mục nhiệm vụ riêng cho ${label}:`, `The plans of ${named.join(", ")} give ${label} a duty item of its own:`), ...body);
  return out;
}

/** A plan fits a "which plans" question when its quotes hold at least this share of the best plan's weight. */
const FIT_NEAR = 0.5;
/** ... and, asked of each plan on its own, at least this share of the question's weight. */
const FIT_ALONE = 0.5;

/** A quote's words and word pairs, words joined by slashes split ("xã/phường/thị trấn"; "2041/QĐ-UBND" stays whole), once per quote. */
const quoteTermSet = memoByText((quote: string): ReadonlySet<string> => new Set(termsOf(foldWords(quote).flatMap((w) => (/\d/.test(w) ? [w] : w.split("/").filter(Boolean))))));

/** The share of the question's weight (IDF of its words and word pairs) the best quote of an answer holds. */
function quotedFit(ctx: HandlerContext, d: Draft): number {
  // "Chỉ tiêu", "mục tiêu" say what kind of passage is asked (the target handler reads them so too), not what it holds.
  const all = [...new Set(termsOf(ctx.terms.filter((t) => !ASKING_VERBS.has(t) && !TARGET_WORDS.has(t))))];
  const max = all.reduce((s, t) => s + ctx.index.idf(t), 0);
  if (max === 0) return 0;
  // "6 tháng", "16 tuổi", "80%": a number with its unit the question asks of must be in the quote ("06 tháng" is 6 tháng).
  const spelled = ctx.q.folded.replace(/\b(half yearly|half year|biannual|semi annual|twice a year)\b/g, "6 thang")
    .replace(/\b(one|two|three|six|twelve|mot|hai|ba|sau|muoi hai)( ?)(?=(thang|nam|months?|monthly|years?|yearly)\b)/g, (_m, w: string, sp: string) => `${NUMBER_WORDS[w]}${sp || " "}`);
  const amounts = [...spelled.matchAll(/\b0*(\d{1,3}) ?(thang|nam|tuoi|%|months?|monthly|years?|yearly)(?![\p{L}])/gu)]
    .map((m) => new RegExp(`(?<![\\d.,])0*${m[1]} ?(${UNIT_FOLD[m[2]!] ?? m[2]})(?![\\p{L}])`, "u"));
  let best = 0;
  for (const c of d.citations) {
    if (amounts.length > 0 && !amounts.some((re) => re.test(foldWords(c.quote).join(" ")) || re.test(c.quote))) continue;
    // "xã/phường/thị trấn": words joined by slashes are each a word (a number joined so, "2041/QĐ-UBND", stays whole).
    const held = quoteTermSet(c.quote);
    best = Math.max(best, all.reduce((s, t) => s + (held.has(t) ? ctx.index.idf(t) : 0), 0) / max);
  }
  return best;
}

/**
 * "Tỉnh nào giao Tỉnh đoàn chủ trì phòng, chống đuối nước?": per province, the task nearest the
 * question and whether the named agency (or the one it took over from) holds it. The provinces
 * that give it to that agency answer; when none does, the answer says so and names who the
 * plans give the task to, never confirming the premise.
 */
const WHICH_PROVINCE_RE = /\b(tinh nao|nhung tinh nao|cac tinh nao|tinh thanh nao|ke hoach nao|which provinces?|what provinces?|which plans?|which of the (plans|provinces|documents)|(which|what) documents?|van ban nao|nhung van ban)\b/;
/** Words of "tỉnh nào giao X làm gì" that name no task. */
const TASK_NOISE = new Set(["giao", "lam", "gi", "name", "names", "ask", "asks", "role", "part", "taking", "bodies", "among", "which", "what", "provinces", "plans", "de", "nghi", "tham", "gia"]);

function provincesGiving(ctx: HandlerContext, ids: Array<string | null>, sayNo = false): Draft {
  const agency = ctx.q.agencies[0]!;
  const holders = new Set([agency.id, ...predecessorsOf(ctx, agency).map((p) => p.from.id)]);
  const held = (p: Passage) => p.kind === "assignment" && p.assignmentIndex !== null && holders.has(p.plan.assignments[p.assignmentIndex]?.agencyId ?? "");
  const label = agencyLabel(agency, agency.name, ctx.lang);
  const yes: Array<{ label: string; sub: Draft }> = [];
  const other: Array<{ label: string; sub: Draft }> = [];
  const partners: Array<{ label: string; passage: Passage }> = [];
  // "Tỉnh nào giao Công an chủ trì ...?", "which plans put the police in the lead": the body's item must give it the lead.
  const asksLeadRole = /\b(chu tri|lead|leads|leading|in charge)\b/.test(ctx.q.folded) && /\b(khong chi|chu khong|not just|not only|not merely|rather than|instead of|partner|phoi hop)\b/.test(ctx.q.folded);
  const leadsIt = (p: Passage) => {
    const a = p.assignmentIndex !== null ? p.plan.assignments[p.assignmentIndex] : undefined;
    return a?.role === "lead" || /^[\s\-–•+]*chu tri\b/.test(foldKey(a?.quote ?? p.quote));
  };
  // The agency's own assignment nearest the task, per province: it holds the task when that assignment answers it,
  // or nearly as well as the best province's does (one plan says "mục tiêu, chương trình về dinh dưỡng", another "chương trình về dinh dưỡng").
  const ownOf = (plans: ParsedPlan[]) => ctx.index.rank(ctx.terms, (p) => plans.includes(p.plan) && held(p), 1)[0];
  // Each province's plans and nearest own assignment, found once: the best coverage is weighed before the provinces are answered.
  const perProvince = ids.map((id) => {
    const plans = ctx.plans.filter((p) => p.province.provinceId === id);
    const own = ownOf(plans);
    return { plans, own, coverage: own ? ctx.index.coverage(ctx.terms, own.passage) : 0 };
  });
  const bestCoverage = Math.max(0, ...perProvince.map((x) => x.coverage));
  for (const { plans, own, coverage: ownCoverage } of perProvince) {
    if (plans.length === 0) continue;
    const label = provinceLabel(plans[0]!, ctx.registry);
    const g = own ? ctx.groupOf(own.passage) : null;
    if (own && g && (ownCoverage >= 0.4 || (bestCoverage >= 0.4 && ownCoverage >= 0.3 && ownCoverage >= bestCoverage * 0.8))) {
      // "... in the lead role, not just as a partner": an item of the body's own that opens "Phối hợp" gives it a partner's part.
      if (asksLeadRole && !leadsIt(own.passage)) partners.push({ label, passage: own.passage });
      else yes.push({ label, sub: describeGroup({ ...ctx, plans }, g, own.passage, ownCoverage) });
      continue;
    }
    const sub = answerLead({ ...ctx, plans, local: true }, true);
    if (sub.found && sub.confidence >= 0.45) other.push({ label, sub });
  }
  // No plan gives the body the lead: the partners' items answer as before (the body's part, as the plan writes it).
  if (yes.length === 0 && partners.length > 0) {
    for (const x of partners) {
      const plans = ctx.plans.filter((p) => p === x.passage.plan || p.province.provinceId === x.passage.plan.province.provinceId);
      yes.push({ label: x.label, sub: describeGroup({ ...ctx, plans }, ctx.groupOf(x.passage)!, x.passage, ctx.index.coverage(ctx.terms, x.passage)) });
    }
    partners.splice(0);
  }
  const out = emptyDraft();
  const shown = yes.length > 0 ? yes : other;
  if (shown.length === 0) return out;
  out.lines.push(yes.length > 0
    ? tr(ctx.lang, `Kế hoạch của ${yes.map((x) => x.label).join(", ")} giao việc này cho ${label}:`, `The plans of ${yes.map((x) => x.label).join(", ")} give this to ${label}:`)
    : tr(ctx.lang, `Không kế hoạch nào trong kho giao việc này cho ${label}. Các kế hoạch giao việc này cho cơ quan khác:`,
      `No plan in the knowledge base gives this to ${label}. The plans give it to others:`));
  // Provinces the question named whose plans do not give the task to the agency are said to, not answered with another duty.
  const not = sayNo && yes.length > 0 ? ids.map((id) => ctx.plans.find((p) => p.province.provinceId === id)).filter((p): p is ParsedPlan => !!p)
    .map((p) => provinceLabel(p, ctx.registry)).filter((l, i, all) => all.indexOf(l) === i && !yes.some((y) => y.label === l) && !partners.some((y) => y.label === l)) : [];
  for (const x of shown) {
    out.lines.push(`— ${x.label}:`, ...x.sub.lines);
    out.agencies.push(...x.sub.agencies);
    out.citations.push(...x.sub.citations);
    out.notes.push(...x.sub.notes);
    out.confidence = Math.max(out.confidence, x.sub.confidence);
  }
  for (const x of partners) {
    // The item's opening clause ("Phối hợp với các ngành chức năng ...") says the body's part; the clause on the task follows.
    const opening = x.passage.plan.sections.find((sec) => sec.path === x.passage.sectionPath)?.text.split("\n")
      .map((l) => l.trim()).find((l) => /^[\s\-–•+]*phoi hop\b/.test(foldKey(l)))?.split(/;\s*/)[0]?.trim();
    const quote = opening && opening.length >= 12 && x.passage.plan.text.includes(opening) ? opening : x.passage.quote;
    out.lines.push(tr(ctx.lang, `— ${x.label}: ${label} chỉ phối hợp, không chủ trì (${planLabel(x.passage.plan, ctx.registry, ctx.lang)}, mục ${x.passage.sectionPath}): “${quote}”`,
      `— ${x.label}: ${label} only works with others here, not in the lead (${planLabel(x.passage.plan, ctx.registry, ctx.lang)}, section ${x.passage.sectionPath}): “${quote}”`));
    out.citations.push({ plan: x.passage.plan, section: x.passage.sectionPath, quote });
  }
  for (const l of not) out.lines.push(tr(ctx.lang, `— ${l}: kế hoạch không nêu việc này cho ${label}.`, `— ${l}: the plan does not state this for ${label}.`));
  // "Tỉnh nào giao BHXH tỉnh cấp thẻ BHYT?": a body the plans give nothing at all (nor the body it took over from): no province does, and
  // who the plans give the task to is context, not the answer. A body the plans do give work keeps the correction as its answer (who does it).
  const givenAnything = ctx.plans.some((p) => p.assignments.some((a) => holders.has(a.agencyId ?? "")));
  out.found = yes.length > 0 || givenAnything;
  out.settled = !out.found;
  return out;
}

/** Asks the same question of each province's plans and lays the answers side by side. */
// The plans named, and how a comparison is asked ("khác nhau", "giống nhau", "differ"): no task of the body compared.
const COMPARE_PLAN_WORDS: ReadonlySet<string> = new Set(["ke", "hoach", "sanh", "quyet", "dinh", "plan", "plans", "khac", "nhau", "giong", "biet", "differ", "difference", "differences"]);

function answerCompare(ctx: HandlerContext, all: ParsedPlan[]): Draft {
  const folded = ctx.q.folded.replace(new RegExp(COMPARE_RE.source, "g"), " ");
  const intent = detectIntent(folded, ctx.q.agencies.length > 0, null, !namesTopicBesideList(folded, ctx.q.terms));
  const provinces = ctx.q.provinces.length >= 2 ? ctx.q.provinces : [];
  const groups = provinces.length > 0
    ? provinces.map((p) => {
      const named = ctx.plans.filter((x) => planIsIn(x, p));
      return { label: p.name, province: p, plans: named.length > 0 ? named : all.filter((x) => planIsIn(x, p)) };
    })
    : [...new Set(ctx.plans.map((p) => p.province.provinceId))].map((id) => {
      const own = ctx.plans.filter((p) => p.province.provinceId === id);
      return { label: own[0] ? provinceLabel(own[0], ctx.registry) : id ?? "?", province: null, plans: own };
    });
  // "chênh lệch bao nhiêu", "hơn kém bao nhiêu": the gap is asked, so each side's figure is; "bao nhiêu" there counts nothing.
  const gapless = { ...ctx.q, folded: ctx.q.folded.replace(/\b(chenh nhau|chenh lech|hon kem|khac nhau) bao nhieu\b/g, " ").replace(/ +/g, " ") };
  const out = emptyDraft();
  for (const g of groups) {
    // "So sánh nhiệm vụ của Sở Y tế trong kế hoạch 2041 và kế hoạch 2509": the plans named say which plans, not what about ("kế
    // hoạch" left in ranks the predecessor's items that say "Kế hoạch" above the body's own), nor does "so sánh".
    // The duties of a body are its own first: the words of the body it took over from (brought in for retrieval) are not asked.
    const predecessorWords = new Set(ctx.q.agencies.flatMap((a) => predecessorsOf({ registry: ctx.registry, plans: g.plans }, a))
      .flatMap((p) => foldedNames(p.from)[0]!.split(" ")).filter((w) => !` ${ctx.q.folded} `.includes(` ${w} `)));
    const terms = intent === "duties" ? ctx.terms.filter((t) => !COMPARE_PLAN_WORDS.has(t) && !predecessorWords.has(t)) : ctx.terms;
    let sub = g.plans.length > 0 ? dispatch(intent === "compare" ? "fact" : intent, { ...ctx, q: gapless, terms, plans: g.plans, local: provinces.length > 0 }) : emptyDraft();
    // "Chỉ tiêu khai sinh của Huế và chỉ tiêu xã phường phù hợp với trẻ em của Huế, Đắk Lắk": a part naming only another province
    // asks nothing of this one, so this one is asked the rest.
    const own = !sub.found && g.province ? termsOfOwnParts(ctx.q.folded, g.province, provinces, terms) : null;
    if (own) sub = dispatch(intent === "compare" ? "fact" : intent, { ...ctx, q: gapless, terms: own, plans: g.plans, local: true });
    out.lines.push(`— ${g.label}:`);
    out.lines.push(...(sub.found ? sub.lines : [tr(ctx.lang, "kế hoạch trong kho không nêu nội dung này.", "the plans in the knowledge base do not say.")]));
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    out.counts.push(...sub.counts);
    out.found ||= sub.found;
    out.confidence = Math.max(out.confidence, sub.confidence);
  }
  return out;
}

/**
 * The terms of the parts of a question ("... và ...") that name `province` or no province, when some part names only others;
 * null when every part asks of it (or no term is left).
 */
function termsOfOwnParts(folded: string, province: Province, provinces: Province[], terms: string[]): string[] | null {
  const names = (p: Province) => [p.name, p.english, ...p.aliases].map((n) => ` ${foldKey(n)} `).filter((n) => n.trim().length > 0);
  const says = (part: string, p: Province) => names(p).some((n) => ` ${part.replace(/[^a-z0-9]+/g, " ").trim()} `.includes(n));
  const parts = folded.split(/\b(?:va|and)\b|[?;]/);
  const kept = parts.filter((part) => says(part, province) || !provinces.some((p) => says(part, p)));
  if (kept.length === parts.length) return null;
  const words = new Set(kept.join(" ").split(/[^a-z0-9%]+/));
  const own = terms.filter((t) => t.split(" ").every((w) => words.has(w)));
  return own.length > 0 && own.length < terms.length ? own : null;
}

/** Maps a passage to its task (or its section) and the assignments under it. */
const CLOSING_LINE_RE = /^(tren day la|trong qua trinh)\b/;

function createGroupLookup(plans: ParsedPlan[], passages: Passage[]): (p: Passage) => AssignmentGroup | null {
  const groups = new Map<string, AssignmentGroup>();
  const keyOf = (plan: ParsedPlan, taskId: string | null, path: string) => `${plans.indexOf(plan)}|${taskId ?? path}`;
  for (const plan of plans) {
    for (const a of plan.assignments) {
      const task = plan.tasks.find((t) => t.id === a.taskId) ?? null;
      const key = keyOf(plan, task?.id ?? null, a.sectionPath);
      const g = groups.get(key) ?? { key, plan, task, sectionPath: task?.sectionPath ?? a.sectionPath, assignments: [] };
      g.assignments.push(a);
      groups.set(key, g);
    }
  }
  // "Trên đây là Kế hoạch ...", "Trong quá trình thực hiện ...": the plan's closing lines stand under its last numbered item
  // but are none of that item's duties; the part they close (the bodies the line itself names) is theirs.
  const closing = new Map(plans.map((plan) => [plan, plan.text.split("\n").map((l) => l.trim()).filter((l) => CLOSING_LINE_RE.test(foldKey(l.slice(0, 40))))]));
  const byPassage = new Map<number, AssignmentGroup | null>();
  for (const p of passages) {
    const viaTask = p.task ? groups.get(keyOf(p.plan, p.task.id, "")) : undefined;
    const closes = p.sectionPath.includes(".") && (closing.get(p.plan) ?? []).some((l) => l.includes(p.quote));
    if (closes) byPassage.set(p.id, [...groups.values()].find((g) => g.plan === p.plan && !g.sectionPath.includes(".")
      && g.assignments.some((a) => a.quote.includes(p.quote) || p.quote.includes(a.quote))) ?? null);
    else byPassage.set(p.id, viaTask ?? groups.get(keyOf(p.plan, null, p.sectionPath)) ?? null);
  }
  return (p) => byPassage.get(p.id) ?? null;
}

/** The question says "đề nghị"/"requested" and every body it names is one a plan of the question only requests. */
function asksOfRequestedBodies(ctx: HandlerContext): boolean {
  if (ctx.q.agencies.length === 0 || !/\b(duoc de nghi|de nghi|requested|is asked|are asked|asked to)\b/.test(ctx.q.folded)) return false;
  return ctx.q.agencies.every((a) => ctx.plans.some((p) => p.assignments.some((x) => x.agencyId === a.id && x.role === "requested")));
}
