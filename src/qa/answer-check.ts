/**
 * Two checks on what the plans can answer, kept apart from the handlers:
 *
 * - `checkAnswer`: a question asking for a specific kind of value (a count of people or calls, a
 *   percentage, a penalty) is answered only by a passage that holds that kind of value. A loosely
 *   related passage ("... qua tổng đài 111" for "how many calls did 111 receive") is no answer: the
 *   plans do not say, and the passage is kept only as context (found=false).
 * - `answerPremise`: a question asserting something ("KH 26 thực hiện Quyết định 1235 đúng không?",
 *   "... tập huấn cho 2.479 cán bộ phải không?") is checked against the plan, which is quoted; a
 *   premise the plan contradicts is never confirmed.
 */
import type { ParsedPlan } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import { emptyDraft, foldOnce, planLabel, provinceLabel, tr, vnDate, type Draft } from "./answer-composer.ts";
import { agencyOf, describeGroup, shown, type HandlerContext } from "./intent-handlers.ts";
import { PLAN_PERIOD_RE, PREMISE_RE } from "./question-parser.ts";
import { isPeriodOf } from "./reference-handlers.ts";
import { planHolds } from "./memo.ts";
import { dateLine } from "./signed-claim.ts";

/** People, calls or places a "how many" question may count; the plans write such a count as "184 cán bộ". */
const COUNTED_VI: Record<string, string> = {
  "tre em": "tre", tre: "tre", em: "(tre )?em", "can bo": "can bo", "cong tac vien": "cong tac vien", nguoi: "nguoi", "cuoc goi": "cuoc( goi)?",
  "luot": "luot", "vu": "vu", "truong hop": "truong hop", "hoc sinh": "hoc sinh", "gia dinh": "gia dinh", "nan nhan": "nan nhan",
  // Places to stay: "bao nhiêu giường", "bao nhiêu chỗ ở", "bao nhiêu nhà tạm lánh"; a plan would write "50 giường".
  giuong: "giuong", "cho o": "cho( o)?", "nha tam lanh": "nha tam lanh", "diem tam lanh": "diem tam lanh",
  // Trainers, volunteers, classes and offices a plan would count: "tỉnh 05 nguời" (sic), "5 người", "03 văn phòng tư vấn".
  "giang vien": "(giang vien|ngu?o?i)", "tinh nguyen vien": "tinh nguyen vien", "lop": "lop", "khoa": "khoa", "van phong": "van phong",
};
const COUNTED_EN: Record<string, string> = {
  children: "tre", child: "tre", kids: "tre", calls: "cuoc( goi)?", call: "cuoc( goi)?", officials: "can bo", officers: "can bo", staff: "can bo",
  collaborators: "cong tac vien", people: "nguoi", persons: "nguoi", cases: "(vu|truong hop)", victims: "nan nhan", pupils: "hoc sinh",
  students: "hoc sinh", families: "gia dinh", trainers: "(giang vien|ngu?o?i)", volunteers: "tinh nguyen vien", classes: "lop", courses: "(lop|khoa)",
  beds: "giuong", bed: "giuong", cots: "giuong", places: "cho( o)?", spaces: "cho( o)?", slots: "cho( o)?", shelters: "(nha tam lanh|diem tam lanh)",
};

/**
 * "sức chứa", "the capacity of the shelters": how many a place holds, which a plan would write "50 giường", "30 chỗ", "100 trẻ"
 * (not "in what capacity" someone signed, nor capacity building).
 */
const CAPACITY_RE = /\b(capacit(y|ies) of|(shelters?|centres?|centers?|facilit(y|ies)|homes?|houses?)( s)? capacit(y|ies)|suc chua|cong suat tiep nhan|quy mo tiep nhan)\b/;

const EN_STOP = new Set(["does", "did", "do", "are", "were", "is", "was", "has", "have", "had", "will", "would", "should", "can", "could", "must",
  "in", "of", "from", "under", "according", "for", "at", "by", "to", "that", "who", "which", "were", "get", "received", "receive"]);

/** What the question asks for, as a pattern a passage answering it holds; null when it asks for no such value. */
export function askedValue(folded: string, raw = ""): { kind: "count" | "percent" | "penalty" | "duration" | "limit" | "cycle"; re: RegExp } | null {
  // "Hạn báo cáo 6 tháng", "the quarterly report's deadline": a reporting cycle, which a plan sets in its own words ("định kỳ 06 tháng").
  const cycle = reportCycleAsked(folded);
  if (cycle) return { kind: "cycle", re: cycle };
  // "trong vòng mấy giờ", "a time limit in hours", "within how many days": a span of time, written "24 giờ", "07 ngày làm việc".
  if (asksDuration(folded)) return { kind: "duration", re: DURATION_RE };
  // "giới hạn thời gian chơi game", "a daily screen time limit", "how long children may play": a cap on a child's time or use,
  // which a plan would write as a limit ("không quá 2 giờ mỗi ngày"); a plan's period ("Thời gian thực hiện") is none.
  if (LIMIT_ASKED_RE.test(folded)) return { kind: "limit", re: LIMIT_SAID_RE };
  if (penaltyAsked(folded, raw)) {
    // "Mức phạt ... bao nhiêu?", "how much is the fine": an amount is asked, which "xử lý nghiêm" (dealt with strictly) is not.
    return { kind: "penalty", re: PENALTY_AMOUNT_RE.test(folded) ? /\b(phat tien|\d[\d.,]* ?(dong|trieu|ty|vnd))\b/ : /\b(xu phat|phat tien|ky luat|che tai|xu ly)\b/ };
  }
  if (/\b(bao nhieu phan tram|bao nhieu %|may phan tram|what percent\w*|how many percent|in percent|percentage|phan tram)\b|bao nhieu ?%/.test(folded)) {
    return { kind: "percent", re: /\d ?%|phan tram/ };
  }
  if (CAPACITY_RE.test(folded)) return { kind: "count", re: /(?<![\d.,])\d[\d.,]* (giuong|cho|nguoi|tre)\b/ };
  const vi = /\bbao nhieu ((?:\w+ ?){1,3})/.exec(folded) ?? /^(?:tong )?so (?:luong )?((?:\w+ ?){1,2})\b.*\bbao nhieu\b/.exec(folded);
  if (vi) {
    const words = vi[1]!.trim().split(" ");
    const key = [words.slice(0, 3).join(" "), words.slice(0, 2).join(" "), words[0]!].find((k) => k in COUNTED_VI);
    if (key) return { kind: "count", re: new RegExp(`(?<![\\d.,])\\d[\\d.,]* ${COUNTED_VI[key]}\\b`) };
  }
  const en = /\bhow many ((?:[\w-]+ ?){1,5})/.exec(folded);
  if (en) {
    // The head of "how many commune-level child protection officials does ..." is its last noun before the verb.
    const words = en[1]!.trim().split(" ");
    const stop = words.findIndex((w) => EN_STOP.has(w));
    const noun = (stop >= 0 ? words.slice(0, stop) : words).filter((w) => w in COUNTED_EN).pop();
    if (noun) return { kind: "count", re: new RegExp(`(?<![\\d.,])\\d[\\d.,]* ${COUNTED_EN[noun]}\\b`) };
  }
  return null;
}

/**
 * A quarter as plans set a cycle: "hằng/hàng/mỗi/từng quý", "theo quý", "định kỳ (hằng) quý", "báo cáo quý", "quý một lần";
 * not "theo quy định", "quy chế", "quy trình", "quỹ" and the other words that fold to "quy".
 */
const QUARTERLY_SAID = String.raw`\b((hang|moi|tung|theo|dinh ky( hang)?|bao cao) quy|quy (mot|1) lan)\b(?! (dinh|che|trinh|hoach|mo|luat|tac|pham|chuan|uoc|doi|tu|cach|nap|dong|toc|bao tro|tre em|phong|ho tro)\b)`;
/** A month as plans set a cycle: "hằng/hàng/mỗi/từng tháng", "theo tháng", "định kỳ (hằng) tháng"; not "thang điểm", "thang đo". */
const MONTHLY_SAID = String.raw`\b((hang|moi|tung|theo|dinh ky( hang)?) thang|thang (mot|1) lan)\b(?! (diem|do|luong|bac|may)\b)`;

