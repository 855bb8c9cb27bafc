/**
 * A correction of the sex of children already understood ("đứa lớn là con gái, đứa nhỏ là con trai", "à bé 4 tuổi cũng là con
 * gái", "both are girls"): it changes the sex of the child it names and nothing else, so the ages told before stay with each
 * child (walk 30: "bé trai 4 tuổi, bé gái 7 tuổi" became "2 bé gái 4 tuổi" after a correction of one child's sex).
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { ChildSex, ReportDraft } from "../case-intake-port.ts";
import { childMentions, childrenText, type ChildMention } from "./children-reading.ts";

type Sex = "male" | "female";
interface HeldChild { sex: Sex | null; age: number | null }

/** A sex named as not the child's (folded): "không phải con gái", "chứ ko phải bé trai", "not a girl", "aren't boys". */
const NEGATED_SEX = /\b(?:chu |cho )?(?:khong|ko|k|hong|chang|dau) phai (?:la )?(?:(?:con|be|dua|chau|em|tui|may dua|hai dua) )?(?:trai|gai)\b|\b(?:not|isn t|aren t|wasn t|weren t) (?:a |the )?(?:boys?|girls?)\b/g;
const MALE = /\b(?:con trai|be trai|chau trai|em trai|dua trai|cau be|thang (?:em|be|nho|chau|cu|con)|(?:la|deu la) trai|boys?|male|son)\b/;
const FEMALE = /\b(?:con gai|be gai|chau gai|em gai|dua gai|co be|(?:la|deu la) gai|girls?|female|daughter)\b/;
/** Words that name every child (folded): "cả hai", "hai đứa", "đều", "both", "they". */
const EVERY = /\b(?:ca (?:hai|2|ba|3)|(?:hai|2|ba|3) (?:dua|be|chau|em|thang|con)|deu|tat ca|both|all|they|they re|theyre|them|boys|girls)\b/;
const OLDEST = /\b(?:dua|be|con|chau|thang)\s+(?:lon|dau|lon nhat)\b|\b(?:older|elder|oldest|eldest)\b|\bbig (?:one|child|kid)\b/;
const YOUNGEST = /\b(?:dua|be|con|chau|thang)\s+(?:nho|ut|nho nhat)\b|\b(?:younger|youngest)\b|\b(?:little|small|baby) (?:one|child|kid)\b/;
const BY_AGE = /\b(?:be|dua|chau|con|em|thang|nhoc)?\s*(\d{1,2})\s*(?:tuoi|t)\b|\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]?old\b|\bthe (\d{1,2})\b/;

/** The sex a clause says, negated ones left out; null when none or both. */
function sexSaid(clause: string): Sex | null {
  const key = clause.replace(NEGATED_SEX, " ");
  const male = MALE.test(key);
  const female = FEMALE.test(key);
  return male === female ? null : male ? "male" : "female";
}

/** The children the draft holds, each with the sex and age it shows ("9 và 5" girls, or "bé trai 4 tuổi, bé gái 7 tuổi"). */
function heldChildren(d: ReportDraft): HeldChild[] | null {
  const count = d.children ?? 1;
  const text = d.childAgeText ?? "";
  const each = childMentions(text);
  if (each.length >= 2) return each.map((k: ChildMention) => ({ sex: k.sex, age: k.age }));
  if (count < 2) return null;
  const sex = d.childSex === "male" || d.childSex === "female" ? d.childSex : null;
  const ages = [...foldKey(text).matchAll(/\b(\d{1,2})\b/g)].map((m) => Number(m[1])).filter((a) => a < 18);
  const known = ages.length === count ? ages : [];
  return Array.from({ length: count }, (_, i) => ({ sex, age: known[i] ?? null }));
}

