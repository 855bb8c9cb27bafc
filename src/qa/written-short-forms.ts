/**
 * Short forms officials type for content words and places ("BHYT", "CT, DA BVTE", "TE dưới
 * 6t", "ở ĐL"): written out before the question is read, so they rank passages like the
 * words the plans use. Only capitals standing alone are read this way ("tế" in "Y tế" is
 * not "TE"), and never inside a document number ("123/LĐTBXH-BVCSTE").
 */
import type { Province } from "../kb/types.ts";
import { foldKey, foldWords } from "../core/vietnamese-text.ts";

/** Capital short forms of content words, as written in Vietnamese administrative texts. */
const CONTENT_SHORT_FORMS: Record<string, string> = {
  BVTE: "bảo vệ trẻ em", BVCSTE: "bảo vệ, chăm sóc trẻ em", "BVCS&GDTE": "bảo vệ, chăm sóc và giáo dục trẻ em", BVCSGDTE: "bảo vệ, chăm sóc và giáo dục trẻ em",
  BTTE: "bảo trợ trẻ em", TE: "trẻ em", CT: "chương trình", DA: "dự án", "CT-DA": "chương trình, dự án", KH: "kế hoạch",
  BHYT: "bảo hiểm y tế", BHXH: "bảo hiểm xã hội", XH: "xã hội", XHH: "xã hội hóa", "KT-XH": "kinh tế - xã hội", KTXH: "kinh tế - xã hội",
  HCĐB: "hoàn cảnh đặc biệt", HCĐBKK: "hoàn cảnh đặc biệt khó khăn", CTV: "cộng tác viên", MN: "mầm non",
  THCS: "trung học cơ sở", THPT: "trung học phổ thông", SDD: "suy dinh dưỡng", TNTT: "tai nạn thương tích",
  PCĐN: "phòng, chống đuối nước", XHTD: "xâm hại tình dục", BLXH: "bạo lực, xâm hại", NCT: "người chưa thành niên",
  ĐP: "địa phương", NSNN: "ngân sách nhà nước", MXH: "mạng xã hội", CSSK: "chăm sóc sức khỏe", SKSS: "sức khỏe sinh sản",
  BLGĐ: "bạo lực gia đình", GDMN: "giáo dục mầm non", PCGD: "phổ cập giáo dục", DTTS: "dân tộc thiểu số", ĐBDTTS: "đồng bào dân tộc thiểu số",
  CTXH: "công tác xã hội", TGPL: "trợ giúp pháp lý", BCĐ: "ban chỉ đạo", BĐH: "ban điều hành", HS: "học sinh", GV: "giáo viên",
  CSDL: "cơ sở dữ liệu", KP: "kinh phí"
};

/** A level of local government by its short form ("h", "tx", "tp", "x", "p", "tt", "q"); a whole word is kept as written. */
const LEVEL_SHORT: Record<string, string> = { h: "huyện", tx: "thị xã", tp: "thành phố", x: "xã", p: "phường", tt: "thị trấn", q: "quận" };
/** "h/tx/tp" is "huyện, thị xã, thành phố"; "xã/phường/thị trấn", all written in full, is left as the plans write it. */
function slashLevels(run: string): string {
  const parts = run.split("/");
  if (!parts.some((x) => LEVEL_SHORT[x.toLowerCase()])) return run;
  return parts.map((x) => LEVEL_SHORT[x.toLowerCase()] ?? x).join(", ");
}

/**
 * Short forms typed in lower case without marks ("csdl ve bv, cs te o dl"): the same words, read only where they cannot be
 * another word ("bv" before a child-protection word is "bảo vệ", not "bệnh viện"; "te" after one is "trẻ em", never the
 * "tế" of "y te"; "cs" after "bv" is "chăm sóc", not "cơ sở").
 */