/** Reporting cycles a question may ask of, each with how a plan would write it. */
const REPORT_CYCLES: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(0?6 thang|sau thang|nua nam|6 months?|six months?|six monthly|half (a )?year(ly)?|semi annual(ly)?|bi ?annual(ly)?|twice a year)\b/, /\b(0?6 thang|sau thang|nua nam)\b/],
  [new RegExp(`${QUARTERLY_SAID}|\\b(quarterly|each quarter|every quarter|per quarter)\\b`), new RegExp(QUARTERLY_SAID)],
  [new RegExp(`${MONTHLY_SAID}|\\b(monthly|each month|every month|per month)\\b`), new RegExp(MONTHLY_SAID)],
];

const CYCLE_DUE_RE = /\b(ngay nao|khi nao|bao gio|han|han nop|thoi han|truoc ngay|when|deadlines?|due|dates?)\b/;

/** The cycle a question about reports asks for, as a pattern of the plan's words; null when it names none of them. */
function reportCycleAsked(folded: string): RegExp | null {
  // When it is due is asked ("hạn ... ngày nào", "deadline"); a claim of the cycle ("báo cáo hằng quý, đúng không?") is checked elsewhere.
  if (!/\b(bao cao|reports?|reporting)\b/.test(folded) || !CYCLE_DUE_RE.test(folded) || PREMISE_RE.test(folded)) return null;
  return REPORT_CYCLES.find(([asked]) => asked.test(folded))?.[1] ?? null;
}

/** A penalty asked: "mức phạt", "xử phạt", "penalty", "how much is the fine", "the fine for ...". */
const PENALTY_ASKED_RE = /\b(penalt\w*|sanction\w*|punish\w*|fined|fines|xu phat|che tai|ky luat|bi phat|phat tien|muc phat|hinh thuc xu ly)\b|\b(how much|what) (is|are|was|would be) the fines?\b|\bfines? (for|of|on)\b|(?<!\b(?:cap|ban|xuat|khoi|bung|tu|phan|phat|duoc|dai|loa|benh) )\bphat (bao nhieu|may|the nao|ra sao|nhu the nao)\b(?! (the|to roi|tai lieu|qua|suat|cuon|sach|vo|hoc bong|chiec|cai|chuong trinh|ban tin|tin bai|lan|buoi|so)\b)/;
/**
 * "phát" (hand out, broadcast) folds as "phạt" (fine) does: written with its marks, the question's own word is read ("Tài liệu
 * ... được phát thế nào?" asks no fine); without them, a bare "phat ..." is a fine only after a word of a violation ("thì phat
 * bao nhieu", "vi pham se bi phat the nao"), never after "được", "đài", "loa" nor before what is broadcast or how often.
 */
function penaltyAsked(folded: string, raw: string): boolean {
  // Marking "phat" as another word only takes matches away: a question the pattern misses as written asks none (most questions;
  // the marks are not looked at).
  if (!PENALTY_ASKED_RE.test(folded)) return false;
  const marked = /[\u0300-\u036f\u0111\u0110]/u.test(raw.normalize("NFD"));
  // Written with marks and no "phạt" in it: every "phat" is another word ("phát", "phất").
  const f = marked && !/phạt/iu.test(raw.normalize("NFC")) ? folded.replace(/\bphat\b/g, "phat_") : folded;
  if (!PENALTY_ASKED_RE.test(f)) return false;
  if (marked) return true;
  // Without marks: a fine asked by a word other than a bare "phat" stands; a bare "phat" needs a violation before it.
  return PENALTY_ASKED_RE.test(f.replace(BARE_PHAT_RE, "phat_$1")) || BARE_FINE_RE.test(f);
}
const BARE_PHAT_RE = /(?<!\b(?:duoc|dai|loa) )\bphat (bao nhieu|may|the nao|ra sao|nhu the nao)\b/g;
const BARE_FINE_RE = /\b(bi|vi pham|thi|muc|xu)( \S+){0,3} phat (bao nhieu|may|the nao|ra sao|nhu the nao)\b(?! (chuong trinh|ban tin|tin bai|lan|buoi|so|the|tai lieu|sach|cuon)\b)/;
/** ... as an amount: "mức phạt", "phạt bao nhiêu (tiền)", "how much", "amount". */
const PENALTY_AMOUNT_RE = /\b(muc phat|phat (bao nhieu|may)|bao nhieu tien|how much|amount|how large|how big)\b/;

/** A cap on a child's time or use asked: "giới hạn/hạn chế (số giờ, thời gian) ...", "thời gian chơi/dùng ...", "screen time", "time limit for children". */
const LIMIT_ASKED_RE = /\b(gioi han|han che|toi da|khong qua|khong duoc qua)( \w+){0,4} (thoi gian|thoi luong|so gio|\d+ ?(gio|tieng|phut))\b(?! (thuc hien|bao cao|hoan thanh|trien khai|nop|xu ly))|\b(thoi gian|thoi luong|so gio) (choi|dung|su dung|xem|len mang|online|truy cap)\b|\bscreen ?time\b|\b(screen|gaming|usage|playing|play|use) (time )?limits?\b|\blimits?( \w+){0,3} (screen|gaming|playing|online|how long|hours (of|spent|online|a day|per day))\b|\bhow (long|many hours)( \w+){0,3} (may|can|are allowed to|should|is allowed to)( \w+){0,2} (play|use|spend|watch|be online|go online)\b/;
/** A cap as a plan would write it: "giới hạn/hạn chế/không quá ... thời gian", "2 giờ mỗi ngày", "2 hours a day". */
const LIMIT_SAID_RE = /\b(gioi han|han che|toi da|khong qua)( \w+){0,4} (thoi gian|thoi luong|\d+ ?(gio|phut))\b|\b\d+ ?(gio|phut|hours?|minutes?) (moi|mot|per|a) (ngay|day)\b/;

/** A span of hours, minutes or days as the plans would write it ("24 giờ", "trong 03 ngày"), not a date ("ngày 15/12"). */
const DURATION_RE = /(?<![\d/.,])\d{1,3} ?(gio|tieng|phut|h|ngay|hours?|minutes?|days?)\b(?! ?\d)/;
const DURATION_UNIT = "(gio|tieng|phut|ngay lam viec|hours?|hrs?|minutes?|days?|working days)";
/** A word a span of time, a percentage or a fine is asked with: an answer of counted tasks is read for one only then. */
const VALUE_WORD_RE = /\b(gio|tieng|phut|ngay|lau|hours?|minutes?|days?|long|soon|phan tram|percent\w*|phat|fines?|penalt\w*)\b|%/;
/** The kinds of value a count of tasks or bodies never answers. */
const STRUCTURE_NEVER_ANSWERS: ReadonlySet<string> = new Set(["duration", "percent", "penalty"]);
/**
 * "Trong bao lâu sau khi nhận tin báo", "có mặt sau bao lâu", "bao lâu kể từ khi", "how long after a report", "how soon after":
 * a span after an event; "kế hoạch thực hiện trong bao lâu" (the plan's period) is none.
 */
const LONG_AFTER_RE = /\b(trong( vong)?|sau|mat|chi trong|toi da) bao lau\b(?=.{0,60}\b(sau khi|ke tu|tu khi|tu luc|khi (nhan|co|phat hien|duoc))\b)|\bbao lau (sau khi|ke tu|tu khi|tu luc)\b|\b(co mat|can thiep|xu ly|phan hoi|tra loi|den noi|tiep can|ho tro)( \w+){0,5} (trong( vong)?|sau|mat) bao lau\b|\bhow (long|soon|quickly)\b(?=.{0,80}\b(after|once|from (the |a )?(time|moment|report|call)|of (a |the )?(report|call|receiving))\b)/;
/**
 * "Báo cáo sau bao lâu một lần", "báo cáo định kỳ": how often, which a plan states as "định kỳ 6 tháng, một năm", not a span after an event.
 */
