/**
 * Reads the child's age from a report: "bé 12 tuổi", "6 tuoi", "13t", "8 tháng tuổi",
 * "lớp 7" (about 12-13), "mẫu giáo", "sơ sinh", "a 9-year-old". Very young children raise the
 * risk, so when several ages are named the youngest is kept; ages of 18 and over belong to
 * adults in the story and are ignored.
 */
import type { ChildAge } from "./triage-types.ts";
import type { Clause } from "./report-text.ts";
import { quoteSpan } from "./report-text.ts";

const ADULT_AGE = 18;

/** Spelled-out numbers as they fold ("mười hai" -> "muoi hai"); English too. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["mot", 1], ["hai", 2], ["ba", 3], ["bon", 4], ["tu", 4], ["nam", 5], ["sau", 6], ["bay", 7], ["tam", 8], ["chin", 9],
  ["muoi", 10], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8],
  ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15],
  ["sixteen", 16], ["seventeen", 17],
]);

/** School stages and the ages they imply. */
const STAGE_AGES: ReadonlyArray<[string, number, number]> = [
  ["so sinh", 0, 0], ["moi sinh", 0, 0], ["moi de", 0, 0], ["do hon", 0, 0], ["newborn", 0, 0], ["baby", 0, 1], ["toddler", 1, 3], ["small kid", 2, 6], ["little kid", 2, 6], ["small child", 2, 6], ["little boy", 2, 7], ["little girl", 2, 7], ["mau giao", 3, 5], ["mam non", 3, 5], ["nha tre", 1, 3],
  ["tieu hoc", 6, 10], ["trung hoc co so", 11, 14], ["thcs", 11, 14], ["cap 2", 11, 14], ["thpt", 15, 17], ["cap 3", 15, 17],
  ["toddler", 1, 3], ["kindergarten", 4, 5],
];

/** What a baby does, said of one child ("đứa nhỏ mới biết đi", "bé còn bú", "just learning to walk"): as good as an age stated. */
const BABY_STEPS: ReadonlyArray<[string, number, number]> = [
  ["moi biet di", 1, 1], ["dang tap di", 1, 1], ["moi tap di", 1, 1], ["chua biet di", 0, 1], ["con bu", 0, 1], ["dang bu", 0, 1], ["chua biet noi", 0, 2], ["learning to walk", 1, 1], ["just walking", 1, 1],
];

interface AgeHit { min: number; max: number; start: number; end: number }

/** Stated ages beat school years, which beat stages ("3 tuổi ... nhà trẻ" is 3, not 1-3). */
type Precision = 0 | 1 | 2;

/** The youngest child age the report states, or null. */
export function extractChildAge(clauses: readonly Clause[]): ChildAge | null {
  let best: (ChildAge & { precision: Precision }) | null = null;
  const aside = agesAside(clauses);
  for (const key of unharmedAges(clauses)) aside.add(key);
  // "không phải 3 tuổi, cháu 11 tuổi", "bé 5 tuổi, à nhầm, 12 tuổi", "she's not 4, she's 10": an age denied or taken back is not the age,
  // when another is given.
  const denied = (c: number, hit: AgeHit) => ageDenied(clauses[c]!.tokens, hit.start) || ageTakenBack(clauses, c, hit.end);
  const affirmed = clauses.some((clause, c) => hitsIn(clause.tokens, clauses[c - 1]?.tokens).some(([hit]) => hit.min < ADULT_AGE && !denied(c, hit)));
  clauses.forEach((clause, c) => {
    for (const [found, precision] of hitsIn(clause.tokens, clauses[c - 1]?.tokens)) {
      if ((affirmed && denied(c, found)) || aside.has(`${c}:${found.start}`)) continue;
      // "chừng 11, 12 tuổi": a clause that opens with an age after one that ends with a smaller number is a range.
      const last = clauses[c - 1]?.tokens.at(-1) ?? "";
      const hit = found.start === 0 && /^\d{1,2}$/.test(last) && Number(last) < found.min && found.min - Number(last) <= 2 ? { ...found, min: Number(last) } : found;
      if (hit.min >= ADULT_AGE) continue;
      const better = best === null || precision > best.precision || (precision === best.precision && hit.min < best.min);
      if (better) best = { min: hit.min, max: hit.max, source: quoteSpan(clause, Math.max(0, hit.start), hit.end), precision };
    }
  });
  const found = best as (ChildAge & { precision: Precision }) | null;
  return found && { min: found.min, max: found.max, source: found.source };
}

