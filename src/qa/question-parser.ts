/**
 * Question understanding with no network: language, intent, provinces, agencies, an
 * appendix recommendation number, a document number and the content words retrieval ranks
 * passages by. Everything is compared folded (no diacritics, đ as d, one tone placement),
 * so "hoà"/"hòa", "uỷ"/"ủy" and unaccented typing meet.
 */
import type { Agency, Province } from "../kb/types.ts";
import { canonicalVietnamese, foldKey, foldVietnamese, foldWords, hasVietnameseDiacritics } from "../core/vietnamese-text.ts";
import type { Intent, Language, QaRegistry, RegistryNames } from "./answer-types.ts";
import { ENGLISH_FUNCTION_WORDS, ENGLISH_PHRASES, ENGLISH_TO_VIETNAMESE, withOfficeTitles } from "./english-glossary.ts";
import { createShortFormWriter } from "./written-short-forms.ts";
import { createAgencyInitialsWriter, createHeadInitialsWriter } from "./agency-initials.ts";
import { asksRequestedBodies, englishAroundNames, englishNameRuns, withoutPlanPhrasing } from "./question-wording.ts";
import { askedDocumentKinds } from "./document-numbers.ts";
import { memoByText } from "./memo.ts";

export interface ParsedQuestion {
  raw: string;
  folded: string;
  language: Language;
  intent: Intent;
  provinces: Province[];
  agencies: Agency[];
  recommendationNumber: string | null;
  documentNumber: string | null;
  /** Document numbers as written ("114/TTr-LĐTBXH", "28-CT/TW"): documents, never agencies. */
  documentRefs: string[];
  /** Folded content words (Vietnamese, English translated) with intent and place words removed. */
  terms: string[];
  /** Short forms that may mean several agencies ("Sở KH"): the answer asks which. */
  ambiguous: Array<{ written: string; options: Agency[] }>;
  /** True when the question names something the knowledge base is about. */
  onTopic: boolean;
  /** "Ngoài Gia Lai, tỉnh nào còn ...", "besides Dak Lak, which province ...": provinces named only to be left out. */
  excludedProvinces?: Province[];
  /** The place and agency names as written (canonical form), so a follow-up can swap them. */
  mentions: { provinces: string[]; agencies: string[] };
  /** An office holder the question is about ("Chủ tịch UBND tỉnh", "Giám đốc Sở Tư pháp"): the title as folded and the body. */
  officeHolder: OfficeHolder | null;
  /** "đề án số mấy", "tờ trình số mấy", "which decision number": the kinds of document whose number is asked ([] any kind). */
  asksNumberOf?: string[];
}

export interface OfficeHolder { title: string; agency: Agency; written: string }

/** Titles of office holders, folded; the body named right after the title is the one they head. */
const TITLE_RE = /(?<![a-z])(pho chu tich|chu tich|pho giam doc|giam doc|pho chanh van phong|chanh van phong|thu truong|nguoi dung dau|lanh dao)(?![a-z])/g;
/** "Chủ tịch tỉnh", "chủ tịch huyện": the People's Committee of that level, as officials say it. */
const LEVEL_BODY: ReadonlyArray<[RegExp, string]> = [[/^ ?(cac )?(tinh)\b/, "ubnd-tinh"], [/^ ?(cac )?(huyen|quan)\b/, "ubnd-huyen"], [/^ ?(cac )?(xa|phuong)\b/, "ubnd-xa"]];

/** Each character folded on its own (NFC Vietnamese letters stay one character), so indexes match the canonical text. */
function foldAligned(canonical: string): string {
  let out = "";
  for (const ch of canonical) {
    let f = ALIGNED_FOLDS.get(ch);
    if (f === undefined) {
      const folded = ch === "đ" || ch === "Đ" ? "d" : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      f = folded.length === ch.length ? folded : ch;
      if (ALIGNED_FOLDS.size < 10_000) ALIGNED_FOLDS.set(ch, f);
    }
    out += f;
  }
  return out;
}
/** Each character's fold, as `foldAligned` writes it, kept once computed (characters are few). */
const ALIGNED_FOLDS = new Map<string, string>();
/** A word of each title of TITLE_RE ("pho chu tich" holds "chu tich"). */
const TITLE_WORDS = ["chu tich", "giam doc", "chanh van phong", "thu truong", "nguoi dung dau", "lanh dao"];

/** The first title followed by the body it heads; the title is masked so the body is found as itself ("UBND các huyện", not "Chủ tịch UBND"). */
function findOfficeHolder(canonical: string, registry: QaRegistry): { holder: OfficeHolder | null; masked: string } {
  // Every title of TITLE_RE holds one of TITLE_WORDS: a question whose folded words hold none names no office holder.
  const plain = foldVietnamese(canonical);
  if (!TITLE_WORDS.some((w) => plain.includes(w))) return { holder: null, masked: canonical };
  const aligned = foldAligned(canonical);
  for (const m of aligned.matchAll(TITLE_RE)) {
    const end = m.index + m[0].length;
    const tail = canonical.slice(end);
    const hit = registry.findAgencies(tail).find((h) => ["", "các", "cac"].includes(tail.slice(0, h.start).trim()));
    const byLevel = hit ? null : LEVEL_BODY.find(([re]) => re.test(aligned.slice(end)));
    const agency = hit?.agency ?? (byLevel ? registry.agency(byLevel[1]) ?? null : null);
    if (!agency) continue;
    const masked = `${canonical.slice(0, m.index)}${" ".repeat(m[0].length)}${canonical.slice(end)}`;
    return { holder: { title: m[0], agency, written: canonical.slice(m.index, end + (hit ? hit.end : (byLevel?.[0].exec(aligned.slice(end))?.[0].length ?? 0))).trim() }, masked };
  }
  return { holder: null, masked: canonical };
}

/** Phrases that only say what kind of question it is; they must not steer retrieval. */
const QUESTION_PHRASES = [
  "co quan nao", "don vi nao", "so nao", "nganh nao", "chu tri", "phoi hop", "nhiem vu", "trach nhiem", "phu trach",
  "lam gi", "the nao", "bao nhieu", "la gi", "o dau", "hien nay", "nhu the nao", "cho biet", "xin hoi", "co nhung",
  "nhung co quan", "ke hoach", "theo ke hoach", "van ban nao", "nhung van ban", "cac van ban", "nhac den", "nhac toi", "co nhac", "de cap den", "de cap toi", "uy ban nhan dan", "ubnd tinh", "vai tro",
  "doi voi",
  // "Ban Dân tộc được phân công những gì?": asks for the body's duties, as "nhiệm vụ" does; no task of the plan.
  "duoc phan cong", "phan cong",
  // "Sở Y tế phải đảm nhận những việc gì?": taking work on asks the body's duties; no task holds these words ("đảm" is also "đảm bảo").
  // Only with the work asked after it: "cơ quan nào đảm nhận?" asks today's body.
  // "So sánh nhiệm vụ của ...": how the question asks, no word of a task ("sanh" read as a typo of "sách").
  "so sanh",
  // "Huế so với Đắk Lắk chênh nhau thế nào?": the comparison asked, no word of a target ("chênh nhau" read as a typo of "chính nhân").
  "chenh nhau", "chenh lech", "hon kem",
  ...["dam nhan", "dam nhiem", "dam trach"].flatMap((v) => ["nhung viec", "cac viec", "viec", "nhung nhiem vu", "cac nhiem vu", "nhiem vu", "gi"].map((w) => `${v} ${w}`)),
];

const TRANSLATED_NOUNS: ReadonlySet<string> = new Set(["hoi"]);

/**
 * Nouns written with their marks that fold onto a stopword: "thẻ" (card: "thẻ bảo hiểm y tế") folds to "the", as "thế" does.
 * Written as "thẻ", it is the noun, and a content word.
 */
const MARKED_NOUNS: ReadonlyArray<[RegExp, string]> = [[/(?<![\p{L}])thẻ(?![\p{L}])/iu, "the"]];
const writtenNouns = (canonical: string): ReadonlySet<string> => new Set(MARKED_NOUNS.filter(([re]) => re.test(canonical)).map(([, w]) => w));
const EMPTY: ReadonlySet<string> = new Set();

const STOPWORDS = new Set([
  "ai", "gi", "nao", "co", "la", "cua", "o", "tai", "trong", "ve", "voi", "va", "cho", "de", "duoc", "nhung", "cac",
  "mot", "nay", "do", "thi", "ma", "khi", "se", "da", "dang", "phai", "lam", "theo", "nhu", "nhieu", "khong", "hay",
  "hoi", "a", "u", "nhe", "vay", "the", "so", "ngay", "nam", "gui", "truoc", "ra", "len",
  "minh", "em", "tre", "cn", "tp", "tt", "qd", "of", "in", "on", "to", "and", "with", "by", "from", "for",
]);

/** A question word that says nothing of the topic ("có", "của", "the"). */
export const isStopword = (w: string): boolean => STOPWORDS.has(w);

/** "Kế hoạch nào mới nhất?", "which of the plans is the oldest?": which plan was issued most recently or first. */
const PLAN_AGE_RE = /\b(ke hoach|van ban|quyet dinh|plans?|documents?|decisions?)( \w+){0,6} (moi nhat|gan day nhat|cu nhat|som nhat|muon nhat|newest|oldest|latest|earliest|most recent(ly)?)\b/;

/** The words setting two sides against each other: "so sánh", "khác nhau", "chênh nhau", "cao hơn hay thấp hơn", "hơn kém", "versus". */
export const COMPARE_RE = /\b(so sanh|khac nhau|giong nhau|chenh nhau|chenh lech|hon kem|(cao|nhieu) hon hay (thap|it) hon|compare|comparison|difference|differ|versus|vs)\b/;