/** Which of the held children a clause names: its age, the oldest or youngest, every one, or none named. */
function named(clause: string, kids: HeldChild[]): number[] | "none" {
  const ages = kids.map((k) => k.age);
  const by = BY_AGE.exec(clause);
  const age = by ? Number(by[1] ?? by[2] ?? by[3]) : null;
  if (age !== null && ages.includes(age)) return [ages.indexOf(age)];
  const known = ages.filter((a): a is number => a !== null);
  if (known.length === kids.length && known.length > 0) {
    if (OLDEST.test(clause)) return [ages.indexOf(Math.max(...known))];
    if (YOUNGEST.test(clause)) return [ages.indexOf(Math.min(...known))];
  }
  // No ages known ("hai đứa nhỏ nhà bên", then "bé lớn là gái, bé nhỏ là trai"): the older is listed first, the younger last (walk 47).
  if (known.length === 0 && kids.length >= 2) {
    if (OLDEST.test(clause)) return [0];
    if (YOUNGEST.test(clause)) return [kids.length - 1];
  }
  return EVERY.test(clause) ? kids.map((_, i) => i) : "none";
}

/**
 * The draft's sex and age fields after a correction that says the sex of several children understood before, each child
 * keeping their age; null when the draft holds one child only, or the words say no child's sex.
 */
export function sexCorrected(d: ReportDraft, text: string): Pick<ReportDraft, "childSex" | "childAgeText"> | null {
  const kids = heldChildren(d);
  if (!kids) return null;
  // "chỉ con Lan 8 tuổi là con gái, thằng em nó 4 tuổi": a correction that names each child with a sex and an age sets each (walk 46:
  // "2 bé gái 9 tuổi" after the brother of 5 was named).
  // "dua lon la con trai con dua nho la con gai": "còn" typed without its tone splits where another child is named after it.
  const clauses = text.replace(/\s+(?:còn|và|với|but|and|while)\s+/giu, ", ").split(/\s*[,;.!]\s*/).map(foldKey)
    .flatMap((c) => c.split(/\s(?:con|va|voi|ma)\s(?=(?:dua|be|thang|chau|em|con)\s)/)).filter(Boolean);
  const each = childMentions(text);
  if (each.length === kids.length && each.every((k) => k.age !== null)) return asFields(d, each);
  // "con Hoa 10 tuổi là gái, còn thằng em trai của nó 6 tuổi": each clause one child, its sex and its age.
  const byClause = clauses.map((c) => ({ sex: sexSaid(c), by: BY_AGE.exec(c) })).filter((c) => c.sex !== null && c.by !== null)
    .map((c) => ({ sex: c.sex!, age: Number(c.by![1] ?? c.by![2] ?? c.by![3]) })).filter((k) => k.age < 18);
  if (byClause.length === kids.length && byClause.length >= 2) return asFields(d, byClause);
  const said = clauses.map((c) => ({ sex: sexSaid(c), who: named(c, kids) })).filter((c): c is { sex: Sex; who: number[] | "none" } => c.sex !== null);
  if (said.length === 0) return null;
  const next = kids.map((k) => ({ ...k }));
  for (const { sex, who } of said) {
    // "à bé là con trai" with two children: one sex said for no one in particular is said of them all.
    const targets = who === "none" ? (said.length === 1 ? kids.map((_, i) => i) : []) : who;
    for (const i of targets) next[i]!.sex = sex;
  }
  return asFields(d, next);
}

function asFields(d: ReportDraft, kids: HeldChild[]): Pick<ReportDraft, "childSex" | "childAgeText"> {
  const first = kids[0]!.sex;
  const same = kids.every((k) => k.sex === first);
  if (!same || first === null) {
    const sure = kids.every((k) => k.sex !== null);
    return sure ? { childSex: null, childAgeText: childrenText(kids as ChildMention[], d.language) } : { childSex: d.childSex, childAgeText: d.childAgeText };
  }
  const ages = kids.map((k) => k.age).filter((a): a is number => a !== null);
  const listed = childMentions(d.childAgeText ?? "").length >= 2 && ages.length === kids.length;
  const and = d.language === "en" ? " and " : " và ";
  const childAgeText = listed ? `${ages.slice(0, -1).join(", ")}${and}${ages.at(-1)}` : d.childAgeText;
  return { childSex: first as ChildSex, childAgeText };
}