/**
 * Ages that are no child's at risk, as "clause:start" of their hits: the age a profile claims ("nick giả 15 tuổi", "tự xưng là
 * nữ sinh 14 tuổi", "a fake profile of a 14 year old"), and a younger or older sibling's age in a report whose writer, a child,
 * gives their own ("e 13t. e gái e 5t. ba e say là đánh e", "I'm 13, my little brother is 4"), unless the harm is told of both
 * ("đánh cả hai chị em", "hits both of us").
 */
function agesAside(clauses: readonly Clause[]): Set<string> {
  const aside = new Set<string>();
  const hits = clauses.flatMap((clause, c) => hitsIn(clause.tokens, clauses[c - 1]?.tokens).map(([hit]) => ({ c, hit, before: clause.tokens.slice(Math.max(0, hit.start - 6), hit.start).join(" ") })));
  for (const { c, hit, before } of hits) if (claimedAge(clauses[c]!, hit.start, before)) aside.add(`${c}:${hit.start}`);
  const writer = hits.some(({ c, hit }) => writersOwnAge(clauses[c]!.tokens, hit.start));
  const text = clauses.map((c) => c.tokens.join(" ")).join(" , ");
  // Only when the harm is told of the writer and not of the sibling: "em 10 tuổi, em trai em 2 tuổi bị té" is about the brother.
  if (!writer || !WRITER_HARMED.test(text) || bothHarmed(text) || SIBLING_HARMED.test(text) || clauses.some((c) => SIBLING_BEFORE.test(c.tokens.join(" ")) && SUFFERS.test(c.tokens.join(" ")))) return aside;
  for (const { c, hit } of hits) if (SIBLING_BEFORE.test(clauses[c]!.tokens.slice(Math.max(0, hit.start - 4), hit.start).join(" "))) aside.add(`${c}:${hit.start}`);
  return aside;
}

/** Said right after a child's age that the child came to no harm (folded): "thì không bị đánh", "không bị gì", "không sao", "was not hurt". */
const NOT_HARMED = /^(?:\S+ ){0,3}?(?:(?:khong|ko|k|chua|hong|chang) (?:he |co )?(?:bi|sao)|(?:is|was|were|has|have)(?: not|n t)(?: been)? (?:hurt|harmed|hit|beaten|touched))\b/;

/**
 * Ages of children the report says came to no harm ("Em gái nó 5 tuổi thì không bị đánh", "anh nó 13 tuổi không bị gì"), as
 * "clause:start", when another child is given an age: the child harmed is the one the report is about.
 */
function unharmedAges(clauses: readonly Clause[]): Set<string> {
  const hits = clauses.flatMap((clause, c) => hitsIn(clause.tokens, clauses[c - 1]?.tokens).map(([hit]) => ({ c, hit })));
  // The same child named again with the same age ("cùng em gái 6 tuổi ... Em gái 6 tuổi thì không bị đánh") is that child too.
  const years = new Set(hits.filter(({ c, hit }) => NOT_HARMED.test(clauses[c]!.tokens.slice(hit.end).join(" "))).map(({ hit }) => `${hit.min}-${hit.max}`));
  const unharmed = hits.filter(({ hit }) => years.has(`${hit.min}-${hit.max}`));
  if (unharmed.length === 0 || unharmed.length === hits.length) return new Set();
  return new Set(unharmed.map(({ c, hit }) => `${c}:${hit.start}`));
}