/** The words of a gap between two sides, a comparison only when two sides are named. */
const GAP_RE = /\b(chenh nhau|chenh lech|hon kem)\b/g;

/** Two provinces, or two plans by number or as "hai/các kế hoạch", "hai/các tỉnh", are named to set against each other. */
function namesTwoSides(folded: string, provinces: ReadonlyArray<{ province: { id: string } }>, planNumbers?: ReadonlySet<string>): boolean {
  if (new Set(provinces.map((h) => h.province.id)).size >= 2) return true;
  if (new Set((folded.match(/\b\d{3,5}\b/g) ?? []).filter((n) => planNumbers?.has(n))).size >= 2) return true;
  return /\b(hai|2|cac|nhung) (tinh|ke hoach|quyet dinh|van ban)\b/.test(folded);
}

const INTENT_RULES: ReadonlyArray<[Intent, RegExp]> = [
  ["compare", COMPARE_RE],
  ["plan_details", PLAN_AGE_RE],
  ["plan_details", /\b(so hieu|ai ky|nguoi ky|ky (ke hoach|quyet dinh|van ban)|(?<!dinh )ky ngay|ngay ky|(?<!dinh )ky khi nao|ngay ban hanh|ban hanh ngay|ban hanh khi nao|ban hanh nam nao|thoi gian thuc hien|(?<!chuong trinh\b.{0,40})giai doan nao|hieu luc|who signed|signed|signer|issued|what period|which period|period|how long|document number|thong tin ve ke hoach|ky (khong|phai khong|dung khong|a)|province (is )?named|names? the province|(from|of) which province|cua tinh nao|tinh nao ban hanh|(chay|keo dai|ap dung|thuc hien) (toi|den|cho den|den het) (nam nao|khi nao|bao gio|luc nao)|het han (nam nao|khi nao|bao gio|luc nao)|(until|till|through|to) (what|which) (year|date)|(until|till) when|(runs?|lasts?) (until|till|through|to) (when|what|which)|(end|ends|expire|expires) in (what|which) year)\b/],
  ["legal_basis", /\b(can cu(?! (kha nang|tinh hinh|dieu kien|nhiem vu|chuc nang|noi dung|vao|thuc te|du toan))|co so phap ly|thuc hien (quyet dinh|van ban|chi thi|ke hoach) so may|thuc hien (quyet dinh|van ban|chi thi|ke hoach) nao|trien khai (van ban|quyet dinh|chi thi|ke hoach) nao|theo (quyet dinh|van ban|nghi dinh|chi thi|ke hoach|thong tu) nao|(plan|it|this) implements?|implementing which|implement which|legal basis|based on|which (decision|directive|document))\b|\b(thuc hien|trien khai) (van ban|quyet dinh|chi thi|ke hoach|nghi quyet) (cap tren |cua cap tren |cua trung uong |cua tinh uy )?nao\b|\b(which|what) ((the )?(prime minister|government|ministry|ministerial|minister|party|provincial party committee|party committee|politburo|central committee|national assembly)( s)? )?(higher level |higher |parent |superior |national |central )?(documents?|decisions?|directives?|plans?)( \S+){0,14} (implement|implements|implementing|carry out|carries out|carrying out)\b|\bwhat does( each of)?( \S+){1,10} implement\b/],
];

/** "bao nhiêu nhiệm vụ", "mấy nhóm", "how many tasks", "số cơ quan": a count of a plan's parts. */
/** "Bao nhiêu sở được giao", "các sở tham gia": "sở" (department), told from "số" (number) by the verb after it. */
export const DEPARTMENTS_NOUN = "so(?= (?:duoc|co|tham|phoi|chu|nao|va|giao|trong|o|cua|khong|ban|la|nhan)\\b| ?$)";
export const COUNT_NOUN = "dau moi|entities|" + DEPARTMENTS_NOUN + "|khuyen nghi|recommendations|muc|items|gach dau dong|dau dong|bullets?|bullet points|nhiem vu|nhom|giai phap|chuong trinh|co quan|to chuc|so,? nganh|nganh|don vi|chi tieu|muc tieu|yeu cau|requirements?|objectives|goals|noi dung|hoat dong|viec|tasks?|groups?|solutions?|programmes?|programs?|agencies|bodies|organi[sz]ations|departments|targets|duties|activities";
export const COUNT_RE = new RegExp(`\\b((bao nhieu|may|how many|number of)( \\w+){0,2}? (${COUNT_NOUN})|so (luong )?(co quan|nhiem vu|chuong trinh|chi tieu|muc tieu))\\b`);

/** "Kế hoạch giao nhiệm vụ cho những sở, ngành nào?": the list of agencies a plan assigns. */
/** "Liệt kê các chương trình", "list the tasks": a list is a count shown item by item. */
const LIST_RE = new RegExp(`\\b(liet ke|ke ten|ke ra|list|enumerate|name all)( \\w+){0,3}? (${COUNT_NOUN})\\b`);

/** "Liệt kê các cơ quan phối hợp trong Chương trình ...", "list the bodies that work with the lead in the programme ...". */
const PROGRAMME_BODIES_LISTED_RE = /\b(liet ke|ke ten|ke ra|list|enumerate|name all)( \w+){0,2}? (co quan|don vi|to chuc|so,? nganh|bodies|agencies|departments|organi[sz]ations)( \w+){0,6} (phoi hop|chu tri|work with|works with|coordinat\w*|lead)\b( \S+){0,8} (chuong trinh|programmes?|programs?)\b/;

