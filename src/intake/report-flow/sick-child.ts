/**
 * A little child ill or feverish with no adult caring for them, and no one harming them now (walk 49: a 10-year-old alone with a
 * feverish baby read "hide, lock the door, silence your phone"; a neighbour of a sick 2-year-old read "do not confront the person").
 * The advice for it is a doctor and an adult nearby first.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { DraftTriage } from "../case-intake-port.ts";

/** Words of an illness or a high fever (folded): "sốt cao", "người nóng ran", "co giật", "li bì", "burning hot", "fever". */
const ILL = /\b(?:sot(?! ruot)|nong ran|(?:nguoi|tran|than|trong nguoi) (?:\S+ ){0,2}?nong|co giat|li bi|lim di|kho tho|tho doc|non (?:mua|ra)|oi mua|tieu chay|om (?:nang|lam|qua)|benh (?:nang|lam)|khong tinh|fever|feverish|burning (?:hot|up)|very hot|sick(?! (?:of|and tired|to death)\b)|ill|vomit\w*|throwing up|seizure|fitting|not breathing|can t breathe|wont wake|won t wake)\b/;

/** The writer as the subject of a clause (folded): "tôi đang bị sốt", "I'm ill in bed", a bare "em"/"e" (a child writing of herself). */
const WRITER_SUBJECT = /^(?:(?:da|vang|a|con|ma|nhung|but|and|va)\s+)?(?:toi|tui|minh|mik|mk|t|i|i m|im|i am|i ve|(?:em|e)(?! (?:be|gai|trai|con|nho|chau|em|ay|no)\b))\b/;
/** A denial or an end before the illness word in its clause (folded): "không còn sốt", "hết sốt", "isn't sick", "no longer". */
const DENIED = /\b(?:khong|ko|k|kg|hong|chua|chang|het|khoi|do|ha|isn t|isnt|is not|not|no longer|no more|doesn t|doesnt|does not|hasn t|hasnt|has not|never|no)\b/;
/** Clauses of a message (folded), split at punctuation and at "but"/"nhưng"/"mà". */
const clausesOf = (text: string): string[] => text.split(/\s*(?:[,.;!?\n]|\s(?:nhưng|nhung|mà|but|and|và)\s)\s*/iu).map(foldKey).filter(Boolean);

/**
 * Words of an illness said of a child (folded clauses): not "sốt ruột" or "sick of" (worry), not a fever denied or gone ("bé không còn
 * sốt nữa", "the baby isn't sick"), not the writer's own ("tôi đang bị sốt", "em chỉ hơi sốt nhẹ" from a child writing).
 */
export function illOfChild(text: string): boolean {
  return clausesOf(text).some((clause) => {
    const m = ILL.exec(clause);
    if (!m) return false;
    if (WRITER_SUBJECT.test(clause)) return false;
    return !DENIED.test(clause.slice(0, m.index)) && !/\b(?:any ?more|nua)\b/.test(clause.slice(m.index));
  });
}

/** A person harming the child in the story (folded): locked out, beaten, tied, starved, care refused: then 113 stays (with 115). */
const HARMED_BY_SOMEONE = /\b(?:nhot|danh|dap|troi|tat|bo doi|hanh ha|khong cho (?:\S+ ){0,2}?(?:di|dua|cho)|locked|beat|beats|beaten|hit|hits|tied|starv\w*|refus\w*|won t let|will not let)\b/;

/**
 * The story tells of a child ill without care (a neglect story with illness said of a child) and of no one harming the child; a story
 * where a person harms or shuts the child out is told 113 as before, with 115 (RD5 on walk 49).
 */
export function sickWithoutCare(text: string, triage: Pick<DraftTriage, "category" | "redFlags">): boolean {
  if (!["neglect_abandonment", "other"].includes(triage.category)) return false;
  return illOfChild(text) && !HARMED_BY_SOMEONE.test(foldKey(text));
}

/** The words tell of an illness or a high fever said of a child. */
export const illTold = (text: string): boolean => illOfChild(text);

/** The writer says they are fine (folded, at the start): "chau k sao", "con ổn", "em không sao", "i'm ok". */
const WRITER_FINE = /^(?:(?:da|vang|a)\s+)?(?:chau|con|em|e|minh|mik|t|toi|i|im|i m|i am|me)?\s*(?:(?:thi\s+)?(?:k|ko|khong|hong|kh) sao|on|van on|binh thuong|ok|okay|fine|alright|all right)\b/;
/** Another, little child named (folded): "em bé", "em con", "em gái", "the baby", "my little sister". */
const LITTLE_ONE = /\b(?:em be|be|em con|em chau|em em|em gai|em trai|em nho|em|baby|little (?:one|sister|brother)|sister|brother)\b/;

/**
 * "chau k sao, em be bi sot nong lam": the writer is fine, the little one is ill: a child is in danger, not "no" (walk 49).
 */
export function fineButLittleOneIll(text: string): boolean {
  const [first, ...rest] = text.split(/\s*(?:[,.;!\n]|\s(?:nhưng|nhung|mà|but)\s)\s*/iu).map(foldKey);
  const after = rest.join(" ");
  // "em k sao, em chi hoi sot nhe thoi": a bare "em" is the writer; "be khong con sot nua", "the baby isn't sick": denied (RD5).
  return WRITER_FINE.test(first ?? "") && LITTLE_ONE.test(after) && rest.some((clause) => illOfChild(clause));
}