/** A harm done to the writer (folded): "đánh em", "chửi mình", "hits me" (not "đánh em gái", "đánh em trai"). */
const WRITER_HARMED = /\b(?:danh|chui|mang|dap|tat|quat|danh dap|hanh ha|nhot|doa|si nhuc|xi nhuc|bo doi) (?:em|minh|tui|toi|tao)\b(?! (?:gai|trai|ho|ut|be|nho|re|dau|ruot|ke)\b)|\b(?:hits?|beats?|slaps?|kicks?|punch(?:es)?|hurts?|insults?|(?:yells?|screams?|shouts?) at) me\b/;
/** A harm done to a sibling (folded): "đánh em gái", "đánh cả thằng em", "hits my little brother". */
const SIBLING_HARMED = /\b(?:danh|chui|mang|dap|tat|quat|nhot|doa|bo doi|hits?|beats?|slaps?|kicks?|hurts?) (?:ca )?(?:em (?:gai|trai)|thang em|con em|cu em|be em|chi gai|anh trai|my (?:little |baby |older |big )?(?:brother|sister))\b/;
/** Said of the one named in a clause: harmed, ill, hurt or lost ("bị", "sốt", "té", "ốm", "is sick") (folded). */
const SUFFERS = /\b(?:bi|sot|om|te|nga|non|co giat|chay mau|lac|mat tich|benh|is sick|is ill|got hurt|fell)\b/;

/** A profile claiming an age (folded, the words before the age): "nick giả", "tài khoản ảo", "tự xưng là", "fake profile of a". */
const CLAIMED_BEFORE = /\b(?:(?:nick|nic|acc|account|tai khoan|tk|profile|trang|fb|facebook) (?:gia|ao|fake|clone|mao danh)|fake (?:account|acc|profile|nick)|tu xung|xung la|tu nhan|gia danh|mao danh|claim\w* to be|pretend\w* to be|posing as|says? (?:he|she|it) is|profile of)\b(.*)$/;
/** Whose the profile is, between the claim and the age: "tài khoản giả của con tôi 12 tuổi" is the child's own age (folded). */
const OWNED_AGE = /\b(?:cua|toi|tui|minh|my|our|her|his)\b/;

/** The age at `start` is one a profile gives itself ("nick giả 15 tuổi", "giả làm con gái 14 tuổi"), not a child's told of by whose it is. */
function claimedAge(clause: Clause, start: number, before: string): boolean {
  const claim = CLAIMED_BEFORE.exec(before);
  if (claim) return !OWNED_AGE.test(claim[1] ?? "");
  // "giả làm" as written ("Gia Lâm" is a place): read from the words as written.
  const written = clause.words.slice(Math.max(0, (clause.origin[start] ?? 0) - 6), clause.origin[start] ?? 0).join(" ").normalize("NFC").toLowerCase();
  const pretends = /giả làm(.*)$/u.exec(written);
  return pretends !== null && !/(?:của|tôi|tui|mình)/u.test(pretends[1] ?? "");
}
/** A sibling named before an age (folded): "em gái em", "thằng em", "em trai", "my little brother", "her sister". */
const SIBLING_BEFORE = /\b(?:em (?:gai|trai|ut)|(?:thang|con|dua|cu|be) em|chi (?:gai|hai|ca)|anh (?:trai|hai|ca)|brother|sister)\b/;
/** The writer's own words before their age at the start of a clause ("em 13 tuổi", "e 13t", "mình năm nay 15t", "I'm 13"). */
const WRITER_AGE_WORDS: ReadonlySet<string> = new Set(["em", "e", "minh", "mik", "mk", "to", "tui", "toi", "t", "tao", "i", "m", "am", "nam", "nay", "da", "moi", "thi", "la"]);

function writersOwnAge(tokens: readonly string[], start: number): boolean {
  const lead = tokens.slice(0, start);
  return lead.length > 0 && lead.length <= 4 && ["em", "e", "minh", "mik", "mk", "to", "tui", "toi", "t", "tao", "i"].includes(lead[0]!) && lead.every((t) => WRITER_AGE_WORDS.has(t));
}

/** The harm is told of the writer and a sibling together (folded): "cả hai chị em", "hai anh em", "tụi em", "both of us", "hits us". */
const BOTH_HARMED = /\b(?:(?:ca )?(?:hai|2) (?:chi em|anh em)|ca (?:hai|2)(?= (?:dua|be|chau|em|deu|cung|bi)\b| ,|$)|both of us|us both|(?:hits?|beats?|hurts?|yells at|locks?) us)\b|\b(?:danh|chui|mang|nhot|hanh ha|bo doi|bat) (?:ca )?(?:tui|bon|chung) em\b|\b(?:tui|bon|chung) em (?:deu |cung )?bi\b|\bem (?:gai|trai)(?: \S+){0,2} cung bi\b/;

