/**
 * The words triage reacts to, as data. Every pattern is written folded (no diacritics, "đ"
 * as "d", lower case) because reports arrive both ways; teen-speak is expanded before
 * matching (ABBREVIATIONS), so patterns hold full words only.
 *
 * Pattern syntax, one string per pattern, tokens separated by spaces:
 *   word      the token itself;  a|b  either token;  pre~  any token starting with "pre";  #  any number
 *   *         zero to five tokens of anything (same clause);  $  end of the clause.
 *
 * Folding merges words that differ only by diacritics ("đánh" hit / "danh" name, "sờ" touch /
 * "sợ" fear, "tự tử" / "từ từ"), so ambiguous words appear only inside phrases or carry
 * exceptPrev / exceptNext lists. Rules say what they mean in Vietnamese and English; the
 * reasons shown to officers are built from these sentences.
 */
import type { TriageCategory, TriageRisk } from "./triage-types.ts";

/** One rule of the lexicon. */
export interface LexiconRule {
  /** Stable code; emitted in redFlags when `flag` is true, used by the combination rules always. */
  code: string;
  flag?: boolean;
  category?: TriageCategory;
  /** Evidence this rule gives its category (the category with most evidence wins). */
  weight?: number;
  /** Minimum risk of a report where this rule matches affirmatively. */
  floor?: TriageRisk;
  /** False for rules whose meaning survives a preceding negation (the phrase already holds it). */
  negatable?: boolean;
  /** Matches are ignored when the token just before / after the match is one of these. */
  exceptPrev?: readonly string[];
  exceptNext?: readonly string[];
  /** Matches are ignored when the words as written equal one of these (diacritics tell them apart). */
  exceptWritten?: readonly string[];
  vi: string;
  en: string;
  patterns: readonly string[];
}

/**
 * Teen-speak and chat abbreviations (folded) and the folded words they stand for. Forms that
 * fold like common words are left out on purpose: "hong" (Hồng, a name), "hem" (hẻm, an alley),
 * "bit" (English): expanding them to "không" would invent negations and lower a risk.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["ko", "khong"], ["k", "khong"], ["kh", "khong"], ["kg", "khong"], ["khg", "khong"],
  ["hok", "khong"], ["khum", "khong"], ["hk", "khong"],
  ["dc", "duoc"], ["dk", "duoc"], ["bj", "bay gio"], ["bh", "bay gio"], ["j", "gi"],
  ["ng", "nguoi"], ["vs", "voi"], ["e", "em"], ["mk", "minh"], ["mik", "minh"], ["r", "roi"],
  ["rui", "roi"], ["oy", "roi"], ["ns", "noi"], ["bme", "bo me"], ["bm", "bo me"], ["bn", "ban"],
  ["cx", "cung"], ["cg", "cung"], ["ms", "moi"], ["trc", "truoc"], ["lm", "lam"], ["thik", "thich"],
  ["iu", "yeu"], ["kon", "con"], ["mun", "muon"], ["chit", "chet"], ["thui", "thoi"], ["lun", "luon"],
  ["nhiu", "nhieu"], ["wa", "qua"], ["ck", "chong"], ["vk", "vo"], ["hnay", "hom nay"],
  ["hqua", "hom qua"], ["ntn", "nhu the nao"], ["nt", "nhan tin"], ["ib", "nhan tin"],
  ["dt", "dien thoai"], ["mn", "moi nguoi"], ["ny", "nguoi yeu"], ["bik", "biet"],
  ["fb", "facebook"],
  ["dont", "don t"], ["didnt", "didn t"], ["doesnt", "doesn t"], ["isnt", "isn t"], ["wasnt", "wasn t"],
  ["cant", "can t"], ["wanna", "want to"], ["gonna", "going to"],
]);

/** Words that negate what follows them within the same clause. */
export const NEGATORS: ReadonlySet<string> = new Set(["khong", "chua", "chang", "never", "not", "nobody", "cannot"]);

/**
 * English contractions negate only before "t" ("don t"): alone they fold from Vietnamese
 * words ("đón" -> "don"), so "đưa đón sờ vào" is not a negation.
 */
export const CONTRACTION_NEGATORS: ReadonlySet<string> = new Set([
  "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "won", "wouldn", "couldn",
]);

/** Words allowed between a negator and the negated word ("không hề bị đánh", "not being hit"). */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set([
  "bi", "duoc", "co", "ai", "he", "tung", "con", "the", "lam", "gi", "nguoi", "nao", "phai",
  "t", "s", "one", "is", "was", "being", "been", "ever", "has", "have", "had", "get", "got",
  "anyone", "body", "at", "all", "a", "any",
]);

/** Hypothetical or conditional openers, one or two tokens ("nếu", "giả sử", "if", "in case"). */
export const HYPOTHETICAL_PAIRS: ReadonlySet<string> = new Set([
  "neu", "gia su", "gia nhu", "lo nhu", "lo may", "phong khi", "if", "suppose", "supposing", "in case", "what if", "unless",
]);

/** Tokens after "đánh" that make it a different word ("đánh giá", "đánh răng", "ẩn danh"). */
const DANH_NEXT = ["moi", "hang", "truot", "gia", "rang", "thuc", "bai", "bac", "may", "dan", "cau", "sach", "tinh", "du", "hieu", "nghia", "thiep", "muc", "xung", "lua", "bong", "golf", "so", "ghen", "mat", "giay", "ca", "bat", "thue"];
const DANH_PREV = ["doa", "an", "biet", "dat", "giau", "mao", "chuc", "ho", "dia", "cong", "thanh", "tai", "xung", "nhat", "gia"];

const IN_PROGRESS_TAILS = [
  "danh", "bao hanh", "hanh ha", "tra tan", "dam da", "dap vao", "dap dau", "so soang", "so mo", "so nguoi",
  "so vao", "hiep", "cuong hiep", "nhot", "bop co", "loi di", "keo di", "bat coc", "bat di", "chay mau", "keu cuu",
  "khoc thet", "gao thet", "la het", "dot", "xich", "chem", "dam dao", "cam dao", "cam gay", "xam hai",
];

/** "đang <up to four words> đánh ...": violence or abduction happening as the reporter writes. */
const IN_PROGRESS_PATTERNS = [
  ...IN_PROGRESS_TAILS.map((tail) => `dang * ${tail}`),
  "is|are|keeps beating|hitting|kicking|punching|raping|choking|strangling|attacking|hurting|touching|dragging",
  "being beaten|hit|attacked|raped|hurt|abused|kidnapped|dragged|choked|strangled|touched", "keu cuu", "khoc thet",
  "cau cuu", "goi cuu", "xin cuu", "cry~ for help", "calling for help",
];