const HOW_OFTEN_RE = /\bbao lau (mot|1) lan\b|\b(bao cao|gui bao cao)( \w+){0,6} (sau|trong( vong)?) bao lau\b(?!.{0,60}\b(sau khi|ke tu|tu khi|tu luc|khi (nhan|co|phat hien|duoc))\b)|\bdinh ky\b/;
const DURATION_ASKED_RE = new RegExp(`\\b(bao nhieu|may|trong vong (bao nhieu|may)|how many|number of|within how many)( \\w+)? ${DURATION_UNIT}\\b|\\b((measured |counted |expressed )?in|within \\d+|trong (vong )?\\d+) ${DURATION_UNIT}\\b|\\b(thoi han|time limit|deadline)( \\w+){0,3} (tinh bang|tinh theo|in|of) ${DURATION_UNIT}\\b|\\b(bao nhieu|may) ngay\\b`);

/** "Trong vòng mấy giờ?", "a time limit, in hours", "how many days": a span of time is asked (not a date, not a period of years). */
export const asksDuration = (folded: string): boolean => {
  // Asked of the same question by several handlers in a row: the last question's answer is kept.
  if (folded !== durationAsked.text) durationAsked = { text: folded, asked: DURATION_ASKED_RE.test(folded) || (LONG_AFTER_RE.test(folded) && !HOW_OFTEN_RE.test(folded)) };
  return durationAsked.asked;
};
let durationAsked = { text: "", asked: DURATION_ASKED_RE.test("") };

/**
 * A found draft whose passages hold no value of the kind asked becomes "the plans do not say", with the
 * passage kept as context. Counts the answer made from the plans' structure (tasks, agencies) are answers.
 */
/** Share of the question a passage holding the asked kind of value must cover to answer in place of the draft. */
const HOLDER_COVERAGE = 0.6;
/** The same share when the passage's figure counts whom the question names ("184 cán bộ phụ trách trẻ em cấp xã" for "commune-level officers"). */
const NAMED_HOLDER_COVERAGE = 0.45;

/**
 * "How many commune-level child officers ...": the passage's count of the kind asked ("184 cán bộ") is followed, within a few
 * words, by another word the question holds ("cấp xã"), so the figure counts the people asked about, not others of the kind.
 */
function countsWhatIsAsked(asked: { kind: string; re: RegExp }, folded: string, terms: readonly string[], levels: ReadonlySet<Level>): boolean {
  if (asked.kind !== "count") return false;
  const m = new RegExp(asked.re.source, "g");
  for (const hit of folded.matchAll(m)) {
    if (otherLevel(levels, folded, hit.index! + hit[0].length)) continue;
    const noun = new Set(hit[0].replace(/^[\d.,]+ /, "").split(" "));
    const after = folded.slice(hit.index! + hit[0].length).split(" ").filter(Boolean).slice(0, 6);
    if (after.some((w) => !noun.has(w) && terms.includes(w) && w.length >= 2)) return true;
  }
  return false;
}

/** A level of government the people counted belong to: province, district, commune, village. */
type Level = "tinh" | "huyen" | "xa" | "thon";
const LEVEL_OF: Readonly<Record<string, Level>> = {
  tinh: "tinh", provincial: "tinh", province: "tinh", huyen: "huyen", district: "huyen", districts: "huyen",
  xa: "xa", phuong: "xa", "thi tran": "xa", commune: "xa", communes: "xa", communal: "xa", ward: "xa", wards: "xa",
  thon: "thon", "to dan pho": "thon", "khoi pho": "thon", village: "thon", villages: "thon", hamlet: "thon", hamlets: "thon",
};
/** The levels as written alone ("cán bộ xã", "cộng tác viên thôn"); "tỉnh" only after "cấp" ("tình nguyện", "tình trạng" fold alike). */
const LEVEL_WORD = "(huyen|xa|phuong|thi tran|thon|to dan pho|khoi pho|provincial|province|districts?|communes?|communal|wards?|villages?|hamlets?)";
/** "cấp tỉnh", "provincial-level", "at district level", "cán bộ ... cấp xã", "how many commune officers": the level the question asks of. */
const LEVEL_ASKED_RE = [
  /\bcap (tinh|huyen|xa|thon)\b/g,
  new RegExp(`\\b${LEVEL_WORD} level\\b`, "g"),
  // "how many commune child protection officers", not "how many officers will the provincial plan train".
  new RegExp(`\\bhow many (?:(?!(?:does|did|do|will|would|are|were|is|was|has|have|the|in|of|for|by|under)\\b)\\w+ ){0,2}${LEVEL_WORD}\\b`, "g"),
  new RegExp(`\\bbao nhieu (?:can bo|cong tac vien|tinh nguyen vien|nguoi)(?: \\w+){0,4}? ${LEVEL_WORD}\\b(?! hoi)`, "g"),
];
/** A level the passage names for the people it counts, written right after them ("184 cán bộ phụ trách trẻ em cấp xã", "2.479 cộng tác viên thôn"). */
const LEVEL_AFTER_RE = new RegExp(`^(?: \\w+){0,5}? (?:cap (tinh)|${LEVEL_WORD})\\b(?! hoi)`);

function levelsAsked(folded: string): Set<Level> {
  const out = new Set<Level>();
  for (const re of LEVEL_ASKED_RE) for (const m of folded.matchAll(re)) out.add(LEVEL_OF[m[m.length - 1]!]!);
  return out;
}

/** The count ending at `end` is of people of another level than the one asked ("cấp xã" for "provincial-level officers"). */
function otherLevel(levels: ReadonlySet<Level>, folded: string, end: number): boolean {
  if (levels.size === 0) return false;
  const m = LEVEL_AFTER_RE.exec(folded.slice(end, end + 80).split(/ (?=\d)/)[0]!);
  return m !== null && !levels.has(LEVEL_OF[(m[1] ?? m[2])!]!);
}

/** The text holds a value of the kind asked, a count not being one of people of another level than the one asked. */
function holdsAsked(asked: { kind: string; re: RegExp }, folded: string, levels: ReadonlySet<Level>): boolean {
  if (!asked.re.test(folded)) return false;
  if (asked.kind !== "count" || levels.size === 0) return true;
  return [...folded.matchAll(new RegExp(asked.re.source, "g"))].some((hit) => !otherLevel(levels, folded, hit.index! + hit[0].length));
}

export function checkAnswer(ctx: HandlerContext, draft: Draft): Draft {
  if (!draft.found || draft.citations.length === 0) return draft;
  // Counts the answer made from the plan's structure (tasks, bodies, "... và 9 việc khác") answer a count asked, never an hour,
  // a percentage or a fine.
  const structural = draft.counts.length > 0;
  if (structural && !VALUE_WORD_RE.test(ctx.q.folded)) return draft;
  if (!structural && ASSERTS_RE.test(ctx.q.folded)) placePremise(ctx, draft);
  const asked = askedValue(ctx.q.folded, ctx.q.raw);
  if (!asked || (structural && !STRUCTURE_NEVER_ANSWERS.has(asked.kind))) return draft;
  // "How many provincial-level officers ...": a count of commune officers is no count of those asked.
  const levels = levelsAsked(ctx.q.folded);
  if (draft.citations.some((c) => holdsAsked(asked, foldOnce(c.quote), levels))) return draft;
  // A passage of the same plans that holds the kind of value asked and most of the question answers instead.
  const keep = new Set(ctx.plans);
  const holder = ctx.index.rank(ctx.terms, (p) => keep.has(p.plan) && holdsAsked(asked, p.folded, levels), 1)[0];
  if (holder && ctx.index.coverage(ctx.terms, holder.passage) >= (countsWhatIsAsked(asked, holder.passage.folded, ctx.terms, levels) ? NAMED_HOLDER_COVERAGE : HOLDER_COVERAGE)) {
    const p = holder.passage;
    const d = emptyDraft();
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(p.quote)}`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: ${shown(p.quote)}`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
    d.found = true;
    d.confidence = ctx.index.coverage(ctx.terms, p);
    return d;
  }
  const plans = [...new Set(draft.citations.map((c) => c.plan))];
  const what = {
    count: tr(ctx.lang, "con số được hỏi", "the figure asked for"),
    percent: tr(ctx.lang, "tỷ lệ phần trăm được hỏi", "the percentage asked for"),
    penalty: tr(ctx.lang, "hình thức xử phạt nào", "any penalty"),
    duration: tr(ctx.lang, "thời hạn (số giờ, số ngày) được hỏi", "the time limit asked for"),
    limit: tr(ctx.lang, "giới hạn (thời gian, mức sử dụng) được hỏi", "the limit asked for"),
    cycle: tr(ctx.lang, "kỳ báo cáo được hỏi", "the reporting cycle asked for"),
  }[asked.kind];
  const names = plans.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ");
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `Kế hoạch không nêu ${what}: ${names} không có số liệu/quy định này.`,
    `The plans do not say: ${names} gives ${what === "any penalty" ? "no penalty" : `no ${what.replace(/^the /, "")}`}.`));
  const context = draft.citations.slice(0, 1);
  for (const c of context) {
    d.lines.push(tr(ctx.lang, `Đoạn liên quan nhất (chỉ để tham khảo, không chứa con số/nội dung được hỏi), mục ${c.section}: ${shown(c.quote)}`,
      `The closest passage (context only; it does not give what was asked), section ${c.section}: ${shown(c.quote)}`));
    d.citations.push(c);
  }
  return d;
}