/** Whether the report tells the harm of the writer and a sibling together. */
export function bothHarmed(folded: string): boolean {
  return BOTH_HARMED.test(folded);
}

/**
 * Every exact age (a number of years or months) the report gives a child, in the order named,
 * each once: "chị 9 tuổi, em 5 tuổi" gives 9 and 5; a range gives both ends.
 */
export function extractChildAges(clauses: readonly Clause[]): number[] {
  const ages: number[] = [];
  const unharmed = unharmedAges(clauses);
  clauses.forEach((clause, c) => {
    for (const [hit, precision] of hitsIn(clause.tokens, clauses[c - 1]?.tokens)) {
      if (precision !== 2 || hit.min >= ADULT_AGE || unharmed.has(`${c}:${hit.start}`)) continue;
      for (const a of [hit.min, hit.max]) if (a < ADULT_AGE && !ages.includes(a)) ages.push(a);
    }
  });
  return ages;
}

/**
 * Each child given an age of their own, in the order named: "con nhỏ bảy tuổi ... thằng em ba
 * tuổi", "the girl is seven years old and her brother is four years old" (7 and 3, 7 and 4).
 * Only a single age said of a word for a child ("bé", "thằng em", "con gái", "girl", "brother")
 * counts: not a range, not an adult's age, not "anh họ 16 tuổi", not "thằng 17 tuổi" (a youth
 * named by "thằng" alone may be the one who harms).
 */
export function extractSeparateAges(clauses: readonly Clause[], harmerWords: readonly string[] = []): number[] {
  const ages: number[] = [];
  const unharmed = unharmedAges(clauses);
  clauses.forEach((clause, c) => {
    for (const [hit, precision] of hitsIn(clause.tokens, clauses[c - 1]?.tokens)) {
      if (precision !== 2 || hit.min !== hit.max || hit.min >= ADULT_AGE || ages.includes(hit.min) || unharmed.has(`${c}:${hit.start}`)) continue;
      const before = clause.tokens.slice(Math.max(0, hit.start - 3), hit.start);
      // "em 16 tuổi" opening a clause is the writer's own age, not a child told of ("thằng em ba tuổi", "em gái em 3 tuổi").
      if (hit.start === 1 && WRITER_SELF.has(clause.tokens[0]!)) continue;
      // "dưới 12 tuổi" is a bound; "thằng anh họ 16 tuổi", "bạn trai 17 tuổi", the harmer's own age, is not a child reported.
      if (NOT_A_CHILD_AGE.has(before.at(-1) ?? "") || before.some((t) => OLDER_PERSON.has(t)) || /\bban (?:trai|gai)\b/.test(before.join(" "))) continue;
      if (harmerWords.length > 0 && harmerWords.every((w) => before.includes(w))) continue;
      if (before.some((t) => CHILD_OF_AGE.has(t))) ages.push(hit.min);
    }
  });
  return ages;
}

/** "không phải", "chứ không phải", "đâu phải", "not", "isn't" right before an age (folded tokens; "là", "bé", "nó" may stand between). */
function ageDenied(tokens: readonly string[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && ["la", "be", "no", "chau", "em", "con", "co", "mới", "moi"].includes(tokens[k]!)) k--;
  const w = tokens[k] ?? "";
  const w2 = tokens[k - 1] ?? "";
  if (w === "phai" && ["khong", "ko", "k", "chang", "dau", "hong", "cha"].includes(w2)) return true;
  return ["not", "isn't", "isnt", "wasn't", "wasnt"].includes(w) || (w === "t" && ["isn", "wasn"].includes(w2));
}

/** Words that take back what was just said: "à nhầm", "nhầm", "à không", "sorry", "i mean", "no wait" (folded, the clause's first words). */
const TAKE_BACK = /^(?:(?:a|o|ay|uh|oh) )?(?:nham|khong phai|khong|sorry|i mean|no wait|correction)\b/;