const CHAT_SHORT_FORMS: ReadonlyArray<[RegExp, string | ((run: string) => string)]> = [
  [/(?<![\p{L}\d/&-])csdl(?![\p{L}\d/&-])/gu, "cơ sở dữ liệu"], [/(?<![\p{L}\d/&-])bvcste(?![\p{L}\d/&-])/gu, "bảo vệ, chăm sóc trẻ em"],
  [/(?<![\p{L}\d/&-])bvte(?![\p{L}\d/&-])/gu, "bảo vệ trẻ em"], [/(?<![\p{L}\d/&-])nctn(?![\p{L}\d/&-])/gu, "người chưa thành niên"],
  [/(?<![\p{L}\d/&-])bhyt(?![\p{L}\d/&-])/gu, "bảo hiểm y tế"], [/(?<![\p{L}\d/&-])hcdb(?![\p{L}\d/&-])/gu, "hoàn cảnh đặc biệt"], [/(?<![\p{L}\d/&-])tntt(?![\p{L}\d/&-])/gu, "tai nạn thương tích"],
  // "kh tinh nao" is the plan of which province ("kế hoạch tỉnh nào"), never Khánh Hòa's initials.
  [/(?<![\p{L}\d/&-])kh(?= (?:bv|bao ve|cua|ve|tinh nao|nao)(?![\p{L}\d]))/gu, "kế hoạch"],
  [/(?<![\p{L}\d/&-])bv(?=,? (?:cs|te|tre|gd|cham|quyen)(?![\p{L}\d]))/gu, "bảo vệ"],
  [/(?<=bảo vệ,? )cs(?![\p{L}\d/&-])/gu, "chăm sóc"], [/(?<=(?:bảo vệ|chăm sóc),? (?:va )?)gd(?![\p{L}\d/&-])/gu, "giáo dục"],
  [/(?<=(?:bảo vệ|chăm sóc|giáo dục|bao ve|cham soc|giao duc|cho|cac|moi|ve),? )te(?![\p{L}\d/&-])/gu, "trẻ em"],
  // "bc 6 thang", "nop bc", "bc kq": a report ("báo cáo") where it stands by a period, a result or a sending verb.
  [/(?<![\p{L}\d/&-])bc(?= (?:0?6|0?1|dinh ky|định kỳ|nam|năm|hang nam|hàng năm|hằng năm|quy|quý|thang|tháng|kq|ket qua|kết quả|sơ kết|so ket|tong ket|tổng kết)(?![\p{L}\d]))/gu, "báo cáo"],
  [/(?<=(?:nop|nộp|gui|gửi|lam|làm|viet|viết) )bc(?![\p{L}\d/&-])/gu, "báo cáo"],
  [/(?<![\p{L}\d/&-])kq(?![\p{L}\d/&-])/gu, "kết quả"],
  [/(?<=(?:0?6|0?1|03|3) )th(?![\p{L}\d/&-])/gu, "tháng"],
  // "UBND h/tx/tp", "x/p/tt", "huyện/tx/tp": levels joined by slashes, written out as the plans list them ("huyện, thị xã, thành phố").
  [/(?<![\p{L}\d/&-])(?:h|huyện|huyen|tx|thị xã|thi xa|tp|thành phố|thanh pho|x|xã|xa|p|phường|phuong|tt|thị trấn|thi tran|q|quận|quan)(?:\/(?:h|huyện|huyen|tx|thị xã|thi xa|tp|thành phố|thanh pho|x|xã|xa|p|phường|phuong|tt|thị trấn|thi tran|q|quận|quan))+(?![\p{L}\d/&-])/giu, slashLevels],
  // "CT5", "ct 3", "CT.4": a programme by its number ("Chương trình 5" of a plan), never a document's "28-CT/TW".
  [/(?<![\p{L}\d/&-])ct[ .]?([1-9])(?![\p{L}\d/&,.-]*\/)(?![\p{L}\d])/giu, "chương trình $1"],
  // "ct nang cao nang luc ...", "CT nào", "CT số mấy": a programme ("chương trình"); never before a body ("CT UBND" is the Chairman) or a
  // number ("CT số 28" may be a directive).
  [/(?<![\p{L}\d/&-])ct(?= (?:nang cao|nâng cao|truyen thong|truyền thông|duy tri|duy trì|hoan thien|hoàn thiện|(?:so|số)(?! ?\d)|nao|nào|do|đó)(?![\p{L}\d]))/giu, "chương trình"],
  // "TT Huế", "tt hue", "TT-Huế", "tthue": Thừa Thiên Huế.
  [/(?<![\p{L}\d/&-])(?:tt[ -]?(?:hue|huế)|tth)(?![\p{L}\d/&-])/giu, "Thừa Thiên Huế"],
];

