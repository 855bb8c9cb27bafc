/**
 * What a first message is: a concern about a child (to be reported), a question (about the
 * plans, or how reporting works), or chatter; "unsure" when the model cannot tell, so the chat
 * asks once instead of guessing. The same trained model as triage reads it (its "route" head),
 * and triage's emergency always makes it a concern: a child in danger is never answered with
 * a plan citation.
 */
import { headsProbabilities, shippedModel, type LinearModel } from "./linear-model.ts";
import { analyseMessage, type MessageAnalysis } from "./triage-model.ts";
import { foldKey } from "../../core/vietnamese-text.ts";
import { riskRank, type TriageResult } from "./triage-types.ts";

export type MessageKind = "concern" | "question" | "chatter" | "unsure";

export interface MessageKindResult {
  kind: MessageKind;
  /** The model's probability that the message is a concern (1 when triage says emergency). */
  concern: number;
  triage: TriageResult;
}

function asksWithoutAChild({ facts }: MessageAnalysis, text: string): boolean {
  // An agency named ("Hội LHPN tỉnh Huế làm gì ...") reads as an official writing: that is who asks such questions.
  if (facts.age !== null || facts.harmer !== null || (facts.reporter !== null && facts.reporter !== "official")) return false;
  const key = foldKey(text);
  if (!/\?\s*$/.test(text.trim()) && !(ASKS_WHO_DOES.test(key) && !NOBODY_DOES.test(key))) return false;
  if (OWN_STORY.test(key)) return false;
  return facts.children === null || !PARTICULAR_CHILD.test(key.replace(GENERIC_CHILDREN, " "));
}

/**
 * A question typed without its mark, as officials often do ("CA tỉnh làm gì khi trẻ bị xâm hại", "ai chịu trách
 * nhiệm hỗ trợ trẻ bị bạo lực ở Tây Ninh"): what a body does or who is responsible (folded).
 */
export const ASKS_WHO_DOES = /\b(?:(?:phai |se |can )?lam gi|co nhiem vu gi|nhiem vu (?:gi|la gi)|trach nhiem (?:gi|la gi)|ai (?:chiu trach nhiem|phu trach|chu tri|lo viec|la dau moi)|(?:co quan|so|don vi|nganh|ben|to chuc) nao (?:chiu trach nhiem|phu trach|chu tri|phoi hop|lo|xu ly|giai quyet|tiep nhan|ho tro)|(?:which|what) (?:department|agency|body|office|organi[sz]ation)|who (?:is responsible|leads|handles|coordinates|is in charge))\b/;
/** "không ai làm gì", "chưa làm gì", "nobody does anything": a complaint inside a story, not a question (folded). */
export const NOBODY_DOES = /\b(?:khong|chua|chang|cha|ko|k) (?:ai )?(?:\w+ )?lam gi\b|\bnobody\b|\bno one\b/;

/**
 * Someone telling of their own ("my 15 y/o", "kids told me", "con tôi", "nhà tui"), a pupil of a friend in teencode ("bn mk",
 * "bạn thân t") or asking what they can do ("mk làm j đc?", "e có thể làm gì"): a story, not a general question (folded).
 */
const OWN_STORY = /\b(?:my|me|we|our|us|i)\b|\b(?:con|nha|chau|be|em|hang xom|ban|bn|ban than|nho ban|lop) (?:toi|tui|minh|em|tao|chung toi|mk|mik|mjk|t|to|e)\b|\b(?:mk|mik|mjk|t|e) (?:co the |nen |phai |can |se )?(?:lam (?:gi|j|sao)|giup (?:\w+ ){0,3}(?:the nao|sao|nhu the nao))\b/;

/**
 * A parent or teacher asking how to prevent harm or teach a child to stay safe ("tôi muốn dạy cháu quy
 * tắc bàn tay để phòng bị xâm hại, có tài liệu không?"): a question, when no one is said to harm and no
 * harm is told as having happened.
 */
function asksAboutPrevention({ facts, triage }: MessageAnalysis, text: string): boolean {
  if (!/\?\s*$/.test(text.trim()) || (facts.harmer !== null && facts.harmer !== "other") || facts.when !== null || facts.injury !== null || triage.risk !== "low") return false;
  return PREVENTION.test(foldKey(text));
}

/** Prevention and teaching words (folded). */
const PREVENTION = /\b(?:de|nham|giup) (?:phong|phong tranh|phong ngua|phong chong|tranh)\b|\bday (?:con|chau|be|tre|hoc sinh|cac em)(?: \w+)? (?:ve|cach|ky nang|quy tac|tu bao ve)\b|\bquy tac (?:ban tay|5 ngon tay|dong ho cat)\b|\bgiao duc gioi tinh\b|\bhow (?:do|can|should) (?:i|we) (?:teach|talk to|protect)\b|\bprevent(?:ion)?\b/;

/** Children in general ("trẻ em", "học sinh", "children"): not a particular child (folded). */
const GENERIC_CHILDREN = /\b(?:tre em|tre nho|tre|hoc sinh|thieu nhi|nguoi chua thanh nien|children|kids|minors|a child|students)\b/g;
/** Words for a particular child ("bé", "cháu", "con tôi", "thằng nhỏ", "my son"), folded. */
const PARTICULAR_CHILD = /\b(?:be|chau|dua|em|con|thang|nhoc|nho|girl|boy|son|daughter|niece|nephew|kid|child|baby|sister|brother)\b/;

/** Classifies a first message (outside a report in progress). */
export function routeMessageKind(text: string, model: LinearModel | null = shippedModel(), analysis: MessageAnalysis = analyseMessage(text, {}, model)): MessageKindResult {
  const { triage, features } = analysis;
  if (!model) return { kind: triage.risk !== "low" ? "concern" : "question", concern: triage.risk !== "low" ? 1 : 0, triage };
  const p = headsProbabilities(model, ["route"], features)[0]!;
  const concern = p.concern ?? 0;
  // An emergency is a concern unless the wording is almost surely a question about the plans.
  if (triage.risk === "emergency" && (p.question ?? 0) < 0.9) return { kind: "concern", concern, triage };
  // A question that names no child, no age, no one who harms and no one who writes ("Độ tuổi kết hôn hợp pháp
  // là bao nhiêu, tảo hôn bị phạt thế nào?") asks about the law or the plans, whatever words of harm it uses:
  // of about 10,000 labelled messages, the one concern worded so was an emergency (kept above).
  if ((asksWithoutAChild(analysis, text) || asksAboutPrevention(analysis, text))) return { kind: (p.chatter ?? 0) > (p.question ?? 0) ? "chatter" : "question", concern, triage };
  // A report the model rates high is a concern even when its wording sounds like a question.
  const { concernThreshold, unsureThreshold } = model.policy;
  if (concern >= concernThreshold || (riskRank(triage.risk) >= riskRank("high") && concern >= unsureThreshold)) return { kind: "concern", concern, triage };
  if (concern >= unsureThreshold) return { kind: "unsure", concern, triage };
  return { kind: (p.chatter ?? 0) > (p.question ?? 0) ? "chatter" : "question", concern, triage };
}
