/**
 * Reads what a reporter wrote (the story, an answer that says more than was asked, a
 * correction) with the triage fact module and the province lookup, and puts what it states
 * into the draft, so the flow asks only what the story did not say. A story fills empty
 * fields only; a correction ("Sửa") replaces them.
 */
import type { Language } from "../../core/message-types.ts";
import { foldKey } from "../../core/vietnamese-text.ts";
import type { ReportDraft, ReporterRelation } from "../case-intake-port.ts";
import { extractReportFacts, type ReportFacts, type ReporterKind, type WhenFact } from "../triage/report-facts.ts";
import { bandOf } from "./answer-matching.ts";
import type { ReportFlowDeps } from "./report-flow-types.ts";

/** Fields of the draft a message can fill. */
export type StoryField = "age" | "sex" | "harmer" | "reporter" | "when" | "province" | "commune" | "contact" | "children" | "withPerson";

/** What one message told: the draft with it, the fields it set, and the facts as read. */
export interface StoryReading {
  draft: ReportDraft;
  /** Fields this message set or changed. */
  learned: StoryField[];
  facts: ReportFacts;
  /** The message names a province, commune, age, harmer, injury or phone: it is part of the story, not a side remark. */
  hasContent: boolean;
}

const REPORTER_OF: Record<ReporterKind, ReporterRelation> = {
  child_self: "self", parent: "family", relative: "family", neighbour: "neighbour", teacher: "teacher", friend: "other", official: "other",
};
const REPORTER_TEXT: Partial<Record<ReporterKind, Record<Language, string>>> = {
  friend: { vi: "bạn của trẻ", en: "a friend of the child" },
  official: { vi: "cán bộ, người có trách nhiệm ở địa phương", en: "a local official" },
};
const WHEN_OF: Record<WhenFact, string> = { now: "now", tonight: "soon", today: "today", recent: "this_week", repeated: "repeated", past: "earlier" };

/**
 * A short answer to "where?" says the place and little else; place names hold words the fact
 * module would read as facts ("Hai Châu": two children, "Ba Đình": the father), so such an
 * answer fills only these fields.
 */
export const PLACE_ANSWER_FIELDS: readonly StoryField[] = ["province", "commune", "age", "contact"];

/**
 * Reads `text` into `draft`: "fill" keeps what the draft holds, "replace" lets the text win (a
 * correction). With `only`, fields outside it are not taken from this text.
 */
export function readStory(draft: ReportDraft, text: string, deps: ReportFlowDeps, mode: "fill" | "replace", only?: readonly StoryField[]): StoryReading {
  const read = speakerAsI(text);
  const facts = notTheReporter(extractReportFacts(read), read);
  const province = deps.findProvince(text);
  const values = valuesOf(facts, text, province, draft.language);
  const learned: StoryField[] = [];
  let next = draft;
  for (const [field, patch] of Object.entries(values) as Array<[StoryField, Partial<ReportDraft> | undefined]>) {
    if (!patch || (mode === "fill" && isKnown(draft, field)) || (only && !only.includes(field))) continue;
    if (Object.entries(patch).every(([k, v]) => draft[k as keyof ReportDraft] === v)) continue;
    next = { ...next, ...patch };
    learned.push(field);
  }
  const hasContent = Boolean(facts.age || facts.harmer || facts.injury || facts.phone || facts.commune || province || facts.reporter);
  return { draft: next, learned, facts, hasContent };
}

/**
 * A writer who calls themself by a kin word and then says who they are with the same word ("Bà là
 * bà nội thằng Tí nè", "Cô là cô giáo của bé", "chu la chu ruot"), as grandparents and relatives
 * often write, especially in the South: read as "tôi là ..." so the fact module knows the reporter.
 * Only the same word twice counts: "Bố là người đánh bé" names the harmer, not the writer.
 */
const KIN_SELF = /(^|[.!?;\n]\s*)(bà|ông|cô|chú|dì|bác|cậu|mợ|thím|má|mẹ|bố|cha|ba|ong|co|chu|di|bac|cau|mo|thim|ma|me|bo)\s+(?:là|la)\s+(?=\2[\s,])/giu;

function speakerAsI(text: string): string {
  return text.normalize("NFC").replace(KIN_SELF, "$1tôi là ");
}

