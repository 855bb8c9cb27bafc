/**
 * A citizen's question about how reporting works, asked before any report (issues 12/13): the hotline's own facts (its number,
 * cost, hours, channels), where to report (Decree 56/2017, Art. 25), 111 against 113, 115 and the commune police, and whether one
 * must report. Each gets its side answer (side-questions.ts), never a quote from a provincial plan. A question about what a plan
 * assigns ("Sở nào phối hợp với tổng đài 111?", "who runs the helpline under Gia Lai's plan?") is not one of these: it names a plan,
 * an agency's duty or a province, and the caller sends it to the plans.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import { AGENCY_DUTY, type SideTopic } from "./side-questions.ts";

/** The procedure topics, in the order their answers are given. */
export type ProcedureTopic = Extract<SideTopic, "hotlineFacts" | "whereReport" | "hotlineVsPolice" | "mustReport">;

/** The hotline named (folded). */
const HOTLINE = /\b(?:111|tong dai|duong day nong|hotline|helpline|childline)\b/;
/** Asking about the hotline's cost, hours or channels (folded): the same in every province, whatever a plan says. */
const HOTLINE_SERVICE = new RegExp([
  String.raw`\b(?:mat (?:tien|phi)|ton (?:tien|phi)|tinh (?:tien|phi|cuoc)|co phi|mien phi|tra tien|cuoc phi|gia cuoc|free|costs?|charged?|pay)\b`,
  String.raw`\b(?:ban dem|dem khuya|nua dem|ngay le|le tet|chu nhat|cuoi tuan|gio nao|luc nao|24 ?/ ?7|24 gio|at night|nights?|holidays?|weekends?|open|any ?time|24 hours|round the clock)\b`,
  String.raw`\b(?:app|apps|ung dung|zalo|website|web|trang web|nhan tin(?! bao)|tin nhan|sms|email|facebook|fanpage|text|chat online)\b`,
].join("|"));
/** Asking about cost, hours, reach, channels or the number itself (folded). */
const HOTLINE_FACT = new RegExp([
  HOTLINE_SERVICE.source,
  String.raw`\b(?:so (?:may|nao|gi|bao nhieu)|dau so|what (?:number|is the number)|which number|phone number)\b`,
  String.raw`\b(?:111 la (?:gi|so gi|tong dai gi)|what is (?:the )?111|ca nuoc|toan quoc|tinh nao cung|nationwide|anywhere in vietnam)\b`,
].join("|"));
/** A number asked for calling or reporting, without the hotline named: "báo xâm hại trẻ em thì gọi số nào?", "what number do I call?" (folded). */
const NUMBER_FOR_CHILD = /\b(?:goi|bao|to giac|lien he|lien lac|call|dial|ring|phone|report)\b(?: \S+){0,3} (?:so (?:may|nao|gi|bao nhieu)|dau so)\b|\b(?:what|which) number (?:\S+ ){0,3}(?:call|dial|ring|phone|report)\b/;

/** Reporting, the citizen's word (folded); not "báo cáo" (an office's report), "bảo vệ", "bao giờ", "bạo hành". */
const REPORTING = String.raw`(?:bao tin|to giac|to cao|trinh bao|phan anh|bao(?! (?:cao|ve|gio|nhieu|lau|hanh|luc|ho)\b))`;
/** Where, in the words of the North, the Centre ("mô") and the South (folded). */
const WHERE = String.raw`(?:o dau|cho ai|voi ai|(?:o |cho |tai )?noi nao|o cho nao|(?:di|o|ra) (?:mo|dau)|xa nao|phuong nao|co quan nao|nhung dau|nhung ai|dau nua|dau duoc)`;
/** The commune where it happened against the one the writer lives in (folded). */
const PLACE_CHOICE = String.raw`(?:noi (?:chuyen )?xay ra|noi (?:minh|toi|tui|em|t) (?:dang )?(?:o|song)|(?:xa|phuong) (?:khac|minh|toi|tui)|(?:minh|toi|tui|em) dang o)`;
const WHERE_REPORT = new RegExp([
  String.raw`\b${REPORTING}\b(?: \S+){0,6}? ${WHERE}\b`,
  String.raw`\b${WHERE} (?:\S+ ){0,3}?${REPORTING}\b`,
  String.raw`\b${REPORTING}\b.*\b${PLACE_CHOICE}\b`,
  String.raw`\bwhere (?:do|can|should|shall|would|could) (?:i|we|you|people|one) (?:\w+ ){0,2}report\b`,
  String.raw`\bwho (?:do|can|should|could) (?:i|we) (?:\w+ ){0,2}report (?:\w+ ){0,3}to\b`,
  String.raw`\b(?:where|who) to report\b`,
  String.raw`\breport\b.*\b(?:commune|ward) where\b`,
].join("|"));

