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
  abuse: "xam hai", abused: "xam hai", sexual: "tinh duc", trafficking: "mua ban", trafficked: "mua ban", sale: "mua ban",
  police: "cong an", justice: "tu phap", judicial: "tu phap", health: "y te", medical: "y te", hospital: "benh vien",
  budget: "kinh phi", funding: "kinh phi", funds: "kinh phi", cost: "kinh phi", money: "kinh phi", international: "quoc te",
  report: "bao cao", reports: "bao cao", reporting: "bao cao", deadline: "truoc ngay", deadlines: "truoc ngay", due: "truoc ngay", annual: "nam", yearly: "nam",
  target: "muc tieu", targets: "muc tieu", goal: "muc tieu", goals: "muc tieu", objective: "muc tieu", objectives: "muc tieu", contents: "noi dung", content: "noi dung", requirement: "yeu cau", requirements: "yeu cau", purpose: "muc dich", purposes: "muc dich", aims: "muc dich", rate: "ty le",
  malnutrition: "suy dinh duong", malnourished: "suy dinh duong", underweight: "suy dinh duong nhe can", nutrition: "dinh duong",
  vaccination: "tiem chung", immunization: "tiem chung", immunisation: "tiem chung", vaccinated: "tiem chung", vaccinate: "tiem chung", vaccinating: "tiem chung",
  vaccine: "tiem chung", vaccines: "tiem chung", immunize: "tiem chung", immunise: "tiem chung", immunizing: "tiem chung", immunising: "tiem chung",
  birth: "khai sinh", registration: "dang ky", registered: "dang ky", adoption: "nuoi con nuoi", adopted: "con nuoi",
  school: "truong hoc nha truong", schools: "truong hoc", students: "hoc sinh", student: "hoc sinh", pupils: "hoc sinh",
  dropout: "bo hoc", dropouts: "bo hoc", drowning: "duoi nuoc", injury: "tai nan thuong tich", injuries: "tai nan thuong tich",
  accident: "tai nan", accidents: "tai nan", legal: "phap ly", aid: "tro giup", counselling: "tu van", counseling: "tu van",
  counsel: "tu van", advice: "tu van", hotline: "tong dai", helpline: "tong dai", helplines: "tong dai", hotlines: "tong dai", telephone: "dien thoai", training: "tap huan dao tao", train: "tap huan",
  capacity: "nang luc", communication: "truyen thong", media: "truyen thong bao chi", press: "bao chi",
  awareness: "nhan thuc", aware: "nhan thuc", heads: "nguoi dung dau", un: "lien hop quoc", nations: "lien hop quoc", campaign: "truyen thong", database: "co so du lieu", csdl: "co so du lieu", data: "du lieu", software: "phan mem",
  disabled: "khuyet tat", disability: "khuyet tat", disabilities: "khuyet tat", ethnic: "dan toc", minority: "thieu so",
  orphan: "mo coi", orphans: "mo coi", orphaned: "mo coi", play: "vui choi", playground: "vui choi", recreation: "vui choi giai tri",
  entertainment: "giai tri", culture: "van hoa", cultural: "van hoa", sports: "the thao", sport: "the thao", tourism: "du lich",
  internet: "internet khong gian mang", online: "khong gian mang", cyberspace: "khong gian mang", marriage: "tao hon hon nhan",
  specific: "cu the", "inter-agency": "lien nganh", interagency: "lien nganh", steering: "dieu hanh", appendix: "phu luc",
  plan: "ke hoach", programme: "chuong trinh", program: "chuong trinh", province: "tinh", provincial: "tinh",
  fund: "quy bao tro", kindergarten: "mam non", preschool: "mam non", universal: "pho cap", universalise: "pho cap",
  insurance: "bao hiem", commune: "xa", communes: "xa", village: "thon", villages: "thon", hamlet: "thon", hamlets: "thon", localities: "dia phuong", locality: "dia phuong", district: "huyen", districts: "huyen", mental: "tam than",
  teachers: "giao vien", teacher: "giao vien", language: "tieng ngon ngu", languages: "tieng ngon ngu", boarding: "noi tru",
  offices: "van phong", office: "van phong", consultation: "tu van", friendly: "phu hop", community: "cong dong",
  alternative: "thay the", poor: "ngheo", poverty: "ngheo", labour: "lao dong", labor: "lao dong", exploitation: "boc lot",
  pornography: "khieu dam", prostitution: "mai dam", monitor: "giam sat theo doi", monitoring: "giam sat theo doi", supervise: "giam sat",
  inspection: "thanh tra kiem tra", inspect: "kiem tra", forum: "dien dan", participation: "tham gia", participate: "tham gia",
  human: "nhan quyen", rights: "quyen", right: "quyen", youth: "doan thanh nien", women: "phu nu", religion: "ton giao",
  emergency: "khan cap", intervention: "can thiep", intervene: "can thiep", investigation: "dieu tra", investigate: "dieu tra",
  trial: "xet xu", court: "toa an", courts: "toa an", procuracy: "kiem sat", social: "xa hoi", welfare: "phuc loi",
  economic: "kinh te", socio: "xa hoi", evaluation: "danh gia", evaluating: "danh gia", development: "phat trien", coordination: "phoi hop", mechanism: "co che", staff: "can bo",
  officials: "can bo", officers: "can bo", officer: "can bo", collaborators: "cong tac vien", volunteers: "tinh nguyen vien", reproductive: "sinh san",
  gender: "gioi tinh", associations: "hoi", association: "hoi", convention: "cong uoc", discrimination: "phan biet doi xu",
  transnational: "xuyen quoc gia", organised: "co to chuc", organized: "co to chuc", signed: "ky", signer: "nguoi ky",
  advise: "tham muu", advises: "tham muu", advising: "tham muu", advisory: "tham muu tu van", allocate: "bo tri", allocates: "bo tri",
  arrange: "bo tri", arranges: "bo tri", signs: "dau hieu", detect: "phat hien", detects: "phat hien", detected: "phat hien",
  notify: "thong bao", inform: "thong bao", cooperate: "phoi hop", unhealthy: "khong lanh manh", healthy: "lanh manh", wholesome: "lanh manh", products: "pham",
  politburo: "bo chinh tri", directive: "chi thi", directives: "chi thi",
  implements: "thuc hien", implement: "thuc hien", implementation: "trien khai thuc hien", basis: "can cu",
  examination: "kham benh", treatment: "chua benh dieu tri", free: "mien phi", policy: "chinh sach", policies: "chinh sach",
  family: "gia dinh", families: "gia dinh", parents: "cha me", guide: "huong dan", guides: "huong dan", guidance: "huong dan",
  safe: "an toan", safety: "an toan", environment: "moi truong", promote: "day manh", evils: "te nan", law: "luat",
  laws: "luat", break: "vi pham", violate: "vi pham", violation: "vi pham", manage: "quan ly", manages: "quan ly",
  management: "quan ly", share: "ty le", percentage: "ty le", percent: "ty le", proportion: "ty le", establish: "thanh lap", establishes: "thanh lap",
  facilities: "co so", facility: "co so", shelter: "co so", establishments: "co so", establishment: "co so", premises: "co so", deal: "xu ly", deals: "xu ly", network: "mang luoi", models: "mo hinh", model: "mo hinh",
  services: "dich vu", service: "dich vu", support: "ho tro", supports: "ho tro", resources: "nguon luc", mobilise: "van dong",
  mobilize: "van dong", broadcasting: "phat thanh", radio: "phat thanh", television: "truyen hinh", newspaper: "bao",
  recipients: "noi nhan", sent: "gui", council: "hoi dong nhan dan", resolution: "nghi quyet", submit: "trinh",
  mobilises: "van dong", mobilizes: "van dong", mobilising: "van dong", mobilizing: "van dong", mobilisation: "van dong", mobilization: "van dong",
  // One named project ("Project 938", "the project on human rights education") is the plans' "Đề án"; "projects" in the plural are
  // the "chương trình, dự án" that funding is raised for.
  oda: "oda", ngo: "ngo", ngos: "ngo", unicef: "unicef", foreign: "nuoc ngoai", overseas: "nuoc ngoai", project: "de an", projects: "du an",
  board: "ban", boards: "ban", founded: "thanh lap", register: "dang ky", registers: "dang ky", build: "xay dung", building: "xay dung",
  trainer: "giang vien", core: "nong cot", key: "nong cot", lecturer: "giang vien", consolidate: "tong hop", summarise: "tong hop", summarize: "tong hop",
  estimate: "du toan", estimates: "du toan", review: "ra soat", reviews: "ra soat", amend: "sua doi", amendment: "sua doi", propose: "de xuat", proposal: "de xuat",
  research: "nghien cuu", study: "nghien cuu", survey: "khao sat", scheme: "de an", schemes: "de an", integrate: "long ghep", mainstream: "long ghep",
  reward: "khen thuong", rewards: "khen thuong", commend: "khen thuong", commendation: "khen thuong", commendations: "khen thuong", exemplary: "dien hinh", update: "cap nhat", updating: "cap nhat", standardise: "chuan hoa", standardize: "chuan hoa", clean: "lam sach", cleaning: "lam sach", praise: "bieu duong", instruct: "huong dan", direct: "chi dao", directs: "chi dao", urge: "don doc", urges: "don doc",
  newspapers: "bao", broadcast: "phat song", airtime: "thoi luong", news: "tin", networks: "mang xa hoi", harmful: "xau doc",
  // "monitor social networks for harmful information", "watching online content": the plans' "theo dõi thông tin trên mạng xã hội".
  information: "thong tin", info: "thong tin", watch: "theo doi", watches: "theo doi", watching: "theo doi", track: "theo doi",
  publicity: "tuyen truyen", publicise: "tuyen truyen", publicize: "tuyen truyen", propaganda: "tuyen truyen",
  movement: "phong trao", movements: "phong trao", launch: "phat dong", launches: "phat dong",
  proceedings: "to tung", proceeding: "to tung", litigation: "to tung", victims: "bi hai", victim: "bi hai", witnesses: "lam chung",
  witness: "lam chung", offenders: "vi pham phap luat", offender: "vi pham phap luat", problems: "vuong mac", difficulties: "kho khan",
  monthly: "thang", months: "thang", month: "thang", "six-monthly": "thang", biannual: "thang", "half-yearly": "thang", "semi-annual": "thang",
  materials: "tai lieu", material: "tai lieu", dissemination: "pho bien", disseminate: "pho bien", spread: "pho bien",
  national: "quoc gia", strategy: "chien luoc", strategies: "chien luoc", push: "day manh", intensify: "day manh", step: "day manh", boost: "day manh",
  requested: "de nghi", frequency: "dinh ky", periodic: "dinh ky", periodically: "dinh ky",
  comment: "gop y", comments: "gop y", commenting: "gop y", feedback: "gop y", draft: "xay dung", drafting: "xay dung",
  partial: "mot phan", partially: "mot phan", partly: "mot phan", quality: "chat luong", "high-quality": "chat luong cao",
  advanced: "tien tien", treat: "dieu tri", treated: "dieu tri", therapy: "dieu tri", congenital: "bam sinh", heart: "tim",
  pay: "kinh phi ngan sach", pays: "kinh phi ngan sach", paid: "kinh phi ngan sach", paying: "kinh phi ngan sach", financing: "kinh phi ngan sach",
  execute: "thi hanh quyet dinh", executes: "thi hanh quyet dinh", executing: "thi hanh quyet dinh", execution: "thi hanh quyet dinh",
  special: "dac biet", circumstances: "hoan canh", circumstance: "hoan canh", recover: "phuc hoi", recovery: "phuc hoi",
  reintegrate: "hoa nhap", reintegration: "hoa nhap", integration: "hoa nhap", help: "tro giup", helped: "tro giup", assisted: "tro giup", assistance: "tro giup",
  main: "chu yeu", major: "chu yeu", principal: "chu yeu", tasks: "nhiem vu", task: "nhiem vu",
  average: "binh quan", averages: "binh quan", averaging: "binh quan", streamline: "kien toan bo may", streamlining: "kien toan bo may",
  apparatus: "bo may", aside: "bo tri", sponsorship: "bao tro", locally: "dia phuong", every: "hang", solutions: "giai phap", solution: "giai phap", measures: "giai phap",
  // Everyday English for the plans' task words ("compile the award dossiers", "look into adding budget", "input on the Law").
  compile: "tong hop", compiles: "tong hop", compiling: "tong hop", compiled: "tong hop", gather: "tong hop", gathers: "tong hop", collate: "tong hop", collates: "tong hop",
  award: "khen thuong", awards: "khen thuong", dossier: "ho so", dossiers: "ho so", files: "ho so", paperwork: "ho so", outstanding: "dien hinh",
  supplement: "bo sung", supplementing: "bo sung", supplements: "bo sung", supplementary: "bo sung", additional: "bo sung", adding: "bo sung", add: "bo sung", topping: "bo sung",
  action: "hanh dong", input: "gop y", inputs: "gop y", recommendation: "khuyen nghi", recommendations: "khuyen nghi", rules: "quy dinh",
  // A target asked as its bound ("what ceiling on underweight", "a benchmark for immunisation"): the plans' "mục tiêu".
  ceiling: "muc tieu", benchmark: "muc tieu", benchmarks: "muc tieu", threshold: "muc tieu",
  // "enrolment of 3-5 year olds", "enrolled in class": the plans' "huy động trẻ ... ra lớp"; "family setting" is "môi trường gia đình".
  enrolment: "ra lop", enrollment: "ra lop", enrol: "ra lop", enroll: "ra lop", enrolled: "ra lop", setting: "moi truong",
  // Topics officials may ask about that the shipped plans do not cover (TOPIC_WORDS below).
  bus: "xe buyt", buses: "xe buyt", vehicle: "xe", vehicles: "xe", car: "xe", cars: "xe", traffic: "giao thong", transport: "dua don",
  transportation: "dua don", food: "thuc pham", kitchen: "bep", kitchens: "bep", games: "tro choi", game: "tro choi", gaming: "tro choi",
  illness: "benh", illnesses: "benh", disease: "benh", diseases: "benh", serious: "hiem ngheo", severe: "hiem ngheo",
  licence: "giay phep", licences: "giay phep", license: "giay phep", licenses: "giay phep", licensing: "cap phep", licensed: "cap phep",
  permit: "giay phep", permits: "giay phep", private: "tu nhan", privately: "tu nhan",
  // Surveillance cameras ("lắp camera giám sát"): no plan speaks of them.
  camera: "camera", cameras: "camera", cctv: "camera",
  // Contact details and staffing quotas, which no plan gives (DETAIL_WORDS below); staffing itself is the plans' "bố trí cán bộ".
  email: "email", emails: "email", emailed: "email", fax: "fax", faxes: "fax", website: "website", websites: "website", webpage: "website",
  // Pay, which no plan sets (TOPIC_WORDS below): a salary, a wage, an allowance, a fee paid for work.
  salary: "tien luong", salaries: "tien luong", wage: "tien luong", wages: "tien luong", allowance: "phu cap", allowances: "phu cap",
  stipend: "phu cap", stipends: "phu cap", remuneration: "thu lao",
  staffing: "bo tri can bo", staffed: "bo tri can bo", headcount: "bien che", quota: "dinh muc", quotas: "dinh muc", norm: "dinh muc", norms: "dinh muc",
};