/** The reporter introducing themself: "Tôi là giáo viên chủ nhiệm", "I'm a teacher at a school in Da Nang" (to the end of the clause). */
const SELF_INTRO = /(^|[.!?;\n]\s*)(?:tôi là|mình là|tui là|toi la|minh la|tui la|i am|i'm|i’m)(?=\s)[^.,;!?\n]*/giu;

/** Who told the reporter: "bạn bè nói ...", "his friends said ..." (the words before a verb of saying). */
const SAYING = String.raw`\s+(?:nói|kể|bảo|cho biết|noi|ke|bao|cho biet|said|says|told(?:\s+me)?)(?=\s)`;

/**
 * The harmer read from the reporter's own introduction ("I'm a teacher ... his uncle did it"
 * read as "teacher") would name the reporter, and one read from who told the news ("bạn bè
 * nói gia đình ép em lấy chồng") would name a witness; the story is read again without those
 * words, so the harmer is the one the story names (or unknown, for the introduction).
 */
function notTheReporter(facts: ReportFacts, text: string): ReportFacts {
  if (!facts.harmer || !facts.harmerQuote) return facts;
  const quote = foldKey(facts.harmerQuote);
  const intros = text.match(SELF_INTRO) ?? [];
  const sayer = new RegExp(`${facts.harmerQuote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${SAYING}`, "iu");
  const fromIntro = intros.some((clause) => foldKey(clause).includes(quote));
  if (!fromIntro && !sayer.test(text)) return facts;
  const again = extractReportFacts(fromIntro ? text.replace(SELF_INTRO, "$1") : text.replace(sayer, ""));
  // Whoever said it stays the harmer when the rest names nobody ("bố nói sẽ đánh chết em" is the father's threat).
  if (!fromIntro && !again.harmer) return facts;
  return { ...facts, harmer: again.harmer, harmerQuote: again.harmerQuote };
}

function valuesOf(facts: ReportFacts, text: string, province: { id: string; name: string } | null, lang: Language): Partial<Record<StoryField, Partial<ReportDraft>>> {
  const childSelf = isChildReporter(facts, text);
  const reporter: ReporterKind | null = childSelf ? "child_self" : facts.reporter;
  return {
    age: facts.age ? { childAgeBand: bandOf(facts.age.min), childAgeText: ageText(facts.age.min, facts.age.max) } : undefined,
    sex: facts.sex === "female" || facts.sex === "male" ? { childSex: facts.sex } : undefined,
    harmer: facts.harmer && facts.harmer !== "self" ? { harmer: facts.harmer, harmerText: facts.harmerQuote } : undefined,
    reporter: reporter ? { reporterRelation: REPORTER_OF[reporter], reporterRelationText: REPORTER_TEXT[reporter]?.[lang] ?? null } : undefined,
    when: facts.when ? { when: WHEN_OF[facts.when] } : undefined,
    province: province ? { provinceId: province.id, provinceName: province.name, locationText: locationOf(text, province.name) } : undefined,
    commune: facts.commune ? { commune: communeLevel(text, facts.commune) } : undefined,
    contact: facts.phone ? { contact: facts.phone, anonymous: false } : undefined,
    children: facts.children && facts.children > 1 ? { children: facts.children } : undefined,
    withPerson: facts.withHarmerNow ? { withPersonNow: "yes" } : undefined,
  };
}

/** Whether the draft already holds the field (filled from the story or answered). */
export function isKnown(d: ReportDraft, field: StoryField): boolean {
  switch (field) {
    case "age": return d.childAgeBand !== null && d.childAgeBand !== "unknown";
    case "sex": return d.childSex !== null && d.childSex !== "unknown";
    case "harmer": return Boolean(d.harmer);
    case "reporter": return d.reporterRelation !== null;
    case "when": return d.when !== null;
    case "province": return d.provinceId !== null;
    case "commune": return d.commune !== null;
    case "contact": return d.anonymous !== null;
    case "children": return Boolean(d.children);
    case "withPerson": return d.withPersonNow !== null;
  }
}

const FIRST_PERSON_AGE = [
  /\b(em|minh|to|tui|toi)\s+(nam nay\s+|da\s+|moi\s+|duoc\s+)?(\d{1,2})\s*(tuoi|t)\b/,
  /\bi\s*(am|m)\s+(only\s+|just\s+)?(\d{1,2})\b/,
];

/**
 * A child telling about themself: the fact module says so, or the text says "em 13 tuổi",
 * "I'm 12" (first person with an age under 16) and names no adult reporter.
 */
export function isChildReporter(facts: ReportFacts, text: string): boolean {
  if (facts.reporter === "child_self") return true;
  if (facts.reporter !== null) return false;
  const key = foldKey(text);
  for (const re of FIRST_PERSON_AGE) {
    const m = re.exec(key);
    const age = m ? Number(m[3]) : NaN;
    if (age > 0 && age < 16) return true;
  }
  return false;
}

function ageText(min: number, max: number): string {
  return min === max ? String(min) : `${min}-${max}`;
}

/** The place as typed when the message is short (an answer), else the province's name. */
function locationOf(text: string, name: string): string {
  const trimmed = text.trim();
  return trimmed.length <= 80 ? trimmed : name;
}

const COMMUNE_LEVEL = /\b(xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)\s+((?:[A-ZĐÀ-Ỹ0-9][\p{L}\p{N}'-]*\s?){1,4})/u;

/** "thôn Đông, xã Hòa Thịnh": a village is kept with its commune, which officers refer to (the commune People's Committee). */
function communeLevel(text: string, found: string): string {
  if (COMMUNE_LEVEL.test(found)) return found;
  const level = COMMUNE_LEVEL.exec(text.normalize("NFC"));
  return level ? `${found}, ${level[1]} ${level[2]!.trim()}` : found;
}

const COMMUNE_ANSWER = /^(?:(?:o|tai|thuoc)\s+)?(xa|phuong|thi tran|thon|buon|plei|lang|ap|ban|to dan pho|khu pho|dac khu|commune|ward|village)\b/;

/** A commune typed as an answer, also in lower case ("xã hòa xuân"), cut before the province. */
export function readCommuneAnswer(text: string, provinceName: string | null): string | null {
  const first = (text.split(/[,;\n]/)[0] ?? "").trim().replace(/^(ở|tại|thuộc|o|tai|thuoc)\s+/iu, "");
  if (!first || !(COMMUNE_ANSWER.test(foldKey(first)) || /\s(ward|commune|village)$/i.test(first))) return null;
  if (provinceName && foldKey(first) === foldKey(provinceName)) return null;
  return first;
}

const CONTACT_WORDS = /\b(zalo|facebook|fb|messenger|email|gmail|mail|telegram|tele|sdt|so dien thoai|dien thoai|phone|call me|goi cho|goi vao|nhan tin|lien he)\b/;

/** A way to reach the reporter: a phone number, an e-mail or a handle with the app's name. */
export function readContact(text: string): string | null {
  const t = text.trim();
  if (/(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/.test(t) || /\S+@\S+\.\S+/.test(t)) return t;
  if (CONTACT_WORDS.test(foldKey(t)) && /[\p{L}\p{N}]{3,}/u.test(t) && !t.endsWith("?")) return t;
  return null;
}
