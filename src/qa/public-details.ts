/**
 * Details the plans never hold, asked in words the plans do use elsewhere: the papers or steps of a procedure a person goes through
 * ("Hồ sơ nhận con nuôi cần những giấy tờ gì?", "What documents does a couple need to adopt?"; the plans write "hồ sơ" only of a body's
 * work, "thụ lý hồ sơ", "tổng hợp hồ sơ trình khen thưởng"), and a body's or unit's phone number ("Số điện thoại của Sở Y tế Gia Lai?";
 * the plans write "điện thoại" only of the national line 111). Either is "not in the plans", never a duty of the body as if it answered.
 */
import type { ParsedPlan } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import type { Language } from "./answer-types.ts";
import { tr, type Draft } from "./answer-composer.ts";
import type { ParsedQuestion } from "./question-parser.ts";

/**
 * The papers or steps of a procedure (Vietnamese), with what one needs, submits or prepares close by: "cần những giấy tờ gì", "nộp hồ
 * sơ gì", "hồ sơ gồm", "thủ tục ... như thế nào". Not "làm đầu mối tổng hợp hồ sơ trình khen thưởng", a body's work.
 */
const PAPERS_VI_RE = /\b((can|phai|nop|chuan bi|xin)( \S+){0,2} (giay to|ho so)|(giay to|ho so)( \S+){0,4} (gi|nao|gom|bao gom)|thu tuc( \S+){0,4} (nhu the nao|ra sao|gi|the nao|lam sao|gom))\b/;
/** Said of papers alone (not "thủ tục", which the plans' bodies carry out: "liên thông các thủ tục ... khai sinh"): with a body named. */
const PAPERS_OF_BODY_RE = /\b((can|nop|chuan bi)( nhung)? (giay to|ho so)|(giay to|ho so) (gi|gom|bao gom)|nhung giay to)\b/;
/** The same in English: "documents", "papers", "paperwork", "forms", "procedure" with "need", "submit", "required" ... */
/** A word each of PAPERS_VI_RE, PAPERS_OF_BODY_RE (Vietnamese) and PAPERS_EN_RE (English) needs to match. */
const PAPERS_VI_WORDS = ["giay to", "ho so", "thu tuc"];
const PAPERS_EN_WORDS = ["document", "paper", "form", "procedure", "steps"];
const PAPERS_EN_RE = /\b(documents?|papers?|paperwork|forms?|procedures?|steps)\b/;
const NEEDS_EN_RE = /\b(need|needs|needed|required?|requires|must|submit|submits|submitted|provide|prepare|bring|apply|application|file)\b/;
/** A body asked for ("ai", "cơ quan nào", "who", "which agency"): who handles the papers is a question the plans may answer. */
const WHO_ASKED_RE = /\b(ai|co quan nao|so nao|don vi nao|nganh nao|who|whom|which (agency|department|body|office|unit|authority))\b/;
/** A plan's own documents ("which documents does plan 2041 implement / cite"): a legal basis, not papers. */
const LEGAL_RE = /\b(implement|implements|cite|cites|based on|can cu|thuc hien (quyet dinh|chi thi|nghi dinh|luat)|legal basis)\b/;
/** A member of the public who goes through the procedure ("tôi", "gia đình", "người nước ngoài", "parents"); not the "em" of "trẻ em". */
const PERSON_RE = /\b(toi|minh|(?<!tre )em|chung toi|nguoi dan|cong dan|gia dinh|cha me|bo me|phu huynh|vo chong|nguoi nuoc ngoai|i|we|my|couple|parents|family|families|citizens?|people|foreigners?|applicants?)\b/;
/** Papers a person hands in or a body asks of them ("nộp", "xuất trình", "yêu cầu", "submit to"); "giấy tờ" the plans never write of a body's work. */
const HANDED_IN_RE = /\b(nop|xuat trinh|yeu cau|doi hoi|giay to|submit|submits|submitted|bring|provide|requires?|required|apply|application)\b/;
/** A body's own files ("hồ sơ trình khen thưởng", "thụ lý hồ sơ", "commendations"): a duty the plans give, not a procedure's papers. */
const BODY_WORK_RE = /\b(trinh khen thuong|khen thuong|thi dua|bieu duong|tong hop ho so|thu ly|xet xu|tham muu|commendations?|awards?|rewards?|emulation|case files?|prosecut\w*)\b/;

