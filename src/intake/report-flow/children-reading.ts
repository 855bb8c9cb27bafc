/**
 * The children a story names one by one ("một cậu bé 4 tuổi và một bé gái 7 tuổi", "a 6-year-old girl and a 3-year-old boy"),
 * each with their sex and age, and a brother or sister named only in passing ("em nó 2 tuổi thì ở với bà"), who is no child
 * harmed and whose age is not the child's.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { Language } from "../../core/message-types.ts";
import { namesSiblingByOrder, toldChildFine, withoutFineWords } from "./flow-words.ts";

export interface ChildMention { sex: "male" | "female"; age: number | null }

// "thằng cháu", "thằng em", "thằng cu": a boy, in the kin words grown-ups use in the South and Centre; "em gái": a girl.
const BOY_VI = "thang be|thang nho|thang chau|thang em|thang cu|thang con|be trai|cau be|chau trai|em trai|dua con trai|dua be trai|dua nho trai|con trai";
const GIRL_VI = "be gai|con be(?! trai)|co be(?! trai)|chau gai|em gai|dua con gai|dua be gai|dua nho gai|con gai";
/** A child named with their sex, then (after a few words of who they are) their age (folded). */
const KID_VI = new RegExp(String.raw`(?:^|\s)(${BOY_VI}|${GIRL_VI})(?: (?:nha ben|nha do|nha no|nha kia|nha chi|nha anh|nha co|nha chu|nha ho|lon|nho|ut|dau|ay|do|kia|no|cua (?:no|be|chi|anh|ho|nha ben)))?(?:(?: (?:thi|la|nam nay|moi|chung|khoang|tam|da|chi|duoc|co|tam khoang|chung khoang))* (\d{1,2}) ?(?:tuoi|t)\b)?`, "g");
/** A child's age said first, then their sex: "đứa lớn 6 tuổi con gái", "be nho 4 tuoi la con trai" (folded). */
const AGE_THEN_KID_VI = new RegExp(String.raw`\b(\d{1,2}) ?(?:tuoi|t)\b,? (?:la )?(${BOY_VI}|${GIRL_VI})\b(?!(?: \S+){0,2} \d{1,2} ?(?:tuoi|t)\b)`, "g");
const KID_EN = /\b(?:(\d{1,2})[- ]?(?:years?|yrs?)[- ]?old (boy|girl|son|daughter)|(boy|girl|son|daughter)(?: (?:of|aged|age|who is))? (\d{1,2})\b(?! (?:minutes?|hours?|days?|weeks?|months?)))/g;
/**
 * A child called by name with the word that says their sex (as typed, the name capitalised): "thằng Bin 6 tuổi", "con Na 4 tuổi",
 * "cu Tý, 3 tuổi". Not "con Trai" nor "Con gái tôi": a name is no kin word; nor "Con Tôi", "Con Mình": a pronoun is no name (M15).
 */
const NAMED_KID = /(?<![\p{L}])([Tt]hằng|[Tt]hang|[Cc]u|[Cc]on|[Cc]ái|[Cc]ai)\s+(?!(?:Trai|Gái|Gai|Bé|Be|Nhỏ|Nho|Út|Ut|Cháu|Chau|Em|Tôi|Toi|Tui|Mình|Minh|Tao|Ta|Nó|No|Anh|Chị|Chi|Cô|Co|Chú|Chu|Bác|Bac|Ông|Ong|Bà|Ba|Dì|Di|Cậu|Cau|Của|Cua|Nhà|Nha|Ai|Này|Nay|Đó|Do|Ấy|Ay|Kia)(?![\p{L}]))(\p{Lu}\p{Ll}*)(?:\s+(?:năm nay|nam nay|mới|moi|chừng|chung|khoảng|khoang|tầm|tam|thì|thi|đã|da|,))*\s*,?\s*(\d{1,2})\s?(?:tuổi|tuoi|t)(?![\p{L}])/gu;
/**
 * The writer's own tie to a grown-up, said with a kin word (folded): "tôi là em gái của chị ấy", "tui là con trai bà cụ": the writer, no
 * child (walk 52: "Tôi là em gái của chị ấy" read as a second child, a girl).
 */
const WRITERS_TIE = /\b(?:toi|tui|minh|chung toi) la (?:em gai|em trai|con gai|con trai|chau gai|chau trai) (?:cua |ruot )?(?:chi|anh|co|chu|bac|ong|ba|me|bo|nguoi)\b/;
const BOY_WORDS = new Set([...BOY_VI.split("|"), "boy", "son"]);