/** 111 set against 113, 115 or the police, with a word of comparing (folded). */
const OTHER_LINE = /\b(?:113|115|cong an|police|cops)\b/;
const COMPARES = /\bkhac (?:\w+ ){0,3}?(?:gi|nhau|chi|cho nao|sao|the nao|ra sao)\b|\bgiong (?:nhau|nhu)\b|\bphan biet\b|\bkhi nao\b.*\bkhi nao\b|\b(?:co )?phai (?:la )?cong an\b|\bhay (?:la )?(?:goi )?(?:111|113|115|cong an)\b|\bdifferen\w*\b|\bsame as\b|\bor (?:the )?(?:police|113|115|111)\b|\bwhen (?:do|should) (?:i|we) call\b|\bis (?:111|the hotline) (?:a |the )?police\b/;

/** Whether reporting is a duty, or failing to report is punished (folded). */
const MUST_REPORT = new RegExp([
  String.raw`\b(?:bat buoc|buoc|nghia vu)(?: \w+){0,4}? (?:phai )?${REPORTING}\b`,
  String.raw`\bco (?:phai|trach nhiem(?: phai)?) ${REPORTING}(?: \w+){0,4} (?:khong|ko|k|hong)\b`,
  String.raw`\b(?:khong|ko|k|hong|chang) ${REPORTING}(?: \w+){0,3}? (?:co )?(?:bi )?(?:phat|xu phat|xu ly|truy cuu|vi pham|pham phap|pham toi|co toi)\b`,
  String.raw`\b(?:have to|must|required to|obliged to|obligated to|duty to|mandatory to) (?:\w+ ){0,2}report\b`,
  String.raw`\bmandatory report\w*`,
  String.raw`\b(?:offen[cs]e|crime|illegal|against the law|fined?|penalt\w*|punish\w*)\b.{0,40}\bnot (?:to )?report`,
  String.raw`\bnot report(?:ing)?\b.{0,40}\b(?:offen[cs]e|crime|illegal|against the law|fined?|penalt\w*|punish\w*)\b`,
].join("|"));

/**
 * Words of the plans and of an agency's duty (folded): a plan or decision, a department, who leads, coordinates, runs or funds
 * something. Such a question goes to the plans, whatever else it asks.
 */
const PLAN_ASKED = /\b(?:ke hoach|quyet dinh|chuong trinh|de an|(?:qd|kh) ubnd|ubnd tinh|so (?:lao dong|ldtbxh|y te|giao duc|gd|tu phap|van hoa|vhttdl|noi vu|tai chinh|thong tin)|chu tri|phoi hop|duoc giao|giao (?:viec|nhiem vu|cho)|nhiem vu|phu trach|van hanh|duy tri|kinh phi|ngan sach|chi tieu|tiep nhan|bao cao|(?:co )?trach nhiem gi|nhiem vu gi|ctv|cong tac vien|plans?|department\w*|agenc\w*|responsib\w*|in charge|runs?|running|operat\w*|maintain\w*|budget\w*|targets?|coordinat\w*|leads?)\b/;

/**
 * What happens to a report once an office has it (folded): who handles it, where it is passed, who manages the hotline. "Nhận tin
 * báo" is an office receiving a report, not the hotline's text messages; "bị xử lý" is a citizen punished, which stays a duty question.
 */
export const AFTER_REPORT = /\b(?:(?<!bi )xu ly|chuyen (?:tin|ve|cho|den|toi|len|sang|qua|tiep)|nhan (?:duoc )?(?:tin bao|bao tin|to giac)|quan ly|who handles|handled by|passe[sd]? (?:it )?(?:on|to)|forward\w*)\b/;

