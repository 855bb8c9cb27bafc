/**
 * A little child ill or feverish with no adult caring for them, and no one harming them now (walk 49: a 10-year-old alone with a
 * feverish baby read "hide, lock the door, silence your phone"; a neighbour of a sick 2-year-old read "do not confront the person").
 * The advice for it is a doctor and an adult nearby first.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { DraftTriage } from "../case-intake-port.ts";

/** Words of an illness or a high fever (folded): "sốt cao", "người nóng ran", "co giật", "li bì", "burning hot", "fever". */
const ILL = /\b(?:sot|nong ran|(?:nguoi|tran|than|trong nguoi) (?:\S+ ){0,2}?nong|co giat|li bi|lim di|kho tho|tho doc|non (?:mua|ra)|oi mua|tieu chay|om (?:nang|lam|qua)|benh (?:nang|lam)|khong tinh|fever|feverish|burning (?:hot|up)|very hot|sick|ill|vomit\w*|throwing up|seizure|fitting|not breathing|can t breathe|wont wake|won t wake)\b/;

/** The story tells of a child ill without care (a neglect story, or the triage's "child_ill"), and of no violence. */
export function sickWithoutCare(text: string, triage: Pick<DraftTriage, "category" | "redFlags">): boolean {
  if (!["neglect_abandonment", "other"].includes(triage.category)) return false;
  return triage.redFlags.includes("child_ill") || ILL.test(foldKey(text));
}

/** The words tell of an illness or a high fever. */
export const illTold = (text: string): boolean => ILL.test(foldKey(text));

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
  return WRITER_FINE.test(first ?? "") && LITTLE_ONE.test(after) && ILL.test(after);
}