/**
 * "Hồ sơ nhận con nuôi cần những giấy tờ gì?", "What papers must parents submit ...?": a procedure's papers asked. With a body named,
 * only papers a person hands in ("tôi phải nộp những giấy tờ gì cho Sở Tư pháp"); "Sở Nội vụ cần chuẩn bị hồ sơ gì để trình khen
 * thưởng" asks what the body must do, and the plan's duty answers it.
 */
export function asksProcedurePapers(q: ParsedQuestion): boolean {
  const f = q.folded;
  // Every papers pattern below holds one of these words: a question with none asks no papers (most questions; no pattern is run).
  if (!(q.language === "en" ? PAPERS_EN_WORDS : PAPERS_VI_WORDS).some((w) => f.includes(w))) return false;
  if (WHO_ASKED_RE.test(f) || LEGAL_RE.test(f)) return false;
  const person = PERSON_RE.test(f);
  if (BODY_WORK_RE.test(f) && !person) return false;
  const byPerson = q.agencies.length === 0 || person || HANDED_IN_RE.test(f);
  if (q.language === "en") return PAPERS_EN_RE.test(f) && NEEDS_EN_RE.test(f) && byPerson;
  return q.agencies.length === 0 ? PAPERS_VI_RE.test(f) : PAPERS_OF_BODY_RE.test(f) && byPerson;
}

/**
 * A phone number asked ("số điện thoại", "sđt", "điện thoại của ...", "phone number"); "dịch vụ điện thoại", "phone services" are
 * a topic, not a number. "Tổng đài", "hotline" are the line to report to.
 */
const PHONE_RE = /\b(so dien thoai|so dt|sdt|so lien (he|lac)|dien thoai (lien (he|lac)|cua|so may|la (gi|bao nhieu|so nao))|(tele)?phone (number|no|of)|contact number)\b/;
/** What a body must do asked ("phải làm gì", "có nhiệm vụ gì", "what must ... do"): its duty answers it, whatever the topic. */
const DUTY_ASKED_RE = /\b((phai|can|se|co the) lam (gi|nhung gi)|lam gi|nhiem vu|trach nhiem|vai tro|what (must|should|does|do|will|is|are) .{0,120}\b(do|role|duties|responsibilit(y|ies))|duties|responsible)\b/;
const HOTLINE_RE = /\b(tong dai|duong day nong|hotline|helpline|111)\b/;
/**
 * Reporting a child ("báo tin", "tố giác", "tố cáo", "report"), in the words the conversation router reads as reporting, and bare
 * "báo" ("báo cho ai", "báo số nào"); never "báo cáo" (an office's report), "bảo vệ", "bạo hành", "bạo lực". Shared with the
 * answerer's number-to-report reading: the number to report to is the plans' (answered elsewhere).
 */
export const REPORTING_WORDS = String.raw`bao tin|to giac|to cao|trinh bao|phan anh|report|reporting|(?<!(?:thong|dam|canh) )bao(?! (?:cao|ve|dam|luc|hanh|hiem|tro|chi|gom|nhieu|lau|gio)\b)`;
const REPORTING_RE = new RegExp(`\\b(?:${REPORTING_WORDS})\\b`);

/**
 * A body's own line ("đường dây nóng của Sở LĐTBXH", "số hotline của Sở GD&ĐT", "the hotline number of the Department of Labour"):
 * the line is the body's, named after "của"/"of"/"'s", not the line a plan writes for reporting a child (the national 111).
 */