/** An office, an institution or a trade as the one a question is about (folded): "Nhà trường ...", "Do doctors ...", "the province". */
const AGENCY = String.raw`(?:cong an|ca (?:xa|phuong|tinh|huyen)|ubnd|uy ban|chinh quyen|nha nuoc|nha truong|truong hoc|truong(?! hop)|giao vien|thay co|bac si|benh vien|tram y te|y te|hoi (?:phu nu|lhpn|nong dan|cuu chien binh)|doan thanh nien|can bo|co quan|don vi|tinh(?! (?:tien|phi|cuoc))|huyen|xa|phuong(?! (?:an|phap|thuc))|police|schools?|teachers?|doctors?|nurses?|hospitals?|clinics?|social workers?|officials?|officers?|authorit(?:y|ies)|province|provinces|provincial \w+|communes?|wards?|ministry|government|state|agenc(?:y|ies)|department\w*)`;
/** The hotline as the one that would have a duty ("111 có phải báo cho công an không?"): an office, for a duty question only (folded). */
const HOTLINE_AS_OFFICE = String.raw`(?:111|tong dai(?: 111)?|hotline|helpline)`;
/** The writer as the one who asks about themself (folded): "tôi", "em", "mình", "I", "we". */
const FIRST_PERSON = /\b(?:toi|tui|minh|em|e|con|chau|t|i|im|we|me|my)\b/;
/** A question opening on an office as its subject (folded): "Nhà trường có ...", "Do doctors have to ...", "Does the province pay ...". */
const AGENCY_HEAD = new RegExp(String.raw`^(?:(?:xin )?cho (?:\w+ )?hoi |(?:vay|the|lieu|sau khi|khi|neu) )?(?:(?:which|what|do|does|did|are|is|must|should|can|will|would) )?(?:the |a |an |our |local |all )?${AGENCY}\b`);

/**
 * True when a duty or hotline question is about an office's duty, not the writer's own: it opens on an office ("Công an có bắt buộc
 * phải báo cho 111 không?", "Do schools have to report child abuse?"), or an office stands before the duty with no "tôi"/"I" beside it.
 */
function aboutAnOffice(key: string, duty: RegExpExecArray | null): boolean {
  if (AGENCY_HEAD.test(key)) return !FIRST_PERSON.test(key.slice(0, duty?.index ?? key.length));
  if (!duty) return false;
  const before = key.slice(0, duty.index);
  return new RegExp(String.raw`\b(?:${AGENCY}|${HOTLINE_AS_OFFICE})\b`).test(before) && !FIRST_PERSON.test(before);
}

/** The public as the one who reports, as a plan words it (folded): "người dân tố giác ...", "citizens report ...". */
const THE_PUBLIC = /\b(?:nguoi dan|nhan dan|cong dong|citizens?|residents?|the public)\b/;
/**
 * The number asked in a plan's words (folded): "tố giác (hành vi bạo lực, xâm hại) qua tổng đài số mấy", "số tổng đài mà Tây Ninh yêu
 * cầu tố giác": what the province's plan tells people to use, not which number the writer should call.
 */
const PLAN_NUMBER = /\bto giac\b|\bqua (?:so )?(?:tong dai|duong day nong|so dien thoai|so)\b|\byeu cau\b/;
/** A plan's own work on the hotline (folded): "tuyên truyền tổng đài 111 qua Zalo", "duy trì tổng đài": the plan is asked. */
const PLAN_WORK = /\b(?:tuyen truyen|truyen thong|duy tri|trien khai|ke hoach|kh|quyet dinh|promot\w*|publici[sz]\w*|plan)\b/;
/** A heading before the question ("Gia Lai: ...", "Tây Ninh - ..."): the words before its colon or dash. */
const HEADING = /^\s*([^:?!.,\n]{2,40}?)\s*(?::|\s[-–]\s)\s*\S/u;

/**
 * A province's plan is what is asked, not merely where the writer is: the province is the question's heading ("Gia Lai: người dân tố
 * giác qua tổng đài số mấy?"), the public reports in it, as a plan says ("người dân Tây Ninh tố giác qua số nào?"), the plan's own work
 * on the hotline is asked, or the number is asked in a plan's words ("ở Tây Ninh tố giác xâm hại trẻ em qua tổng đài số mấy?"). "111
 * ở Huế có miễn phí không", "báo tin ở Đắk Lắk thì gọi số mấy": the hotline is the same in every province, answered as the hotline.
 */