/** The children a text names with a sex, in order, each once (the same sex and age twice is one child). */
export function childMentions(text: string): ChildMention[] {
  const key = foldKey(text);
  const found: Array<ChildMention & { at: number; guess?: boolean; named?: boolean }> = [];
  for (const m of key.matchAll(KID_VI)) if (!WRITERS_TIE.test(key.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + m[0].length + 16))) found.push({ sex: BOY_WORDS.has(m[1]!) ? "male" : "female", age: m[2] ? Number(m[2]) : null, at: m.index ?? 0 });
  // Read clause by clause: "bé gái 5 tuổi, bé trai 9 tuổi" names a boy of 9, not one of 5.
  let offset = 0;
  for (const clause of text.split(/[,.;!?\n]/u)) {
    const folded = foldKey(clause);
    for (const m of folded.matchAll(AGE_THEN_KID_VI)) found.push({ sex: BOY_WORDS.has(m[2]!) ? "male" : "female", age: Number(m[1]), at: offset + (m.index ?? 0) });
    offset += folded.length + 1;
  }
  // "thằng Bin 6 tuổi và con Na 4 tuổi": a name after "thằng", "cu" (a boy) or "con", "cái" (a girl), then the age.
  for (const m of text.normalize("NFC").matchAll(NAMED_KID)) {
    const boy = /^(?:thằng|thang|cu)$/iu.test(m[1]!);
    found.push({ sex: boy ? "male" : "female", age: Number(m[3]), at: m.index ?? 0, guess: !boy, named: true });
  }
  for (const m of key.matchAll(KID_EN)) {
    const word = (m[2] ?? m[3])!;
    found.push({ sex: BOY_WORDS.has(word) ? "male" : "female", age: Number(m[1] ?? m[4]), at: m.index ?? 0 });
  }
  // "Con Tũn 4 tuổi (bé trai)": "con" before a name is any child; a sex said after it of a child that age (or of no age) is theirs (M15).
  const told = found.filter((f) => !f.guess || !found.some((o) => !o.named && o.at > f.at && o.sex !== f.sex && (o.age === null || o.age === f.age)));
  const out: ChildMention[] = [];
  for (const f of told.sort((a, b) => a.at - b.at)) {
    if (f.age !== null && f.age >= 18) continue;
    const same = out.findIndex((o) => o.sex === f.sex && (o.age === f.age || o.age === null || f.age === null));
    if (same >= 0) { if (out[same]!.age === null) out[same] = { sex: f.sex, age: f.age }; continue; }
    out.push({ sex: f.sex, age: f.age });
  }
  return out;
}

/** Two or more children of each sex named in the text, or null. */
export function mixedChildren(text: string, factSex: string | null = null): ChildMention[] | null {
  const kids = childMentions(text);
  // A child named without an age ("con trai lớn nhà đó") may be a grown-up: counted only when the fact module reads both sexes too.
  if (kids.some((k) => k.age === null) && factSex !== "mixed") return null;
  return kids.length >= 2 && kids.some((k) => k.sex === "male") && kids.some((k) => k.sex === "female") ? kids : null;
}

/** "bé trai 4 tuổi, bé gái 7 tuổi", "a boy of 4, a girl of 7": each child as the summary says them back. */
export function childrenText(kids: ChildMention[], lang: Language): string {
  return kids.map((k) => lang === "en"
    ? `${k.sex === "male" ? "a boy" : "a girl"}${k.age !== null ? ` of ${k.age}` : ""}`
    : `${k.sex === "male" ? "bé trai" : "bé gái"}${k.age !== null ? ` ${k.age} tuổi` : ""}`).join(", ");
}

/** The child's brother or sister (folded): "em nó", "em gái của bé", "anh trai nó", "her little brother". */
const SIBLING_OF_CHILD = /\bem(?: trai| gai| nho| ut)? (?:cua )?(?:no|chau|con be|thang be|thang nho)\b|\bem (?:trai|gai|nho|ut) (?:cua )?be\b|\bem cua be\b|\b(?:no|be|chau|nhoc) (?:con )?co (?:(?:mot|1|them) )?(?:dua |thang |con |be |nhoc )?(?:em|anh|chi)(?: trai| gai| be| nho| ut)?\b|\b(?:anh|chi)(?: trai| gai)? (?:cua )?(?:no|be)\b|\b(?:her|his|their) (?:little |baby |younger |older |big )?(?:brother|sister)\b/;
const AGED = /\b\d{1,2} ?(?:tuoi|t|years? old|yo)\b|\b(?:aged|is) \d{1,2}\b/;
/** Harm or danger told in the clause (folded): the sibling is harmed too. */
const HARMED = /\b(?:mot minh|doi|om|sot|khoc|alone|hungry|sick|bi|danh|dap|chui|nhot|bo doi|bo mac|bo roi|xam hai|sam so|so mo|hanh ha|tat|dam|doa|ep|bat|nguy hiem|bam|thuong|hit|hits|beaten|beat|slapped|kicked|punched|touched|raped|molested|whipped|burned|hurt|abused|locked|starved|too|also|cung vay|ca hai|both)\b/;