export const LIST_AGENCIES_RE = /\b(giao|phan cong|phan cong nhiem vu|phan cong trach nhiem|phan giao)( nhiem vu| viec| cong viec| trach nhiem)?( cu the| chinh| rieng)? cho (nhung|cac) (so,? ban,? nganh|so,? nganh|co quan|to chuc|don vi)( \w+){0,3} nao\b|\b(giao|phan cong|phan giao)( nhiem vu| viec| cong viec| trach nhiem)?( cu the| chinh| rieng)? cho (nhung|cac) so nao\b|\b(nhung|cac) (so,? nganh|co quan|to chuc|don vi) nao chi duoc de nghi\b|\b(which|what) (state |provincial )?(agencies|departments|bodies) does (the )?plan (assign|give|allocate)\b|\b(to )?(which|what) (state |provincial )?(agencies|departments|bodies)( (and|or) (other )?(agencies|departments|bodies|organi[sz]ations))? does ([\w']+ ){0,5}(plan|decision)( \d+)? (assign|give|allocate) (tasks|duties|work)\b|\b(giao|phan cong|phan giao)( nhiem vu| viec)? (nhung|cac) (co quan|so,? nganh|so|don vi|to chuc) nao (thuc hien|trien khai)\b|\b(nhung|cac) (co quan|so,? nganh|so|don vi|to chuc) nao (duoc giao|duoc phan cong|co nhiem vu|dung ten)\b|\b(which|what) (state |provincial )?(agencies|departments|bodies) (are (given|assigned)|have duties|lead (at least one|an?|any) (activit|row))|\b(co quan|so,? nganh|so|don vi|agencies|departments|bodies)( \w+){0,2} (chu tri|lead)( \w+){0,4} (hoat dong|activit\w*|rows?)( \w+){0,2} (trong |in )?(the )?(phu luc|appendix)\b/;

/** Of the bodies a plan gives work, which are departments (Sở). */
const DEPARTMENTS_AMONG_RE = /\bwhich (state |provincial )?departments( so)? (are|were) (among|in|part of|on)\b|\b(nhung|cac) so nao (nam )?(trong|thuoc|co trong|co ten trong)\b|\b(trong|among) (so )?(\d+ )?(co quan|don vi|to chuc|bodies|agencies)( \w+){0,12} (co )?(nhung|cac) so nao\b/;

/**
 * "Phần tổ chức thực hiện ... nêu tên những sở nào?", "giao nhiệm vụ cho mấy sở, sở nào", "which departments does the
 * implementation section name?": the bodies of the plan's implementation part are asked (its departments among them).
 */
export const IMPLEMENTATION_BODIES_RE = /\bto chuc thuc hien\b( \S+){0,8} (nhung|cac|may|bao nhieu) (so|co quan|don vi)( nao)?\b|\b(giao|phan cong|phan giao)( nhiem vu| viec)? cho (may|bao nhieu) (so|co quan|don vi)( \S+)? (so|co quan|don vi) nao\b|\bwhich (state |provincial )?(departments|agencies|bodies)\b( \S+){0,4} implementation (section|part|chapter)\b|\bimplementation (section|part|chapter)\b( \S+){0,8} (which|what) (departments|agencies|bodies)\b/;

const DOCUMENT_REF_RE = /(?<![\p{L}\d])\d{1,5}(?:\/\d{4})?(?:\s?[/-]\s?[\p{L}&]+){1,3}/gu;

/** The bodies of an appendix's lead column asked for as a list (the appendix named apart). */
const APPENDIX_LEADS_RE = /\b(nhung|cac|which|what) (co quan|so|don vi|agencies|departments|bodies)\b( \S+){0,10} (chu tri|lead|leads|leading)\b|\b(cot|column) (co quan |don vi )?(chu tri|lead)\b( \S+){0,6} (nhung|cac|which|what) (co quan|so|don vi|agencies|departments|bodies)\b/;

/**
 * "kế hoạch (giai đoạn) 2014-2020", "kế hoạch thực hiện khuyến nghị LHQ giai đoạn 2014-2020", "the 2014-2020 plan", "plan for
 * 2014-2020": a period naming a plan (folded), not one asked of its rows or stated as a premise.
 */
export const PLAN_PERIOD_RE = /\b(ke hoach|kh|quyet dinh|qd|plan|decision)( \S+){0,6}? (giai doan |for |of |covering |tu nam |from )?(the )?((?:19|20)\d\d) ?(?:-|den|to)? ?(?:nam )?((?:19|20)\d\d)\b|\b((?:19|20)\d\d) ?(?:-|to)? ?((?:19|20)\d\d) (\S+ ){0,4}?(plan|decision)\b/;

/** "Is the Department of Health the lead agency of plan 2509?": a yes or no on who leads, asked in English with no tag. */
export const PREMISE_RE = /^sao\b|\b(vi sao|tai sao|sao lai|why|phai (khong|ko|hong|hok|k)|co phai|dung (khong|ko|hong|hok|k)|is it true|isn t it|right)\b|\b(correct|is that so|true)$|^(is|are|was|were) (the )?\S+( \S+){0,8} (the )?(lead|leading|main|responsible) (agency|body|department|office|unit)\b/;

// "những cơ sở nào", "xử lý cơ sở nào" (which establishments) fold like "sở nào" (which department) after "có": not a who-question.
const WHO_RE = /\b(ai|co quan nao|(co quan|don vi|so|nganh|to chuc|doan the) (co quan|don vi|so|nganh|to chuc|doan the|hoi) nao|don vi nao|(?<!\b(nhung|cac|xu ly|kiem tra|thanh tra|giam sat|quan ly|cap phep|dong cua|dinh chi) co )so nao|nganh nao|cap nao|nhung co quan|chu tri|phu trach|dau moi|who|which (other |local |provincial |district |government |state |public )?(agency|agencies|departments?|dept|depts|body|bodies|offices?|units?|organi[sz]ations?|authorit(y|ies))|what (agency|department|body|office|organi[sz]ation|authority)\b(?!.*\breports?\b)|which( (gia lai|dak lak|tay ninh|thua thien hue|hue|the province s|province s)){1}( (provincial|district|local))? (agencies|departments|bodies|offices|units|organi[sz]ations|authorities)|in charge|leads?|coordinates?)\b/;
const DUTY_RE = /\b(nhiem vu|trach nhiem|lam gi|vai tro|phan cong|duty|duties|role|tasks?|what (exactly |precisely |specifically |concretely )?(must|should|does|do|is)|responsibilit(y|ies)|phai lam)\b/;
/** "Sở Tư pháp chủ trì những chương trình nào?": the agency is known, its tasks are asked for. */
const WHICH_TASKS_RE = /\b((chuong trinh|nhiem vu|viec|hoat dong|khuyen nghi|noi dung) (nao|gi|so may|so nao|thu may)|ct (nao|so may|so nao|thu may)|which (of the )?(numbered )?(programmes|programs|tasks|recommendations)|what (numbered )?(programmes|programs|tasks)|(which|what) (programme|program) numbers?|(which|what) numbers?( \S+){0,3} (programmes|programs))\b/;
/**
 * "How much was Dak Lak to raise from NGOs?", "vận động từ các tổ chức quốc tế được bao nhiêu": an amount sought from a source is a
 * budget line's ("huy động trẻ 3-5 tuổi ra lớp" is children brought to class, not money).
 */
const SOUGHT_AMOUNT_RE = /\bhow much( \S+){0,6} (raise|raised|raising|mobili[sz]e|mobili[sz]ed|mobili[sz]ing|collect|collected)\b|\b(van dong|huy dong) (duoc )?(tu )?(cac )?(to chuc|nguon|quoc te|ngo|tai tro|vien tro)( \S+){0,8} bao nhieu\b/;
const TOPIC_RULES: ReadonlyArray<[Intent, RegExp]> = [
  ["budget", new RegExp(`\\b(kinh phi|ngan sach|bao nhieu tien|ty dong|trieu dong|budget|funding|funds?|cost|how much money|money)\\b|${SOUGHT_AMOUNT_RE.source}`)],
  ["reporting", /\b(bao cao|reports?|reporting|deadline|han nop|thoi han)\b/],
  ["target", /\b(muc tieu|chi tieu|ty le|targets?|goals?|percentage|proportion|rate)\b|%/],
];

const DOMAIN_RE = new RegExp(`\\b(${[
  "tre em", "tre", "em be", "hoc sinh", "thieu nhi", "bao ve", "cham soc", "giao duc", "xam hai", "bao luc", "ke hoach",
  "chuong trinh", "khuyen nghi", "kinh phi", "bao cao", "muc tieu", "quyet dinh", "tao hon", "hon nhan", "mam non",
  "giao vien", "suy dinh duong", "tiem chung", "khai sinh", "con nuoi", "buon ban", "mua ban", "mai dam", "khuyet tat",
  "mo coi", "tai nan", "duoi nuoc", "tu van", "tong dai", "cong tac vien", "nguoi chua thanh nien", "tu phap", "phap ly",
  "child", "children", "kids?", "plans?", "protection", "abuse", "recommendation", "budget", "report", "adoption", "school",
  // What the plans set and cite: "văn bản nào phổ biến Công ước ...", "which documents set a target for birth registration".
  "cong uoc", "chi tieu", "muc tieu", "khai sinh", "targets?", "convention", "birth registration",
].join("|")})\\b`);

/** Whether folded words name the plans' subject ("trẻ em", "bảo vệ", "xâm hại", "tư pháp", "child", ...). */
export const namesPlanSubject = (folded: string): boolean => DOMAIN_RE.test(folded);

/** "NGO", "NGOs" as written (folded, "ngo" is also "ngõ", "ngờ"): the plans' foreign and non-governmental support is asked about. */
const NGO_WRITTEN_RE = /\bNGOs?\b|\bODA\b|\bvi[eệ]n tr[oợ]\b/u;

/** A function word or a glossary word, itself or inflected: `ENGLISH_FUNCTION_WORDS.has(w) || w in GLOSSARY || stem in GLOSSARY`. */
function isEnglishWord(w: string): boolean {
  let known = ENGLISH_WORDS.get(w);
  if (known === undefined) {
    known = ENGLISH_FUNCTION_WORDS.has(w) || w in ENGLISH_TO_VIETNAMESE || englishStem(w) in ENGLISH_TO_VIETNAMESE;
    if (ENGLISH_WORDS.size >= 20_000) ENGLISH_WORDS.clear(); // words come from users: bounded
    ENGLISH_WORDS.set(w, known);
  }
  return known;
}
/** Each word's `isEnglishWord`, once known (a word's, not a question's: the glossary never changes). */
const ENGLISH_WORDS = new Map<string, boolean>();

const LETTER_RUN_RE = /\p{L}+/gu;

/** Detects English: no Vietnamese diacritics and mostly English function words. */
export function detectLanguage(written: string): Language {
  // "Who issued 1506/QĐ-LĐTBXH?": a document's number is written as issued, in no language of the question's.
  const raw = written.includes("/") ? written.replace(DOCUMENT_REF_RE, (r) => (r.includes("/") ? " " : r)) : written;
  // The runs of letters (as splitting on the others and dropping the empty pieces gives them), in one pass.
  const all = raw.toLowerCase().match(LETTER_RUN_RE) ?? [];
  const words = all.filter((w) => /^[a-z]+$/.test(w));
  // "provinces", "plans", "involves": an inflected glossary word is English as its base form is (no Vietnamese word ends so).
  const english = words.filter(isEnglishWord).length;
  // An English question may quote a Vietnamese name ("Child Protection Fund (Quỹ BTTE)"): a few such words leave it English.
  if (hasVietnameseDiacritics(raw)) {
    if (all.length - words.length <= 2 && words.length >= 6 && english / all.length >= 0.5) return "en";
    // "In Thừa Thiên Huế's plan, which department ...": the Vietnamese is only in names and quotes; the sentence is English.
    // Fewer than two English words in the whole question leave too few around its names (englishAroundNames needs two): not asked.
    return words.length >= 3 && english >= 2 && englishAroundNames(raw, (w) => ENGLISH_FUNCTION_WORDS.has(w) || w in ENGLISH_TO_VIETNAMESE) ? "en" : "vi";
  }
  return words.length > 0 && english / words.length >= 0.34 ? "en" : "vi";
}

/**
 * "children who receive ...", "cán bộ phụ trách trẻ em": "who" as a relative pronoun and "phụ trách" after a
 * noun of people describe whom a number is about, they do not ask which body.
 */
// "DOLISA no longer exists. Who does ...?": a verb ending a statement before the question (its full stop is folded away) is no
// plural noun the "who" describes.
const RELATIVE_WHO_RE = /\b((?!(?:exists|remains|means|matters|applies|works|operates|happens|changes|continues|says|seems) who\b)\w{3,}s|children|child|kid|those|people|persons?|anyone|someone|minors?|victims?|students?|pupils?|girls?|boys?|families|officials|staff|workers|mothers?|women|ones) who\b|\b(can bo|cong chuc|vien chuc|nguoi|giao vien|nhan vien|cong tac vien) phu trach\b/g;
const wholess = (folded: string): string => folded.replace(RELATIVE_WHO_RE, (m) => m.replace(/ (who|phu trach)$/, ""));

/** "toll-free", "cost-free": free of charge; any other "X-free" is without X. */
const FREE_OF_CHARGE = new Set(["toll", "cost", "charge", "fee", "tax", "duty", "rent"]);
/** "a violence-free school", "drug-free": without violence, as the plans write it ("không có bạo lực"), not "free" (miễn phí). */
const withoutFree = (text: string): string => text.replace(/\b([A-Za-z]+)-free\b/g, (m, w: string) => (FREE_OF_CHARGE.has(w.toLowerCase()) ? m : `without ${w}`));

/** Everyday words for what the plans name otherwise: "lấy vợ lấy chồng sớm" is "tảo hôn". */
const EVERYDAY_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\b(lay vo lay chong|lay chong lay vo|lay chong|lay vo|cuoi|ket hon|cuoi vo|cuoi chong|di lay chong) (som|khi chua du tuoi|truoc tuoi)\b/g, "tao hon"],
  [/\b(khong biet|ko biet|ko bit|k biet|hok biet|hong biet)\b/g, " "],
  // "đọc giúp mình đoạn giao việc cho ...", "trích giùm em phần ...": a request to read a part, not words of what it holds ("đoạn" is no "đoàn").
  [/\b(doc|trich|xem) (giup|gium|ho|cho)( (minh|em|toi|to|tui|chau))? (doan|phan|muc)\b/g, " "],
  // "tiền lấy ở đâu", "lấy tiền đâu ra": where the money comes from is the plan's funding (kinh phí).
  [/\b(lay tien|tien)( lay)? (o dau|tu dau|dau)( ra)?\b/g, "kinh phi nguon"],
  // "buôn bán trẻ em", "nạn buôn người": the plans write trafficking of children as "mua bán trẻ em" ("buôn bán người" is
  // written as such in a national decision's title, so it stays).
  [/\bbuon ban (?=(tre|con)\b)|\bbuon (?=nguoi\b)/g, "mua ban "],
  // "trẻ em trên môi trường mạng", "trên internet", "trực tuyến": the plans' "không gian mạng" (online), never "môi trường" (a safe
  // living environment); "internet" stays beside it, as a plan may write it ("cơ sở dịch vụ internet").
  [/\bmoi truong mang\b(?! luoi)/g, "khong gian mang"],
  [/\b(tren|qua) (mang )?(internet|truc tuyen)\b/g, "$1 $3 khong gian mang"],
  // "mức lương", "lương của cộng tác viên", "trả lương": pay ("tiền lương"), never the "lượng" of "số lượng", "chất lượng", "lực lượng",
  // "thương lượng" (negotiate); written with marks, only a "lương" the question writes, or a "luong" it types without them.
  [/\b(muc luong|tien luong|(?:tra|huong|nhan|bang) luong|(?<!\b(?:so|chat|luc|thoi|dung|khoi|nang|trong|san|dinh|ham|luu|uoc|do|tieu|phan|thuong|lieu|tru) )luong(?= (cua|thang|co ban|hang thang|bao nhieu|la bao nhieu|duoc tra|the nao|nhu the nao)\b))\b/g, "tien luong"],
];
/**
 * Chat shorthand for a question's own words, typed without marks ("cq nào", "dv nào", "làm j", "... z", "bn tỷ"): the words
 * they stand for, so "cq nào" asks which body as "cơ quan nào" does and "z" (vậy) is no content word.
 */
