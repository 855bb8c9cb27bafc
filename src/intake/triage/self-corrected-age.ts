import { foldKey } from "../../core/vietnamese-text.ts";

/**
 * An age the writer corrects inside the same message ("mới 4 tuổi ... À nhầm, con bé 14 tuổi", "I mean he is 16"): every reading of the
 * message (triage, facts, the reporter conversation) takes the corrected age; the message itself is kept as typed.
 */

/**
 * A lead that says the writer got it wrong and then gives an age (NFC, any case), at the start of a sentence or a clause: "À nhầm, con bé
 * 14 tuổi", "nhầm, 12 tuổi", "ý tôi là bé 13 tuổi", "I mean he is 16", "sorry, she's 9". Group 1 is what the correction says.
 */
const AGE_FIX = /(?:^|[,.;!?–—-]\s*)(?:(?:à|a|ơ|ờ|ồ|oh|ah|um|uh)\s*[,!]?\s+)?(?:nhầm rồi|nhầm|nham roi|nham|lộn rồi|lộn|lon roi|sai rồi|sai roi|xin lỗi|xin loi|ý tôi là|ý mình là|ý em là|ý tui là|ý là|y toi la|y minh la|y em la|y la|sorry|oops|correction|i mean|i meant)\s*[,:]?\s+([^.;!?\n]{1,50}?)\s*(?=[.;!?\n]|$)/giu;
/** An age said in words (NFC): "14 tuổi", "14t", "14 years old", "14-year-old", "14 yo"; group 1 is the number. */
const AGE_SAID = /(?<![\p{L}\p{N}])(\d{1,2})\s*(?:tuổi|tuoi|t(?![\p{L}\p{N}])|-?\s*years?[\s-]*old|-?\s*yrs?[\s-]*old|yo(?![\p{L}\p{N}])|y\/o)/giu;
/** An English age said bare beside the child ("The boy next door, 6, is ...", "aged 6", "she is 6"): group 1 is the number. */
const AGE_BARE_EN = /(?:,\s*(\d{1,2})\s*,|\baged?\s+(\d{1,2})\b|\b(?:he|she|they|who|child|boy|girl)\s+(?:is|was|'s|s)\s+(?:only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:am|pm|h|:|\/)))/giu;

/** The ages a text names, with where each stands (NFC). */
function agesIn(text: string): Array<{ at: number; length: number; value: number }> {
  const out: Array<{ at: number; length: number; value: number }> = [];
  for (const re of [AGE_SAID, AGE_BARE_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const digits = m[1] ?? m[2] ?? m[3];
      if (!digits) continue;
      const at = m.index + m[0].indexOf(digits);
      out.push({ at, length: digits.length, value: Number(digits) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * "con bé nhà đối diện mới 4 tuổi ... À nhầm, con bé 14 tuổi", "... 3 tuổi ..., ý tôi là bé 13 tuổi", "The boy, 6, ... I mean he is 16":
 * an age the writer corrects in the same story takes the place of the last age said before it, and the correction is dropped (walk 55
 * read "4 tuổi"). Only one age in the correction, and an age said before it; a correction of something else ("À nhầm, ở phường Phú
 * Xuân") is left to `selfCorrected`'s "not X, but Y".
 */
export function ageSelfCorrected(typed: string): string {
  const text = typed.normalize("NFC");
  AGE_FIX.lastIndex = 0;
  if (!AGE_FIX.test(text)) return typed;
  let out = text;
  AGE_FIX.lastIndex = 0;
  for (let m = AGE_FIX.exec(out); m; m = AGE_FIX.exec(out)) {
    const said = m[1]!;
    const ages = agesIn(said);
    const bare = ages.length === 0 ? /^(?:(?:bé|cháu|nó|con bé|thằng bé|em|he|she|the (?:child|boy|girl))\s+(?:is\s+|'s\s+|là\s+|mới\s+|chỉ\s+)?)?(\d{1,2})$/iu.exec(said.trim()) : null;
    const value = ages.length === 1 ? ages[0]!.value : bare ? Number(bare[1]) : null;
    // A short clause that only says the age ("con bé 14 tuổi", "he is 16"): a longer one may tell of another child ("xin lỗi, bé 5 tuổi nhà bên ...").
    if (value === null || value > 17 || said.trim().split(/\s+/).length > 6) continue;
    const before = agesIn(out.slice(0, m.index));
    // Only the one age said before may be corrected, when the correction is a bare age or names the same person; a little child's age
    // must never be lost to a correction of another's ("Bé 3 tuổi ... Xin lỗi, anh nó 12 tuổi").
    const fixedWho = ages.length === 1 ? said.slice(0, ages[0]!.at) : bare ? said.trim().slice(0, said.trim().length - bare[1]!.length) : "";
    // After several ages, only a correction that names its person, when exactly one of them is that person's, and never an age under 6
    // taken away ("Con bé 14 tuổi bị dượng 45 tuổi ... À nhầm, bé 4 tuổi"): "em 12 tuổi, em gái em 2 tuổi ... À nhầm, em 11 tuổi".
    const same = before.filter((a) => samePerson(out.slice(0, a.at), fixedWho));
    const last = before.length === 1 ? same[0] : personOf(fixedWho) && same.length === 1 && same[0]!.value >= 6 ? same[0] : undefined;
    if (!last || last.value === value) continue;
    // The correction clause goes; the age it corrects takes the new number ("4 tuổi" → "14 tuổi").
    const cut = out.slice(0, m.index) + out.slice(m.index + m[0].length);
    out = `${cut.slice(0, last.at)}${value}${cut.slice(last.at + last.length)}`.replace(/\s+([,.;!?])/gu, "$1").trimEnd();
    AGE_FIX.lastIndex = 0;
  }
  return out === text ? typed : out;
}

/** Words before an age that only lead to it ("mới", "năm nay", "is", "'s"), folded; dropped to find who the age is of. */
const AGE_LEAD = /(?:\s+|^)(?:moi|nam nay|chi|da|duoc|la|tron|vua|is|s|was|only|just|am|m|aged?)$/u;
/** Someone other than the child or the writer: a sibling, a parent, a relative, a grown-up (folded). */
const OTHER_PERSON = /\b(?:(?:anh|chi|em)\s+(?:no|be|chau|ay|trai|gai|ho|cua|ut|nho)|me|ma|bo|ba|cha|duong|chu|di|bac|ong|thim|mo|cau|ngoai|noi|ke|nguoi yeu|ban trai|chong|vo|(?:her|his|their|my)\s+(?:little |baby |big |older |younger )?(?:brother|sister)|brother|sister|mother|mom|mum|father|dad|uncle|aunt|grand\w*|step\w*|boyfriend|husband|wife|man|woman)\b/u;
/** Who an age is of, as a class: the child the story is about ("bé", "con bé", "she", "the boy"), the writer ("em", "cháu", "tôi", "I"). */
function personOf(words: string): string | null {
  const key = foldKey(words).replace(/[^\p{L}\p{N}' ]/gu, " ").replace(/\s+/gu, " ").trim();
  let who = key;
  for (let prev = ""; prev !== who; ) { prev = who; who = who.replace(AGE_LEAD, "").trim(); }
  if (!who) return "";
  if (/\b(?:co|cau|con|thang|chau|dua|em|cai) be\b|\bbe\b|\bnhoc\b|\bdua tre\b|\bthang nho\b|\bcon (?:toi|em|minh|tui|gai|trai)\b/u.test(who) && !OTHER_PERSON.test(who.replace(/\b(?:co|cau) be\b/u, "be"))) return "child";
  if (OTHER_PERSON.test(who)) return null;
  if (/\b(?:she|her|girl|daughter)\b/u.test(who)) return "she";
  if (/\b(?:he|him|boy|son)\b/u.test(who)) return "he";
  if (/\b(?:child|kid|baby|toddler)\b/u.test(who)) return "child";
  const last = who.split(" ").at(-1)!;
  if (/^(?:em|e)$/u.test(last)) return "em";
  if (last === "chau") return "chau";
  if (/^(?:toi|tui|minh|mk|i|i'm|im|con)$/u.test(last)) return "writer";
  return null;
}

/**
 * Whether a correction ("em 11 tuổi", "she is 14", "14 tuổi") speaks of the one whose age was said before (`before` is the text up to
 * that age): a bare age does; otherwise both must name the same person ("em" ↔ "em", "con bé" ↔ "bé", "the girl" ↔ "she"). A
 * correction that names another ("anh nó 12 tuổi", "her brother is 12", "bé nhà tôi mới 3 tuổi" after "Tôi 35 tuổi") does not.
 */
function samePerson(before: string, fixedWho: string): boolean {
  const fixed = personOf(fixedWho);
  if (fixed === "") return true;
  if (fixed === null) return false;
  // The words of the clause that holds the earlier age ("Bé gái nhà bên mới", "The girl,", "Em").
  const clause = before.replace(/[\s,]+$/u, "").split(/[.;!?\n,–—]/u).at(-1) ?? "";
  const earlier = personOf(clause.split(/\s+/u).slice(-6).join(" "));
  if (earlier === null || earlier === "") return false;
  if (earlier === fixed) return true;
  const child = new Set(["child", "she", "he"]);
  return child.has(earlier) && child.has(fixed) && (earlier === "child" || fixed === "child");
}