/**
 * English phrases read as one before the words are: "medical care" is the plans' "khám bệnh, chữa bệnh", not health ("y tế") and
 * care ("chăm sóc"); "free medical care" for young children is the policy the plans name ("chính sách khám bệnh, chữa bệnh"),
 * free by law, which no plan writes as "miễn phí". Longest first.
 */
export const ENGLISH_PHRASES: ReadonlyArray<readonly [readonly string[], string]> = [
  [["free", "medical", "examination", "and", "treatment"], "chinh sach kham chua benh"],
  [["medical", "examination", "and", "treatment"], "kham chua benh"],
  [["free", "medical", "care"], "chinh sach kham chua benh"],
  [["free", "medical", "treatment"], "chinh sach kham chua benh"],
  [["free", "health", "care"], "chinh sach kham chua benh"],
  [["free", "healthcare"], "chinh sach kham chua benh"],
  // "human trafficking" is the national decision's "buôn bán người"; trafficking alone is the plans' "mua bán" (trẻ em).
  [["human", "trafficking"], "buon ban nguoi"],
  [["trafficking", "in", "persons"], "buon ban nguoi"],
  [["medical", "care"], "kham chua benh"],
  [["medical", "treatment"], "kham chua benh"],
  [["medical", "examination"], "kham benh"],
  [["medical", "examinations"], "kham benh"],
  // The plans' budget heads: "Ngân sách tỉnh", "ngân sách nhà nước" (a budget of the province is not "kinh phí" alone).
  [["provincial", "budget"], "ngan sach tinh"],
  [["province's", "budget"], "ngan sach tinh"],
  [["province", "budget"], "ngan sach tinh"],
  [["state", "budget"], "ngan sach nha nuoc"],
  // "social media", "social networks": the plans' "mạng xã hội" (not social affairs, "xã hội" of the labour department's name);
  // "harmful content" there is "thông tin không có lợi".
  [["social", "media"], "mang xa hoi"],
  [["social", "networks"], "mang xa hoi"],
  [["social", "network"], "mang xa hoi"],
  [["social", "networking"], "mang xa hoi"],
  [["harmful", "content"], "thong tin khong co loi"],
  [["harmful", "information"], "thong tin khong co loi"],
  // "children living outside a family (setting)": the appendix's "trẻ em không sống trong môi trường gia đình".
  [["outside", "a", "family"], "khong song trong moi truong gia dinh"],
  [["outside", "the", "family"], "khong song trong moi truong gia dinh"],
  [["outside", "family"], "khong song trong moi truong gia dinh"],
  [["outside", "families"], "khong song trong moi truong gia dinh"],
  // "upper limit" of a target (underweight below 12%): the plans' "mục tiêu".
  [["upper", "limit"], "muc tieu"],
  [["per", "year"], "moi nam"],
  [["each", "year"], "moi nam"],
  [["annual", "average"], "binh quan moi nam"],
  [["yearly", "average"], "binh quan moi nam"],
];