const ASSERTS_RE = PREMISE_RE;
const IMPLEMENTS_RE = /\b(thuc hien|trien khai|implements?|implementing|can cu|based on|carries out|carry out|ban hanh de)\b/;
/** A document named by number in the question: "Quyết định 1235", "1235/QĐ-TTg", "Directive 28-CT/TW", "Chỉ thị 28". */
const REF_RE = /(?<![\d/.,])(\d{1,5})(?:\s*[-/]\s*(?:qd|ct|kh|nd|tb|tt|nq)\b)|\b(?:quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|decision|directive|resolution|decree|circular|ke hoach|plan)\s+(?:so\s+|no\s+)?(\d{1,5})\b/g;

/** "... Quyết định 1506 của Bộ Y tế phải không?", "Decision 1235 of the Ministry of Health": who the question says issued the document. */
const ISSUER_ASKED_RE = /(?<![\d/.,])\d{1,5}(?: ?[-/] ?\S+)*(?: ngay \S+(?: thang \d+ nam \d+)?)?,? (?:cua|of|by|from|issued by)(?: the)? ((?:\S+ ){0,7}?\S+?)(?= (?:phai|dung|co phai|right|is it|correct|thi|ve|de|nham)\b|$)/;

/** Who issued document n, as the plan writes it: in the quote, else in the first line of the plan naming it with its issuer (as written, not in capitals). */
function issuerOf(plan: ParsedPlan, quote: string, n: string): { by: string | null; line: string | null } {
  const lines = [quote, ...plan.text.split("\n").map((l) => l.trim()).filter((l) => l.includes(`${n}/`) && l !== quote)];
  const found = lines.map((line) => ({ line, by: issuerIn(line, n) })).filter((x): x is { line: string; by: string } => x.by !== null);
  const pick = found.find((x) => x.by !== x.by.toUpperCase()) ?? found[0];
  return pick ? { by: pick.by, line: pick.line === quote ? null : pick.line } : { by: null, line: null };
}

/** The issuer the plan's text writes after a document's number ("1235/QĐ-TTg ngày 03/8/2015 của Thủ tướng Chính phủ “..."). */
function issuerIn(quote: string, n: string): string | null {
  const m = new RegExp(`(?<![\\d/])${n}\\/\\S*?,?(?:\\s+ngày\\s+[\\d/]+|\\s+ngày\\s+\\d+\\s+tháng\\s+\\d+\\s+năm\\s+\\d+)?,?\\s+của\\s+(.+?)(?=\\s+(?:về|thực hiện|phê duyệt|ban hành)(?![\\p{L}])|\\s*[“",;(]|$)`, "iu").exec(quote.normalize("NFC"));
  return m ? m[1]!.split(/\s+/).slice(0, 10).join(" ") : null;
}

const numberOf = (ref: string): string => ref.split("/")[0]!.split("-")[0]!.trim();

/** "Kế hoạch 1979 là để thực hiện ...", "plan 1979 issued to implement ...": the plan itself, not one of its tasks, is said to implement. */
const PLAN_ISSUED_FOR_RE = /\b(ke hoach|kh|quyet dinh|qd|plan|decision)( so)? \d{1,5}( (cua|tinh|o|tai|of|s|the))*( (la de|la nham|de|nham|co phai la de|duoc ban hanh de|ban hanh de|ban hanh nham|(was |is )?(issued|meant|drawn up|made) to|meant to|co phai))? (thuc hien|trien khai|implement\w*|carry out)\b/;

/** Where a plan's text names document n ("56/2017/NĐ-CP"): its passage, as written. */
function citedAt(plan: ParsedPlan, n: string): { sectionPath: string; quote: string } | null {
  const re = new RegExp(`(?<![\\d/.,])${n}\\/`);
  const task = plan.tasks.find((t) => re.test(t.quote ?? ""));
  if (task?.quote) return { sectionPath: task.sectionPath, quote: task.quote };
  const a = plan.assignments.find((x) => re.test(x.quote));
  return a ? { sectionPath: a.sectionPath, quote: a.quote } : null;
}

/**
 * "KH 26 thực hiện Quyết định 1235 đúng không?", "plan 1979 implements Directive 28-CT/TW, right?": what the
 * plan implements, quoted; the named document confirmed only when the plan names it, with every other basis.
 */
