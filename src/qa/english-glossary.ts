/**
 * English words officials and partners type, mapped to the Vietnamese (folded) words the
 * plans use, so an English question retrieves the same passages as its Vietnamese twin.
 * Data, not logic: extend it when a new kind of question appears.
 */
export const ENGLISH_TO_VIETNAMESE: Readonly<Record<string, string>> = {
  child: "tre em", children: "tre em", childs: "tre em", kids: "tre em", kid: "tre em", minors: "nguoi chua thanh nien",
  juvenile: "nguoi chua thanh nien", juveniles: "nguoi chua thanh nien", minor: "nguoi chua thanh nien",
  protection: "bao ve", protect: "bao ve", protecting: "bao ve", care: "cham soc", caring: "cham soc",
  education: "giao duc", educate: "giao duc", crime: "toi pham", crimes: "toi pham", criminal: "toi pham",
  prevention: "phong ngua", prevent: "phong ngua", preventing: "phong ngua", violence: "bao luc", violent: "bao luc",
  abuse: "xam hai", abused: "xam hai", sexual: "tinh duc", trafficking: "buon ban nguoi mua ban", sale: "mua ban",
  police: "cong an", justice: "tu phap", judicial: "tu phap", health: "y te", medical: "y te", hospital: "benh vien",
  budget: "kinh phi", funding: "kinh phi", funds: "kinh phi", cost: "kinh phi", money: "kinh phi", international: "quoc te",
  report: "bao cao", reports: "bao cao", reporting: "bao cao", deadline: "truoc ngay", deadlines: "truoc ngay", due: "truoc ngay", annual: "nam", yearly: "nam",
  target: "muc tieu", targets: "muc tieu", goal: "muc tieu", goals: "muc tieu", objective: "muc tieu", rate: "ty le",
  malnutrition: "suy dinh duong", malnourished: "suy dinh duong", underweight: "nhe can", nutrition: "dinh duong",
  vaccination: "tiem chung", immunization: "tiem chung", immunisation: "tiem chung", vaccinated: "tiem chung",
  birth: "khai sinh", registration: "dang ky", registered: "dang ky", adoption: "nuoi con nuoi", adopted: "con nuoi",
  school: "truong hoc nha truong", schools: "truong hoc", students: "hoc sinh", student: "hoc sinh", pupils: "hoc sinh",
  dropout: "bo hoc", dropouts: "bo hoc", drowning: "duoi nuoc", injury: "tai nan thuong tich", injuries: "tai nan thuong tich",
  accident: "tai nan", accidents: "tai nan", legal: "phap ly", aid: "tro giup", counselling: "tu van", counseling: "tu van",
  counsel: "tu van", advice: "tu van", hotline: "tong dai", training: "tap huan dao tao", train: "tap huan",
  capacity: "nang luc", communication: "truyen thong", media: "truyen thong bao chi", press: "bao chi",
  awareness: "nhan thuc", campaign: "truyen thong", database: "co so du lieu", data: "du lieu", software: "phan mem",
  disabled: "khuyet tat", disability: "khuyet tat", disabilities: "khuyet tat", ethnic: "dan toc", minority: "thieu so",
  orphan: "mo coi", orphans: "mo coi", orphaned: "mo coi", play: "vui choi", playground: "vui choi", recreation: "vui choi giai tri",
  entertainment: "giai tri", culture: "van hoa", cultural: "van hoa", sports: "the thao", sport: "the thao", tourism: "du lich",
  internet: "internet", online: "khong gian mang", cyberspace: "khong gian mang", marriage: "tao hon hon nhan",
  plan: "ke hoach", programme: "chuong trinh", program: "chuong trinh", province: "tinh", provincial: "tinh",
  fund: "quy bao tro", kindergarten: "mam non", preschool: "mam non", universal: "pho cap", universalise: "pho cap",
  insurance: "bao hiem", commune: "xa", communes: "xa", district: "huyen", districts: "huyen", mental: "tam than",
  teachers: "giao vien", teacher: "giao vien", language: "tieng", languages: "tieng", boarding: "noi tru",
  offices: "van phong", office: "van phong", consultation: "tu van", friendly: "phu hop", community: "cong dong",
  alternative: "thay the", poor: "ngheo", poverty: "ngheo", labour: "lao dong", labor: "lao dong", exploitation: "boc lot",
  pornography: "khieu dam", prostitution: "mai dam", monitor: "giam sat", monitoring: "giam sat", supervise: "giam sat",
  inspection: "thanh tra kiem tra", inspect: "kiem tra", forum: "dien dan", participation: "tham gia", participate: "tham gia",
  human: "nhan quyen", rights: "quyen", right: "quyen", youth: "doan thanh nien", women: "phu nu", religion: "ton giao",
  emergency: "khan cap", intervention: "can thiep", intervene: "can thiep", investigation: "dieu tra", investigate: "dieu tra",
  trial: "xet xu", court: "toa an", courts: "toa an", procuracy: "kiem sat", social: "xa hoi", welfare: "phuc loi",
  economic: "kinh te", development: "phat trien", coordination: "phoi hop", mechanism: "co che", staff: "can bo",
  officials: "can bo", collaborators: "cong tac vien", volunteers: "tinh nguyen vien", reproductive: "sinh san",
  gender: "gioi tinh", associations: "hoi", association: "hoi", convention: "cong uoc", discrimination: "phan biet doi xu",
  transnational: "xuyen quoc gia", organised: "co to chuc", organized: "co to chuc", signed: "ky", signer: "nguoi ky",
  advise: "tham muu", advises: "tham muu", advising: "tham muu", advisory: "tham muu tu van", allocate: "bo tri", allocates: "bo tri",
  arrange: "bo tri", arranges: "bo tri", signs: "dau hieu", detect: "phat hien", detects: "phat hien", detected: "phat hien",
  notify: "thong bao", inform: "thong bao", cooperate: "phoi hop", unhealthy: "khong lanh manh", products: "pham",
  implements: "thuc hien", implement: "thuc hien", implementation: "trien khai thuc hien", basis: "can cu",
};

/** English function words: their share tells an English question from unaccented Vietnamese. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "is", "are", "was", "were", "who", "what", "which", "when", "where", "how", "does", "do", "did", "for",
  "of", "in", "on", "to", "and", "with", "by", "from", "this", "that", "it", "its", "a", "an", "responsible",
  "agency", "agencies", "department", "lead", "leads", "coordinate", "coordinates", "much", "many", "plan", "under",
  "about", "duties", "duty", "role", "must", "should", "say", "says", "tell", "me", "please", "between", "compare",
]);