/** English function words: their share tells an English question from unaccented Vietnamese. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "is", "are", "was", "were", "who", "what", "which", "when", "where", "how", "does", "do", "did", "for",
  "of", "in", "on", "to", "and", "with", "by", "from", "this", "that", "it", "its", "a", "an", "responsible",
  "agency", "agencies", "department", "lead", "leads", "coordinate", "coordinates", "much", "many", "plan", "under",
  "about", "duties", "duty", "role", "must", "should", "say", "says", "tell", "me", "please", "between", "compare",
  // Everyday English around a question ("if we run into difficulties, who do we contact?"); none is a Vietnamese word typed without marks.
  "until", "till", "year", "years", "run", "runs", "come", "comes",
  "if", "we", "our", "you", "your", "they", "their", "them", "there", "into", "out", "or", "not", "any", "all", "each", "every",
  "whom", "whose", "why", "would", "could", "will", "has", "have", "had", "been", "being", "should", "as", "at", "than", "then",
  // Verbs officials ask with ("does plan 1979 mention the Fatherland Front?"): none is Vietnamese typed without marks.
  "departments", "bodies", "decision", "decisions", "mention", "mentions", "mentioned", "give", "gives", "ask", "asks", "asked", "require", "requires", "need", "needs", "set", "sets",
]);

/**
 * Words (folded Vietnamese, as a question's terms hold them) that name a topic on their own: a vehicle, traffic, school
 * transport, food, a kitchen, games. When no plan's text uses one, a question about it is about something the plans do not cover,
 * whatever other words it shares with them (absent-topics.ts); a plan added that does use it is answered from as usual.
 */
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  "xe", "xe buyt", "giao thong", "dua don", "thuc pham", "bep", "tro choi",
  // Licensing and permits: none of the plans speaks of them (a private facility is only where a task happens, not a topic).
  "cap phep", "giay phep",
  // Surveillance cameras in schools or classes: no plan asks for them.
  "camera",
  // Pay: a salary, an allowance, a fee for work ("lương" of a question is written "tiền lương" by the parser, never "lượng").
  "tien luong", "phu cap", "thu lao",
  // Contact details and staffing quotas (DETAIL_WORDS): a topic of their own, whatever else the question shares with the plans.
  "email", "fax", "website", "trang web", "dia chi", "thu dien tu", "hop thu", "bien che", "dinh muc",
]);