/** The age is the last thing in its clause and the next clause takes it back ("bé 5 tuổi, à nhầm, bé 12 tuổi"). */
function ageTakenBack(clauses: readonly Clause[], c: number, end: number): boolean {
  const tokens = clauses[c]!.tokens;
  if (tokens.slice(end).some((t) => !["a", "roi", "nha", "day", "thi", "old"].includes(t))) return false;
  const next = clauses[c + 1]?.tokens ?? [];
  return TAKE_BACK.test(next.join(" ")) && next.some((t, i) => i > 0 && /^\d{1,2}$/.test(t)) || (TAKE_BACK.test(next.join(" ")) && next.length <= 3);
}

const WRITER_SELF: ReadonlySet<string> = new Set(["em", "e", "minh", "mik", "to", "tui", "toi", "i"]);
/** A bound before the number, not an age: "dưới 12", "trên 16", "từ 6 đến 14", "under 12" (folded). */
const NOT_A_CHILD_AGE: ReadonlySet<string> = new Set(["duoi", "tren", "tu", "den", "under", "over", "from", "to", "qua"]);
/** Someone older named with the age, who is not a child reported: a cousin, a boyfriend, an account (folded). */
const OLDER_PERSON: ReadonlySet<string> = new Set(["ho", "yeu", "boyfriend", "girlfriend", "account", "khoan", "xung"]);
/** Words for a child just before their age (folded). */
const CHILD_OF_AGE: ReadonlySet<string> = new Set(["be", "nho", "em", "gai", "trai", "chau", "dua", "cu", "ut", "girl", "boy", "brother", "sister", "son", "daughter", "kid", "child", "baby"]);

function babyStepAt(tokens: readonly string[], i: number): AgeHit | null {
  for (const { words, min, max } of BABY_STEPS_BY_FIRST.get(tokens[i] ?? "") ?? []) {
    if (words.every((w, k) => tokens[i + k] === w)) return { min, max, start: i, end: i + words.length };
  }
  return null;
}

function hitsIn(tokens: readonly string[], before: readonly string[] = []): Array<[AgeHit, Precision]> {
  const hits: Array<[AgeHit, Precision]> = [];
  tokens.forEach((token, i) => {
    const exact = yearsAt(tokens, i, before) ?? shortAgeAt(token, i, tokens) ?? babyStepAt(tokens, i);
    const grade = exact ? null : gradeAt(tokens, i);
    const stage = exact || grade ? null : stageAt(tokens, i);
    if (exact) hits.push([exact, 2]);
    if (grade) hits.push([grade, 1]);
    if (stage) hits.push([stage, 0]);
  });
  return hits;
}

/** Words after a bare number that make it a count or a time, not an age. */
const NOT_AGE_UNIT = /^(tuan|ngay|nam|hom|buoi|lan|gio|tieng|phut|giay|dem|toi|lan|nguoi|dua|dong|trieu|nghin|ngan|k|km|met|cai|bua|diem|phan tram|percent|points?|marks?|weeks?|days?|years?(?! old)|times?|hours?|minutes?|nights?|people|km|miles?|dollars?|am|pm)\b/;