function asksProvincePlan(text: string, key: string, namesProvince: (text: string) => boolean): boolean {
  if (!namesProvince(text)) return false;
  const heading = HEADING.exec(text)?.[1];
  return THE_PUBLIC.test(key) || PLAN_WORK.test(key) || (heading !== undefined && namesProvince(heading)) || (PLAN_NUMBER.test(key) && !HOTLINE_SERVICE.test(key));
}

/**
 * The procedure topics a first message asks about, or none. `namesProvince` tells a question about one province's plan
 * ("Tây Ninh: tố giác qua tổng đài số mấy?") from a question about the hotline itself.
 */
export function procedureTopics(text: string, namesProvince: (text: string) => boolean = () => false): ProcedureTopic[] {
  const key = foldKey(text);
  // "Sở nào" (a department) and "số nào" (a number) fold alike: only the department, written with its marks, is the plans'.
  const department = /(?:^|[^\p{L}])sở\s+nào(?:$|[^\p{L}])/u.test(text.normalize("NFC").toLowerCase());
  if (!key || department || PLAN_ASKED.test(key) || AFTER_REPORT.test(key) || AGENCY_DUTY.test(key) || asksProvincePlan(text, key, namesProvince)) return [];
  if (aboutAnOffice(key, MUST_REPORT.exec(key))) return [];
  const found: ProcedureTopic[] = [];
  const versus = /\b111\b|\btong dai\b|\bhotline\b|\bhelpline\b/.test(key) && OTHER_LINE.test(key) && COMPARES.test(key);
  if (((HOTLINE.test(key) && HOTLINE_FACT.test(key)) || NUMBER_FOR_CHILD.test(key)) && !versus) found.push("hotlineFacts");
  if (WHERE_REPORT.test(key)) found.push("whereReport");
  if (versus) found.push("hotlineVsPolice");
  if (MUST_REPORT.test(key)) found.push("mustReport");
  // "có bắt buộc phải báo không, báo ở đâu?": the duty's answer already says where.
  if (found.includes("mustReport") && found.includes("whereReport")) found.splice(found.indexOf("whereReport"), 1);
  return found;
}

/**
 * A harm done to the writer (folded): "bố mẹ bắt em lấy chồng", "bố em đánh em", "if my parents make me marry", "he touched me". The
 * writer's own word follows the deed, not a word that owns it ("bắt em tôi": the writer's sibling).
 */
const DONE_TO_WRITER = /\b(?:bat|ep|cuong ep|ga|danh|dap|tat|chui|hiep|xam hai|so|so mo|so soang|nhot|doa|ban|lam dung|quay roi|du|du do|ru)\s+(?:em|e|minh|mik|mk|tui|tao|t)\b(?!\s+(?:toi|tui|minh|cua|ay|nha|be|gai|trai|ho|nho)\b)|\b(?:make|makes|made|force|forces|forced|forcing|marry|marries|married|hit|hits|beat|beats|touch|touches|touched|abuse|abuses|abused|hurt|hurts|rape|raped|threaten|threatens|sell|sells|sold)\s+me\b/;
/** Someone the writer lives under: a parent, step-parent or teacher (folded). */
const CARER = /\b(?:bo|me|ba|ma|cha|bo me|ba me|cha me|bo duong|duong|me ke|ong|ba noi|ba ngoai|thay|co giao|gia dinh|my (?:parents?|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|stepmother|teacher|family|uncle))\b/;
/** The writer's own age, a child's (folded): "em 15 tuổi", "năm 17 tuổi", "I'm 14", "at 16". */
const CHILD_AGE = /\b(?:1[0-7]|[1-9])\s*(?:tuoi|t)\b|\b(?:i\s*(?:am|m)\s+(?:only\s+|just\s+)?|at\s+|aged?\s+)(?:1[0-7]|[1-9])\b/;

/**
 * A child asking how to report a harm done to herself, even as a supposing ("Nếu bố mẹ bắt em lấy chồng năm 17 tuổi thì em báo ở đâu
 * ạ?", "if my parents make me marry, where do I report?"): she gets the child's safety-first reply and the offer to tell, never the
 * grown-up's list of places (RD7). A child is known by the caller's reading (`childWriting`), a child's age, or a parent or teacher
 * doing it.
 */
export function childAsksOfOwnHarm(text: string, childWriting: boolean): boolean {
  const key = foldKey(text);
  return DONE_TO_WRITER.test(key) && (childWriting || CHILD_AGE.test(key) || CARER.test(key));
}

