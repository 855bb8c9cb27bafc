/**
 * Details the plans never hold, asked in words the plans do use elsewhere: the papers or steps of a procedure a person goes through
 * ("Hồ sơ nhận con nuôi cần những giấy tờ gì?", "What documents does a couple need to adopt?"; the plans write "hồ sơ" only of a body's
 * work, "thụ lý hồ sơ", "tổng hợp hồ sơ trình khen thưởng"), and a body's or unit's phone number ("Số điện thoại của Sở Y tế Gia Lai?";
 * the plans write "điện thoại" only of the national line 111). Either is "not in the plans", never a duty of the body as if it answered.
 */
import type { Language } from "./answer-types.ts";
import { tr } from "./answer-composer.ts";
import type { ParsedQuestion } from "./question-parser.ts";

/**
 * The papers or steps of a procedure (Vietnamese), with what one needs, submits or prepares close by: "cần những giấy tờ gì", "nộp hồ
 * sơ gì", "hồ sơ gồm", "thủ tục ... như thế nào". Not "làm đầu mối tổng hợp hồ sơ trình khen thưởng", a body's work.
 */
const PAPERS_VI_RE = /\b((can|phai|nop|chuan bi|xin)( \S+){0,2} (giay to|ho so)|(giay to|ho so)( \S+){0,4} (gi|nao|gom|bao gom)|thu tuc( \S+){0,4} (nhu the nao|ra sao|gi|the nao|lam sao|gom))\b/;
/** Said of papers alone (not "thủ tục", which the plans' bodies carry out: "liên thông các thủ tục ... khai sinh"): with a body named. */
const PAPERS_OF_BODY_RE = /\b((can|nop|chuan bi)( nhung)? (giay to|ho so)|(giay to|ho so) (gi|gom|bao gom)|nhung giay to)\b/;
/** The same in English: "documents", "papers", "paperwork", "forms", "procedure" with "need", "submit", "required" ... */
const PAPERS_EN_RE = /\b(documents?|papers?|paperwork|forms?|procedures?|steps)\b/;
const NEEDS_EN_RE = /\b(need|needs|needed|required?|requires|must|submit|submits|submitted|provide|prepare|bring|apply|application|file)\b/;
/** A body asked for ("ai", "cơ quan nào", "who", "which agency"): who handles the papers is a question the plans may answer. */
const WHO_ASKED_RE = /\b(ai|co quan nao|so nao|don vi nao|nganh nao|who|whom|which (agency|department|body|office|unit|authority))\b/;
/** A plan's own documents ("which documents does plan 2041 implement / cite"): a legal basis, not papers. */
const LEGAL_RE = /\b(implement|implements|cite|cites|based on|can cu|thuc hien (quyet dinh|chi thi|nghi dinh|luat)|legal basis)\b/;

/** "Hồ sơ nhận con nuôi cần những giấy tờ gì?", "What papers must parents submit ...?": a procedure's papers asked. */
export function asksProcedurePapers(q: ParsedQuestion): boolean {
  const f = q.folded;
  if (WHO_ASKED_RE.test(f) || LEGAL_RE.test(f)) return false;
  if (q.language === "en") return PAPERS_EN_RE.test(f) && NEEDS_EN_RE.test(f) && (q.agencies.length === 0 || /\b(papers|paperwork)\b|\b(i|we|couple|parents|family|families|citizens?|people|foreigners?)\b/.test(f));
  return q.agencies.length === 0 ? PAPERS_VI_RE.test(f) : PAPERS_OF_BODY_RE.test(f);
}

/** A phone number asked ("số điện thoại", "sđt", "phone number", "telephone"); "tổng đài", "hotline" are the line to report to. */
const PHONE_RE = /\b(so dien thoai|dien thoai|so dt|sdt|phone number|telephone number|telephone|phone|contact number)\b/;
const HOTLINE_RE = /\b(tong dai|duong day nong|hotline|helpline|111)\b/;
/** Reporting a child ("báo tin", "tố giác", "report"): the number to report to is the plans' (answered elsewhere). */
const REPORTING_RE = /\b(bao tin|to giac|trinh bao|phan anh|report|reporting|(?<!(thong|dam|canh) )bao(?! (cao|ve|dam|luc|hiem|tro|chi|gom|nhieu|lau|gio)\b))\b/;

/** "Số điện thoại của Sở Y tế Gia Lai?", "the phone number of the child protection unit at ...": a body's number asked. */
export function asksBodyPhone(q: ParsedQuestion): boolean {
  const f = q.folded;
  if (!PHONE_RE.test(f) || HOTLINE_RE.test(f) || REPORTING_RE.test(f)) return false;
  return q.agencies.length > 0 || /\b(phong|bo phan|don vi|trung tam|unit|office|department|centre|center)\b/.test(f);
}

/** The line saying the plans do not hold what is asked. */
export function publicDetailLine(lang: Language, kind: "papers" | "phone"): string {
  return kind === "papers"
    ? tr(lang, "Các kế hoạch trong kho không nêu hồ sơ, giấy tờ hay thủ tục mà người dân phải làm; các kế hoạch chỉ giao nhiệm vụ cho các cơ quan. Hãy hỏi trực tiếp cơ quan có thẩm quyền.",
      "The plans in the knowledge base list no documents, papers or procedure a person must go through; they only give duties to agencies. Ask the competent agency directly.")
    : tr(lang, "Các kế hoạch trong kho không ghi số điện thoại của cơ quan, đơn vị nào.",
      "The plans in the knowledge base give no phone number for any agency or unit.");
}