/**
 * Central Vietnamese question words (Huế, Quảng Trị, Nghệ Tĩnh) written out as the standard ones: "sở mô" is "sở nào",
 * "rứa" is "vậy", "kế hoạch ni" is "kế hoạch này", "răng" is "sao", "làm chi" is "làm gì". Only with their marks and where
 * they cannot be another word ("mô" only after a noun a question asks about; "răng miệng" is teeth; "chi" only closing a
 * question, never "chi trả", "chi cục").
 */
const REGIONAL_QUESTION_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?<=(?:^|[\s,(])(?:sở|cơ quan|đơn vị|ngành|bên|chỗ|nơi|cấp|năm|chương trình|kế hoạch|hoạt động|việc|ai|ở|đâu|cái|người|tổ chức|ban|hội|phòng|huyện|tỉnh|mục|phần) )mô(?![\p{L}\d])/giu, "nào"],
  [/(?<![\p{L}\d])rứa(?![\p{L}\d])/giu, "vậy"],
  [/(?<![\p{L}\d])răng(?! (?:miệng|hàm|sữa|sâu))(?![\p{L}\d])/giu, "sao"],
  [/(?<=(?:^|[\s,(])(?:kế hoạch|quyết định|chương trình|văn bản|năm|việc|đề án|giai đoạn|tỉnh|mục|phần|bản) )ni(?![\p{L}\d])/giu, "này"],
  [/(?<=(?:^|[\s,(])(?:cái|làm|việc|nội dung|điều|là) )chi(?=\s*[?.!]?\s*$)/giu, "gì"],
];
/** A word each of REGIONAL_QUESTION_WORDS needs, standing whole: a text without one is not searched ("ni" of "niên", "chi" of "chính" are not). */
const REGIONAL_NEEDLE_RE = /(?<![\p{L}\d])(?:mô|rứa|răng|ni|chi)(?![\p{L}\d])/iu;
function regionalWords(text: string): string {
  if (!REGIONAL_NEEDLE_RE.test(text)) return text;
  let out = text;
  for (const [re, to] of REGIONAL_QUESTION_WORDS) out = out.replace(re, to);
  return out;
}

/** The letters each of CHAT_SHORT_FORMS must find in the text to match at all (in its order): a text without them is not searched. */
const has = (needle: string) => (t: string) => t.includes(needle);
// Where a form's pattern needs a space or a digit beside it (before "te", "cs", "gd" and the second "bc"; after "kh" and the first
// "bc"; "6 th", "1 th", "3 th"), the needle holds it too: "thực hiện" holds "th" but never needs the pattern run.
const CHAT_NEEDLES: ReadonlyArray<(t: string) => boolean> = [
  has("csdl"), has("bvcste"), has("bvte"), has("nctn"), has("bhyt"), has("hcdb"), has("tntt"), has("kh "), has("bv"), has(" cs"), has(" gd"), has(" te"),
  has("bc "), has(" bc"), has("kq"), (t) => t.includes("6 th") || t.includes("1 th") || t.includes("3 th"), (t) => t.includes("/"), (t) => /ct[ .]?[1-9]/i.test(t), (t) => /ct /i.test(t), (t) => t.toLowerCase().includes("tt") || /tth/i.test(t),
];

/**
 * Lower-case short forms that are also a province's initials, read as words where the words around them say so: "dl tre em",
 * "cap nhat dl", "csdl" is "dữ liệu" (data), not Đắk Lắk; "tn tinh doan", "tn tham gia", "doan tn" is "thanh niên", not Tây Ninh.
 */
const WORDS_NOT_PLACES: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\d/&-])(?<!(?:^|\s)(?:o|ở|tai|tại|tinh|tỉnh|cua|của|in|at) )dl(?= (?:tre|te|tt|thong tin|ca nhan|cap nhat|lam sach|thu thap|nhap|dau vao|phan mem|he thong)(?![\p{L}\d]))/gu, "dữ liệu"],
  [/(?<=(?:cap nhat|cập nhật|lam sach|làm sạch|thu thap|thu thập|nhap|nhập|co so|cơ sở|so lieu|số liệu|phan mem|phần mềm) )dl(?![\p{L}\d/&-])/gu, "dữ liệu"],
  [/(?<![\p{L}\d/&-])(?<!(?:^|\s)(?:o|ở|tai|tại|tinh|tỉnh|cua|của|in|at) )tn(?= (?:tinh doan|tỉnh đoàn|tham gia|tinh nguyen|tình nguyện|xung kich|xung kích|doan vien|đoàn viên|cong san|cộng sản)(?![\p{L}\d]))/gu, "thanh niên"],
  [/(?<=(?:doan|đoàn|hoi|hội|lien hiep|liên hiệp) )tn(?![\p{L}\d/&-])/gu, "thanh niên"],
];
const wordsNotPlaces = (raw: string): string => WORDS_NOT_PLACES.reduce((t, [re, to], i) => (t.includes(WORDS_NOT_PLACES_NEEDLES[i]!) ? t.replace(re, to) : t), raw);
/** The letters each of WORDS_NOT_PLACES must find in the text to match at all: a text without them is not searched. */
const WORDS_NOT_PLACES_NEEDLES = ["dl", "dl", "tn", "tn"];