/**
 * The text without the clauses that name the child's brother or sister with an age and tell no harm of them ("em nó 2 tuổi
 * thì ở với bà"), or null when there is none: the child's age, sex and count are read from what is left.
 */
export function withoutSiblingAside(text: string): string | null {
  return siblingAside(text)?.rest ?? null;
}

/**
 * The text without the sibling's clauses, and the ages those clauses name; null when there is none. A child the story says is fine
 * ("thằng anh 12 tuổi thì không sao, còn con bé 5 tuổi ...", "the older boy, 12, is fine, but ...") is dropped with their age and counted
 * in `fine`: no child harmed, not one of the children said back (walk 52).
 */
export function siblingAside(text: string): { rest: string; ages: number[]; fine: number } | null {
  const clauses = text.split(/(?<=[.,;!?\n])\s*|\s+(?=(?:còn|but|while)\s)/iu);
  const kept = clauses.filter((c) => { const k = foldKey(c); return !(SIBLING_OF_CHILD.test(k) && AGED.test(k) && !HARMED.test(k)); });
  const fine = fineAsides(kept.join(" "));
  if ((kept.length === clauses.length && fine.length === 0) || kept.length === 0) return null;
  const ages = clauses.filter((c) => !kept.includes(c)).flatMap((c) => [...foldKey(c).matchAll(/\b(\d{1,2}) ?(?:tuoi|t|years? old|yo)\b/g)].map((m) => Number(m[1])));
  const rest = fine.reduce((t, part) => t.replace(part, " "), kept.join(" ")).replace(/\s{2,}/g, " ").trim();
  return { rest, ages: ages.filter((a) => a < 18), fine: fine.length };
}

/** The ages the words give (folded "12 tuổi", "12t", "12 years old"; or "the older boy, 12," as written). */
const agesIn = (words: string): number[] => [
  ...[...foldKey(words).matchAll(/\b(\d{1,2}) ?(?:tuoi|t|years? old|yo)\b/g)].map((m) => Number(m[1])),
  ...[...words.matchAll(/\b(?:boy|girl|son|daughter|one|brother|sister|child|kid)\s*,\s*(\d{1,2})\s*,/giu)].map((m) => Number(m[1])),
];

/**
 * The parts of the text that name a child's brother or sister with an age and say they are fine, telling no harm of them; only when what
 * is left still names a child of another age (the child harmed), so a harmed child now fine ("bé 5 tuổi bị đánh, giờ không sao rồi") keeps
 * her age. Read by sentence and contrast ("còn", "nhưng", "but", "while"), then by clause ("đứa lớn 10 tuổi không sao, đứa nhỏ 4 tuổi bị
 * nhốt"). A child not named as a brother or sister ("bé gái 7 tuổi vẫn ổn ở trường nhưng về nhà bị dượng sờ soạng"), a fine word someone
 * says, and a part whose "nhưng"/"but" that follows names no other child of another age are kept: if in doubt, the child stays (RD18).
 */
function fineAsides(text: string): string[] {
  const pieces = text.split(/(?<=[.;!?\n])\s*|,?\s+(?=(?:còn|nhưng|but|while|whereas)\s)/iu);
  const byClause = pieces.flatMap((p) => p.split(/(?<=,)\s*/u));
  const fine = (p: string, next: string | undefined) => {
    const k = foldKey(p);
    // "đứa 12 tuổi thì không sao, còn đứa 5 tuổi bị bố đánh", "My son, 10, is fine, but my daughter, 4, was touched": not named as a
    // brother or sister, but the part after "còn"/"but" tells a harm of a child of another age (RD21).
    const contrastHarmsOther = next !== undefined && /^(?:con|nhung|but|while|whereas)\b/.test(foldKey(next)) && HARMED.test(foldKey(next)) && agesIn(next).some((a) => !agesIn(p).includes(a));
    if (!(toldChildFine(p) && (namesSiblingByOrder(p) || SIBLING_OF_CHILD.test(k) || contrastHarmsOther) && agesIn(p).length > 0 && !HARMED.test(withoutFineWords(k)))) return false;
    // "..., nhưng thằng em 4 tuổi bị đánh": the harm after "nhưng"/"but" is of another child, named with another age; else of the same one.
    if (next === undefined || !/^(?:nhung|but)\b/.test(foldKey(next))) return true;
    const ages = agesIn(p);
    return agesIn(next).some((a) => !ages.includes(a));
  };
  const found = pieces.filter((p, i) => fine(p, pieces[i + 1]));
  const chosen = found.length > 0 ? found : byClause.filter((p, i) => fine(p, byClause[i + 1]));
  if (chosen.length === 0) return [];
  const left = chosen.reduce((t, part) => t.replace(part, " "), text);
  const fineAges = new Set(chosen.flatMap(agesIn));
  return agesIn(left).some((a) => a < 18 && !fineAges.has(a)) ? chosen : [];
}