const BODY_LINE_RE = /\b(duong day nong|tong dai|hotline|helpline)( (so|number|no))? (rieng )?(cua|of|at|for) (the )?(so|ban|phong|uy ban|ubnd|cong an|hoi|tinh doan|department|committee|office|police|provincial|dak|gia|tay|hue|thua)\b|\b(department|committee|office|police|union|dolisa|doet|doh)\w*['’]s (hotline|helpline)\b/;
/**
 * The number asked ("số mấy", "là gì", "bao nhiêu?" at the end, "what is", "give me"), not whether a body runs a line ("vận hành",
 * "tiếp nhận") nor what else of the line is asked ("what services does the hotline ... provide", "bao nhiêu cuộc gọi").
 */
const NUMBER_ASKED_RE = /\b(so (nao|may|bao nhieu|gi)|la (gi|bao nhieu|so nao|so may)|bao nhieu( vay| a| nhi| the)?$|cho (xin|minh|toi|em)|what (is|s|are|re)\b|which number|give me|number)\b/;
/** The national line by its name or number: the line a plan writes for reporting, answered from the plan. */
const NATIONAL_LINE_RE = /\b(111|quoc gia|national)\b/;

/** "Số điện thoại của Sở Y tế Gia Lai?", "đường dây nóng của Sở LĐTBXH là số mấy?", "the hotline number of ...": a body's number asked. */
export function asksBodyPhone(q: ParsedQuestion): boolean {
  const f = q.folded;
  if (REPORTING_RE.test(f) || DUTY_ASKED_RE.test(f)) return false;
  // "Sở LĐTBXH Gia Lai có số điện thoại đường dây nóng là gì?": a phone asked of a body named is the body's, hotline word or not.
  const bodyLine = q.agencies.length > 0 && (BODY_LINE_RE.test(f) || PHONE_RE.test(f)) && NUMBER_ASKED_RE.test(f) && !NATIONAL_LINE_RE.test(f);
  if (!bodyLine && (!PHONE_RE.test(f) || HOTLINE_RE.test(f))) return false;
  return q.agencies.length > 0 || /\b(phong|bo phan|don vi|trung tam|unit|office|department|centre|center)\b/.test(f);
}

/**
 * "the postal address of Gia Lai's Department of Health", "where is the Department of Justice located": a body's address (English);
 * not where it stands in a plan ("located in the plan's duty list").
 */
const ADDRESS_EN_RE = /\b(postal|mailing|street|office|physical) address\b|\baddress of (the )?\S*\s?(department|office|committee|police|union|people['’]s committee)|\bwhere (is|are) (the )?\S*\s?(department|office|committee)\b.{0,80}\b(located|based)\b(?! (in|on|within|among) (the |this |that |its |a )?(plan|plans|list|duty|duties|task|tasks|section|part|decision|document|annex|appendix|table)\b)/;

/** A body's own address asked in English ("address" alone is also a verb: "how does the plan address child labour"). */
export function asksBodyAddress(q: ParsedQuestion): boolean {
  return q.language === "en" && q.agencies.length > 0 && ADDRESS_EN_RE.test(q.folded) && !DUTY_ASKED_RE.test(q.folded);
}

/**
 * A contact person asked ("người liên hệ", "cán bộ đầu mối liên hệ", "contact person"), or who to contact with their email or phone
 * ("who should I contact ..., and what is their email?"): the plans name bodies and what they do, never a person to contact. A body
 * asked ("cơ quan nào là đầu mối liên hệ", "sở nào chủ trì để mình liên hệ") or where to report a child ("thấy trẻ bị bạo hành thì
 * liên hệ với ai, số điện thoại nào") is answered from the plans.
 */
const CONTACT_PERSON_RE = /\b(nguoi (lien he|lien lac|phu trach lien he)|can bo (dau moi )?lien (he|lac)|contact (person|persons|people|name|officer)|person to contact)\b/;
/**
 * A focal point ("người đầu mối", "point of contact", "focal point"): the plans make a body the focal point ("Sở LĐTBXH làm đầu mối
 * tổng hợp hồ sơ"), so alone it asks the body; only with an email or phone asked is it a person's details.
 */
const FOCAL_POINT_RE = /\b(nguoi dau moi|dau moi lien (he|lac)|points? of contact|focal (points?|persons?))\b/;
const WHO_TO_CONTACT_RE = /\b(lien (he|lac) (voi )?ai|who (should|do|can|could|must) (i|we|you|one|people) (contact|call|email|write to|reach)|(whom|who) to contact|whom (should|do|can) (i|we) contact)\b/;
const DETAIL_ASKED_RE = /\b(email|e mail|thu dien tu|so dien thoai|sdt|dien thoai|phone|fax)\b/;
const BODY_ASKED_RE = /\b(co quan nao|so nao|don vi nao|nganh nao|(which|what) (agency|agencies|department|departments|body|bodies|office|offices|unit|units|authority|authorities))\b/;
/**
 * A child in harm's way ("trẻ bị xâm hại", "một em nhỏ bị đánh", "a child being hurt", "my neighbour's kid is beaten"): whom to
 * contact, and at what number, is the line a plan writes for reporting a child (111), not a person's details.
 */
const CHILD_HARMED_RE = /\b(tre( em| nho)?|em (nho|be)|be|chau|con (toi|minh|em))( \S+){0,2} (bi|dang bi|co nguy co|gap nguy)\b|\b(child|children|kid|kids|girl|boy|minor|baby)( \S+){0,2} (being|is|are|was|were|gets?|got) (\S+ )?(hurt|harmed|abused|beaten|hit|attacked|assaulted|neglected|exploited|trafficked|molested|in danger|at risk)\b/;

/** "Ai là người liên hệ của KH 2509, email gì?", "Who is the contact person for plan 2130 and what is their email?". */
export function asksContactPerson(q: ParsedQuestion): boolean {
  const f = q.folded;
  // CONTACT_PERSON_RE needs "lien " or "contact", the other way DETAIL_ASKED_RE: a question with neither asks no contact person.
  if (!f.includes("lien ") && !f.includes("contact") && !DETAIL_ASKED_RE.test(f)) return false;
  if (REPORTING_RE.test(f) || BODY_ASKED_RE.test(f)) return false;
  if (CONTACT_PERSON_RE.test(f)) return true;
  return (WHO_TO_CONTACT_RE.test(f) || FOCAL_POINT_RE.test(f)) && DETAIL_ASKED_RE.test(f) && !CHILD_HARMED_RE.test(f);
}

/** Any word of contact ("liên hệ", "đầu mối", "email", "phone", "contact"): a part of a question free of them asks something else. */
const CONTACT_WORD_RE = /\b(lien he|lien lac|dau moi|contact|contacts|focal|email|e mail|thu dien tu|so dien thoai|sdt|dien thoai|phone|fax)\b/;
export const mentionsContact = (q: ParsedQuestion): boolean => CONTACT_WORD_RE.test(q.folded);

/**
 * A contact detail the plan texts do write (an email address, a web address, a phone number of seven digits or more): then the
 * question is answered from them as any other, not turned away.
 */
export function plansWriteContact(texts: readonly string[]): boolean {
  return texts.some((t) => /[\w.-]+@[\w-]+\.[a-z]{2,}|\b(https?:\/\/|www\.)\S+|(điện thoại|ĐT|Tel|hotline|đường dây nóng)[^\n\d]{0,20}\d[\d .]{6,}\d/iu.test(t));
}

/**
 * The 111 line named ("tổng đài 111", "đường dây nóng", "hotline", "call 111", "report to 111"): a bare "111" beside none of
 * these ("Gia Lai có 111 xã") is a number of something else.
 */
const LINE_NAMED_RE = /\b(tong dai|duong day( nong)?|hotline|helpline|(goi|call|calls|calling|report\w* (to|via|through)|bao (tin )?(qua|ve|cho|den)|so) 111|111 (hotline|helpline|line|number))\b/;
/**
 * A body or a duty asked ("cơ quan nào hướng dẫn ... tổng đài 111", "who teaches pupils to use the free 111 hotline", "ai chịu
 * trách nhiệm giữ bí mật ... khi báo qua đường dây nóng"): what the plans give bodies to do, answered from them. Who answers
 * the line ("ai nghe máy", "who answers the 111 hotline") is still how the line serves a caller.
 */
const BODY_OR_DUTY_RE = /\b(ai(?! (nghe|tra loi|bat may|tiep))|(co quan|don vi|nganh|so|to chuc|cap) nao|who(?! (answers?|picks? up|is on|will answer|takes? (the )?calls?)\b)|(which|what) (body|bodies|agency|agencies|department|departments|office|unit|authority|organi[sz]ation)|chiu trach nhiem|co trach nhiem|nhiem vu|huong dan|tuyen truyen|pho bien|responsib\w*|dut(y|ies)|teach\w*|instruct\w*|translat\w+ (materials?|documents?|leaflets?))\b/;
/** How the line serves a caller: the language it answers in, its hours, its cost, whether one may stay unnamed, texting it. */
const LANGUAGE_RE = /\b(tieng (anh|viet|nuoc ngoai|phap|trung|han|nhat|dan toc)|ngoai ngu|ngon ngu|phien dich|thong dich|english|languages?|interpret\w*|translat\w*|speak\w*|nguoi nuoc ngoai|foreigners?)\b/;
const SERVICE_RE = /\b(mat phi|mien phi|ton tien|mat tien|tinh phi|cuoc phi|free|cost|costs|charged?|fees?|toll|ban dem|buoi toi|nua dem|cuoi tuan|ngay le|gio hanh chinh|24 ?\/? ?7|24 gio|at night|overnight|weekends?|holidays?|open|opening hours|around the clock|any ?time|an danh|giau ten|bi mat|giu kin|danh tinh|anonymous\w*|confidential\w*|privacy|kept private|nhan tin|sms|zalo|texting|send a text|by text)\b/;
/** A plan or its text asked ("which plan names the free 111 line", "KH 1979 ghi tổng đài nào"): answered from the plans. */
const PLAN_ASKED_RE = /\b(ke hoach|quyet dinh|kh|qd|plans?|decisions?|mention\w*|ghi|neu|nhac)\b/;
/** Which line or number is asked ("số nào", "which hotline", "is there a line open at night"): the plans' number answers it. */
const WHICH_LINE_RE = /\b(so (nao|may|gi)|tong dai nao|duong day nong nao|which|what (is the )?(number|hotline|helpline|line)|is there)\b/;

/**
 * "Can I report to 111 in English?", "Tổng đài 111 có mất phí không?", "Is the 111 line open at night?": how the line serves a caller,
 * which no plan says (the plans name 111 only as the line to report to); never a plan's line quoted as if it answered.
 */
export function asksHotlineService(q: ParsedQuestion): "language" | "service" | null {
  const f = q.folded;
  if (!LINE_NAMED_RE.test(f) || PLAN_ASKED_RE.test(f) || WHICH_LINE_RE.test(f) || BODY_OR_DUTY_RE.test(f)) return null;
  return LANGUAGE_RE.test(f) ? "language" : SERVICE_RE.test(f) ? "service" : null;
}

/** What the 111 line is, and that the plans say nothing of how it serves a caller. */
export function hotlineServiceLines(lang: Language, kind: "language" | "service"): string[] {
  const lines = [tr(lang,
    "Tổng đài 111 là Tổng đài điện thoại quốc gia bảo vệ trẻ em, nơi báo tin trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại. Các kế hoạch trong kho không nêu cách tổng đài tiếp nhận cuộc gọi (ngôn ngữ, giờ, phí, giữ kín tên người báo).",
    "111 is Vietnam's national child-protection hotline, the line to report a child who is being harmed or at risk. The plans in the knowledge base do not say how the line takes calls (languages, hours, cost, keeping the caller's name private).")];
  if (kind === "language") {
    lines.push(tr(lang, "Nếu không nói được tiếng Việt, có thể nhờ một người nói tiếng Việt gọi cùng.",
      "If you do not speak Vietnamese, ask someone who does to call with you."));
  }
  return lines;
}

/** The line saying the plans do not hold what is asked. */
export function publicDetailLine(lang: Language, kind: "papers" | "phone" | "person" | "address"): string {
  if (kind === "address") {
    return tr(lang, "Các kế hoạch trong kho không ghi địa chỉ của cơ quan, đơn vị nào.", "The plans in the knowledge base give no address for any agency or unit.");
  }
  if (kind === "person") {
    return tr(lang, "Các kế hoạch trong kho không nêu người liên hệ, email hay số điện thoại của ai; các kế hoạch chỉ giao nhiệm vụ cho các cơ quan.",
      "The plans in the knowledge base name no contact person, email or phone number; they only give duties to agencies.");
  }
  return kind === "papers"
    ? tr(lang, "Các kế hoạch trong kho không nêu hồ sơ, giấy tờ hay thủ tục mà người dân phải làm; các kế hoạch chỉ giao nhiệm vụ cho các cơ quan. Hãy hỏi trực tiếp cơ quan có thẩm quyền.",
      "The plans in the knowledge base list no documents, papers or procedure a person must go through; they only give duties to agencies. Ask the competent agency directly.")
    : tr(lang, "Các kế hoạch trong kho không ghi số điện thoại của cơ quan, đơn vị nào.",
      "The plans in the knowledge base give no phone number for any agency or unit.");
}

/**
 * After "the plans name no contact person": as a pointer only (not the answer), the body each plan named says reports go through
 * ("gửi báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)"), its sentence quoted as written.
 */
export function reportsGoThroughPointer(plans: readonly ParsedPlan[], lang: Language): Draft {
  const d: Draft = { found: false, lines: [], agencies: [], citations: [], notes: [], confidence: 0, counts: [] };
  for (const plan of plans) {
    const r = plan.reportingDuties.find((x) => x.to !== null && /\b(thong )?qua\b/.test(foldKey(x.to)));
    const sentence = r?.quote.split(/(?<=[.;])\s+/).find((s) => s.includes(r.to!))?.trim();
    if (!r || !sentence || !plan.text.includes(sentence)) continue;
    d.lines.push(tr(lang, `Để tham khảo (không phải người liên hệ): ${plan.documentNumber}, mục ${r.sectionPath}, chỉ nêu nơi gửi báo cáo: “${sentence}”`,
      `For reference only (not a contact person): ${plan.documentNumber}, section ${r.sectionPath}, only says where reports go: “${sentence}”`));
    d.citations.push({ plan, section: r.sectionPath, quote: sentence });
  }
  return d;
}
