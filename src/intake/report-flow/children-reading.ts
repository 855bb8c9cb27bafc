/**
 * The children a story names one by one ("một cậu bé 4 tuổi và một bé gái 7 tuổi", "a 6-year-old girl and a 3-year-old boy"),
 * each with their sex and age, and a brother or sister named only in passing ("em nó 2 tuổi thì ở với bà"), who is no child
 * harmed and whose age is not the child's.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { Language } from "../../core/message-types.ts";

export interface ChildMention { sex: "male" | "female"; age: number | null }

// "thằng cháu", "thằng em", "thằng cu": a boy, in the kin words grown-ups use in the South and Centre; "em gái": a girl.
const BOY_VI = "thang be|thang nho|thang chau|thang em|thang cu|thang con|be trai|cau be|chau trai|em trai|dua con trai|dua be trai|dua nho trai|con trai";
const GIRL_VI = "be gai|con be(?! trai)|co be(?! trai)|chau gai|em gai|dua con gai|dua be gai|dua nho gai|con gai";
/** A child named with their sex, then (after a few words of who they are) their age (folded). */
const KID_VI = new RegExp(String.raw`(?:^|\s)(${BOY_VI}|${GIRL_VI})(?: (?:nha ben|nha do|nha no|nha kia|lon|nho|ut|dau|ay|do|kia|no|cua (?:no|be|chi|anh|ho|nha ben)))?(?:(?: (?:thi|la|nam nay|moi|chung|khoang|tam|da|chi|duoc|co|tam khoang|chung khoang))* (\d{1,2}) ?(?:tuoi|t)\b)?`, "g");
/** A child's age said first, then their sex: "đứa lớn 6 tuổi con gái", "be nho 4 tuoi la con trai" (folded). */
const AGE_THEN_KID_VI = new RegExp(String.raw`\b(\d{1,2}) ?(?:tuoi|t)\b,? (?:la )?(${BOY_VI}|${GIRL_VI})\b(?!(?: \S+){0,2} \d{1,2} ?(?:tuoi|t)\b)`, "g");
const KID_EN = /\b(?:(\d{1,2})[- ]?(?:years?|yrs?)[- ]?old (boy|girl|son|daughter)|(boy|girl|son|daughter)(?: (?:of|aged|age|who is))? (\d{1,2})\b(?! (?:minutes?|hours?|days?|weeks?|months?)))/g;
/**
 * A child called by name with the word that says their sex (as typed, the name capitalised): "thằng Bin 6 tuổi", "con Na 4 tuổi",
 * "cu Tý, 3 tuổi". Not "con Trai" nor "Con gái tôi": a name is no kin word; nor "Con Tôi", "Con Mình": a pronoun is no name (M15).
 */
const NAMED_KID = /(?<![\p{L}])([Tt]hằng|[Tt]hang|[Cc]u|[Cc]on|[Cc]ái|[Cc]ai)\s+(?!(?:Trai|Gái|Gai|Bé|Be|Nhỏ|Nho|Út|Ut|Cháu|Chau|Em|Tôi|Toi|Tui|Mình|Minh|Tao|Ta|Nó|No|Anh|Chị|Chi|Cô|Co|Chú|Chu|Bác|Bac|Ông|Ong|Bà|Ba|Dì|Di|Cậu|Cau|Của|Cua|Nhà|Nha|Ai|Này|Nay|Đó|Do|Ấy|Ay|Kia)(?![\p{L}]))(\p{Lu}\p{Ll}*)(?:\s+(?:năm nay|nam nay|mới|moi|chừng|chung|khoảng|khoang|tầm|tam|thì|thi|đã|da|,))*\s*,?\s*(\d{1,2})\s?(?:tuổi|tuoi|t)(?![\p{L}])/gu;
const BOY_WORDS = new Set([...BOY_VI.split("|"), "boy", "son"]);