function legalPremise(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  // "Sở GD&ĐT chủ trì ... thực hiện Quyết định 605 à?" asks who does a task, not what the plan implements.
  // "... Quyết định 605 của Thủ tướng": a central body issuing the document named is no body asked about.
  const issuedFor = PLAN_ISSUED_FOR_RE.test(q.folded);
  // "... Quyết định 1506 của Bộ Y tế": the body after "của"/"of" a document names who issued it, not a body given a task.
  const issuerAsked = ISSUER_ASKED_RE.exec(q.folded)?.[1]?.trim() ?? null;
  const issuers = issuerAsked ? q.agencies.filter((a) => a.level === "central" && issuerAsked.startsWith(foldKey(a.name)) || q.mentions.agencies.some((m) => foldKey(m) && issuerAsked.startsWith(foldKey(m)) && ctx.registry.findAgencies(m).some((h) => h.agency.id === a.id))) : [];
  if (ctx.plans.length !== 1 || q.agencies.some((a) => !issuers.includes(a) && (!issuedFor || a.level !== "central")) || q.intent === "lead" || !IMPLEMENTS_RE.test(q.folded)) return null;
  const plan = ctx.plans[0]!;
  const own = new Set([plan.documentNumber, ...plan.otherNumbers].map(numberOf));
  const asked = [...new Set([...q.folded.matchAll(REF_RE)].map((m) => m[1] ?? m[2]!).filter((n) => !own.has(n) && !/^(19|20)\d\d$/.test(n)))];
  if (asked.length === 0) return null;
  const bases = [...plan.implements.map((x) => ({ number: x.documentNumber, quote: x.quote })),
    ...plan.legalBasis.filter((x) => x.documentNumber && !plan.implements.some((y) => y.documentNumber === x.documentNumber)).map((x) => ({ number: x.documentNumber!, quote: x.quote }))];
  if (bases.length === 0) return null;
  const named = bases.filter((b) => asked.includes(numberOf(b.number)));
  const label = planLabel(plan, ctx.registry, ctx.lang);
  const list = bases.map((b) => b.number).join(", ");
  const d = emptyDraft();
  // The issuer the question gives the document, against the one the plan's text writes ("... 1535/QĐ-TTg ... của Thủ tướng Chính phủ").
  const askedIssuer = issuers[0] ? foldKey(issuers[0].name) : issuerAsked && ctx.lang === "vi" ? issuerAsked : null;
  const wrongIssuer = askedIssuer ? named.map((b) => ({ b, ...issuerOf(plan, b.quote, numberOf(b.number)) }))
    .find((x) => x.by && !foldKey(x.by).includes(askedIssuer) && !askedIssuer.includes(foldKey(x.by))) : undefined;
  if (wrongIssuer && named.length === asked.length) {
    const wrote = issuers[0]?.name ?? new RegExp(`(?:của|cua|of|by)\\s+(.+?)\\s*(?:phải|phai|đúng|dung|có phải|co phai|right|\\?|$)`, "iu").exec(q.raw.normalize("NFC").slice(q.raw.normalize("NFC").search(new RegExp(numberOf(wrongIssuer.b.number)))))?.[1] ?? askedIssuer!;
    d.lines.push(tr(ctx.lang, `Không đúng: ${label} thực hiện ${wrongIssuer.b.number}, nhưng văn bản này là của ${wrongIssuer.by}, không phải của ${wrote}.`,
      `Not quite: ${label} implements ${wrongIssuer.b.number}, but that document was issued by ${wrongIssuer.by}, not by ${wrote}.`));
    if (wrongIssuer.line) {
      d.lines.push(tr(ctx.lang, `Trích ${label}: ${shown(wrongIssuer.line)}`, `${label} says: ${shown(wrongIssuer.line)}`));
      d.citations.push({ plan, section: tr(ctx.lang, "căn cứ", "basis"), quote: wrongIssuer.line });
    }
  } else if (named.length === asked.length) {
    const others = bases.filter((b) => !named.includes(b)).map((b) => b.number);
    d.lines.push(tr(ctx.lang,
      `Đúng, ${label} thực hiện ${named.map((b) => b.number).join(", ")}${others.length ? `, nhưng không chỉ văn bản đó: kế hoạch còn thực hiện/căn cứ ${others.join(", ")}` : ""}.`,
      `Yes, ${label} implements ${named.map((b) => b.number).join(", ")}${others.length ? `, but not only that: it also implements or rests on ${others.join(", ")}` : ""}.`));
  } else {
    const missing = asked.filter((n) => !named.some((b) => numberOf(b.number) === n));
    // A document the plan's text cites (a task "thực hiện Quyết định 605"): other handlers quote where, unless the plan itself
    // is said to be issued for it ("Kế hoạch 1979 là để thực hiện Nghị định 56?"): then what it implements, and where it names it.
    const cited = missing.map((n) => citedAt(plan, n)).filter((x): x is { sectionPath: string; quote: string } => x !== null);
    const unplaced = q.mentions.provinces.map((m) => foldKey(m)).filter(Boolean).reduce((f, m) => f.replace(` ${m} `, " "), ` ${q.folded} `).replace(/\s+/g, " ");
    if (cited.length > 0 && !PLAN_ISSUED_FOR_RE.test(unplaced)) return null;
    const written = missing.map((n) => new RegExp(`(?<![\\d])${n}(?:\\s*[-/]\\s*[\\p{L}]+(?:[-/][\\p{L}]+)*)?`, "u").exec(q.raw.normalize("NFC"))?.[0] ?? n);
    const elsewhere = all.filter((p) => p !== plan && [...p.implements, ...p.legalBasis].some((b) => b.documentNumber && missing.includes(numberOf(b.documentNumber))))
      .map((p) => `${p.documentNumber} (${provinceLabel(p, ctx.registry)})`);
    d.lines.push(tr(ctx.lang, `Không: ${label} không thực hiện văn bản ${written.join(", ")}; kế hoạch thực hiện/căn cứ: ${list}.${elsewhere.length ? ` (Văn bản ${written.join(", ")} là căn cứ của ${elsewhere.join(", ")}.)` : ""}`,
      `No: ${label} does not implement ${written.join(", ")}; it implements or rests on: ${list}.${elsewhere.length ? ` (${written.join(", ")} is implemented by ${elsewhere.join(", ")}.)` : ""}`));
  }
  const quotes = [...new Set(bases.map((b) => b.quote))].slice(0, 4);
  for (const quote of quotes) {
    d.lines.push(tr(ctx.lang, `Trích ${label}: ${shown(quote)}`, `${label} says: ${shown(quote)}`));
    d.citations.push({ plan, section: tr(ctx.lang, "căn cứ", "basis"), quote });
  }
  if (named.length !== asked.length) {
    for (const n of asked.filter((x) => !named.some((b) => numberOf(b.number) === x))) {
      const at = citedAt(plan, n);
      if (!at) continue;
      d.lines.push(tr(ctx.lang, `Kế hoạch chỉ nhắc văn bản ${n} ở mục ${at.sectionPath}: ${shown(at.quote)}`, `The plan only mentions ${n} in section ${at.sectionPath}: ${shown(at.quote)}`));
      d.citations.push({ plan, section: at.sectionPath, quote: at.quote });
    }
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** "2.479", "69,7", "100" as a value (Vietnamese: "." groups thousands, "," marks decimals). */
const valueOf = (s: string): number => Number(s.replace(/\./g, "").replace(",", "."));
const UNIT_AFTER = /^(\d[\d.,]*)\s*(%|[\p{L}]+(?:\s+[\p{L}]+)?)/u;

/** Numbers with what follows them ("184 cán bộ", "75%", "6,970 tỷ"), read on the text as written. */
function valuesIn(text: string): Array<{ written: string; value: number; unit: string; at: number }> {
  const out: Array<{ written: string; value: number; unit: string; at: number }> = [];
  for (const m of text.normalize("NFC").matchAll(/(?<![\d.,/\p{L}-])\d+(?:[.,]\d+)*(?![\d/-])/gu)) {
    const rest = UNIT_AFTER.exec(text.slice(m.index!));
    if (!rest) continue;
    // "100% xã" and "100% cán bộ" are different figures: a share keeps the word after it, when there is one.
    const unit = rest[2] === "%" ? `%${/^\d[\d.,]*\s*%\s*([\p{L}]+)/u.exec(text.slice(m.index!))?.[1] ? ` ${foldKey(/^\d[\d.,]*\s*%\s*([\p{L}]+)/u.exec(text.slice(m.index!))![1]!)}` : ""}` : foldKey(rest[2]!).split(" ")[0]!;
    out.push({ written: m[0], value: valueOf(m[0]), unit, at: m.index! });
  }
  return out;
}

/** How many digits two figures written with as many digits differ in ("1,394" and "1,194": 1); Infinity when they are not one misstated as the other. */
function digitsOff(a: string, b: string): number {
  const x = a.replace(/[.,]/g, "");
  const y = b.replace(/[.,]/g, "");
  if (x.length !== y.length || x.length < 3) return Number.POSITIVE_INFINITY;
  const off = [...x].filter((c, i) => c !== y[i]).length;
  // One digit in a short figure, two in a long one: beyond that it is another figure, not a misstated one.
  return off <= (x.length >= 6 ? 2 : 1) ? off : Number.POSITIVE_INFINITY;
}

/** A passage holding the claimed value answers for the question when it ranks at least this share of the nearest one. */
const EXACT_SHARE = 0.85;
/** A figure's unit as an English question writes it, in the plans' words ("1,394 billion" is "1,394 tỷ"). */
const ENGLISH_UNITS: Readonly<Record<string, string>> = { billion: "ty", million: "trieu", officials: "can", officers: "can", staff: "can",
  children: "tre", collaborators: "cong", communes: "xa", districts: "huyen", percent: "%" };

const SKIP_UNITS = new Set(["nam", "thang", "ngay", "tuoi", "gio", "year", "years", "month", "age"]);

/**
 * "Tập huấn cho 2.479 cán bộ phải không?", "mục tiêu 100% trẻ khuyết tật học hòa nhập đúng không?": the passage
 * the question is about, without its numbers; when it states the same kind of figure with another value, the
 * plan's value is said first ("Không: kế hoạch ghi 184 cán bộ").
 */
function numberPremise(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  const own = new Set(ctx.plans.flatMap((p) => [p.documentNumber, ...p.otherNumbers].map(numberOf)));
  const claimed = valuesIn(q.raw).filter((v) => !own.has(v.written) && !SKIP_UNITS.has(v.unit) && !/^(19|20)\d\d$/.test(v.written)
    && (v.unit.startsWith("%") || v.written.length >= 2 || v.value >= 10));
  if (claimed.length !== 1) return null;
  // "Sở Y tế có phải cập nhật ... ở 15 huyện không?" asserts who does it: the lead check answers that.
  if (q.agencies.length > 0) return null;
  const claim = { ...claimed[0]!, unit: ENGLISH_UNITS[claimed[0]!.unit] ?? claimed[0]!.unit };
  const sameUnit = (u: string) => u === claim.unit || (u.startsWith("%") && claim.unit.startsWith("%") && (u === "%" || claim.unit === "%"));
  const digits = new Set(claim.written.split(/[.,]/));
  // "100%" is the claimed figure as much as "100" is: left in, it would find any passage saying "100%".
  const terms = ctx.terms.filter((t) => !/^\d+%?$/.test(t) || !digits.has(t.replace(/%$/, "")));
  const keep = new Set(ctx.plans);
  // The passages nearest the question (its numbers left out) that state a figure of the same kind.
  const ranked = ctx.index.rank(terms, (p) => keep.has(p.plan), 12);
  const top = ranked[0];
  if (!top || ctx.index.coverage(terms, top.passage) < ctx.minCoverage) return null;
  const near = ranked.filter((r) => r.score >= top.score * 0.6).map((r) => ({ p: r.passage, score: r.score, values: valuesIn(r.passage.quote).filter((v) => sameUnit(v.unit)) }))
    .filter((x) => x.values.length > 0);
  if (near.length === 0) return null;
  // The claimed value found in a passage well below the nearest one ("tổng kinh phí ... 5,970 tỷ" where 5,970 is the provincial
  // share, 6,970 the total) is another figure: the nearest passage's own figure answers.
  const exact = near.find((x) => x.score >= near[0]!.score * EXACT_SHARE && x.values.some((v) => v.value === claim.value));
  // Otherwise the figure the claim most likely misstates: one written with as many digits, one or two of them different
  // ("1,394" for the plan's "1,194"); else the nearest passage's first figure of that kind.
  const misread = exact ? undefined : near.flatMap((x) => x.values.filter((v) => v.value !== claim.value).map((v) => ({ x, v, off: digitsOff(v.written, claim.written) })))
    .filter((c) => Number.isFinite(c.off)).sort((a, b) => a.off - b.off)[0];
  const pick = exact ?? misread?.x ?? near[0]!;
  const v = exact ? pick.values.find((x) => x.value === claim.value)! : misread?.v ?? pick.values[0]!;
  const snippet = (x: { at: number }, quote: string) => quote.slice(x.at).split(/[;:(]|[,.](?!\d)/)[0]!.trim().split(/\s+/).slice(0, 10).join(" ");
  const asWritten = claim.unit.startsWith("%") ? `${claim.written}%` : (new RegExp(`${claim.written.replace(/[.]/g, "\\.")}\\s*[\\p{L}]+(?:\\s+[\\p{L}]+)?`, "u").exec(q.raw.normalize("NFC"))?.[0] ?? claim.written);
  const also = exact ? undefined : valuesIn(pick.p.quote).find((x) => x.value === claim.value);
  const d = emptyDraft();
  d.lines.push(exact
    ? tr(ctx.lang, `Đúng: kế hoạch ghi “${snippet(v, pick.p.quote)}”.`, `Yes: the plan says “${snippet(v, pick.p.quote)}”.`)
    : tr(ctx.lang, `Không phải ${asWritten}: kế hoạch ghi “${snippet(v, pick.p.quote)}”${also ? `; con số ${also.written} trong kế hoạch là “${snippet(also, pick.p.quote)}”` : ""}.`,
      `No, not ${asWritten}: the plan says “${snippet(v, pick.p.quote)}”${also ? `; the ${also.written} in the plan is “${snippet(also, pick.p.quote)}”` : ""}.`));
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(pick.p.plan, ctx.registry, ctx.lang)}, mục ${pick.p.sectionPath}: ${shown(pick.p.quote)}`,
    `Under ${planLabel(pick.p.plan, ctx.registry, ctx.lang)}, section ${pick.p.sectionPath}, the plan says: ${shown(pick.p.quote)}`));
  d.citations.push({ plan: pick.p.plan, section: pick.p.sectionPath, quote: pick.p.quote });
  d.found = true;
  d.confidence = ctx.index.coverage(terms, pick.p);
  return d;
}

/**
 * "Hội Nông dân tỉnh Gia Lai được đề nghị lồng ghép Đề án 938, đúng không?": a number the question names (Đề án 938)
 * that the plan writes in one body's duties says which duty is meant; when another body holds it, say so and quote it.
 */
function numberedDutyPremise(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  const agency = q.agencies[0];
  if (!agency || q.agencies.length > 1) return null;
  const own = new Set(ctx.plans.flatMap((p) => [p.documentNumber, ...p.otherNumbers].map(numberOf)));
  const numbers = [...q.folded.matchAll(/(?<![\d/.,-])(\d{3,4})(?![\d/.,%-])/g)].map((m) => m[1]!).filter((n) => !own.has(n) && !/^(19|20)\d\d$/.test(n));
  if (numbers.length !== 1) return null;
  const n = numbers[0]!;
  const token = new RegExp(`(?<![\\d/.,])${n}(?![\\d]|[.,]\\d)`);
  const keep = new Set(ctx.plans);
  const hits = ctx.index.passages.filter((p) => keep.has(p.plan) && token.test(p.quote) && (ctx.groupOf(p)?.assignments.length ?? 0) > 0);
  const groups = [...new Set(hits.map((p) => ctx.groupOf(p)!))];
  if (groups.length !== 1) return null;
  const g = groups[0]!;
  if (g.assignments.some((a) => a.agencyId === agency.id)) return null;
  const d = describeGroup(ctx, g, hits[0]!, 0.8);
  if (!d.found) return null;
  const holder = d.agencies[0]!;
  d.lines.unshift(tr(ctx.lang, `Không: kế hoạch không nêu ${agency.name} ở việc này (${n}); việc này thuộc ${holder.name}.`,
    `No: the plan does not name ${agency.name} (${agency.english}) for this (${n}); it belongs to ${holder.name}.`));
  return d;
}

/**
 * "Đắk Lắk maintains 3 counselling offices at Krông Ana, Cư Kuin and Lắk, right?": places the question asserts
 * that the passage answering it does not name are said first, with where the plan does name them.
 */
/** Capitalised words that open the names of bodies, documents or questions, not places. */
const NOT_PLACE_RE = /^(so|cong|hoi|tinh|uy|ban|phong|trung|vien|toa|bo|ke|quyet|chuong|luat|why|what|is|does|did|the|tai|vi|de|chi|nghi|thu|mat|lien|doan|huyen|thanh|thi|xa|giam|chu|pho|department|provincial|plan|directive|decision|hue|thua|kh|qd|mien|bao|tre|quy|dan|nha|van|thong|toan|chinh|nguoi|moi|minh|em|toi|cho|theo|trong|o|va|and|in|at|of|on)\b/;

export function placePremise(ctx: HandlerContext, draft: Draft): void {
  let raw = ` ${ctx.q.raw.normalize("NFC")} `;
  for (const m of [...ctx.q.mentions.provinces, ...ctx.q.mentions.agencies]) raw = raw.split(m).join(" , ");
  // A name is letters and spaces only: a text that does not hold it as written cannot hold it as a word (the pattern is not run).
  const names = [...raw.matchAll(/(?<=[\s,(])(\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)*)(?=[\s,.;)?])/gu)].map((m) => m[1]!)
    .filter((n) => {
      if (raw.indexOf(n) <= 1) return false;
      const folded = foldKey(n);
      return !NOT_PLACE_RE.test(folded) && ctx.registry.findProvinces(n).every((h) => foldKey(h.matched) !== folded) && ctx.registry.findAgencies(n).length === 0
        && !ctx.registry.provinces.some((p) => foldOnce(p.name) === folded)
        && ctx.plans.some((p) => p.text.includes(n) && new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u").test(p.text));
    });
  // A list of places ("Krông Ana, Cư Kuin và Lắk"), not a name met in passing.
  if (names.length < 2) return;
  const has = (quote: string, n: string) => quote.includes(n) && new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u").test(quote);
  const first = draft.citations[0]!;
  const missing = names.filter((n) => !has(first.quote, n));
  if (missing.length === 0 || missing.length === names.length) return;
  let other = draft.citations.find((c) => c !== first && missing.every((n) => has(c.quote, n)));
  const elsewhere = other ? undefined : ctx.index.passages.find((p) => p.plan === first.plan && missing.every((n) => has(p.quote, n)));
  if (elsewhere) {
    other = { plan: elsewhere.plan, section: elsewhere.sectionPath, quote: elsewhere.quote };
    draft.lines.push(tr(ctx.lang, `Mục ${other.section}: ${shown(other.quote)}`, `Section ${other.section}: ${shown(other.quote)}`));
    draft.citations.push(other);
  }
  // A figure confirmed for the passage ("Đúng: 03 văn phòng") is not confirmed for places it does not name.
  if (/^(Đúng|Yes):/.test(draft.lines[0] ?? "")) draft.lines.shift();
  draft.lines.unshift(tr(ctx.lang,
    `Không đúng như câu hỏi: mục ${first.section} không nêu ${missing.join(", ")}${other ? `; ${missing.join(", ")} được nêu ở mục ${other.section}` : ""}.`,
    `Not as the question says: section ${first.section} does not name ${missing.join(", ")}${other ? `; ${missing.join(", ")} are named in section ${other.section}` : ""}.`));
}

/** A period the question states: "giai đoạn 2016-2020", "2016 - 2020", or one year ("năm 2016", "for 2015"). */
const ASKED_RANGE_RE = /(?<![\d/])((?:19|20)\d\d)(?: ?(?:-|den|to|until) ?| )((?:19|20)\d\d)(?![\d/])/;
const ASKED_YEAR_RE = /\b(?:nam|year|for|in|of|until|till|through|by)(?: the year)? ((?:19|20)\d\d)(?![\d/])/;
/** Words a question about a plan's own period may hold besides the plan's name ("có phải là kế hoạch cho cả giai đoạn ... không"). */
const PERIOD_WORDS: ReadonlySet<string> = new Set(["ke", "hoach", "kh", "quyet", "dinh", "qd", "giai", "doan", "nam", "cho", "ca", "chi", "la", "thoi", "gian", "thuc",
  "hien", "ap", "dung", "trong", "anh", "chi", "em", "ban", "period", "whole", "year", "years", "plan", "covers", "cover", "only", "just", "single", "tron", "mot", "nhieu",
  "keo", "dai", "tu", "den", "ve", "to", "khong", "phai", "dung", "right", "true", "correct", "ah", "nhi", "nha", "a",
  // Signed or issued to run for it ("ký ban hành để thực hiện tới năm 2030", "issued to be carried out by 2030").
  "ky", "hanh", "nham", "duoc", "toi", "issued", "signed", "run", "runs", "carried", "out", "be", "until", "till", "through", "by"]);

/**
 * "Kế hoạch 26 là kế hoạch cho cả giai đoạn 2016-2020 đúng không?", "is plan 2041 only for 2016?": the period the plan
 * covers, as its text writes it, against the period the question states; asked of one plan with a stated end.
 */
function periodPremise(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  if (ctx.plans.length !== 1 || q.agencies.length > 0) return null;
  const plan = ctx.plans[0]!;
  const start = plan.period.start?.slice(0, 4);
  const end = plan.period.end?.slice(0, 4);
  if (!start) return null;
  const own = new Set([plan.documentNumber, ...plan.otherNumbers].map(numberOf));
  const range = ASKED_RANGE_RE.exec(q.folded);
  const year = range ? null : [...q.folded.matchAll(new RegExp(ASKED_YEAR_RE.source, "g"))].map((m) => m[1]!).find((y) => !own.has(y));
  if (!range && !year) return null;
  // Only the plan's period is asked: no topic word beside the plan, the period and the yes/no.
  const years = new Set([range?.[1], range?.[2], year].filter(Boolean));
  if (ctx.terms.some((t) => !PERIOD_WORDS.has(t) && !years.has(t) && !own.has(t))) return null;
  // "... đến năm 2020", "until 2020": the end asked, not a one-year plan; "từ năm 2016", "from 2016": the start.
  const bound = year ? new RegExp(`\\b(den|toi|until|till|through|by|tu|from|since)( nam| the year)? ${year}\\b`).exec(q.folded)?.[1] : undefined;
  const ends = bound !== undefined && ["den", "toi", "until", "till", "through", "by"].includes(bound);
  if (!end) return ends || range ? openEnded(ctx, plan, range?.[2] ?? year!) : null;
  const from = range ? range[1]! : bound && ends ? start : year!;
  const to = range ? range[2]! : bound && !ends ? end : year!;
  const written = start === end ? new RegExp(`năm\\s+${start}(?!\\d)`, "iu") : new RegExp(`${start}\\s*[-–—]\\s*${end}(?!\\d)`, "u");
  const lines = plan.text.split("\n").map((l) => l.trim()).filter((l) => written.test(l) && l.length <= 600);
  // The plan's own name for itself ("Kế hoạch ... giai đoạn 2016 - 2020"), shortest first; else any line stating its period.
  const byLength = [...lines].sort((a, b) => a.length - b.length);
  const line = byLength.find((l) => /kế hoạch/iu.test(l)) ?? byLength.find((l) => /giai đoạn|thời gian/iu.test(l)) ?? byLength[0];
  if (!line) return null;
  const label = planLabel(plan, ctx.registry, ctx.lang);
  const plansPeriod = start === end ? tr(ctx.lang, `năm ${start}`, `the year ${start} (năm ${start})`) : tr(ctx.lang, `giai đoạn ${start}-${end}`, `${start}-${end}`);
  const askedPeriod = from === to ? tr(ctx.lang, `năm ${from}`, `${from}`) : `${from}-${to}`;
  const d = emptyDraft();
  d.lines.push(from === start && to === end
    ? tr(ctx.lang, `Đúng: ${label} là kế hoạch ${plansPeriod}.`, `Yes: ${label} covers ${plansPeriod}.`)
    : tr(ctx.lang, `Không: ${label} là kế hoạch ${plansPeriod}, không phải ${askedPeriod}.`, `No: ${label} covers ${plansPeriod}, not ${askedPeriod}.`));
  d.lines.push(tr(ctx.lang, `Trích ${label}: ${shown(line)}`, `${label} says: ${shown(line)}`));
  d.citations.push({ plan, section: tr(ctx.lang, "tên kế hoạch", "title"), quote: line });
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/**
 * "Kế hoạch 2509 ban hành để thực hiện đến năm 2030 đúng không?" of a plan that writes no end year: said so, with its signing date
 * quoted; the year asked, when the plan writes it only for a programme it names ("Chương trình ... giai đoạn 2021 - 2030"), is
 * quoted as that programme's, never taken as the plan's own end.
 */
function openEnded(ctx: HandlerContext, plan: ParsedPlan, asked: string): Draft | null {
  const dated = plan.signedDate ? dateLine(plan, plan.signedDate) : null;
  if (!dated) return null;
  const label = planLabel(plan, ctx.registry, ctx.lang);
  const signed = vnDate(plan.signedDate!);
  // A stored text that is cut may have lost the line with the end year: only the part held is said to write none.
  const cut = plan.gaps.some((g) => g.kind === "truncation" || g.kind === "elision");
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `${label}${cut ? " (phần văn bản lưu trong kho, bị cắt/thiếu một phần)" : ""} không ghi năm kết thúc, nên không nêu là thực hiện đến năm ${asked}; kế hoạch ký ngày ${signed} và thực hiện từ khi ban hành.`,
    `${label}${cut ? " (the part of its text held, which is cut)" : ""} writes no end year, so it does not say it runs until ${asked}; it was signed on ${signed} (day/month/year) and runs from then.`));
  d.lines.push(tr(ctx.lang, `Văn bản ghi: “${dated}”`, `The text says: “${dated}”`));
  d.citations.push({ plan, section: tr(ctx.lang, "đầu văn bản", "header"), quote: dated });
  // The first clause writing the year asked as the end of a span ("... Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030").
  const span = new RegExp(`(?:19|20)\\d\\d\\s*[-–—]\\s*${asked}(?!\\d)`, "u");
  const clause = plan.text.split(/[\n;]|(?<=\.)\s+/u).map((c) => c.trim()).find((c) => span.test(c) && c.length <= 300);
  if (clause) {
    d.lines.push(tr(ctx.lang, `Năm ${asked} trong kế hoạch là năm kết thúc của một chương trình mà kế hoạch nêu, không phải của chính kế hoạch: ${shown(clause)}`,
      `${asked} appears in the plan as the end of a programme it names, not of the plan itself: ${shown(clause)}`));
    d.citations.push({ plan, section: tr(ctx.lang, "nội dung", "body"), quote: clause });
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** An appendix row asked about ("khuyến nghị số 12", "the activity on ...", "hoạt động ... trong phụ lục"). */
const ROW_ASKED_RE = /\b(phu luc|khuyen nghi|hoat dong|appendix|activit(y|ies)|recommendations?|rows?)\b/;
/** "đến năm 2020", "until 2020": only the end of a row's period stated. */
const ASKED_END_RE = /\b(?:den|toi|until|till|through)(?: (?:het )?nam)? ((?:19|20)\d\d)(?![\d/])/;

/**
 * "Khuyến nghị số 12 về cơ chế phối hợp làm trong cả giai đoạn 2014-2020 à?", "recommendation 59 runs only 2014-2016, right?":
 * the appendix row asked about (by its number, then by its topic among rows sharing it, as answerRecommendation chooses) and
 * its own period column, against the period the question states; the row is quoted.
 */
function rowPeriodPremise(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  if (q.agencies.length > 0 || !(q.recommendationNumber || ROW_ASKED_RE.test(q.folded))) return null;
  // "the 2014-2020 plan": the plan's own period names it, it is no period stated for the row.
  const named = PLAN_PERIOD_RE.exec(q.folded);
  const folded = named && ctx.plans.some((p) => isPeriodOf(p, named[5] ?? named[7]!, named[6] ?? named[8]!)) ? q.folded.replace(named[0], " ") : q.folded;
  const range = ASKED_RANGE_RE.exec(folded);
  const end = range ? null : ASKED_END_RE.exec(folded)?.[1] ?? null;
  if (!range && !end) return null;
  const n = q.recommendationNumber;
  const rows = ctx.plans.flatMap((plan) => plan.tasks.filter((t) => t.kind === "recommendation" && t.period && planHolds(plan, t.quote)
    && (!n || (t.number ?? "").split(/[^0-9]+/).includes(n))).map((t) => ({ plan, t })));
  if (rows.length === 0) return null;
  const years = new Set([range?.[1], range?.[2], end].filter(Boolean));
  const terms = ctx.terms.filter((t) => !years.has(t));
  const scored = rows.map((r) => { const p = ctx.index.byTask.get(r.t); return { ...r, score: p ? ctx.index.coverage(terms, p) : 0 }; }).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  // A row not named by its number is named by its topic: most of the question must be in it.
  if (!n && best.score < 0.5) return null;
  const [from, to] = best.t.period!.split(/\s*[-–]\s*/);
  const holds = range ? from === range[1] && to === range[2] : to === end;
  const label = planLabel(best.plan, ctx.registry, ctx.lang);
  const row = best.t.number ? tr(ctx.lang, ` (khuyến nghị số ${best.t.number})`, ` (recommendation ${best.t.number})`) : "";
  const stated = range ? `${range[1]}-${range[2]}` : tr(ctx.lang, `đến năm ${end}`, `until ${end}`);
  const d = emptyDraft();
  d.lines.push(holds
    ? tr(ctx.lang, `Đúng: hoạt động “${best.t.title}”${row} trong phụ lục ${label} thực hiện ${best.t.period}.`,
      `Yes: the activity “${best.t.title}”${row} in the appendix of ${label} runs ${best.t.period}.`)
    : tr(ctx.lang, `Không: hoạt động “${best.t.title}”${row} trong phụ lục ${label} thực hiện ${best.t.period}, không phải ${stated}.`,
      `No: the activity “${best.t.title}”${row} in the appendix of ${label} runs ${best.t.period}, not ${stated}.`));
  d.lines.push(tr(ctx.lang, `Trích phụ lục, mục ${best.t.sectionPath}: ${shown(best.t.quote)}`, `The appendix says (section ${best.t.sectionPath}): ${shown(best.t.quote)}`));
  d.citations.push({ plan: best.plan, section: best.t.sectionPath, quote: best.t.quote });
  // Who leads the row, as its lead column (or the merged cell above it) names.
  for (const a of best.plan.assignments.filter((x) => x.taskId === best.t.id && x.role === "lead")) {
    d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: best.plan, sectionPath: a.sectionPath } });
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** "thành lập mới", "mở mới", "sets up new", "establish new": the question says something is new. */
const NEW_CLAIM_RE = /\b(thanh lap moi|lap moi|xay dung moi|mo moi|mo them|thanh lap them|(establish|establishes|establishing|set up|sets up|setting up|open|opens|opening|create|creates|creating|build|builds)( \w+){0,2} new)\b/;
/** Words of such a claim, not of what it is about. */
const NEW_CLAIM_WORDS = new Set(["thanh", "lap", "moi", "mo", "them", "xay", "dung", "new", "establish", "establishes", "set", "sets", "up", "open", "opens", "create", "creates", "build", "builds"]);

/**
 * "Đắk Lắk sẽ thành lập mới 3 văn phòng tư vấn ở Krông Pắc, Lắk và Ea Hleo đúng không?": the passage about those things says they
 * are kept up ("Duy trì hoạt động 03 văn phòng ..."), not new: said first, with the plan's sentence on what it does set up new
 * in the same programme ("thành lập mới 02 Văn phòng tư vấn trẻ em tại Krông Ana và Cư Kuin").
 */
function newPremise(ctx: HandlerContext): Draft | null {
  if (!NEW_CLAIM_RE.test(ctx.q.folded)) return null;
  const terms = ctx.terms.filter((t) => !t.split(" ").some((w) => NEW_CLAIM_WORDS.has(w)));
  const keep = new Set(ctx.plans);
  const top = ctx.index.rank(terms, (p) => keep.has(p.plan), 1)[0];
  if (!top || ctx.index.coverage(terms, top.passage) < ctx.minCoverage) return null;
  const kept = top.passage;
  if (!/\b(duy tri|maintain|maintains|keep)\b/.test(kept.folded) || /\b(thanh lap moi|lap moi)\b/.test(kept.folded)) return null;
  // The programme's part (III.3 of III.3.a) holds what it sets up new.
  const parts = kept.sectionPath.split(".");
  const prefix = parts.slice(0, Math.max(1, parts.length - 1)).join(".");
  const fresh = ctx.index.rank(terms, (p) => p.plan === kept.plan && p !== kept && (p.sectionPath === prefix || p.sectionPath.startsWith(`${prefix}.`))
    && /\b(thanh lap moi|lap moi)\b/.test(p.folded), 1)[0]?.passage;
  if (!fresh) return null;
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, "Không: theo kế hoạch, những nơi này được duy trì hoạt động, không phải thành lập mới; nơi thành lập mới là nơi khác.",
    "No: under the plan these are kept up, not set up new; the new ones are elsewhere."));
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(kept.plan, ctx.registry, ctx.lang)}, mục ${kept.sectionPath}: ${shown(kept.quote)}`,
    `Under ${planLabel(kept.plan, ctx.registry, ctx.lang)}, section ${kept.sectionPath}, the plan says: ${shown(kept.quote)}`));
  d.lines.push(tr(ctx.lang, `Thành lập mới (mục ${fresh.sectionPath}): ${shown(fresh.quote)}`, `Set up new (section ${fresh.sectionPath}): ${shown(fresh.quote)}`));
  d.citations.push({ plan: kept.plan, section: kept.sectionPath, quote: kept.quote }, { plan: fresh.plan, section: fresh.sectionPath, quote: fresh.quote });
  d.found = true;
  d.confidence = ctx.index.coverage(terms, kept);
  return d;
}

/** A premise the question asserts, checked against the plan; null when the question asserts none this can check. */
export function answerPremise(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  // "Is plan 26 a plan for 2016-2020?": an English yes/no question states its premise without "right?".
  if (!ASSERTS_RE.test(ctx.q.folded)) return /^(is|was|does|did) /.test(ctx.q.folded) ? rowPeriodPremise(ctx) ?? legalPremise(ctx, all) ?? periodPremise(ctx) : null;
  const d = rowPeriodPremise(ctx) ?? legalPremise(ctx, all) ?? periodPremise(ctx) ?? numberedDutyPremise(ctx) ?? newPremise(ctx) ?? numberPremise(ctx);
  if (d?.found) placePremise(ctx, d);
  return d;
}