/** "12 tuổi", "mười hai tuổi", "8 tháng tuổi", "9 years old", "9 year old", "aged 9". */
function yearsAt(tokens: readonly string[], i: number, before: readonly string[] = []): AgeHit | null {
  const n = numberAt(tokens, i);
  if (n === null) return null;
  const after = tokens.slice(n.end, n.end + 3).join(" ");
  if (after.startsWith("thang tuoi") || after.startsWith("months old") || after.startsWith("month old")) {
    return { min: 0, max: 1, start: i, end: n.end + 2 };
  }
  // "bé mới 18 tháng", "bé được 2 tháng": months without "tuổi"; not "quen ... được 2 tháng" (how long they have known each other).
  if (/^(thang|months?)\b/.test(after) && ["moi", "duoc", "be", "chau", "con", "aged", "only", "just", "trai", "gai", "toi", "tui", "minh", "em"].includes(tokens[i - 1] ?? "") && monthsOfChild(tokens, i)) {
    const years = Math.floor(n.value / 12);
    return { min: years, max: years, start: i - 1, end: n.end + 1 };
  }
  // "mới sinh được 2 tuần", "bé 3 tuần tuổi", "a 3-week-old baby": weeks old.
  if ((/^(tuan|weeks?)\b/.test(after) && (tokens[i - 1] === "sinh" || (tokens[i - 1] === "duoc" && tokens[i - 2] === "sinh"))) || after.startsWith("tuan tuoi") || after.startsWith("week old") || after.startsWith("weeks old")) {
    return { min: 0, max: 0, start: i - 1, end: n.end + 1 };
  }
  if (after.startsWith("tuoi") || after.startsWith("years old") || after.startsWith("year old") || after.startsWith("yo")) {
    return { min: n.value, max: n.value, start: i, end: n.end + 1 };
  }
  // "is 13", "I am 12", "em mới 13", "nó chỉ 12" (without the word "tuổi").
  // Not when a unit follows: "nhắn tin với em được 2 tuần", "mới 3 ngày", "is 5 minutes away".
  // "a girl, maybe 9 or 10": an estimate right after a child is named (not "around 8 tonight").
  // "a little girl, maybe 7, selling ...": set off by commas, the estimate opens its clause and the child ends the one before.
  const named = i === 1 ? before.slice(-3) : tokens.slice(Math.max(0, i - 5), i - 1);
  // "he is about 7", "she's maybe 6": the child said as "he" or "she", the estimate right after "is".
  const estimate = ["maybe", "about", "around", "roughly", "approximately", "perhaps"].includes(tokens[i - 1] ?? "") && (named.some((t) => CHILD_NOUNS_EN.has(t)) || (["is", "s"].includes(tokens[i - 2] ?? "") && ["he", "she"].includes(tokens[i - 3] ?? "")));
  if (estimate && /^\d+$/.test(tokens[i] ?? "") && n.value < ADULT_AGE && !NOT_AGE_UNIT.test(after)) {
    const other = tokens[n.end] === "or" ? numberAt(tokens, n.end + 1) : null;
    const max = other && other.value > n.value && other.value - n.value <= 3 ? other.value : n.value;
    return { min: n.value, max, start: i - 1, end: other && max !== n.value ? other.end : n.end };
  }
  // "My neighbour's girl, 8, was slapped", "my niece (7) is left alone": the age set off right after the word for the child.
  // "The boy next door, 9, ...", "the girl across the road, 7": where the child lives, said after the child, before the age.
  const apposed = i === 0 ? withoutWhere(before).at(-1) : tokens[i - 1] === "" ? tokens[i - 2] : undefined;
  if (apposed && CHILD_NOUNS_EN.has(apposed) && /^\d+$/.test(tokens[i] ?? "") && n.value < ADULT_AGE && !NOT_AGE_UNIT.test(after) && !/^(thang|months?|minutes?|mins?|of|more|other|times?)\b/.test(after)) {
    return { min: n.value, max: n.value, start: i, end: n.end };
  }
  // "she's only 5", "he is just 9": the age after "only" or "just".
  if (["only", "just", "barely"].includes(tokens[i - 1] ?? "") && ["is", "s", "was"].includes(tokens[i - 2] ?? "") && /^\d+$/.test(tokens[i] ?? "") && n.value < ADULT_AGE && !/^(thang|months?)/.test(after) && !NOT_AGE_UNIT.test(after)) {
    return { min: n.value, max: n.value, start: i - 2, end: n.end };
  }
  if (["aged", "is", "s", "am", "m", "im", "turned", "moi", "chi", "duoc", "was", "son", "daughter", "boy", "girl", "kid", "child", "nephew", "niece"].includes(tokens[i - 1] ?? "") && /^\d+$/.test(tokens[i] ?? "") && !/^(thang|months?)/.test(after) && !NOT_AGE_UNIT.test(after)) {
    return { min: n.value, max: n.value, start: i - 1, end: n.end };
  }
  return listedAge(tokens, i, n);
}