/** The writer's own tie to a grown-up ("tôi là em gái của chị ấy", "tui là con gái bà Tư"): no child of the story (folded). */
const WRITER_IS = /(?:^|\s)(?:toi|tui|minh|em) la $/;
const OF_SOMEONE = /^ (?:cua|chi|anh|co|chu|ba|ong|bac|di|cau|nguoi)\b/;

function writersTie(key: string, m: RegExpMatchArray): boolean {
  const at = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
  const after = at + m[1]!.length;
  return !m[2] && WRITER_IS.test(key.slice(Math.max(0, at - 10), at)) && OF_SOMEONE.test(key.slice(after, after + 8));
}

/** The children a text names with a sex, in order, each once (the same sex and age twice is one child). */
export function childMentions(text: string): ChildMention[] {
  const key = foldKey(text);
  const found: Array<ChildMention & { at: number; guess?: boolean; named?: boolean }> = [];
  for (const m of key.matchAll(KID_VI)) if (!writersTie(key, m)) found.push({ sex: BOY_WORDS.has(m[1]!) ? "male" : "female", age: m[2] ? Number(m[2]) : null, at: m.index ?? 0 });
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
const HARMED = /\b(?:mot minh|doi|om|sot|khoc|alone|hungry|sick|bi|danh|dap|chui|nhot|bo doi|bo mac|bo roi|xam hai|sam so|so mo|hanh ha|tat|dam|doa|ep|bat|nguy hiem|bam|thuong|hit|hits|beaten|hurt|abused|locked|starved|too|also|cung vay|ca hai|both)\b/;

/**
 * The text without the clauses that name the child's brother or sister with an age and tell no harm of them ("em nó 2 tuổi
 * thì ở với bà"), or null when there is none: the child's age, sex and count are read from what is left.
 */
export function withoutSiblingAside(text: string): string | null {
  return siblingAside(text)?.rest ?? null;
}

/** The text without the sibling's clauses, and the ages those clauses name; null when there is none. */
export function siblingAside(text: string): { rest: string; ages: number[] } | null {
  const clauses = text.split(/(?<=[.,;!?\n])\s*|\s+(?=(?:còn|but|while)\s)/iu);
  const kept = clauses.filter((c) => { const k = foldKey(c); return !(SIBLING_OF_CHILD.test(k) && AGED.test(k) && !HARMED.test(k)); });
  if (kept.length === clauses.length || kept.length === 0) return null;
  const ages = clauses.filter((c) => !kept.includes(c)).flatMap((c) => [...foldKey(c).matchAll(/\b(\d{1,2}) ?(?:tuoi|t|years? old|yo)\b/g)].map((m) => Number(m[1])));
  return { rest: kept.join(" "), ages: ages.filter((a) => a < 18) };
}

/** One of several children, named by their place among them or their sex (folded): "đứa lớn", "thằng anh", "con em", "the older boy". */
const ONE_OF_THE_CHILDREN = /\b(?:dua|thang|be|con|chau|co|cau)(?: be| nho)? (?:lon|nho|ut|anh|chi|em|giua|dau|trai|gai)\b|\b(?:the |her |his |their )?(?:older|younger|elder|oldest|youngest|eldest|big|little|other) (?:one|boy|girl|brother|sister|son|daughter|kid|child)\b/;
/** Said to be unharmed (folded): "không sao", "không bị gì", "vẫn ổn", "is fine", "was not hurt". */
const UNHARMED = /\b(?:(?:thi |van |deu |con )?(?:khong|ko|k|chang) (?:sao|bi gi|bi sao|bi lam sao|co gi|bi dong toi|ai dong toi)(?: (?:ca|het|dau))?|van (?:on|binh thuong|khoe)|(?:is|was|are|seems|s) (?:fine|ok|okay|alright|all right|safe|unharmed|not hurt|not harmed)|(?:wasn t|isn t|was not|is not|hasn t been|has not been) (?:hurt|harmed|touched)|unharmed)\b/;

/**
 * The clauses naming one of several children said to be unharmed ("Đứa lớn 10 tuổi thì không sao", "the older boy is 11 and he is
 * fine"), when another clause tells of another child or a harm: that child is no child of the report. The text without them, and how many; null when none.
 */
export function unharmedAside(text: string): { rest: string; fine: number } | null {
  const clauses = text.split(/(?<=[.,;!?\n])\s*|\s+(?=(?:còn|but|while)\s)/iu);
  const fine = clauses.filter((c) => {
    const k = foldKey(c);
    const said = UNHARMED.exec(k);
    return said !== null && ONE_OF_THE_CHILDREN.test(k) && !HARMED.test(k.replace(said[0], " "));
  });
  if (fine.length === 0 || fine.length === clauses.length) return null;
  const rest = clauses.filter((c) => !fine.includes(c));
  // Another child is told of beside them ("còn đứa nhỏ ... bị", "but the little girl ..."): else the clause is the story's own child.
  if (!rest.some((c) => HARMED.test(foldKey(c)) || ONE_OF_THE_CHILDREN.test(foldKey(c)) || childMentions(c).length > 0)) return null;
  return { rest: rest.join(" "), fine: fine.length };
}

/** A child left out of the report (folded): "bỏ thằng lớn ra", "không tính đứa lớn", "leave the older one out", "remove the boy". */
const LEFT_OUT = /\b(?:bo|xoa|bot) (?:\S+ ){1,4}(?:ra|di)\b|\bkhong (?:tinh|ke|bao) (?:\S+ ){0,2}(?:dua|thang|be|con|chau)\b|\bleave (?:\S+ ){1,4}out\b|\b(?:remove|drop|take off|take out)\b/;
/** Only one child is meant (folded): "chỉ có bé 4 tuổi", "chỉ báo cho bé 4 tuổi", "only the 4-year-old", "just the girl". */
const ONLY_THIS = /\bchi (?:co |bao (?:cho |ve )?|la )?(?:1 |mot )?(?:be|dua|thang|con|chau|em|tre)\b|\b(?:only|just) (?:the |one |1 |a )?(?:\d{1,2}|girl|boy|child|kid|little|older|younger|youngest|oldest|baby)\b/;
const AGE_OF = /\b(\d{1,2})(?: |-)?(?:tuoi|t|years?(?: |-)old|yo)\b/g;

/**
 * A correction that keeps one child of several: "Chỉ có bé 4 tuổi bị thôi, đứa 9 tuổi không sao cả", "bỏ thằng lớn ra, nó không bị gì,
 * chỉ báo cho bé 4 tuổi", "only the 4-year-old, leave the older one out". The clauses that leave a child out or say them unharmed are set
 * aside; what is left must name one child (by sex, age or both). That child's sex and age, the sex looked up among the children the
 * summary listed when the words give none; null when the words keep no single child.
 */
export function onlyChildKept(listed: string | null, sex: "male" | "female" | null, typed: string): { sex: "male" | "female" | null; age: number | null } | null {
  const clauses = typed.split(/(?<=[.,;!?\n])\s*|\s+(?=(?:còn|con|but|and|và|va)\s)/iu).filter((c) => c.trim());
  const out = clauses.filter((c) => { const k = foldKey(c); return LEFT_OUT.test(k) || UNHARMED.test(k); });
  const key = foldKey(typed);
  if (out.length === 0 && !ONLY_THIS.test(key)) return null;
  const rest = clauses.filter((c) => !out.includes(c)).join(" ");
  const kids = childMentions(rest);
  const ages = [...new Set([...foldKey(rest).matchAll(AGE_OF)].map((m) => Number(m[1])).filter((a) => a < 18))];
  if (kids.length > 1 || ages.length > 1) return null;
  const age = kids[0]?.age ?? ages[0] ?? null;
  if (!kids[0] && age === null) return null;
  const among = childMentions(listed ?? "").find((k) => age !== null && k.age === age);
  return { sex: kids[0]?.sex ?? among?.sex ?? sex, age };
}