/** Titles written short before a body: "CT UBND" is the Chairman, not a programme. */
const TITLE_BEFORE_BODY: Record<string, string> = { CT: "Chủ tịch", PCT: "Phó Chủ tịch", GĐ: "Giám đốc", PGĐ: "Phó Giám đốc" };
const BODY_AFTER_RE = /^\s+(UBND|Ủy ban|Uỷ ban|HĐND|Sở)/u;

/**
 * Heads of agency names: what follows belongs to the name. "hội" of "xã hội" ends a name written out ("Sở Lao động - Thương binh
 * và Xã hội ĐL"): initials after it are not that body's short form.
 */
const AGENCY_HEAD_RE = /(?:^|[\s,(])(sở|so|bộ|bo|ban|(?<!(?:xã|xa) )(?:hội|hoi)|phòng|phong|ngành|nganh|cục|cuc|chi cục|đài|dai|báo|bao|trung tâm|ủy ban|uỷ ban|ubnd|department|dept\.?)\s*$/iu;

/** Words before a place: "ở ĐL", "tại GL", "tỉnh TTH". */
const PLACE_BEFORE_RE = /(?:^|\s)(ở|o|tại|tai|tỉnh|tinh|của|cua|in|at)\s*$/iu;

const TOKEN_RE = /(?<![\p{L}\d/&-])([\p{Lu}][\p{Lu}&-]*[\p{Lu}]|\d{1,2}t)(?![\p{L}\d/&-])/gu;

/**
 * `withPlans`: the provinces the knowledge base holds plans for. Initials after a place word ("ở TN")
 * are read when one province has them, or one of those that do has a plan; standing alone ("KH 2509 GL")
 * only when they are a single province's and it has a plan.
 */
export function createShortFormWriter(provinces: Province[], withPlans: ReadonlySet<string> = new Set()): (raw: string) => string {
  // Initials of a province's words ("ĐL" Đắk Lắk, "TTH" Thừa Thiên Huế), kept only when no other province shares them.
  const byInitials = new Map<string, Province[]>();
  for (const p of provinces) {
    const key = foldWords(p.name).map((w) => w[0]).join("");
    if (key.length >= 2) byInitials.set(key, [...(byInitials.get(key) ?? []), p]);
  }
  // Every province's names as written in full ("gia lai", "hue"), folded: a province so named is the question's place.
  const fullNames = provinces.flatMap((p) => [p.name, ...p.aliases, ...(p.places ?? [])].map((n) => foldKey(n)).filter((n) => n.includes(" ") || n.length > 3)
    .map((n) => ({ id: p.id, n })));
  const namesOther = (whole: string, initials: Province[]): boolean => {
    const text = ` ${foldKey(whole)} `;
    return fullNames.some(({ id, n }) => !initials.some((p) => p.id === id) && text.includes(` ${n} `));
  };
  // "o dl", "tai tn": a province's initials typed in lower case after a place word, read as its capitals are.
  // The initials that are one planned province's: a text holding none of them has nothing `lowerPlaces` would write out.
  const plannedInitials = [...byInitials].filter(([, ps]) => ps.filter((p) => withPlans.has(p.id)).length === 1).map(([key]) => key);
  const lowerPlaces = (raw: string): string => !plannedInitials.some((key) => raw.includes(key)) ? raw : raw.replace(/(?<![\p{L}\d/&-])([a-z]{2,3})(?![\p{L}\d/&-])/gu, (token, _g, at: number, whole: string) => {
    // Only the initials of one province with a plan are ever written out: any other word is left before the tests of its place.
    const planned = (byInitials.get(token) ?? []).filter((p) => withPlans.has(p.id));
    if (planned.length !== 1) return token;
    // "gl bc hang nam ...", "dl: ...": the initials opening the question are its place too, unless the question names another
    // province in full ("dl tre em o gia lai ...": "dl" is something else there).
    const opening = at === 0 && /^[\s:,]/.test(whole.slice(token.length)) && !namesOther(whole, byInitials.get(token) ?? []);
    if (!PLACE_BEFORE_RE.test(whole.slice(0, at)) && !opening) return token;
    return planned[0]!.name;
  });
  const chat = (raw: string): string => CHAT_SHORT_FORMS.reduce((t, [re, to], i) => (!CHAT_NEEDLES[i]!(t) ? t : typeof to === "string" ? t.replace(re, to) : t.replace(re, to)), lowerPlaces(wordsNotPlaces(regionalWords(raw.normalize("NFC")))));
  return (raw) => chat(raw).replace(TOKEN_RE, (token, _g, at: number, whole: string) => {
    if (/^\d{1,2}t$/.test(token)) return `${token.slice(0, -1)} tuổi`;
    const after = whole.slice(at + token.length);
    if (TITLE_BEFORE_BODY[token] && BODY_AFTER_RE.test(after)) return TITLE_BEFORE_BODY[token]!;
    // "Sở KH", "Ban DT": a short form right after the head of an agency name is that agency's, read by the agency lookup.
    if (AGENCY_HEAD_RE.test(whole.slice(0, at))) return token;
    // "Sở VH-TT và DL": the last part of an agency's short form joined by "và", not Đắk Lắk.
    if (/(?:^|\s)\p{Lu}[\p{Lu}&-]*\p{Lu}\s+(và|va|&)\s*$/u.test(whole.slice(0, at)) && AGENCY_HEAD_RE.test(whole.slice(0, at).replace(/\s*\S+\s+(và|va|&)\s*$/u, ""))) return token;
    if (CONTENT_SHORT_FORMS[token]) return CONTENT_SHORT_FORMS[token]!;
    const places = byInitials.get(foldWords(token).join("")) ?? [];
    const planned = places.filter((p) => withPlans.has(p.id));
    if (PLACE_BEFORE_RE.test(whole.slice(0, at))) {
      if (places.length === 1) return places[0]!.name;
      if (planned.length === 1) return planned[0]!.name;
    } else if (places.length === 1 && planned.length === 1) return planned[0]!.name;
    return token;
  });
}