const CHAT_WORDS: ReadonlyArray<[RegExp, string]> = [
  // "dv" is also "dịch vụ" (a service) and "bn" also "bạn" (you): read as the question word only where one is asked.
  [/\bcq\b/g, "co quan"], [/\bdv(?= nao\b)/g, "don vi"], [/\bntn\b/g, "nhu the nao"], [/\bbn\b(?! (oi|cho|giup|gium|hoi|biet|a|nhe|nha)\b)(?=( \S+)?$| (ty|trieu|tien|dong|nguoi|can|tre|xa|huyen|%|phan|nam|thang|lan)\b)/g, "bao nhieu"], [/\bdc\b(?= \p{L})/gu, "duoc"],
  [/\b(ko|hok|hk|khg|kg)\b/g, "khong"], [/\btrc\b/g, "truoc"], [/\bsdt\b/g, "so dien thoai"], [/\b(mk|mik)\b/g, "minh"],
  // "làm j", "j vậy": "gì"; "z", "dz" and a closing "v": "vậy".
  [/\bj\b/g, "gi"], [/\b(z|dz)\b/g, "vay"], [/ v$/, " vay"],
  // "sk tâm thần", "sk sinh sản": "sức khỏe" (health).
  [/\bsk\b(?= \p{L})/gu, "suc khoe"],
];
const chatWordsWritten = (folded: string): string => CHAT_WORDS.reduce((f, [re, to]) => f.replace(re, to), folded);

/** Words each of EVERYDAY_PHRASES must find in the text to match at all (in its order): a text without them is not searched. */
const EVERYDAY_NEEDLES: ReadonlyArray<(f: string, marked: string) => boolean> = [
  (f) => f.includes("som") || f.includes("tuoi"), (f) => f.includes("biet") || f.includes("bit"),
  (f) => f.includes("doc ") || f.includes("trich ") || f.includes("xem "), (f) => f.includes("tien"), (f) => f.includes("buon "),
  (f) => f.includes("moi truong mang"), (f) => f.includes("internet") || f.includes("truc tuyen"),
  (f, marked) => f.includes("luong") && (!hasVietnameseDiacritics(marked) || /lương|(?<!\p{L})luong(?!\p{L})/iu.test(marked)),
];
/** `marked`: the question as written with its marks ("lương" pay, "lượng" amount), read where a fold would lose them. */
const everydayWords = (folded: string, marked: string): string =>
  EVERYDAY_PHRASES.reduce((f, [re, to], i) => (EVERYDAY_NEEDLES[i]!(f, marked) ? f.replace(re, to) : f), folded);

/**
 * "Ngân sách tỉnh mỗi năm bỏ ra bao nhiêu cho chương trình?": money asked "how much", the noun after it only what the money is
 * for; "bao nhiêu chương trình có kinh phí?" still counts programmes (the count noun follows the question word).
 */
const MONEY_RE = /\b(kinh phi|ngan sach|tien|von|ty dong|trieu dong|budget|funding|funds?|money|cost)\b/;
const COUNT_RIGHT_AFTER_RE = new RegExp(`\\b(bao nhieu|may|how many|number of) (${COUNT_NOUN})\\b`);
const asksAmount = (folded: string): boolean => (MONEY_RE.test(folded) && /\b(bao nhieu|how much)\b/.test(folded) && !COUNT_RIGHT_AFTER_RE.test(folded)) || SOUGHT_AMOUNT_RE.test(folded);

/** Classifies the question; agencies named with a duty word make it a duties question. */
/** "X are the ones ...", "X is the body doing ...": the question claims who does a task. */
const CLAIMS_DOER_RE = /\b(are|is) the (ones?|body|agency|department|office) (who|that|which|in charge|responsible|doing|\w+ing)\b/;

const LEGAL_BASIS_STRONG_RE = /\b(legal (grounds?|basis|bases)|(what|which)( \S+){0,3} (directives?|decisions?|documents?|resolutions?)( \S+){0,2} (lies?|is|are|sits?|stands?) behind|(implements?|implementing|carr(y|ies) out) (which|what)( \S+){0,4} (decisions?|directives?|documents?|resolutions?)|on what (legal )?(grounds?|basis)|(what|which) laws?\b.*\b(based|basis|grounds?|under)|(which|what) (national|central|prime minister s|government s|higher) (decisions?|directives?|documents?)( \S+){0,8} (carry out|carries out|implement|implements)|(which|what) (decisions?|directives?|documents?) (of|by) the (prime minister|government|politburo)( \S+){0,8} (carry out|carries out|implement|implements|based on))\b/;
/**
 * "implements the Prime Minister's conclusions set out in which notice?", "which Government Office notice does it carry out?",
 * "thực hiện kết luận của Thủ tướng tại văn bản nào", "thực hiện thông báo nào": a document of a kind the plan carries out;
 * "which conclusions does it carry out, and where were they published?", "kết luận ... được nêu ở văn bản nào": the notice.
 */
const DOCUMENT_OF_KIND_RE = /\b((implements?|implementing|carr(y|ies) out)( \S+){0,8} (in|by|under|from|of) (which|what) (notices?|announcements?|documents?|decisions?|directives?)|(which|what)( \S+){0,3} (notices?|announcements?|circulars?|decrees?|resolutions?)( \S+){0,16} (implement|implements|implementing|carry out|carries out|carrying out)|(thuc hien|trien khai) (thong bao|nghi dinh|thong tu|nghi quyet) (so may|nao)|(thuc hien|trien khai) ket luan( \S+){0,6} (tai|trong|theo) (van ban|thong bao|quyet dinh) nao|conclusions?( \S+){0,14} (where|in which \S+) (were|was|are|is) (they|it|these|those|the)( conclusions?)? (published|announced|issued|set out|stated|written|given)|ket luan( \S+){0,12} (duoc )?(neu|dang|cong bo|ban hanh|the hien|thong bao) (o|tai|trong|bang) (van ban|thong bao) nao)\b/;

/** "On what basis ...", "which law ... under": wordings that ask the plan's basis only when the plan itself is their subject. */
const LOOSE_BASIS_RE = /\bon what (grounds?|basis)\b|\b(what|which) laws?\b/;
/** The plan (decision, programme, document, "it") as what is based, issued or implemented: its own basis is asked. */
const PLAN_ITSELF_RE = /\b(legal|legally)\b|\b(plan|decision|programme|program|document|it|this)( \S+){0,3} (based|issued|grounded|built|made|adopted|promulgated|implements?|implementing|carr(y|ies) out|rests?)\b/;
/** Bodies that act under a plan ("Dak Lak districts", "the police", "communes"): their action's basis is one of their duties. */
const ACTOR_RE = /\b(districts?|communes?|wards?|towns?|departments?|dept|police|committees?|unions?|schools?|agenc(y|ies)|bodies|body|office|offices|sectors?|localities|authorit(y|ies)|finance|health|education)\b/;

/**
 * "On what basis does the Gia Lai finance department allocate funds?", "Which law does the Hue finance department check spending
 * under?": a body's action is asked, answered from its duty (where the plan says what it acts on), not the plan's legal basis.
 */