/**
 * Details no plan gives of any body: an email address, a fax number, a website, a postal address, a staffing quota or headcount.
 * A plan named by its number does not make them covered: the plan says where reports go (a body), never how to reach it.
 */
export const DETAIL_WORDS: ReadonlySet<string> = new Set(["email", "fax", "website", "trang web", "dia chi", "thu dien tu", "hop thu", "bien che", "dinh muc"]);

/**
 * Office holders as English writes them, and the Vietnamese title the plans use ("Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND tỉnh"):
 * written in Vietnamese before the question is read, so the holder is found as a Vietnamese question finds it (not the committee).
 */
export const ENGLISH_OFFICE_TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:the )?deputy chief of (?:the )?(?:office of the (?:provincial )?(?:people['’]s committee|ppc)|(?:provincial )?(?:people['’]s committee|ppc)(?:['’]s)? office)\b/gi, "Phó Chánh Văn phòng UBND tỉnh"],
  [/\b(?:the )?chief of (?:the )?(?:office of the (?:provincial )?(?:people['’]s committee|ppc)|(?:provincial )?(?:people['’]s committee|ppc)(?:['’]s)? office)\b/gi, "Chánh Văn phòng UBND tỉnh"],
  [/\b(?:the )?(?:vice|deputy)[- ]chair(?:man|woman|person)? of (?:the )?provincial (?:people['’]s committee|ppc)\b/gi, "Phó Chủ tịch UBND tỉnh"],
  [/\b(?:the )?chair(?:man|woman|person)? of (?:the )?provincial (?:people['’]s committee|ppc)\b/gi, "Chủ tịch UBND tỉnh"],
];

/** `text` with each English office title of ENGLISH_OFFICE_TITLES written as the plans write it (the patterns only when "chair"/"chief" is there). */
export function withOfficeTitles(text: string): string {
  if (!/\b(chief|chair)/i.test(text)) return text;
  return ENGLISH_OFFICE_TITLES.reduce((t, [re, vi]) => t.replace(re, vi), text);
}