/** The rules. Order does not matter; category evidence adds up and floors take the maximum. */
export const LEXICON: readonly LexiconRule[] = [
  // --- immediate danger -------------------------------------------------------------------
  {
    code: "violence_in_progress", flag: true, floor: "emergency",
    vi: "bạo lực hoặc xâm hại đang diễn ra", en: "violence or abuse happening now",
    exceptNext: DANH_NEXT,
    patterns: IN_PROGRESS_PATTERNS,
  },
  {
    code: "now", vi: "đang xảy ra ngay lúc này", en: "happening right now",
    // "thường nghe tiếng khóc" is a habit the neighbour hears, not a beating under way.
    exceptPrev: ["thuong", "hay", "often", "sometimes", "tung", "da"],
    patterns: [ "gio dang bi", "gio * dang bi", "bay gio * dang", "gio * dang o", "dang o trong do", "luc nay",
      "right now", "happening now", "is happening", "at this moment", "ngay luc nay", "ngay bay gio", "hien dang", "dang dien ra",
      "van dang", "van con dang", "bay gio dang", "help now", "dang xay ra", "nghe tieng", "dang nghe", "can hear", "hear~ * scream~|cry~|crying",
    ],
  },
  {
    code: "call_for_help", flag: true, floor: "emergency",
    vi: "người viết kêu cứu", en: "the writer calls for help",
    patterns: [ "help pls|plz", "pls help", "plz help", "gui dinh vi", "send * location","cuu voi", "cuu em|con|chau|toi|minh|be|chung|nguoi", "help me|us", "sos", "please help", "cuu cuu"],
  },
  {
    code: "urgent", floor: "high",
    vi: "người viết nói là khẩn cấp", en: "the writer says it is urgent",
    patterns: ["khan cap", "gap lam", "urgent", "emergency"],
  },
  {
    code: "intruder", flag: true, category: "other", weight: 2, floor: "high",
    vi: "người lạ tìm cách vào nơi trẻ ở", en: "someone is trying to get in where the child is",
    patterns: ["dap cua", "pha cua", "doi vao", "xong vao", "dot nhap", "trying to get in", "banging on the door", "break~ in"],
  },
  {
    code: "life_at_risk", flag: true, floor: "emergency",
    // "bắt đóng 150 triệu" (made to pay) folds like "bất động" (motionless).
    exceptWritten: ["bắt đóng", "bắt đồng", "bất đồng"],
    vi: "tính mạng trẻ đang bị đe dọa", en: "the child's life is at risk",
    patterns: [ "khong day duoc", "goi khong tra loi", "ham * sap", "chua cho len", "ra mau nhieu", "ra nhieu mau", "bang huyet", "heavy bleeding", "chay mau nhieu", "mau chay khong cam|ngung|ngot", "khong cam duoc mau", "khong cam mau", "chay mau dau", "chay mau o dau", "khong cu dong", "bong nang", "rach mat", "rot|te|nga|roi xuong ho|gieng|song|ao|vuc|ham|kenh|cong", "bi cuon", "nuoc cuon", "cuon ra giua|xa", "lu cuon", "ham sap", "sap ham", "chua len duoc", "mac ket", "bi vui", "swept away", "het nghe", "khong nghe tieng nua", "khong con nghe tieng", "im bat", "khoc het noi", "khong khoc nua", "nem|quang|day * tu tang|lau|tren", "tu tang # xuong", "khong cho * di vien|cap", "khong cho * di benh vien", "khong cho * di cap cuu", "fell into", "not answering * phone",
      "bat dong", "bat tinh", "ngat", "ngat xiu", "xiu", "hon me", "khong tho", "ngung tho", "tho yeu", "co giat",
      "sap chet", "hap hoi", "chay nhieu mau", "mat nhieu mau", "mau chay * nhieu", "nguy kich", "nguy hiem * tinh mang",
      "nguy den tinh mang", "danh chet", "giet chet", "giet", "chet duoi", "duoi nuoc", "dang chet", "unconscious",
      "not breathing", "not moving", "passed out", "bleeding heavily", "bleeding a lot", "dying", "life threatening",
      "kill|kills|killed him|her|the", "will die", "cap cuu", "li bi", "lu du", "mat y thuc", "khong phan ung", "lethargic", "tim tai", "tho doc", "kho tho", "ngat tho",
      "chet duoi", "struggling to breathe", "can t breathe", "quang|nem|day|xo * xuong ao|song|ho|gieng|kenh|nuoc",
      "chua thay noi len", "thrown into * water|river|pond",
      "unresponsive", "locked car", "hot car", "bo quen * xe|oto", "ket trong xe|oto", "nhot trong xe|oto", "left * in a|the car",
    ],
    // A threat ("dọa giết", "sẽ giết") is the death_threat rule; combinations decide when it is an emergency.
    // "phòng chống đuối nước" is a prevention programme, not a drowning.
    exceptPrev: ["doa", "se", "muon", "threatened", "threatens", "will", "would", "chong", "phong", "tranh"],
  },
  {
    code: "self_harm_intent", flag: true, category: "self_harm", weight: 10, floor: "emergency",
    vi: "trẻ có ý định tự tử hoặc tự hại", en: "intent to die or to self-harm",
    exceptWritten: ["từ từ"],
    // "cho bé uống thuốc ngủ" is someone drugging the child, not the child's own intent.
    exceptPrev: ["cach", "chong", "ngua", "cho", "ep", "bat"],
    patterns: [ "pills * ago", "of my mom s|dad s pills", "took * of my * pills", "tam biet may|moi nguoi|ca nha|bo me|me|tat ca|nha", "de lai thu", "anh co tay", "co tay * mau", "khong chiu noi nua", "mua day thung", "dat mua day", "xin loi * dung gian", "took * pills", "swallowed * pills", "overdos~", "uong # vien", "tam biet moi nguoi", "cam on vi tat ca", "xin loi vi tat ca", "vinh biet", "anh con dao", "anh * dao lam", "thu tu biet", "loi tu biet", "viet * tu biet", "nhan * tu biet", "tu biet", "di theo ba|ong|me|bo|cha * da mat", "di theo ba|ong|me|bo|cha * qua doi", "di theo ba|ong|me|bo|cha * mat roi", "dung tim con|em|toi|minh|chau nua", "dung tim * nua", "cho het do", "cho het * do", "cho het * sach vo", "cho het * quan ao", "tang het do", "la lan cuoi", "dung tren san thuong", "dung tren mai nha", "dung tren thanh cau", "dung tren cau", "dung tren lan can", "dang o tren san thuong", "tren noc nha", "gom * thuoc", "tich * thuoc", "ngu * cho xong", "ngu mot giac * khong day", "ngu mot giac * mai mai", "cat tay sau", "goodbye note|letter|message", "suicide note", "left a note", "note saying", "to the bridge", "jump off",
      "tu tu", "tu sat", "muon chet", "khong muon song", "khong con muon song", "chang muon song", "chan song",
      "song lam gi", "song de lam gi", "chet di cho xong", "chet cho xong", "chet cho roi", "chet quach", "ket thuc cuoc doi",
      "ket thuc cuoc song", "ket thuc tat ca", "ket lieu", "nhay cau", "nhay lau", "nhay song", "nhay tu", "uong thuoc ngu",
      "uong het thuoc", "uong * thuoc ngu", "uong het * thuoc", "uong * vi thuoc", "uong * lo thuoc", "nuot * thuoc", "uong thuoc chuot", "thuoc diet chuot", "thuoc tru sau", "uong thuoc sau",
      "treo co", "cat co tay", "rach co tay", "tu ket thuc", "bien mat mai mai", "muon bien mat", "bien mat khoi",
      "khong ai can em|toi|minh|con", "nhay xuong", "dinh nhay", "lan can", "giai thoat", "roi xa the gioi", "khong muon ton tai", "khong muon thuc day",
      "kill|killing myself|himself|herself|themself|themselves", "end his|her|their life", "suicide", "suicidal", "end my life", "end it all", "want to die", "wants to die",
      "don t want to live", "do not want to live", "take my own life", "jump off", "overdose",
    ],
  },
  {
    code: "abduction_in_progress", flag: true, category: "trafficking_abduction", weight: 6, floor: "emergency",
    vi: "trẻ đang bị bắt đi hoặc đưa đi", en: "the child is being taken away",
    patterns: [ "bong * len xe", "om * len xe", "bong * chay mat", "om * chay mat", "chay mat", "khong biet co|chu|ong|ba|nguoi nay", "khong quen co|chu|ong|ba|nguoi nay", "doesn t know * them|him|her", "dang keo * be|chau|tre|dua", "dang loi * be|chau|tre|dua",
      "bat coc", "bat di $", "bat di o|tu|luc|khi|roi|mat|ngay|tren|truoc|sang|huong|bang|vao", "nguoi la * bat", "nguoi la be|bong|bat|dat|dan|mang|om", "stranger~ took|carried|grabbed", "took|taken our|my * and won t", "leave the country", "won t tell * where",
      "bat mat", "ep|keo|loi|day|lua|du|bat * len xe|oto", "ep|keo|loi|day|lua|du|bat * len o to", "bi dua di", "cho di huong", "dang * dua * sang|qua", "sap bi dua * sang|qua",
      "chuan bi dua * sang|qua", "sap bi ban", "sap ban", "toi nay * dua|cho * di", "dem nay * dua|cho * di",
      "abduct~", "kidnap~", "snatched", "forced|pushed|dragged|pulled|bundled|thrown into * car|van|truck", "dragg~ * into|away", "keo|loi * di mat", "keo|loi * vao hem|bui|ngo", "keo|loi * vao cho|noi vang", "taken away by",
      "taken across the border", "being taken",
    ],
  },
  {
    code: "with_abuser_now",
    vi: "trẻ đang hoặc sắp ở cùng người gây hại", en: "the child is or will soon be with the abuser",
    patterns: [ "chi con * voi", "chi con chau|em|nho|be|con|no voi", "when she|he gets home", "gets home today", "dang di kiem|tim no|em|con|chau",
      "toi nay", "dem nay", "tonight", "dang o voi", "dang o cung", "van o voi", "van o cung", "mot minh voi", "dang o nha * voi",
      "o voi|cung ong|ba|chu|bac|cau|di|co|bo|me|cha|duong|anh", "song voi|cung ong|ba|chu|bac|cau|di|co|bo|me|cha|duong|anh",
      "dem nao cung", "toi nao cung", "every night", "alone with", "still with", "lives with", "living with", "sap ve",
    ],
  },
  {
    code: "afraid_of_home", flag: true, category: "physical_violence", weight: 2, floor: "medium",
    vi: "trẻ sợ về nhà", en: "the child is afraid to go home",
    patterns: ["khong dam ve nha", "so ve nha", "so * ve nha", "afraid to go home", "scared to go home"],
  },
  // --- sexual abuse ---------------------------------------------------------------------------
  {
    code: "rape", flag: true, category: "sexual_abuse", weight: 6, floor: "high",
    vi: "hiếp dâm", en: "rape",
    patterns: [ "chay mau * phia duoi", "chay mau * vung kin", "chay mau * cho kin", "chay mau * am ho", "bleeding * private", "bleeding down there","hiep dam", "cuong hiep", "bi hiep", "hiep * roi", "rape", "raped", "raping", "rapes"],
  },
  {
    code: "sexual_contact", flag: true, category: "sexual_abuse", weight: 4, floor: "high",
    vi: "tiếp xúc, động chạm tình dục", en: "sexual contact or touching",
    patterns: [
      "so soang", "so mo", "bo phan sinh duc", "vung kin", "coi quan ao", "coi het quan", "coi do ra", "bat * coi do", "bat|ep * coi quan|ao|do", "cho kin", "vung nhay cam", "vuot ve", "xem * nguoi lon", "xem * sex", "xem * khieu dam", "clip|video|anh|phim nguoi lon", "clip|video|anh|phim sex|den|nong",
      "ep * coi do", "coi do * chup|quay|xem", "lot quan", "lot do", "cuong hon", "dam o", "quan he tinh duc", "quan he voi",
      "ep quan he", "lam chuyen do", "chuyen nguoi lon", "xam hai tinh duc", "xam pham tinh duc", "giao cau", "xem phim sex",
      "xem phim nguoi lon", "phim khieu dam", "phim sex", "hon moi", "hon vao moi", "om hon", "touch~ * private",
      "touch~ her|him|me|my", "molest~", "groped", "fondl~", "sexually", "sexual abuse", "porn~", "undress~",
      "cho xem * nguoi lon", "doi bai", "gio tro", "lam chuyen bay", "lam bay",
    ],
  },
  {
    code: "sexual_contact", flag: true, category: "sexual_abuse", weight: 4, floor: "high",
    vi: "tiếp xúc, động chạm tình dục", en: "sexual contact or touching",
    exceptNext: ["la", "lon", "ta", "khac", "hoc", "truong", "nha", "di", "bi", "qua"],
    exceptWritten: ["sợ người", "sợ vào", "sợ vùng", "sợ ngực", "sợ mông", "sợ đùi", "sợ bộ", "số người"],
    patterns: ["so nguoi", "so vao", "so vung", "so nguc", "so mong", "so dui", "so chim", "so bo phan"],
  },
  {
    code: "sexual_exploitation", flag: true, category: "sexual_abuse", weight: 6, floor: "high",
    vi: "bóc lột tình dục (bán dâm, tiếp khách)", en: "commercial sexual exploitation",
    // "bạn cùng bàn đấm vào mặt" folds to "... ban dam vao ...": not "bán dâm".
    exceptPrev: ["cung"],
    exceptNext: ["vao", "vo", "minh", "em", "no", "toi", "con", "chau", "be", "mat", "bung", "nguoi"],
    patterns: ["ban dam", "mai dam", "mua dam", "tiep khach", "di khach", "lam gai", "ban than", "prostitut~", "sex work", "sold for sex", "sell~ * to men", "sold * to men", "for sex"],
  },
  {
    code: "sexual_abuse_hint", category: "sexual_abuse", weight: 3, floor: "high",
    vi: "dấu hiệu xâm hại", en: "signs of (sexual) abuse",
    patterns: [ "vao phong chau|em|be|con|no", "bat * ngu chung", "ngu chung", "khong cho ke", "gave her|him a drink", "dizzy after", "chong mat sau khi uong", "keo rem", "dong cua * keo rem", "chuoc ruou|thuoc|say", "bo thuoc", "drugged", "spiked",
      "xam hai", "bi xam pham", "ga gam", "dam dang", "khieu dam", "tuc tiu", "quay roi", "tan tinh", "ga tinh", "nha nghi",
      "khach san", "chuyen xau", "dieu xau", "chuyen khong hay", "sexual", "abused sexually", "harass~",
    ],
  },
  {
    code: "child_pregnancy", category: "sexual_abuse", weight: 2, floor: "medium",
    vi: "trẻ có thai", en: "the child is pregnant",
    patterns: ["co thai", "mang thai", "co bau", "pregnant"],
  },
  // --- physical violence ----------------------------------------------------------------------
  {
    code: "violence_severe", flag: true, category: "physical_violence", weight: 3, floor: "high",
    vi: "bạo lực nghiêm trọng", en: "severe violence",
    patterns: [ "dau thuoc la", "vet tron * thuoc la",
      "danh dap", "bao hanh", "dam da", "tra tan", "hanh ha", "nguoc dai", "danh bang", "danh * bang gay|roi|day|thanh|ghe|dep",
      "bang gay", "bang roi", "bang day", "day dien", "day thung", "roi may", "cam gay", "danh tan nhan", "danh tham", "danh du doi", "danh dau * nguoi",
      "tan nhan", "danh den", "nuoc soi", "chich dien", "bop co", "dap dau", "dap * vao tuong", "nem * vao tuong",
      "bi bong", "dot * tay|nguoi|chan", "dot thuoc la", "di thuoc la", "beaten badly", "beat * with", "with a stick|belt|cane",
      "burned", "burnt", "tortur~", "physically abused", "strangl~", "chok~", "danh nhu", "danh vo mat", "kim cham", "cham kim", "that lung", "day lung", "quat no|em|con|be|chau|vao|tui", "roi vut", "lay roi|gay|thuoc|day",
      "di dau", "dim * nuoc", "quang|nem|day|xo * xuong ao|song|ho|gieng|kenh|nuoc", "cho * uong thuoc ngu|an", "cho * uong ruou", "ep * uong ruou|thuoc", "dim dau", "an dau * nuoc", "nhet * vao mieng|mom", "bit mieng|mom", "nhet gie",
      "dung kim|dao|roi|gay|day|that", "dung thuoc la|ke", "dung bat lua", "dung ban la", "dam kim",
    ],
  },
  {
    code: "physical_violence", category: "physical_violence", weight: 2, floor: "medium",
    vi: "bạo lực thể chất", en: "physical violence",
    exceptPrev: DANH_PREV, exceptNext: DANH_NEXT,
    patterns: ["danh", "danh nhau"],
  },
  {
    code: "physical_violence", category: "physical_violence", weight: 2, floor: "medium",
    vi: "bạo lực thể chất", en: "physical violence",
    patterns: [ "ruot danh", "ruot * bang", "ruot chem", "dang ruot", "ky dau", "co dau", "manh tay", "da vao nguoi|bung|mat|lung|dau", "doc nguoc", "tat vao mat|ma|mieng", "tat tai", "veo tai|tai|dui", "beat|beats|beating|hit|hits|hitting|slap~|kick~|punch~",
      "tat vao", "tat * mat", "tat tai", "bi tat", "tat em|con|chau|no|be|toi|minh", "tat $", "dap vao", "bi dap", "dap * bung|nguoi|dau|lung", "dam vao", "dam * mat|bung|nguoi",
      "bi dam", "veo tai", "danh|dap|dam|tat * bi thuong", "bi veo", "cau veo", "xo nga", "xo day", "bi quat", "quat * roi", "bao luc", "bi ne", "hit", "hits",
      "hitting", "beat", "beats", "beating", "beaten", "punch~", "kick~", "slap~", "violen~", "shov~", "physically", "spank~",
      "phat quy|dung|nang|chay", "phat * ngoai nang", "phat * chay|quy|nhin", "phat * vong san", "bat quy", "the phat", "corporal punishment",
      "da|dap|dam|tat|vut|quat|cau|can|bop|va|xo|day|nem|giat|tum|dim|lac em|no|be|chau|toi|minh|con|nguoi",
      "vut|quat|dam|tat|cau|can|bop|giat * vao * chan|lung|tay|mong|nguoi|dau|mat|bung|dit", "keo|giat|nam toc", "cau veo",
      "grab~", "shook", "shak~", "pinch~", "pulled * hair", "threw",
    ],
  },
  {
    code: "confinement", flag: true, category: "physical_violence", weight: 2, floor: "high",
    vi: "trẻ bị nhốt, trói hoặc xích", en: "the child is locked up, tied or chained",
    patterns: [ "troi * ngoai|cot|cay", "troi * goc cay", "won t let * leave", "khong cho * roi di|ve", "khoa cua * khong cho", "khoa trai", "khoa * trong phong|nha|kho|toilet", "khoa * lai","bi nhot", "nhot * trong|vao|lai", "nhot", "khong cho * ve", "khong cho * ra ngoai|di dau", "giam giu", "giam long", "bi giu", "giu * trong nha|phong|can", "held captive", "bi xich", "xich * lai|vao", "xich chan", "xich o|trong|tay|co", "buoc * vao|lai|chan|tay", "buoc day", "bi buoc", "bi troi", "troi * vao|lai", "troi chan|tay", "locked in|up", "chained", "tied up"],
  },
  {
    code: "injury", flag: true, category: "physical_violence", weight: 1, floor: "medium",
    vi: "trẻ có thương tích", en: "the child is injured",
    patterns: [
      "bam tim", "bam dap", "vet bam", "bi bam", "mat * bam", "chay mau", "gay tay", "gay chan", "gay xuong", "gay rang", "sung * mat|tay|chan|mom|vu|dau",
      "sung vu", "vet thuong", "thuong tich", "vet roi", "vet lan", "vet bong", "vet seo", "be dau", "toac dau", "vo dau", "rach da",
      "nhap vien", "phai khau", "say nang", "khau * mui", "bruis~", "bleeding", "concussion", "chan thuong", "broken arm|leg|bone|nose", "injur~", "wound~", "scars",
    ],
  },
  {
    code: "death_threat", flag: true, category: "physical_violence", weight: 2, floor: "high",
    vi: "đe dọa giết", en: "threat to kill",
    patterns: [ "will kill|kill her|kill him", "kill her|him when", "chet chac", "chet voi", "giet chet * em|con|chau|may|tao", "will kill me","doa giet", "doa * giet", "doa danh chet", "doa chem", "threaten~ to kill", "said he would kill"],
  },
  {
    code: "weapon", flag: true, category: "physical_violence", weight: 2, floor: "high",
    vi: "có hung khí", en: "a weapon is involved",
    patterns: [ "cay rua", "dao rua", "bang rua", "cay mac", "dau thuoc la", "cay sat", "thanh sat", "cay dao", "cay kiem", "dao phay", "dao yem", "cam mac", "cam cay","cam dao", "bang dao", "con dao", "dao * dam|chem|cua|ke", "vung dao", "ke dao", "cam bua", "cam rieu", "khau sung", "cam sung", "knife", "gun", "machete", "axe"],
  },
  // --- emotional abuse --------------------------------------------------------------------------
  {
    code: "emotional_abuse", category: "emotional_abuse", weight: 2, floor: "medium",
    vi: "bạo lực tinh thần (chửi mắng, xúc phạm, cô lập)", en: "emotional abuse (insults, humiliation, isolation)",
    patterns: [ "dau dat", "dung cuoi lop", "an com rieng", "khong cho noi chuyen", "doa bo * trai mo coi", "so bong toi", "quat con|em|chau", "lo loi", "tu ky", "do vo dung", "goi * la do",
      "mang chui", "chui mang", "chui boi", "chui rua", "chua rua", "mang nhiec", "bi chui", "bi mang", "chui * do", "chui * la",
      "mang * la", "xuc pham", "lang ma", "si nhuc", "nhuc ma", "bi nhuc", "lam nhuc", "ha nhuc", "che bai", "mia mai",
      "gao thet vao", "do an hai", "do vo dung", "do ngu", "con hoang", "vo dung", "khung bo tinh than", "bao luc tinh than",
      "bao hanh tinh than", "co lap", "khong cho * ra ngoai", "khong cho * gap", "khong cho * choi", "phan biet doi xu",
      "ghe lanh", "hat hui", "yell~", "scream~ at", "insult~", "humiliat~", "worthless", "emotional~", "verbal~", "called * stupid",
      "noi|goi|bao|che * la do", "do ban|ngu|dot|hoi|xau|beo", "do an hai", "do vo dung", "do sao choi", "do mat day", "do con hoang", "so sanh * voi",
      "truoc mat con|chau|be|tre", "in front of * child|kids|son|daughter", "thien vi", "ep * hoc", "danh truot", "uoc gi * khong sinh", "khong nen sinh", "wish * never|not born", "never wanted", "day nghien", "con nha nguoi ta", "nhiec moc", "ap luc", "bo me cai nhau", "cai nhau", "dap pha", "chung kien", "so hai", "hoang so", "witness~", "chui em|con|chau|no|toi|be", "mang em|con|chau|no|toi|be",
    ],
  },
  {
    code: "threat", category: "emotional_abuse", weight: 1, floor: "medium",
    vi: "đe dọa", en: "threats",
    patterns: ["de doa", "doa", "doa nat", "threat~", "intimidat~"],
  },
  {
    code: "driven_out", flag: true, category: "emotional_abuse", weight: 3, floor: "high",
    vi: "trẻ bị đuổi khỏi nhà", en: "the child was driven out of home",
    exceptPrev: ["doa", "neu", "se", "threaten", "threatened", "threatens"],
    patterns: ["duoi * ra khoi nha", "duoi ra khoi nha", "duoi khoi nha", "duoi * ra duong", "bi duoi di", "kicked out", "thrown out"],
  },
  // --- neglect and abandonment --------------------------------------------------------------
  {
    code: "abandonment", flag: true, category: "neglect_abandonment", weight: 4, floor: "high",
    vi: "trẻ bị bỏ rơi", en: "the child was abandoned",
    patterns: [ "trong bui cay", "con nguyen day ron", "quan trong khan", "boc trong khan", "bo * goc cay", "bo * cong chua", "bo * ven duong|le duong|bai co", "tui ni long", "con day ron", "khong co ai dua * di vien|kham", "bo di * ngay|hom|bua", "di biet", "bo di mat", "bo phong tro di", "left * alone for",
      "bo roi", "vut bo", "vut * ra duong", "vut * thung|bai rac", "vut * xuong song", "vut * ngoai duong", "bo * truoc cong", "bo * o benh vien", "bo * o chua", "bo di bien biet", "bo nha di bien",
      "bo con * di", "bo lai * con|chau|be|dua|tre", "bo con * lai", "de lai * be|tre|chau|con|dua",
      "thung rac", "bai rac", "thung giay", "abandon~", "dumped", "left on the street",
    ],
  },
  {
    code: "neglect", category: "neglect_abandonment", weight: 3, floor: "medium",
    vi: "trẻ bị bỏ mặc, bỏ đói hoặc thiếu chăm sóc", en: "neglect: hunger, no care",
    patterns: [ "khong co ai dua * di vien|kham", "khong ai dua * di vien|kham", "nhau say * ngay",
      "bo mac", "bo quen", "forgotten", "khong duoc an", "khong co gi an", "khong co com", "doi kem", "doi lam", "khong ai cham soc", "khong ai trong", "khong ai nuoi", "khong ai lo", "khong duoc cham soc",
      "khong dua * di kham", "khong cho * di kham", "khong dua * di vien", "khong cho * di vien", "khong chua benh", "khong chua tri",
      "quan ao rach", "rach rui", "ban thiu", "hoi ham", "bi bo be", "ngu ngoai duong", "ngu via he", "ngu gam cau", "song ngoai duong",
      "vo gia cu", "lang thang", "homeless", "neglect~", "hungry", "no one takes care", "no one looks after", "nobody looks after", "dirty", "khong ai don",
    ],
  },
  {
    code: "starvation", flag: true, category: "neglect_abandonment", weight: 3, floor: "high",
    vi: "trẻ bị bỏ đói, thiếu ăn", en: "the child is starved or underfed",
    exceptPrev: ["doa", "se", "neu"],
    patterns: [ "kiem an", "luc thung rac", "luc * thung rac", "khong co sua", "het sua", "no milk",
      "bo doi", "nhin doi", "khong cho * an", "chi cho * an", "do an thua", "com thua", "de * doi", "doi qua", "an trom * com", "nhat * an", "xin * an", "suy dinh duong", "gay tro xuong", "starv~",
      "no food", "without food", "malnourish~", "not fed",
    ],
  },
  {
    code: "left_behind", category: "neglect_abandonment", weight: 2, floor: "medium",
    vi: "cha mẹ đi xa, trẻ ở với người không đủ sức chăm sóc", en: "parents away, the child left with someone unable to care",
    patterns: [
      "di lam an xa", "di lam xa", "xuat khau lao dong", "bi lan", "gia yeu", "lang tri", "left behind", "left with * grandparent~",
    ],
  },
  {
    code: "lost_child", flag: true, category: "neglect_abandonment", weight: 3, floor: "medium",
    vi: "trẻ đi lạc, không ai nhận", en: "a lost child no one has claimed",
    patterns: ["di lac", "bi lac", "lac me", "lac bo me", "lac duong", "khong ai nhan", "lost child", "lost boy|girl", "is lost"],
  },
  {
    code: "child_alone", flag: true, category: "neglect_abandonment", weight: 2,
    vi: "trẻ ở một mình, không có người lớn", en: "the child is alone, no adult",
    patterns: ["mot minh", "khong co ai o nha", "khong ai o nha", "khong co nguoi lon", "khong thay nguoi lon", "khong ai ve", "bi bo lai", "bo * lai mot minh", "bo lai * mot minh", "bo * o nha", "alone", "by himself", "by herself", "no adult", "unsupervised"],
  },
  {
    code: "child_ill", flag: true,
    vi: "trẻ đang ốm hoặc bệnh", en: "the child is ill",
    patterns: [ "nguoi nong", "nong hap", "hen suyen", "tho kho khe", "kho khe", "len con hen", "asthma", "wheez~",
      "om nang", "om sot", "bi om", "dang om", "om liet giuong", "om yeu", "om * ngay", "sot cao", "bi sot", "dang sot", "con sot",
      "benh nang", "bi benh", "dang benh", "non mua", "non oi", "tieu chay", "kho tho", "sick", "ill", "fever", "vomit~", "diarrh~",
    ],
  },
  {
    code: "kept_from_school", flag: true, category: "neglect_abandonment", weight: 1,
    vi: "trẻ bị ép nghỉ học", en: "the child is made to leave school",
    patterns: ["bat * nghi|bo|thoi hoc", "ep * nghi|bo|thoi hoc", "khong cho * di hoc", "pulled * out of school", "not allowed to go to school", "made * leave school"],
  },
  {
    code: "out_of_school", flag: true, category: "neglect_abandonment", weight: 1,
    vi: "trẻ bị cho nghỉ học", en: "the child is kept out of school",
    patterns: ["nghi hoc", "bo hoc", "thoi hoc", "khong * di hoc", "khong duoc den truong", "out of school", "dropped out", "not allowed to go to school"],
  },
  // --- labour exploitation ----------------------------------------------------------------
  {
    code: "child_labour", category: "labour_exploitation", weight: 3, floor: "medium",
    vi: "lao động trẻ em, bóc lột sức lao động", en: "child labour or labour exploitation",
    patterns: [ "cat lua thue", "ham vang", "ham mo", "dao vang", "lo gach", "bi thue", "thue * tre|nho|em|chau", "livestream ban hang", "ban hang online",
      "lao dong", "lam thue", "lam * thue", "chan * thue", "lam cong", "boc vac", "phu ho", "ban ve so", "danh giay", "ban hang rong",
      "ban keo cao su", "bat * lam viec|thue|cong|ruong|nuong|ray", "bat * lam * ca ngay", "bat * di lam", "ep * lam viec",
      "bat * kiem tien", "ep * kiem tien", "di lam * ca ngay", "lam * tu sang den toi", "lam * suot ngay", "xuong may", "xuong go",
      "rua bat * thue", "rua bat cho quan|nha", "khong tra luong", "chu quan|xuong|lo|tiem|vuon|nha * bat",
      "bat * rua bat", "bat * phuc vu|boc|gat|hai", "bat * ban hang", "o nha trong em", "nghi hoc * trong em|lam|phu|ban", "phai * trong em",
      "den nua dem", "toi khuya", "nhat ve chai", "nhat rac", "luom ve chai", "kiem tien", "earn money", "khong cong", "lam khong cong",
      "trom cap", "di trom", "an trom * cho", "buon|van chuyen ma tuy", "steal~ for", "sell~ drugs", "ban keo|hoa|tam|nuoc|rau|ca|thit|hang|xoi|banh|bong|do", "di ban", "dat * di ban",
      "nghi hoc * de * ban|lam|phu|kiem|chan|trong|ra", "instead of school", "working|works at", "car wash", "bi bat lam",
      "khong tra cong", "quyt luong", "bat * an xin", "ep * an xin", "di an xin", "an xin", "nghi hoc * di lam|chan|ban|phu",
      "child labo~", "forced to work", "made to work", "work~ * factory", "sell~ lottery", "begging", "unpaid", "chan bo|trau * ca ngay",
    ],
  },
  {
    code: "child_labour", category: "labour_exploitation", weight: 3, floor: "medium",
    vi: "lao động trẻ em, bóc lột sức lao động", en: "child labour or labour exploitation",
    exceptPrev: ["nguoi", "co", "chi", "ba", "osin"],
    patterns: ["giup viec", "lam osin", "domestic work~", "maid"],
  },
  {
    code: "chores", category: "labour_exploitation", weight: 2,
    vi: "trẻ phải làm việc (việc nhà, chăn nuôi, đồng áng)", en: "the child has to work (chores, herding, fields)",
    patterns: ["chan trau|bo|de|vit|ngan", "lam viec nha", "lam ruong|nuong|ray", "lam dong", "lam * viec nha"],
  },
  {
    code: "hazardous_work", flag: true, category: "labour_exploitation", weight: 3, floor: "high",
    vi: "công việc nguy hiểm hoặc nặng nhọc", en: "hazardous or heavy work",
    patterns: [
      "lo gach", "mo vang", "dao vang", "mo da", "khai thac * mo", "lam * cong truong", "phu * cong truong", "cong trinh", "cong truong xay dung",
      "hoa chat", "phun thuoc", "viec nang", "nang nhoc", "lam dem", "lam * ban dem", "mines", "mo than|thiec|da|vang", "khong * bao ho", "may cua", "dung may", "van hanh may", "xuong moc|da", "xuong co khi",
      "lam|ban * nua dem", "lam|ban * gio sang", "den * gio sang", "brick kiln", "construction site", "chemicals", "night shift",
    ],
  },
  // --- trafficking and abduction ------------------------------------------------------------
  {
    code: "trafficking", flag: true, category: "trafficking_abduction", weight: 4, floor: "high",
    exceptPrev: ["chong", "ngua"],
    vi: "dấu hiệu mua bán người", en: "signs of trafficking",
    patterns: [ "bi ban cho", "mua dua be", "mua * be|dua be|tre so sinh", "ban * tre so sinh", "ban be", "doi tien chuoc", "tien chuoc", "doi # trieu", "se ban chau|con|be|no", "ransom", "dua * qua|sang campuchia|lao|myanmar|thai|malaysia|han|nhat|cambodia", "xin viec * tq|campuchia|lao", "xin viec * trung quoc",
      "mua ban nguoi", "mua ban tre", "buon ban nguoi", "ban * trung quoc", "ban sang trung quoc", "ban sang lao|campuchia", "ban ra nuoc ngoai",
      "bi ban sang|qua", "ban qua bien gioi", "dua * qua|sang cua khau", "dua * qua|sang bien gioi", "dua * qua|sang trung quoc",
      "sang|qua trung quoc * lam viec", "hua * viec|tim", "dua * di dau", "khong ro * o dau", "giu * giay to|cccd|cmnd|ho chieu", "passport taken", "du|lua|ru * sang|qua lao|campuchia|myanmar|malaysia",
      "du|lua|ru * sang|qua thai|nuoc|bien|trung", "sang|qua lao|campuchia * lam viec", "viec nhe luong cao", "lam viec luong cao", "luong cao", "bi ban cho", "ban con lay tien", "ban con cho", "ban tre", "lua * sang", "lua * qua bien gioi", "vuot bien", "traffick~", "sold to", "sold her|him",
      "across the border", "smuggl~",
    ],
  },
  {
    code: "trafficking", flag: true, category: "trafficking_abduction", weight: 6, floor: "high",
    vi: "dấu hiệu mua bán người", en: "signs of trafficking",
    patterns: ["lua ban", "bi ban vao", "ban vao nha chua", "ban vao quan|dong", "nha chua"],
  },
  {
    code: "border", category: "trafficking_abduction", weight: 2,
    vi: "nhắc tới biên giới, cửa khẩu", en: "mentions of the border",
    patterns: ["cua khau", "bien gioi", "trung quoc", "border"],
  },
  {
    code: "child_missing", flag: true, category: "trafficking_abduction", weight: 3, floor: "high",
    exceptNext: ["hieu"],
    vi: "trẻ mất tích", en: "the child is missing",
    patterns: [ "bien mat", "tron nha * di gap", "ran off to meet", "chua ve", "chua thay ve", "chua thay * ve", "chua thay dau", "di dau * chua", "tu trua * chua", "tat may", "khong nghe may", "khong bat may", "not answering",
      "mat tich", "that lac", "khong thay * dau", "khong biet * dang o dau", "khong ro tung tich", "mat lien lac", "chua ve nha",
      "khong ve nha tu", "dang di tim", "di tim * khong thay", "tim khong thay", "looking for", "khong lien lac duoc", "khong the lien lac", "missing", "disappeared", "not come home", "hasn t come home",
    ],
  },
  {
    code: "ran_away", flag: true, category: "trafficking_abduction", weight: 1, floor: "high",
    vi: "trẻ bỏ nhà đi", en: "the child ran away from home",
    patterns: ["bo nha di", "bo di khoi nha", "ran away", "run away", "runaway"],
  },
  // --- child marriage -----------------------------------------------------------------------
  {
    code: "child_marriage", flag: true, category: "child_marriage", weight: 6, floor: "high",
    exceptNext: ["lop", "hang", "day", "tuan", "cung", "gio", "ky", "buoi"],
    exceptPrev: ["chong", "ngua"],
    vi: "tảo hôn, ép cưới", en: "child or forced marriage",
    patterns: [ "keo vo", "ruoc dau * khong muon", "khong muon lay chong|vo",
      "ep cuoi", "ep * cuoi", "ep * lay chong|vo", "ep ga", "ep * ga", "tao hon", "cuoi som", "ket hon som", "bat vo", "ga * cho",
      "ga ban", "dinh hon", "hua ga", "child marriage", "forced to marry", "forced marriage", "marry * off", "married off", "forc~ * to marry", "bat * lay chong|vo", "bat * cuoi",
      "arranged marriage", "child bride",
    ],
  },
  {
    code: "marriage", category: "child_marriage", weight: 1,
    vi: "nhắc tới cưới hỏi", en: "mentions of marriage",
    patterns: [ "ruoc dau", "dam hoi", "nhan sinh le", "tien sinh le", "sinh le", "bride price", "groom", "co dau", "ao cuoi", "dung rap * cuoi", "lam le cuoi", "le cuoi", "song chung nhu vo chong", "muon cuoi", "tuoi ket hon", "ket hon","lay chong", "lay vo", "lam vo", "phai lay", "lay ong|anh|nguoi|dan", "lam dau", "lam dam", "an hoi", "cuoi vo", "cuoi chong", "marry", "married", "wedding"],
  },
  // --- online abuse ---------------------------------------------------------------------------
  {
    code: "online_context", category: "online_abuse", weight: 1,
    vi: "qua mạng", en: "online",
    patterns: [ "youtube", "discord", "story", "group", "app",
      "zalo", "facebook", "messenger", "tiktok", "instagram", "telegram", "discord", "game", "mang xa hoi", "tren mang", "qua mang",
      "online", "internet", "nhan tin", "tin nhan", "chat", "ket ban", "video call", "goi video", "livestream", "snapchat", "texting", "texted",
    ],
  },
  {
    code: "grooming", flag: true, category: "online_abuse", weight: 4, floor: "high",
    vi: "dụ dỗ, gạ gặp mặt trẻ", en: "grooming: luring the child to meet",
    patterns: [
      "du * gap", "ru * gap mat", "hen * gap mat", "hen gap", "doi gap", "du * ra ngoai", "du * di choi", "lam quen * gap",
      "hua cho tien", "hua * cho * tien", "hua mua", "groom~", "meet up", "meet in person", "asked * to meet", "wants to meet",
      "doi anh", "xin anh", "doi * gui anh", "ask~ * photos|pictures|pics|nudes", "send * photos|pictures|pics",
    ],
  },
  {
    code: "grooming_hint", category: "online_abuse", weight: 2, floor: "medium",
    vi: "người lạ làm quen, rủ trẻ đi chơi", en: "a stranger befriends the child or invites them out",
    patterns: [ "xin info", "hoi * truong lop", "hoi * nha * o dau", "dan * khong duoc noi", "khong duoc noi voi bo me",
      "lam quen", "ru * di choi", "ru * gap", "ru * ra ngoai", "ket ban * nguoi la", "nguoi la * nhan tin", "nguoi la * ket ban", "nguoi la * lam quen", "nguoi la * hoi",
      "hoi * o nha mot minh", "gia lam", "gia danh", "stranger~", "befriend~", "pretend~", "adult man|woman", "talking to",
    ],
  },
  {
    code: "enticement", category: "sexual_abuse", weight: 2, floor: "high",
    vi: "dụ dỗ trẻ", en: "enticing the child",
    patterns: ["du do", "dan du", "entic~", "lure~"],
  },
  {
    code: "secrecy", flag: true, category: "sexual_abuse", weight: 2, floor: "medium",
    vi: "trẻ bị dặn giữ bí mật", en: "the child is told to keep it secret",
    patterns: [
      "dung noi voi ai", "dung ke voi ai", "khong duoc noi|ke * ai", "giu bi mat", "bi mat giua", "don t tell", "our secret",
      "keep it secret", "keep * secret", "khong duoc noi voi bo|me",
    ],
  },
  {
    code: "age_gap", vi: "người kia lớn tuổi hơn nhiều", en: "the other person is much older",
    patterns: ["hon em|chau|no|con * tuoi", "lon hon * tuoi", "years older", "grown man|woman", "adult man|woman"],
  },
  {
    code: "relationship", category: "sexual_abuse", weight: 1,
    vi: "quan hệ yêu đương", en: "a romantic relationship",
    patterns: ["nguoi yeu", "ban trai", "yeu duong", "boyfriend"],
  },
  {
    code: "sexual_images", flag: true, category: "online_abuse", weight: 4, floor: "high",
    vi: "ảnh, video nhạy cảm của trẻ", en: "sexual images of the child",
    patterns: [ "coi do", "coi ao|quan", "cuoi do", "cuoi ao|quan", "take off * clothes",
      "anh nong", "clip nong", "khieu dam tre em", "anh * khieu dam", "clip * khieu dam", "au dam", "child porn~", "csam", "anh khoa than", "khoa than", "anh nude", "nude", "nudes", "clip sex", "anh sex", "anh nhay cam",
      "clip nhay cam", "video nhay cam", "gui anh * than the", "chup anh * than the", "quay len", "chup len", "luc tam", "dang tam", "camera an", "coi do * video|camera", "naked", "explicit",
      "intimate photos",
    ],
  },
  {
    code: "sextortion", flag: true, category: "online_abuse", weight: 5, floor: "high",
    vi: "đe dọa tung ảnh, tống tiền", en: "sextortion or blackmail",
    patterns: ["doa tung", "doa * phat tan", "doa * tung", "tong tien", "sextortion", "blackmail~", "threaten~ to post|share|send"],
  },
  {
    code: "online_harassment", category: "online_abuse", weight: 3, floor: "medium",
    vi: "quấy rối, bắt nạt trên mạng", en: "online harassment or cyberbullying",
    patterns: ["noi xau * facebook|mang|zalo|nhom", "dat dieu", "boi xau", "tung anh", "tung clip", "phat tan anh|clip|video", "anh che", "ghep anh", "boi nho", "lap nick", "nick gia", "tai khoan gia", "tung tin", "bat nat tren mang", "bat nat qua mang", "cyberbull~", "fake account", "harass~ online"],
  },
  // --- bullying -------------------------------------------------------------------------------
  {
    code: "bullying", category: "bullying", weight: 4, floor: "medium",
    vi: "bắt nạt", en: "bullying",
    patterns: [ "choc", "choc hoai", "be de", "tien bao ke", "bao ke", "chan * o nha ve sinh|cong truong|goc", "noi xau", "lap nhom * noi xau", "co lap", "doi tien","bat nat", "tran tien", "tran lot", "tay chay", "che gieu", "choc gheo", "treu", "chan danh", "teasing", "xe vo", "giau cap|do|sach", "lay do", "dat biet danh", "bully", "bullied", "bullying", "bullies", "picked on", "teased"],
  },
  {
    code: "group_assault", flag: true, category: "bullying", weight: 3, floor: "high",
    vi: "bị đánh hội đồng", en: "beaten by a group",
    patterns: ["danh hoi dong", "bi hoi dong", "hoi dong * danh", "ca nhom * danh", "vay * danh", "quay clip", "gang~ up", "beaten by a group", "a group of", "film~ it", "filmed"],
  },
  {
    code: "peer", category: "bullying", weight: 2,
    vi: "người gây hại là bạn cùng trường", en: "the harm comes from peers",
    patterns: [ "may ban", "tui ban",
      "ban cung lop", "ban cung ban", "ban trong lop", "ban hoc", "ban cung truong", "nhom ban", "dam ban", "nhom hoc sinh", "hoc sinh lop tren", "dan anh|chi", "may anh|chi lop", "lop tren",
      "khoa tren", "classmate~", "schoolmate~", "other kids", "older students|boys|girls|kids", "ban * lop", "bi ban", "cac ban", "kids",
    ],
    exceptNext: ["trai", "gai", "cua"],
  },
  {
    code: "school", category: "bullying", weight: 1,
    vi: "ở trường", en: "at school",
    patterns: ["o truong", "tai truong", "trong lop", "trong truong", "lop hoc", "at school", "in class"],
  },
  // --- self-harm (behaviour without stated intent) --------------------------------------
  {
    code: "self_harm", flag: true, category: "self_harm", weight: 6, floor: "high",
    vi: "trẻ tự làm hại bản thân", en: "the child harms themself",
    patterns: [ "cach chet", "cach tu tu", "chet khong dau", "dap dau vao tuong",
      "tu cao|cau|can|dam|danh|dap|rach|cat", "vet cat", "vet rach", "cuts on", "minh den chay mau", "rach tay", "cat tay", "tu cat", "tu lam dau", "tu lam hai", "tu hai", "cutting myself|herself|himself", "cut myself|herself|himself", "self harm", "hurt myself|herself|himself",
    ],
  },
  {
    code: "distress", category: "self_harm", weight: 2, floor: "medium",
    vi: "trẻ trầm cảm, khủng hoảng tinh thần", en: "the child is depressed or in crisis",
    patterns: ["tram cam", "khung hoang", "bat on tam ly", "depress~", "hopeless"],
  },
  {
    code: "suspicious_stranger", flag: true, category: "other", weight: 3, floor: "medium",
    vi: "người lạ có hành vi đáng ngờ quanh trẻ", en: "strangers acting suspiciously around children",
    patterns: [
      "nguoi la * lang vang", "nguoi la * rinh rap", "nguoi la * theo doi", "nguoi la * chup anh", "nguoi la * bam theo", "lang vang", "rinh rap", "bam theo",
      "la cu|hay|dang theo doi", "la cu|hay|dang chup anh", "la cu|hay|dang rinh", "la cu|hay|dang bam theo", "theo doi * chup anh", "chup anh * con|be|chau|hoc", "stranger~ * follow~|watch~|photograph~",
      "loitering",
    ],
  },
  {
    code: "substance_exposure", flag: true, category: "other", weight: 3, floor: "medium",
    vi: "trẻ bị cho dùng thuốc lá, rượu, ma túy", en: "the child is given tobacco, alcohol or drugs",
    patterns: ["hut thuoc", "uong ruou", "ma tuy", "thuoc lac", "bong cuoi", "drugs", "alcohol", "cho * hut|nghien"],
  },
  {
    code: "other_person", vi: "một người khác (không phải người chăm sóc)", en: "another person (not a caregiver)",
    patterns: [
      "hang xom", "nguoi la", "thay giao", "co giao", "thay", "anh ta", "ong ta", "ong ay", "nguoi dan ong", "thanh nien", "ban", "chu quan",
      "stranger", "neighbo~", "teacher", "man",
    ],
  },
  {
    code: "taken_private", flag: true, category: "sexual_abuse", weight: 2, floor: "high",
    vi: "trẻ bị dắt, đưa vào chỗ kín (nhà nghỉ, buồng, vườn)", en: "the child was led into a private place (motel, bedroom, garden)",
    patterns: [ "loi|keo|dat|dan * vao trong", "vao trong * dong cua", "doi * vao|vo phong|buong", "mot minh voi * phong",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo nha nghi",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo khach san",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo nha tro",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo buong",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo vuon",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo bui",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo lum",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo nha hoang",
      "dat|dan|dua|keo|loi|ru|cho|bong|om * vao|len|vo rung",
      "keu|goi|dat|keo|loi * vao|vo buong|phong * dong cua", "vao|vo buong * dong cua", "took * into * motel|hotel|room|bushes",
    ],
  },
  // --- context markers (no category of their own) -------------------------------------------
  {
    code: "topic_self_harm", category: "self_harm", weight: 2,
    vi: "nói về chủ đề tự tử", en: "about suicide as a topic", patterns: ["phong chong tu tu", "phong ngua tu tu", "suicide prevention"],
  },
  {
    code: "topic_bullying", category: "bullying", weight: 2,
    vi: "nói về chủ đề bắt nạt", en: "about bullying as a topic", patterns: ["phong chong bat nat", "bat nat hoc duong", "bao luc hoc duong"],
  },
  {
    code: "topic_trafficking", category: "trafficking_abduction", weight: 2,
    vi: "nói về chủ đề mua bán người", en: "about trafficking as a topic", patterns: ["phong chong mua ban nguoi", "phong ngua mua ban nguoi", "tin don bat coc", "anti trafficking"],
  },
  {
    code: "topic_marriage", category: "child_marriage", weight: 2,
    vi: "nói về chủ đề tảo hôn, tuổi kết hôn", en: "about child marriage or marriage age", patterns: ["chong tao hon", "tuoi ket hon", "do tuoi ket hon", "ket hon hop phap", "marriage age"],
  },
  {
    code: "topic_online", category: "online_abuse", weight: 2,
    vi: "nói về an toàn trên mạng", en: "about online safety", patterns: ["kiem soat cua phu huynh", "parental control~", "an toan tren mang", "noi dung doc hai", "kinh di"],
  },
  {
    code: "past_resolved", vi: "chuyện đã qua hoặc đã được giải quyết", en: "in the past, or already dealt with",
    patterns: [ "hoi truoc", "hoi lop", "tung", "da di tri lieu", "on hon roi", "da ve song", "da chuyen ve|sang", "dang don", "don co", "don la", "tin don", "nghe don", "rumor~", "rumour~", "# nam nay", "# thang nay",
      "nam ngoai", "nam truoc", "# nam truoc", "# thang truoc", "thang truoc", "hoi nam", "hoi nho", "da lau", "tu lau roi", "da on", "on roi", "on dinh",
      "da duoc xu ly|giai quyet|dieu tri|can thiep|giai cuu|cuu|bao ve|dua vao", "da tim duoc|thay", "tim thay roi", "tim duoc roi", "da bi bat|ket an|xu ly|di tu",
      "bi ket an", "da ve nha", "last year", "years ago", "# years ago", "already handled|dealt|resolved|found", "was found", "is safe now", "now safe",
    ],
  },
  {
    code: "soon", vi: "trong hôm nay hoặc sáng mai", en: "today, tonight or tomorrow morning",
    // "mấy hôm nay", "những hôm nay" are the last few days, not today.
    exceptPrev: ["may", "nhung", "cac", "bao"],
    patterns: [
      "toi nay", "dem nay", "chieu nay", "hom nay", "sang mai", "ngay mai", "toi mai", "chieu mai", "trua mai", "mai nha trai", "mai cuoi", "mai ruoc",
      "tonight", "today", "tomorrow", "this afternoon|evening",
    ],
  },
  {
    code: "accident", category: "other", weight: 3,
    vi: "tai nạn, nguy hiểm không do ai gây ra", en: "an accident or a hazard no one caused",
    patterns: [
      "rot|te|nga * xuong ho|gieng|song|ao|vuc|ham|kenh|cong", "duoi nuoc", "bi cuon", "nuoc lu", "nuoc cuon", "cho can", "bi cho", "dien giat", "giat dien", "chay nha", "tai nan",
      "treo ra lan can|ban cong", "lan can ban cong", "nga tu tang", "ho cong trinh", "khong co rao", "be nuoc", "vo nap", "drown~", "dog bite", "electric shock", "fell off|from",
    ],
  },
  {
    code: "controlled", category: "trafficking_abduction", weight: 2,
    vi: "trẻ bị người đi cùng kiểm soát, sợ sệt, không được nói chuyện", en: "the child is controlled by the adult with them, frightened, not allowed to speak",
    patterns: ["so set", "khong cho * noi chuyen voi ai", "khong cho * noi chuyen", "won t let * talk", "looks terrified"],
  },
  {
    code: "in_transit", vi: "đang trên đường đi, lên xe, mua vé", en: "on the way: in a vehicle, boarding, buying tickets",
    patterns: [
      "tren xe", "len xe", "dang di", "dang tren duong", "ben xe", "xe khach", "mua ve", "may bay", "ra bien gioi", "ra cua khau", "ve phia bien gioi", "ve phia cua khau",
      "in a taxi|car|van|bus|truck", "heading to|towards", "on the way to", "boarding", "at the bus station",
    ],
  },
  {
    code: "parental_abduction", flag: true, category: "trafficking_abduction", weight: 3, floor: "high",
    vi: "cha hoặc mẹ không có quyền nuôi tự ý đưa trẻ đi", en: "a parent without custody took the child",
    patterns: ["khong co quyen nuoi", "tu y don|dua|mang|bat con|be|chau", "don * ma khong bao", "without custody", "no custody"],
  },
  {
    code: "night", vi: "lúc đêm tối", en: "at night",
    patterns: ["h dem", "gio dem", "nua dem", "giua dem", "dem khuya", "khuya", "troi toi", "troi da toi", "troi sap toi", "getting dark", "at night", "late at night", "midnight"],
  },
  {
    code: "danger_place", vi: "nơi nguy hiểm cho trẻ nhỏ", en: "a dangerous place for a small child",
    patterns: ["cao toc", "quoc lo", "duong ray", "le duong", "giua duong", "bo song", "bo ao", "bo ho", "bo bien", "highway", "motorway", "railway", "train tracks", "riverbank", "roadside", "busy road"],
  },
  {
    code: "repeated", flag: true,
    vi: "sự việc lặp lại nhiều lần", en: "it happens repeatedly",
    patterns: [ "toi nao", "dem nao", "moi toi", "every night", "always", "often",
      "thuong xuyen", "nhieu lan", "lien tuc", "ngay nao cung", "hang ngay", "moi ngay", "hang dem", "hang tuan", "moi tuan",
      "hang thang", "toi nao cung", "dem nao cung", "lan nao cung", "suot", "nhieu nam", "nhieu thang", "tu lau", "lai bi",
      "tiep tuc", "khong phai lan dau", "hay danh|chui|mang|so|goi|bat|nhot|bo|ep|bi|dua|doa", "luon bi", "luon luon", "often",
      "always", "every day|night|week", "repeatedly", "again", "many times", "for months|years", "keeps",
    ],
  },
  {
    code: "now_word", vi: "đang", en: "is doing",
    // "đăng ảnh", "đăng lên", "đăng ký" fold to "dang" too: posting is not happening-now.
    // "đáng ngờ", "đáng sợ", "đáng lo" fold to "dang" as well.
    exceptNext: ["hoc", "la", "song", "theo", "co", "tuoi", "mang", "lam", "di", "o", "anh", "len", "tai", "bai", "clip", "video", "hinh", "ky", "tin", "status", "ngo", "so", "lo", "tien", "yeu", "ke", "gia", "chu", "thuong", "trach", "bau", "phan", "suy", "tinh", "can", "nghi"],
    patterns: ["dang", "currently"],
  },
  {
    code: "ongoing", vi: "đang tiếp diễn", en: "still going on",
    exceptNext: ["anh", "len", "tai", "bai", "clip", "video", "hinh", "ky", "tin", "status", "ngo", "so", "lo", "tien", "yeu", "ke", "gia", "chu", "thuong", "trach"],
    patterns: [ "chua ai mo|tha|cuu|den", "chua ai tim thay", "van chua", "gio van", "still locked","dang", "van", "hien", "still", "currently", "right now"],
  },
  {
    code: "long_time", vi: "kéo dài nhiều giờ, nhiều ngày", en: "for hours or days",
    patterns: [ "tu trua", "ca buoi", "tu sang",
      "# ngay|dem|hom", "may ngay|dem|hom", "ngay roi", "ngay nay", "ca ngay", "ca dem", "qua dem", "tu sang", "tu hom qua",
      "tu toi qua", "tu toi", "# days|nights", "all day", "overnight", "since yesterday|morning",
    ],
  },
  {
    code: "exposure", vi: "trẻ ở ngoài trời rét, mưa hoặc nắng gắt", en: "the child is exposed to cold, rain or heat",
    patterns: [ "duoi nang", "ngoai nang", "nang rua", "khong cho * uong nuoc", "duoi mua", "run cam cap", "it s dark", "in the dark",
      "troi ret", "ret qua|lam|buot", "lanh qua|lam|cong", "mua to", "mua bao", "nang gat", "nua dem", "giua dem", "dem khuya",
      "ngoai duong", "freezing", "cold outside", "in the rain", "middle of the night",
    ],
  },
  {
    code: "recent", vi: "vừa xảy ra", en: "it just happened",
    // "mấy hôm nay" is the last few days, not today.
    exceptPrev: ["may", "nhung", "cac", "bao"],
    patterns: [ "hoi sang", "hoi chieu", "hoi trua", "hoi toi", "hoi nay", "tu trua", "den gio", "tu sang den gio","vua", "vua moi", "toi qua", "dem qua", "hom qua", "sang nay", "chieu nay", "trua nay", "hom nay", "luc nay", "tu sang", "tu chieu", "tu toi qua", "tu hom qua", "may tieng", "just", "yesterday", "last night", "this morning", "today", "hours ago"],
  },
  {
    code: "caregiver", vi: "người chăm sóc trẻ", en: "a parent or caregiver",
    patterns: [ "ba duong", "tia duong", "chu duong", "duong ghe",
      "bo|me|cha|ba em|toi|chau|be|cua|minh|ruot|de|no|con|nguoi|do|ay",
      "bo|me|cha|ba dang|hay|lai|say|thuong|danh|chui|mang|bat|ep|so|nhot|duoi|vua|da|se|cu|suot|luon|ruou|cam|dap|doa|trok", "bo me", "cha me", "ba me", "bo duong", "cha duong",
      "duong em|toi|chau|no|cua|be", "me ke", "me ghe", "ong noi", "ong ngoai", "ba noi", "ba ngoai", "anh trai", "chu ruot",
      "cau ruot", "ong duong", "nguoi giam ho", "nguoi nuoi", "chong toi", "chong cu", "dad", "father", "mother", "mom", "mum",
      "stepfather", "stepdad", "stepmother", "parents", "grandfather", "grandmother", "uncle", "caregiver", "guardian",
    ],
  },
  {
    code: "question", vi: "câu hỏi", en: "a question",
    patterns: [
      "lam sao", "lam the nao", "nhu the nao", "the nao", "o dau", "bao nhieu", "cho hoi", "xin hoi", "muon hoi", "muon biet", "tu van",
      "huong dan", "thu tuc", "co duoc khong", "duoc khong", "co duoc", "cho em|toi|minh|chau|con hoi", "how", "what", "where",
      "who should", "can i", "should i",
    ],
  },
  {
    code: "non_report", category: "other", weight: 2,
    vi: "câu hỏi về chế độ, thủ tục hoặc lời chào", en: "a question about benefits or procedures, or a greeting",
    patterns: [
      "che do", "tro cap", "ho tro tien", "hoc bong", "bao hiem", "giay to", "dang ky", "khai sinh", "chinh sach", "xin chao",
      "chao ban", "chao bot", "hello", "hi", "cam on", "thank~", "benefit~", "allowance", "subsid~", "procedure", "khuyet tat", "gop y", "chuong trinh", "tap huan", "tuyen truyen",
      "ho tro tam ly", "tu van tam ly",
    ],
  },
  {
    code: "victim", vi: "nhắc tới một trẻ cụ thể", en: "a specific child is named",
    exceptPrev: ["tre", "cac", "day", "nuoi", "cho"],
    patterns: [
      "em", "chau", "no", "ban ay", "ban em", "my", "i",
      "con toi", "con em", "con minh", "con gai", "con trai", "chau", "be", "em bi", "toi bi", "minh bi", "nha ben", "hang xom",
      "dua tre", "dua be", "thang be", "con be", "thang", "my son", "my daughter", "my child", "my sister", "my brother", "neighbo~",
      "the boy", "the girl", "a boy", "a girl", "i am", "i m", "me",
    ],
  },
];

/** Phrases of an instruction hidden in a report (prompt injection); detected, never obeyed. */
export const EMBEDDED_INSTRUCTION_PATTERNS: readonly string[] = [
  "system", "system prompt", "you are now", "ignore * previous|above|prior|all|rules|instructions", "disregard * instructions|rules",
  "classify * as", "classify everything", "mark * as low|medium|safe", "mark * low risk", "low risk", "risk low", "test mode",
  "developer mode", "assistant", "inst", "override", "set risk", "new instructions", "bo qua * huong|quy|lenh|chi",
  "phan loai * thap|low", "danh gia * thap|low", "danh dau * thap|low|khong", "muc do thap", "muc rui ro thap",
  "rui ro thap", "che do thu nghiem", "ban gio la", "tu bay gio ban", "lenh he thong", "khong can xu ly", "tra ve * low",
  "output", "json",
];