function asksActorsBasis(folded: string, hasAgency: boolean): boolean {
  if (!LOOSE_BASIS_RE.test(folded) || PLAN_ITSELF_RE.test(folded)) return false;
  const strongElse = LEGAL_BASIS_STRONG_RE.test(folded.replace(/\bon what (grounds?|basis)\b/g, " ").replace(/\b(what|which) laws?\b/g, " "));
  return !strongElse && (hasAgency || ACTOR_RE.test(folded));
}

/**
 * "Which plans are carrying out drowning prevention ...?", "what plans in Hue are implementing ...": the plans are the ones doing,
 * and what they do is a topic, so which plans take it up is asked, not what a plan implements ("Which plan is 2509 carrying out?",
 * "Which plans are implementing Directive 28?" still ask the basis: a document is carried out, or the plan is the object).
 */
const PLANS_DOING_RE = /\b(which|what) (of the )?(plans?|documents?|programmes?|programs?)( \S+){0,3} (is|are|was|were)( (now|currently|still|actually))? (implementing|carrying out) (?!(the |a |an |any |this |that |these )?(decisions?|directives?|resolutions?|plans?|documents?|laws?|decrees?|circulars?|programmes?|programs?|national|central|politburo|prime|government|party)\b)(?!\S*\d)[a-z]/;
const asksPlansDoing = (folded: string): boolean => PLANS_DOING_RE.test(folded);

/** Words of "kế hoạch 2509 giao việc cụ thể cho những sở nào" that name no topic: the plan, its part, the giving of work, the plans' own subject. */
const NOT_A_TOPIC = new Set(["kh", "ke", "hoach", "quyet", "dinh", "qd", "chuong", "trinh", "van", "ban", "giao", "viec", "cu", "the", "nhiem", "vu",
  "trach", "phan", "cong", "chinh", "rieng", "so", "nganh", "co", "quan", "to", "chuc", "don", "vi", "thuc", "hien", "trien", "khai", "bao", "ve",
  "cham", "soc", "tre", "em", "tinh", "huyen", "cap", "nay", "cua", "ubnd", "uy", "nhan", "dan", "giai", "doan", "lien", "phoi", "hop", "tham", "gia",
  "plan", "plans", "decision", "programme", "program", "assign", "assigns", "tasks", "duties", "work", "departments", "agencies", "bodies", "child", "children",
  "protection", "specific", "specifically", "main",
  // The text itself and how it is asked: "trong phần văn bản hiện có (bị cắt)", "liệt kê đủ giúp mình", "đứng tên chủ trì ít nhất một hoạt động",
  // "chỉ được đề nghị thay vì", "tham gia".
  "bi", "cat", "muc", "noi", "dung", "phu", "luc", "liet", "du", "giup", "ten", "it", "nhat", "mot", "chi", "nghi",
  "thay", "chu", "tri", "khong", "hoat", "dong", "day", "toan", "bo", "ghi", "neu", "list", "them", "appendix", "all",
  // "kể hết giúp", "kể ra giùm mình nhé", "liệt kê luôn": asked for the whole list, politely.
  "het", "ra", "gium", "dum", "minh", "nhe", "nha", "luon", "xem", "ban",
  // "kể đủ tên giúp tôi", "I need the full list": who asks and how whole, no topic.
  "toi", "vay", "full", "complete", "whole", "need"]);

/**
 * "Sức khỏe tâm thần cho học sinh: kế hoạch 2509 giao cho những sở nào?", "To which departments does plan 2041 assign tasks on child
 * labour?": words beside the list-of-bodies wording name a topic, so the bodies of that topic are asked, not every body of the plan.
 */
export function namesTopicBesideList(folded: string, terms: readonly string[]): boolean {
  const m = LIST_AGENCIES_RE.exec(folded);
  if (!m) return false;
  const listed = new Set(m[0].split(" "));
  return terms.some((t) => t.split(" ").some((w) => w.length >= 2 && !/\d/.test(w) && !listed.has(w) && !NOT_A_TOPIC.has(w)));
}

/** The intent of the question; with `wholeList` false, "giao cho những sở nào" is not taken as the plan's whole list of bodies. */
export function detectIntent(folded: string, hasAgency: boolean, recommendation: string | null, wholeList = true): Intent {
  if (recommendation) return "recommendation";
  // "Liệt kê các cơ quan phối hợp trong Chương trình ...": the programme's bodies are the list (its lead and those it works with).
  if (!COUNT_RE.test(folded) && PROGRAMME_BODIES_LISTED_RE.test(folded)) return "lead";
  if (!/\b(so sanh|compare)\b/.test(folded) && !asksAmount(folded) && (COUNT_RE.test(folded) || (wholeList && LIST_AGENCIES_RE.test(folded)) || (!hasAgency && LIST_RE.test(folded)))) return "count";
  // "Which departments are among the 16 bodies given tasks?", "những sở nào nằm trong các cơ quan được giao việc?": the plan's list, its departments.
  if (!hasAgency && DEPARTMENTS_AMONG_RE.test(folded)) return "count";
  if (!hasAgency && IMPLEMENTATION_BODIES_RE.test(folded)) return "count";
  // "Những cơ quan nào được ghi ở cột cơ quan chủ trì của phụ lục?", "which bodies are listed as lead agencies in the appendix?".
  if (!hasAgency && APPENDIX_LEADS_RE.test(folded) && /\b(phu luc|appendix)\b/.test(folded)) return "count";
  // "Những tổ chức nào chỉ được đề nghị, không được giao?": the requested bodies, listed.
  if (!hasAgency && asksRequestedBodies(folded)) return "count";
  // "Sở VH-TT&DL chủ trì xây dựng cái gì?": the named body leads; what it leads is asked, so its duties answer.
  if (hasAgency && /\b(chu tri|lead|leads)\b/.test(folded) && /\b(cai gi|nhung gi|viec gi)\b/.test(folded) && !/\b(ai|co quan nao|so nao|don vi nao)\b/.test(folded)) return "duties";
  // "Tay Ninh's police are the ones reporting results, correct?": whatever the task's verb, the claim is of who does it.
  if (hasAgency && PREMISE_RE.test(folded) && CLAIMS_DOER_RE.test(folded)) return "lead";
  // "On what legal grounds was ... issued?", "Which national decision does Decision 2130 carry out?", "what laws is it based on":
  // the plan's basis is asked, whatever other word ("issued", "decision") the question holds.
  if ((LEGAL_BASIS_STRONG_RE.test(folded) || DOCUMENT_OF_KIND_RE.test(folded)) && !asksActorsBasis(folded, hasAgency)) return "legal_basis";
  for (const [intent, re] of INTENT_RULES) if (re.test(folded) && !(intent === "legal_basis" && asksPlansDoing(folded))) return intent;
  // "Vì sao Công an tỉnh chủ trì ...?": a claim about the agency to check against its duties.
  // "Why is X leading / heading / spearheading ...": the progressive claims the lead as "leads" does.
  if (hasAgency && PREMISE_RE.test(folded)) return /\b(chu tri|lead|leads|leading|in charge|heading|spearhead(s|ed|ing)?)\b/.test(folded) ? "lead" : "duties";
  if (hasAgency && DUTY_RE.test(folded) && !/\b(ai|co quan nao|don vi nao|who|which)\b/.test(folded)) return "duties";
  if (hasAgency && WHICH_TASKS_RE.test(folded)) return "duties";
  // "Hạn gửi báo cáo là ngày nào và gửi qua cơ quan nào?": a reporting deadline, whoever it names.
  if (/\b(bao cao|reports?)\b/.test(folded) && /\b(ngay nao|khi nao|bao gio|han|thoi han|truoc ngay|when|deadlines?|due)\b/.test(folded)) return "reporting";
  if (WHO_RE.test(wholess(folded))) return "lead";
  // "Hội LHPN lồng ghép mục tiêu ... với Đề án nào?": a what-question about a named body is about its duties, whatever topic word it holds.
  if (hasAgency && /\b(nao|gi)\b/.test(folded) && !/\b(ngay nao|khi nao|luc nao|nam nao|bao nhieu|tinh nao|which provinces?)\b/.test(folded)) return "duties";
  // "What share of communes ... fund": a share is a target even when money words appear.
  if (/\b(ty le|phan tram|percentage|proportion|share|what percent)\b|%/.test(folded) && !/\b(kinh phi|ngan sach|budget|ty dong|trieu dong|amount|cost)\b/.test(folded)) return "target";
  for (const [intent, re] of TOPIC_RULES) if (re.test(folded)) return intent;
  if (hasAgency) return "duties";
  return "fact";
}

/** "khuyến nghị số 78", "recommendation 78", "KN 78". */
export function findRecommendationNumber(folded: string): string | null {
  const m = /\b(?:khuyen nghi|recommendations?|kn)\s*(?:so|no|number|#)?\s*(\d{1,3})\b/.exec(folded);
  return m?.[1] ?? null;
}

/** "2041/QĐ-UBND", "26/KH-UBND", "2041" next to "quyet dinh"/"ke hoach". */
export function findDocumentNumber(raw: string): string | null {
  // Both patterns need a "/" (folding keeps it): a question without one names no number so, and is not folded for it.
  if (!raw.includes("/")) return null;
  const m = /(\d{1,5})\s*\/\s*(?:qd|kh)\b/i.exec(foldKey(raw).replace(/ \/ /g, "/")) ?? /(\d{1,5})\s*\/\s*(q|k)/i.exec(raw);
  return m?.[1] ?? null;
}

/** English words that are nouns in the glossary but verbs after "to", with the plans' words for the verb. */
const ENGLISH_VERBS: Readonly<Record<string, string>> = { fund: "kinh phi", funds: "kinh phi" };
const TASKED_RE = /^task(s|ed)?$/;

/** ENGLISH_PHRASES by their first word, each list in the glossary's order: a phrase is tried only where its first word is written. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], string]>> = ENGLISH_PHRASES.reduce((m, phrase) => {
  const first = phrase[0][0]!;
  m.set(first, [...(m.get(first) ?? []), phrase]);
  return m;
}, new Map<string, Array<readonly [readonly string[], string]>>());
const NO_PHRASES: ReadonlyArray<readonly [readonly string[], string]> = [];

/** Turns English words into the Vietnamese words the plans use; Vietnamese passes through. */
export function translateTerms(words: string[], language: Language): string[] {
  if (language === "vi") return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // "free medical care": a phrase of the glossary is read whole, its words not one by one.
    const phrase = (PHRASES_BY_FIRST_WORD.get(words[i]!) ?? NO_PHRASES).find(([en]) => en.every((w, k) => words[i + k] === w));
    if (phrase) {
      out.push(...phrase[1].split(" "));
      i += phrase[0].length - 1;
      continue;
    }
    out.push(...wordInVietnamese(words, i).split(" ").filter(Boolean));
  }
  return out;
}