/** Words that may stand between the child and "được"/"mới" ("bé mới được", "con tôi vừa được") (folded). */
const SOON_WORDS: ReadonlySet<string> = new Set(["moi", "duoc", "vua", "da", "chi", "co"]);
/** Who is months old: a child ("bé", "cháu", "con", "nó"), or born ("sinh con được 3 tháng") (folded). */
const MONTHS_OLD_SUBJECT: ReadonlySet<string> = new Set(["be", "chau", "con", "nho", "ut", "trai", "gai", "no", "sinh", "de", "baby"]);

/**
 * "được 2 tháng", "mới 2 tháng": the months are the child's age when the child (or a birth) is
 * named right before ("bé mới được 2 tháng", "con tôi được 5 tháng", "sinh con được 3 tháng");
 * after a verb they say how long something has lasted ("quen ... được 2 tháng", "ở với chú được 6 tháng").
 */
function monthsOfChild(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  if (!["moi", "duoc"].includes(tokens[k] ?? "")) return true;
  while (k >= 0 && SOON_WORDS.has(tokens[k]!)) k--;
  // "con tôi mới được 2 tháng", "bé nhà bên được 3 tháng", "con bé ấy mới được 2 tháng": the child, with whose or where.
  for (let n = 0; n < 4 && k >= 0; n++, k--) {
    if (MONTHS_OLD_SUBJECT.has(tokens[k]!)) return true;
    if (!OWNER_OR_PLACE.has(tokens[k]!)) return false;
  }
  return false;
}

/** Words between a child and "được" that say whose or where the child is ("của tôi", "nhà bên", "ấy") (folded). */
const OWNER_OR_PLACE: ReadonlySet<string> = new Set(["toi", "tui", "minh", "em", "e", "nha", "cua", "ben", "canh", "ke", "hang", "xom", "ay", "do", "kia", "doi", "dien"]);

/** The clause before an age with the words of where the child lives dropped from its end ("boy next door" → "boy"). */
function withoutWhere(before: readonly string[]): readonly string[] {
  const key = before.join(" ");
  const m = /\s(?:next door|across the (?:road|street|hall|lane)|down the (?:road|street|lane|hall)|upstairs|downstairs|nearby|on (?:my|our|the) (?:street|road|lane|floor))$/.exec(key);
  return m ? key.slice(0, m.index).split(" ") : before;
}

const CHILD_NOUNS_EN: ReadonlySet<string> = new Set(["girl", "boy", "kid", "child", "son", "daughter", "niece", "nephew", "student", "pupil", "teen", "teenager"]);

/** "5 và 7 tuổi", "12-13 tuổi", "5 and 7 years old": a list or range of ages. */
function listedAge(tokens: readonly string[], i: number, n: { value: number; end: number }): AgeHit | null {
  const joined = ["va", "and", "hoac", "or", "den", "to"].includes(tokens[n.end] ?? "");
  const second = numberAt(tokens, joined ? n.end + 1 : n.end);
  if (second === null) return null;
  // Without a joining word two numbers are a range only when written alike and close ("12 13 tuổi",
  // "mười hai mười ba"): "học sinh nam 11 tuổi" is "nam" (male) before 11, not 5 to 11.
  if (!joined && (/^\d+$/.test(tokens[i] ?? "") !== /^\d+$/.test(tokens[n.end] ?? "") || second.value <= n.value || second.value - n.value > 3)) return null;
  const unit = tokens[second.end] ?? "";
  if (unit !== "tuoi" && unit !== "years" && unit !== "year") return null;
  return { min: Math.min(n.value, second.value), max: Math.max(n.value, second.value), start: i, end: second.end + 1 };
}