/** A folded word that could be a Vietnamese syllable written without marks (an onset, one to three vowels, a final). */
const SYLLABLE_RE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$/;
/** A word of the glossary no Vietnamese syllable is spelled as ("child", "database", "programme"; not "to", "an", "the"). */
const englishOnly = (w: string): boolean => !SYLLABLE_RE.test(w) && !ENGLISH_FUNCTION_WORDS.has(w) && isEnglishWord(w);

/**
 * A question read as Vietnamese that is written so: with Vietnamese marks, or more words that could be Vietnamese syllables than
 * words that could not ("dak lak child database programme thi co quan nao phoi hop"). An English question the language test missed
 * ("Tay Ninh's plan 1979 implements the Prime Minister's conclusions ...") is not.
 */
function mostlyVietnamese(folded: string): boolean {
  let vi = 0, other = 0;
  for (const w of folded.split(" ")) {
    if (!/^[a-z]+$/.test(w) || ENGLISH_FUNCTION_WORDS.has(w)) continue;
    if (SYLLABLE_RE.test(w)) vi++;
    else other++;
  }
  return vi > other;
}

/**
 * "Dak Lak child database programme: những cơ quan nào phối hợp?": a Vietnamese question naming its topic in English. Its English
 * words (and the glossary's phrases of them) are read as the plans' Vietnamese; every word that could be Vietnamese is kept as written.
 */
function englishInVietnamese(words: string[]): string[] {
  if (!words.some(englishOnly)) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = ENGLISH_PHRASES.find(([en]) => en.every((w, k) => words[i + k] === w) && en.some(englishOnly));
    if (phrase) {
      out.push(...phrase[1].split(" "));
      i += phrase[0].length - 1;
      continue;
    }
    const said = englishOnly(words[i]!) ? wordInVietnamese(words, i) : words[i]!;
    out.push(...said.split(" ").filter(Boolean));
  }
  return out;
}

/** One English word of `words` in the plans' Vietnamese ("" when the glossary has none). */
function wordInVietnamese(words: string[], i: number): string {
  const w = words[i]!;
  // "to fund the collaborators": after "to" a noun of the glossary is the verb (money for it), not the Fund itself.
  // "which department did plan 2509 task with watching ...", "tasked with": the giving of work (giao), not a task of the plan.
  return words[i - 1] === "to" && ENGLISH_VERBS[w] ? ENGLISH_VERBS[w]
    : TASKED_RE.test(w) && words[i + 1] === "with" ? "giao"
      : ENGLISH_TO_VIETNAMESE[w] ?? ENGLISH_TO_VIETNAMESE[englishStem(w)] ?? "";
}

/** The glossary form of an inflected English word: "trains" train, "trainers" trainer, "supporting" support, "studies" study. */
function englishStem(w: string): string {
  let stem = STEMS.get(w);
  if (stem === undefined) {
    stem = stemOf(w);
    if (STEMS.size >= 20_000) STEMS.clear();
    STEMS.set(w, stem);
  }
  return stem;
}
/** Words already stemmed: a question's words are looked up several times (language, terms, plan names). */
const STEMS = new Map<string, string>();
function stemOf(w: string): string {
  const forms = [w.replace(/ies$/, "y"), w.replace(/(ss|sh|ch|x)es$/, "$1"), w.replace(/s$/, ""), w.replace(/ing$/, ""), w.replace(/ing$/, "e"),
    w.replace(/ed$/, ""), w.replace(/ed$/, "e"), w.replace(/ers?$/, ""), w.replace(/ers?$/, "e")];
  return forms.find((f) => f !== w && f.length >= 3 && f in ENGLISH_TO_VIETNAMESE) ?? w;
}

/** QUESTION_PHRASES longest first (a stable sort), each padded with a space on either side, once; with each one's first word. */
let questionPhrasesByLength: { spaced: string[]; first: string[] } | null = null;
/** The first word of a phrase padded with a space on either side (" co quan nao " -> "co"). */
const firstWordOf = (spaced: string): string => spaced.slice(1, spaced.indexOf(" ", 1));
/**
 * The phrases of `[...removePhrases, ...QUESTION_PHRASES]` whose first word `held` holds, sorted longest first, stably (of equal
 * length, a phrase to remove before a question phrase, each list in its order), as sorting the two together and dropping the
 * others gives, each padded with a space on either side (" co quan nao "); empty phrases are left out. The question phrases are
 * sorted, padded and their first words found once.
 */
function longestFirst(removePhrases: string[], held: ReadonlySet<string>): string[] {
  const fixed = (questionPhrasesByLength ??= (() => {
    const spaced = [...QUESTION_PHRASES].sort((a, b) => b.length - a.length).map((p) => ` ${p} `);
    return { spaced, first: spaced.map(firstWordOf) };
  })());
  const own = removePhrases.filter((p) => p.length > 0).sort((a, b) => b.length - a.length).map((p) => ` ${p} `).filter((p) => held.has(firstWordOf(p)));
  const out: string[] = [];
  let i = 0, j = 0;
  const n = fixed.spaced.length;
  while (i < own.length || j < n) {
    if (j < n && !held.has(fixed.first[j]!)) { j++; continue; }
    if (j >= n || (i < own.length && own[i]!.length >= fixed.spaced[j]!.length)) out.push(own[i++]!);
    else out.push(fixed.spaced[j++]!);
  }
  return out;
}

/** Removes question phrases and matched place/agency words, leaving what the question is about. */
export function contentTerms(folded: string, removePhrases: string[], language: Language, written: ReadonlySet<string> = EMPTY, marked = false): string[] {
  let text = ` ${folded} `;
  // "Ai phải tự xây dựng kế hoạch ...", "kế hoạch riêng của mình": a plan made by the one asked for its own place is the plans'
  // "kế hoạch ... của địa phương" (a local committee's own plan); "tự" (itself) is no word of a task.
  if (language === "vi") text = text.replace(/ tu (xay dung|ban hanh|lap|xay dung va ban hanh) /g, " $1 dia phuong ").replace(/ ke hoach rieng /g, " ke hoach dia phuong ");
  // A phrase is removed as whole words (its first occurrence), where the text still holds it; removing one only takes words
  // out, so a phrase the text does not hold now is left as it is.
  // Longest first: an agency matched with its province ("ca tinh gia lai") goes before the province alone.
  // A phrase is held only where its first word is one of the text's words (removing phrases leaves the other words as they
  // were, so the words read once here hold every word the text will hold): the phrases whose first word it lacks are not searched.
  const held = new Set(text.split(" "));
  for (const spaced of longestFirst(removePhrases, held)) {
    if (text.includes(spaced)) text = text.replace(spaced, " ");
  }
  // "What role does X play": a role is played, nothing about recreation.
  if (language === "en" && /\broles?\b/.test(text)) text = text.replace(/\b(play|plays|played|playing)\b/g, " ");
  // "Who is tasked with ...", "which department has the task of ...": the duty is what is asked of whom, as "được giao nhiệm vụ"
  // is; its words ("nhiệm vụ", which every duty holds) are none of the task's.
  if (language === "en") text = text.replace(/\b(is|are|was|were|be|been|being|gets?|got) (tasked|charged|entrusted) (with|to)\b|\b(has|have|had|given|with|gets?) the (task|job|duty|responsibility) (of|to)\b/g, " ");
  // "look into adding budget" is to research it ("nghiên cứu, bổ sung ngân sách"); "pull together the files" is to compile them.
  if (language === "en") text = text.replace(/\b(look|looks|looking|looked) into\b/g, "research").replace(/\b(pull|pulls|pulling|put|puts|putting) together\b/g, "compile");
  // "raise NGO funding", "attract donor money": funds sought from others are the plans' "vận động các nguồn hỗ trợ", not the budget ("kinh phí").
  if (language === "en") text = text.replace(/\b(?:raise|raises|raising|raised|mobili[sz]e|mobili[sz]es|mobili[sz]ing|seek|seeks|seeking|attract|attracts|attracting|solicit|solicits|soliciting|call for|calls for)((?: (?!for\b|from\b|to\b)[\w']+){0,3}?) (?:funding|funds|money|financing|donations?)\b/g, "mobilise$1 support");
  // "set up a board" is to establish one; "sets a target" is not.
  if (language === "en") text = text.replace(/\b(set|sets|setting) up\b/g, "establish");
  // "carry out the decision" is to execute it (the closing article's "thi hành Quyết định này"), not any task's "thực hiện".
  if (language === "en") text = text.replace(/\b(carry|carries|carrying|carried) out\b(?=(?: [\w']+){0,5} decisions?\b)/g, "execute");
  if (language === "en") text = withoutPlanPhrasing(text);
  // "under plan 2130", "in the plan": the plan is named, as "kế hoạch" is in Vietnamese, not asked about.
  if (language === "en") text = text.replace(/\b(under|in|of|by|from|according to) (the )?(\d{1,5} )?(plan|decision)\b/g, " ")
    // "Dak Lak's 2014 plan, ...": the province's plan is named by its year, not asked about.
    .replace(/ s \d{4}(?: ?- ?\d{4})? (plan|plans|decision)\b(?! \d)/g, " ");
  const words = language === "vi" ? (marked || mostlyVietnamese(folded) ? englishInVietnamese(text.trim().split(" ").filter(Boolean)) : text.trim().split(" ").filter(Boolean))
    : translateTerms(text.trim().split(" ").filter(Boolean), language);
  // An English word the glossary renders as "hội" (association) is a noun of the plans, not "hỏi" (ask) typed without marks.
  const kept = language === "en" ? TRANSLATED_NOUNS : EMPTY;
  const content = words.filter((w) => (kept.has(w) || written.has(w) || !STOPWORDS.has(w)) && !/^\d+$/.test(w));
  // "the Law on Associations and children's associations": a word met again right after itself (once its neighbours are gone)
  // is the same word twice, no compound ("hội hội") a passage should hold.
  return content.filter((w, i) => w !== content[i - 1]);
}

export interface QuestionParserDeps {
  registry: QaRegistry;
  /** `names`, when passed, gives the registry's provinces and agencies of `raw` (read once for both lookups). */
  findProvinces: (raw: string, folded: string, names?: () => RegistryNames) => Array<{ province: Province; matched: string }>;
  findAgencies: (raw: string, folded: string, language: Language, names?: () => RegistryNames) => Array<{ agency: Agency; matched: string }>;
  /** Short forms with more than one reading; optional (tests may inject a parser without it). */
  findShortForms?: (canonical: string) => Array<{ written: string; options: Agency[] }>;
  /** Provinces the knowledge base holds plans for: a province's initials ("GL") are read as it only then. */
  provincesWithPlans?: ReadonlySet<string>;
  /** Numbers of the held plans ("2130" of 2130/QĐ-UBND): a question naming one by its bare number asks about that plan. */
  planNumbers?: ReadonlySet<string>;
}

/** Builds the parser: registry lookups are injected so fuzzy matching lives in one place. */
export function createQuestionParser(deps: QuestionParserDeps): (raw: string) => ParsedQuestion {
  const writeShort = createShortFormWriter(deps.registry.provinces, deps.provincesWithPlans);
  // "HLHPN", "BDT": a body written as the initials of its whole name is written out as that name.
  const writeInitials = createAgencyInitialsWriter(deps.registry.agencies);
  // "Sở VH TT DL", "Phòng GD-ĐT": a head word and the initials of the rest of one body's name are that body, read first.
  const writeHeads = createHeadInitialsWriter(deps.registry.agencies);
  const writeOut = (raw: string) => writeInitials(writeShort(writeHeads(raw)));
  return (raw) => {
    const language = detectLanguage(raw);
    // "CT, DA BVTE ở ĐL": short forms of content words and places written out before anything is looked up.
    const canonical = canonicalVietnamese(language === "vi" ? writeOut(raw) : withoutFree(writeHeads(withOfficeTitles(raw))));
    // "... à?", "... hả?", "... chứ?": a yes/no question about a claim, as "..., phải không?" ("ạ" is only politeness).
    const said = foldWords(canonical).join(" ");
    const folded = (language === "vi" ? chatWordsWritten(said) : said) + (/\s(à|hả|hở|chứ)\s*[?.!]*\s*$/u.test(canonical) ? " phai khong" : "");
    // "So với Huế, ... của Đắk Lắk": a province named only to compare with is answered after the one asked about.
    // The registry reads the question's words once for its provinces and its agencies (when it can).
    const names = deps.registry.findNames ? once(() => deps.registry.findNames!(canonical)) : undefined;
    const found = byAnchorLast(deps.findProvinces(canonical, folded, names), folded);
    // "Ngoài Gia Lai, tỉnh nào còn ...": a province left out of "which provinces" is not one asked about.
    const leftOut = EXCLUDES_RE.test(folded) ? found.filter((h) => precededBy(h, folded, EXCLUDED_BEFORE_RE)) : [];
    const provinceHits = leftOut.length > 0 && leftOut.length < found.length + 1 ? found.filter((h) => !leftOut.includes(h)) : found;
    // A document number is kept only with its "/": a question without one has none (the pattern is not run).
    const documentRefs = raw.includes("/") ? [...raw.normalize("NFC").matchAll(DOCUMENT_REF_RE)].map((m) => m[0]).filter((r) => r.includes("/")) : [];
    // An abbreviation inside a document number ("114/TTr-LĐTBXH") names the document, not an agency.
    // "What does LĐTBXH stand for in 1506/QĐ-LĐTBXH?": the short form asked is that document's issuer, written again on its own.
    const unref = documentRefs.reduce((t, r) => t.replace(canonicalVietnamese(r), " "), canonical);
    const unshort = documentRefs.length > 0 && SHORT_FORM_ASKED_RE.test(raw) ? documentRefs.reduce((t, r) => withoutIssuerShortForm(t, r), unref) : unref;
    const { holder, masked } = findOfficeHolder(unshort, deps.registry);
    // Folded once: the agency lookup reuses the question's fold unless a document number or office holder was masked out.
    const agencyHits = masked === canonical ? deps.findAgencies(masked, folded, language, names) : deps.findAgencies(masked, foldWords(masked).join(" "), language);
    if (holder && !agencyHits.some((h) => h.agency.id === holder.agency.id)) agencyHits.unshift({ agency: holder.agency, matched: holder.written });
    // "Sở NV" names Nội vụ and Ngoại vụ alike: an agency found only through such a short form is not taken as meant.
    const ambiguous = (deps.findShortForms?.(masked) ?? []).filter((f) => f.options.length > 1
      && !f.options.some((o) => agencyHits.some((h) => h.agency.id === o.id && !viaShortForm(h.matched, f.written))));
    for (const f of ambiguous) {
      const at = agencyHits.findIndex((h) => viaShortForm(h.matched, f.written) && f.options.some((o) => o.id === h.agency.id));
      if (at >= 0) agencyHits.splice(at, 1);
    }
    // "UBND tỉnh Gia Lai giao Sở Tư pháp làm gì?", "KH 26 của UBND tỉnh": the committee that issues the plan and gives the work is not the body asked.
    const issuing = agencyHits.filter((h) => h.agency.id === ISSUER_ID && agencyHits.some((o) => o.agency.id !== ISSUER_ID) && issuesTheWork(h.matched, folded));
    for (const h of issuing) agencyHits.splice(agencyHits.indexOf(h), 1);
    // "so ld dak lak phoi hop voi bao dak lak, dai PT-TH ...": the body written first is the one asked, however it was found.
    if (!holder) inWrittenOrder(agencyHits, folded);
    const recommendationNumber = findRecommendationNumber(folded);
    const documentNumber = findDocumentNumber(raw);
    // "Which plan was issued with Decision 2041?": the naming is what is asked, so it stays.
    const asksWhichPlan = /\b(?:which|what) (?:plan|document)\b|\b(?:ke hoach|van ban) nao\b/.test(folded);
    // Everyday words written as the plans' once: the intent and the content words read the same text.
    const everyday = everydayWords(folded, canonical.normalize("NFC"));
    const intentText = asksWhichPlan ? everyday : everyday.replace(ISSUED_WITH_RE, " ");
    let intent = detectIntent(intentText, agencyHits.length > 0, recommendationNumber);
    // "Kế hoạch của Gia Lai có giải pháp giảm chênh lệch giữa các vùng không?": a gap asked of one plan is its content, not two
    // sides compared; "chênh lệch / chênh nhau / hơn kém" compare only with two provinces or two plans named.
    if (intent === "compare" && !COMPARE_RE.test(intentText.replace(GAP_RE, " ")) && !namesTwoSides(folded, provinceHits, deps.planNumbers)) {
      intent = detectIntent(intentText.replace(GAP_RE, " "), agencyHits.length > 0, recommendationNumber);
    }
    // The plan the question cites ("theo 2041/QĐ-UBND") says which plan, not what about: its number is no content word.
    const ownRefs = documentNumber ? documentRefs.filter((r) => r.startsWith(`${documentNumber}/`)).map((r) => foldKey(r)) : [];
    // Each name as written, folded once for this question (the same names are folded for several lists).
    const folds = new Map<string, string>();
    const remove = [...provinceHits.map((h) => foldVia(folds, h.matched)), ...leftOut.map((h) => foldVia(folds, h.matched)),
      ...(leftOut.length > 0 ? ["ngoai ra", "ngoai", "besides", "beside", "apart from", "other than", "except for", "except", "con"] : []), ...[...agencyHits, ...issuing].map((h) => foldVia(folds, h.matched)), ...ownRefs,
      ...(language === "en" ? englishNameRuns(folded, agencyHits.map((h) => h.agency.english ?? "")) : []),
      // "QĐ 2130 đề nghị Ủy ban MTTQ tỉnh làm gì?": the verb addressing the body says how it is asked, not what about.
      ...(says(everyday, ADDRESSING_WORDS) ? agencyHits.filter((h) => h.matched).flatMap((h) => ["de nghi", "yeu cau", "giao cho", "giao"].map((v) => `${v} ${foldVia(folds, h.matched)}`)) : []),
      // "thay cho Sở LĐTBXH cũ", "Sở LĐTBXH trước đây": the words placing a body in the past say whose duties, not what about.
      ...(says(everyday, IN_PLACE_WORDS) ? agencyHits.filter((h) => h.matched).flatMap((h) => inPlaceOf(foldVia(folds, h.matched))) : []),
      // "Sở Tài chính (đã nhận phần việc của Sở KH&ĐT) có trách nhiệm gì?": the words saying whose work a body took, not what about,
      // when its duties are asked (a task asked beside them is looked for in its own words).
      ...(intent === "duties" ? agencyHits.filter((h) => h.matched).flatMap((h) => takenFrom(everyday, foldVia(folds, h.matched))) : [])];
    const terms = contentTerms(everyday, remove, language, language === "vi" ? writtenNouns(canonical) : EMPTY, language === "vi" && hasVietnameseDiacritics(canonical));
    if (intent === "count" && namesTopicBesideList(intentText, terms)) intent = detectIntent(intentText, agencyHits.length > 0, recommendationNumber, false);
    const onTopic = DOMAIN_RE.test(folded) || PLAN_AGE_RE.test(folded) || agencyHits.length > 0 || recommendationNumber !== null
      || documentNumber !== null || documentRefs.length > 0 || NGO_WRITTEN_RE.test(raw) || /\b(ke hoach|kh|quyet dinh|qd|plan|decision) (so |no )?\d/.test(folded)
      || terms.some((t) => DOMAIN_WORDS.has(t))
      // "2130 ai ký vậy, ngày nào?": who signed a document named by its bare number asks about that plan.
      || (intent === "plan_details" && (folded.match(/\b\d{3,5}\b/g) ?? []).some((n) => deps.planNumbers?.has(n)))
      // "Which provinces mention hotline 111?": English words whose Vietnamese (tổng đài, đuối nước) is of the subject.
      || (language === "en" && DOMAIN_RE.test(terms.join(" ")));
    const asksNumberOf = askedDocumentKinds(raw, folded);
    // Every question has the same fields (an optional one left undefined, as absent reads): the handlers read questions of one shape.
    return {
      raw, folded, language, intent, recommendationNumber, documentNumber, documentRefs, terms, onTopic, officeHolder: holder,
      asksNumberOf: asksNumberOf ?? undefined,
      mentions: { provinces: provinceHits.map((h) => h.matched), agencies: agencyHits.map((h) => h.matched).filter(Boolean) },
      ambiguous,
      provinces: uniqueBy(provinceHits.map((h) => h.province), (p) => p.id),
      excludedProvinces: leftOut.length > 0 ? uniqueBy(leftOut.map((h) => h.province), (p) => p.id) : undefined,
      agencies: uniqueBy(agencyHits.map((h) => h.agency), (a) => a.id),
    };
  };
}

/**
 * Whether the text holds one of the words as a whole word. A phrase is taken out of a question only where the question holds all
 * its words (contentTerms takes out whole words, so it never makes a word), so a body's phrases with a verb ("de nghi X") or a
 * word of the past ("thay cho X", "X cu") are left out of the list when the question holds none of those words: nothing changes.
 */
function says(text: string, words: readonly string[]): boolean {
  const padded = ` ${text} `;
  return words.some((w) => padded.includes(` ${w} `));
}
/** A word of each verb phrase addressing a body ("de nghi", "yeu cau", "giao cho", "giao"). */
const ADDRESSING_WORDS = ["nghi", "cau", "giao"];
/** A word of each of `inPlaceOf`'s phrases: "thay" opens those with a word before, "cu" or "truoc" those with one after. */
const IN_PLACE_WORDS = ["thay", "cu", "truoc"];

const IN_PLACE_BEFORE = ["thay cho ", "thay the ", "thay ", ""];
const IN_PLACE_AFTER = [" cu", " truoc day", " truoc kia", " cu truoc day", ""];
/** "thay cho X", "thay X cũ", "X trước đây": a body written with the words that place it before 2025. */
function inPlaceOf(name: string): string[] {
  return IN_PLACE_BEFORE.flatMap((b) => IN_PLACE_AFTER.filter((a) => b || a).map((a) => `${b}${name}${a}`));
}

/** "what does X stand for", "X viết tắt của gì": a short form asked what it means. */
const SHORT_FORM_ASKED_RE = /\b(stands? for|short for|abbreviations?|acronyms?)\b|vi[eế]t t[aắ]t/iu;

/** The question without the last part of a document number ("LĐTBXH" of "1506/QĐ-LĐTBXH") where it is written on its own. */
function withoutIssuerShortForm(text: string, ref: string): string {
  const tail = ref.split(/[-/\s]+/).filter(Boolean).pop() ?? "";
  if (!/^[\p{Lu}&]{2,}$/u.test(tail) || tail === "UBND") return text;
  const short = canonicalVietnamese(tail).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(?<![\\p{L}\\d/-])${short}(?![\\p{L}\\d/-])`, "gu"), " ");
}

/**
 * "đã nhận phần việc của X", "tiếp quản công việc của X", "nhận bàn giao ... từ X": a body written as the one whose work was taken over
 * ("kế thừa", "tiếp nhận" are read as asking what was inherited, and stay).
 */
function takenFrom(folded: string, name: string): string[] {
  // Every verb of the pattern holds "nhan", "ban giao" or "tiep quan": a question with none of them takes over nothing (most).
  if (!name || !folded.includes(` ${name}`) || !TAKEN_NEEDLES.some((n) => folded.includes(n))) return [];
  const said = takenFromRe(name).exec(folded);
  return said ? [said[0]] : [];
}
const TAKEN_NEEDLES = ["nhan", "ban giao", "tiep quan"];
/** takenFrom's pattern for one body's name, made once per name (a pattern without /g keeps no state). */
const takenFromRe = memoByText((name: string) => new RegExp(`\\b(?:(?:da|nay|vua) )?(?<!tiep )(?:nhan ban giao|duoc ban giao|tiep quan|dam nhan|nhan)(?! dan\\b)(?: (?!cua\\b|tu\\b)\\w+){0,6} (?:cua|tu) ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`), 10_000);

/** "(issued with Decision 2130)": the plan named by the decision it came with, not a question of when or by whom it was issued. */
const ISSUED_WITH_RE = /\b(issued|adopted|attached|approved) (with|under|by) (the )?(decision|plan|document)( no)? \d{1,5}\b/g;

/** Where ` matched ` stands in the padded question; after everything when it is not written there. */
function writtenAt(padded: string, matched: string): number {
  const i = matched ? padded.indexOf(` ${foldKey(matched)} `) : -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Sorts the hits by where the question writes them (a hit not found as written keeps its place after those that are). */
function inWrittenOrder(hits: Array<{ matched: string }>, folded: string): void {
  const padded = ` ${folded} `;
  const order = hits.map((h, i) => ({ h, i, at: writtenAt(padded, h.matched) }));
  order.sort((x, y) => x.at - y.at || x.i - y.i);
  hits.splice(0, hits.length, ...order.map((x) => x.h));
}

/** The provincial People's Committee: it issues the plans and gives the work. */
const ISSUER_ID = "ubnd-tinh";
/** Named as the giver ("UBND tỉnh giao X", "assigned by the committee") or as the plan's owner ("KH 26 của UBND tỉnh"). */
const GIVES_AFTER_RE = /^ (giao|giao cho|phan cong|yeu cau|de nghi|chi dao|assign\w*|asks?|gave|gives)\b/;
const OWNS_BEFORE_RE = /\b((ke hoach|kh|quyet dinh|qd|plan|decision)( so)? [\w/-]+|ke hoach|quyet dinh|van ban) (cua|do|of|by|from)( the)? $|\b(ban hanh boi|issued by|signed by) $/;

function issuesTheWork(matched: string, folded: string): boolean {
  const key = foldKey(matched);
  const at = ` ${folded} `.indexOf(` ${key} `);
  if (at < 0) return false;
  const padded = ` ${folded} `;
  return GIVES_AFTER_RE.test(padded.slice(at + key.length + 1)) || OWNS_BEFORE_RE.test(padded.slice(0, at + 1));
}

/** Words that name a province only as the one compared with ("so với Huế", "khác với", "compared with Hue", "unlike"). */
const ANCHOR_RE = /\b(so voi|khac voi|compared (with|to)|in comparison (with|to)|unlike|as opposed to|versus|vs)( (tinh|ke hoach cua|o|province of))? $/;

/** Words that leave a province out ("ngoài Gia Lai", "besides", "apart from", "other than", "except"). */
const EXCLUDED_BEFORE_RE = /\b(ngoai|ngoai ra|besides|beside|apart from|other than|except( for)?|tru)( (tinh|ke hoach cua|o))? $/;
/** ... in a question that asks which (other) provinces. */
const EXCLUDES_RE = /\b(tinh nao|nhung tinh|cac tinh|tinh khac|ke hoach nao|which (other )?(provinces?|plans?)|what other (provinces?|plans?)|any other (provinces?|plans?)|other provinces?)\b/;

function precededBy(h: { matched: string }, folded: string, re: RegExp): boolean {
  const at = ` ${folded} `.indexOf(` ${foldKey(h.matched)} `);
  return at >= 0 && re.test(` ${folded} `.slice(0, at + 1));
}

function byAnchorLast<T extends { matched: string }>(hits: T[], folded: string): T[] {
  if (hits.length < 2) return hits;
  const anchored = (h: T) => precededBy(h, folded, ANCHOR_RE);
  const asked = hits.filter((h) => !anchored(h));
  return asked.length > 0 && asked.length < hits.length ? [...asked, ...hits.filter(anchored)] : hits;
}

/** The agency was matched through the short form itself ("sở nv gia lai" through "Sở NV"), not through its full name. */
const viaShortForm = (matched: string, written: string) => ` ${foldKey(matched)} `.startsWith(` ${foldKey(written)} `);

const DOMAIN_WORDS = new Set(["tre", "bao", "xam", "hai", "luc", "duc"]);

/** `foldKey(text)`, kept in `folds` (one question's names). */
function foldVia(folds: Map<string, string>, text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) folds.set(text, (folded = foldKey(text)));
  return folded;
}

/** `f`'s value, computed on the first call only. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) { value = f(); done = true; }
    return value;
  };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}