/** A number written in digits or words ("muoi hai", "muoi lam"), with the token after it. */
function numberAt(tokens: readonly string[], i: number): { value: number; end: number } | null {
  const token = tokens[i] ?? "";
  if (/^\d{1,2}$/.test(token)) return { value: Number(token), end: i + 1 };
  const first = NUMBER_WORDS.get(token);
  if (first === undefined) return null;
  const prev = NUMBER_WORDS.get(tokens[i - 1] ?? "");
  // "mười bốn": "bốn" is the end of fourteen, not four; "hai mươi": "mươi" is the end of twenty, not ten.
  if (prev === 10 && first < 10 && /^[a-z]+$/.test(token) && !/^(one|two|three|four|five|six|seven|eight|nine)$/.test(token)) return null;
  if (first === 10 && prev !== undefined && prev >= 2 && prev < 10 && /^[a-z]+$/.test(tokens[i - 1] ?? "")) return null;
  if (first >= 2 && first < 10 && tokens[i + 1] === "muoi") {
    const unit = tokens[i + 2] === "lam" || tokens[i + 2] === "nham" ? 5 : tokens[i + 2] === "mot" || tokens[i + 2] === "mot" ? 1 : NUMBER_WORDS.get(tokens[i + 2] ?? "");
    return unit !== undefined && unit < 10 ? { value: first * 10 + unit, end: i + 3 } : { value: first * 10, end: i + 2 };
  }
  if (first === 10) {
    // "mười mấy tuổi": in the teens, from 11.
    if (tokens[i + 1] === "may") return { value: 11, end: i + 2 };
    const unit = tokens[i + 1] === "lam" ? 5 : NUMBER_WORDS.get(tokens[i + 1] ?? "");
    if (unit !== undefined && unit < 10) return { value: 10 + unit, end: i + 2 };
  }
  return { value: first, end: i + 1 };
}

/** Words for other pupils before their grade (folded): "mấy anh lớp 9", "tụi lớp 8", "đám chị lớp 12". */
const OTHER_PUPILS: ReadonlySet<string> = new Set(["tui", "bon", "dam", "nhom", "may"]);

/** "lớp 7" / "grade 7": a school year, about six years younger than its number plus a year. */
function gradeAt(tokens: readonly string[], i: number): AgeHit | null {
  if (tokens[i] !== "lop" && tokens[i] !== "grade") return null;
  // "mấy anh lớp 9", "tụi lớp 8", "bọn chị lớp 12": the grade of other pupils (who harm), not the child's.
  if (OTHER_PUPILS.has(tokens[i - 1] ?? "") || (["anh", "chi", "ban"].includes(tokens[i - 1] ?? "") && ["may", "dam", "tui", "bon", "nhom", "cac"].includes(tokens[i - 2] ?? ""))) return null;
  // "lớp 3A", "lớp 10C1": the class's letter after its year.
  const grade = Number(/^(\d{1,2})(?:[a-z]\d?)?$/.exec(tokens[i + 1] ?? "")?.[1] ?? "");
  if (!Number.isInteger(grade) || grade < 1 || grade > 12) return null;
  return { min: grade + 5, max: grade + 6, start: i, end: i + 2 };
}

/** Phrases with their ages, split into words once and indexed by their first word. */
function byFirstWord(list: ReadonlyArray<[string, number, number]>): Map<string, Array<{ words: string[]; min: number; max: number }>> {
  const index = new Map<string, Array<{ words: string[]; min: number; max: number }>>();
  for (const [phrase, min, max] of list) {
    const words = phrase.split(" ");
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), { words, min, max }]);
  }
  return index;
}

const STAGES_BY_FIRST = byFirstWord(STAGE_AGES);
const BABY_STEPS_BY_FIRST = byFirstWord(BABY_STEPS);

function stageAt(tokens: readonly string[], i: number): AgeHit | null {
  for (const { words, min, max } of STAGES_BY_FIRST.get(tokens[i] ?? "") ?? []) {
    if (words.every((w, k) => tokens[i + k] === w)) return { min, max, start: i, end: i + words.length };
  }
  return null;
}

/** Teen-speak "13t", "12yo". */
function shortAgeAt(token: string, i: number, tokens: readonly string[] = []): AgeHit | null {
  const m = /^(\d{1,2})(t|yo)$/.exec(token);
  if (!m) return null;
  const age = Number(m[1]);
  // "tầm 4 5t": a range written short.
  const before = /^\d{1,2}$/.test(tokens[i - 1] ?? "") ? Number(tokens[i - 1]) : NaN;
  if (before < age && age - before <= 2) return { min: before, max: age, start: i - 1, end: i + 1 };
  return { min: age, max: age, start: i, end: i + 1 };
}
