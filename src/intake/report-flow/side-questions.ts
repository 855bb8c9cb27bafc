/**
 * Messages in the middle of a report that are not answers: a question about confidentiality
 * ("Thông tin của tôi có được giữ bí mật không?"), about what happens next, about 111, a worry
 * ("tôi sợ bị trả thù"), a thank-you. They are answered and the same question is asked again;
 * they never become the answer to it (DESIGN.md, reporter conversation).
 */
import { foldKey, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";
import type { FlowText } from "./report-flow-texts.ts";
import { ABBREVIATIONS } from "../triage/triage-lexicon.ts";

/** What a side message is about; "question" is any other question (noted for the officers). */
export type SideTopic = "clarify" | "whereToGo" | "whyAsked" | "policeSexual" | "takenAway" | "hurtForTelling" | "rescue" | "policeNow" | "nextNow" | "whenCome" | "language" | "abroad" | "takedown" | "selfBlame" | "visit" | "parents" | "arrest" | "wrong" | "noResponse" | "cantCall" | "privacy" | "photos" | "witness" | "police" | "next" | "hotline" | "demand" | "demandNone" | "callForMe" | "willPost" | "nextSent" | "nextQueued" | "noPolice" | "shouldReport" | "littleInfo" | "sendRecording" | "care" | "careHarmed" | "act" | "actForOther" | "actSelfHarm" | "actLure" | "actTaken" | "worry" | "thanks" | "counselling" | "hotlineFacts" | "whereReport" | "hotlineVsPolice" | "mustReport" | "keepEvidence" | "statement" | "demandTaken" | "question";

/** The writer asking whether they are at fault or will be punished for what was done to them ("e co bi bat ko vi e gui hinh do", "is it my fault"). */
const SELF_BLAME = /\b(em|e|con|minh|mk|mik|toi|tui|t|chau) (co )?(bi )?(\w+ ){0,2}(bat|phat|xu phat|xu ly|di tu|ngoi tu|ky luat|duoi hoc|vi pham phap luat|vi pham luat|pham phap)\b(?=.{0,60}\b(vi|do|tai) (\w+ ){0,4}(gui|chup|dang|quay|cho xem|lo gui|da gui)\b)|\b((co )?phai (la )?loi (cua )?(em|e|con|minh|mk|toi|tui|t|chau)( \w+){0,1} (khong|ko|k|hong)|la loi (cua )?(em|e|con|minh|mk|toi|tui|t|chau)( \w+){0,1} (khong|ko|k|hong|a)$|(em|e|con|minh|mk|toi|tui|t|chau) co (toi|loi|sai|vi pham phap luat|vi pham luat|pham phap|pham toi)( \w+){0,1} (khong|ko|k|hong)|(is it|was it|it s|its) (all )?my fault|(am|will|would) i (\w+ ){0,2}(be |get )?(in trouble|arrested|punished|blamed|expelled|charged)|did i do (something |anything )?wrong)\b/;

/** A fear that the family learns of the telling (folded): "sợ mẹ em biết", "so ba me e biet", "scared my mum will find out". */
export const FEARS_FAMILY_KNOWS = /\b(?:so|ngai|lo)\s+(?:la\s+)?(?:bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh|nha|ong ay|ong ta|nguoi nha)(?:\s+(?:em|e|minh|mk|toi|tui|con|chau|t))?\s+(?:se\s+|lai\s+)?(?:biet|phat hien|doc duoc)\b|\b(?:scared|afraid|worried)\s+(?:that\s+)?(?:my|our)\s+(?:mum|mom|mother|dad|father|parents|family|stepdad|stepmom|stepmum)\s+(?:will|would|might|could|finds?|knows?)\b/;
/** Knowing little (folded): "không biết gì thêm", "không biết tên", "chỉ biết chút xíu", "biết ít quá", "I don't know much", "only know a little". */
const LITTLE_KNOWN = "(?:khong|ko|k|chua|hong) (?:biet|ro) (?:\\w+ ){0,2}(?:gi them|them gi|nhieu|ten|nha|gi ca|gi het|gi nua|ro)|biet (?:\\w+ ){0,3}(?:it|chut|chut xiu|chut it|ti|xiu|bay nhieu|co vay|vay thoi|co the thoi)|(?:it|khong nhieu|khong du|thieu) thong tin|don t know (?:much|more|anything|a lot|the name|her name|his name|where|who)|only know (?:a little|a bit|this|that|so little|very little)|know (?:very |so )?little|(?:not|isn t) much (?:info|information|to go on)|little (?:info|information)";
/** Whether reporting is of use, asked (folded): "báo có ích không", "báo vậy có được không", "có giúp được gì không", "is it any use", "still worth reporting". */
const USE_ASKED = "(?:bao|to cao|ke|bao tin)(?: \\w+){0,3} (?:co ich|co tac dung|co giup|co duoc|co dung|co sao|co lam duoc|co nghia)(?: \\w+){0,3} (?:khong|ko|k|hong)|co (?:ich|tac dung|giup (?:duoc )?(?:gi|duoc gi|ich gi)|duoc gi)(?: \\w+){0,2} (?:khong|ko|k|hong)|(?:is|would|will) (?:it|that|this|reporting) (?:still |even |really )?(?:any |of any |be )?(?:use|useful|help|helpful|worth)|(?:does|would|will|can) (?:it|this|that|reporting|a report) (?:still |even |really )?help|worth reporting|any use";

/** A wish that the police stay out (folded): "tôi không muốn công an vào", "đừng báo công an", "I don't want the police", "no police". */
const NO_POLICE = /\b(?:(?:khong|ko|k|hong|chang|cha) (?:muon|can|thich|mong)(?: (?:cho|de|bao|goi|keu|trinh bao|dua|co))? cong an|(?:dung|xin dung|dung co|dung ai|khong|ko) (?:bao|goi|keu|trinh bao|cho|de|moi|dua)(?: (?:cho|toi|den|vao))? cong an|(?:i|we) (?:don t|dont|do not|d rather not|would rather not|really don t) (?:want|need|like)?(?: \w+){0,2}? (?:the )?(?:police|cops)|\bno (?:police|cops)(?! (?:came|come|comes|coming|showed|turned|arrived|answered|station|stations|post|office|officers?|here|near|nearby|around)\b)|without (?:the )?(?:police|cops)|(?:please |pls )?(?:don t|dont|do not) (?:call|tell|involve|bring in|get) (?:the )?(?:police|cops))\b/;

/** Who comes to help, in the words of a question (folded): the police, someone, an officer, "bên bạn". */
const HELPERS_VI = "(?:cong an|canh sat|nguoi|ai|can bo|may chu|cac chu|co chu|chu cong an|ben ban|cac ban|113)";
const COME_VI = "(?:toi|den|xuong|qua|lai|vo|vao|ra)";
/**
 * When help comes, asked (folded): "khi nào công an tới", "bao giờ có người đến giúp", "công an chừng nào tới", "có ai tới giúp em không",
 * "when will the police come", "is someone coming", "are the police on their way", "how soon will someone come".
 */
const HELPERS_EN = "the police|police|the cops|cops|someone|somebody|anyone|anybody|an officer|officers|help|you guys";
const COME_EN = "(?:come|coming|arrive|arriving|get here|be here|show up|turn up|be sent)";
const WHEN_COME = new RegExp([
  String.raw`\b(?:khi nao|khi mo|bao gio|bao lau|may gio|luc nao|chung nao|chung nay|chung mo|bao lau nua)(?: thi)?(?: moi)? (?:co )?${HELPERS_VI}(?: \w+){0,2}? (?:se |moi |duoc |dang )*${COME_VI}\b`,
  String.raw`\b${HELPERS_VI} (?:\w+ )?(?:khi nao|khi mo|bao gio|may gio|luc nao|chung nao|chung mo) (?:moi |se |thi )*${COME_VI}\b`,
  String.raw`(?<!\b(?:khong|ko|chua|chang|hong|k) (?:thay )?)\bco (?:ai|nguoi|cong an|can bo) (?:se |dang )?${COME_VI}(?: (?:giup|cuu|ho tro|voi))?(?: (?:em|e|minh|toi|tui|chau|con|be|no))?(?: (?:khong|ko|k|hong|chua))(?: (?:a|vay|ha|ad|chi|anh))*$`,
  String.raw`(?<!\b(?:khong|ko|chua|chang|hong|k) (?:thay )?)\b(?:cong an|can bo|nguoi|ai) (?:co |se |dang )+${COME_VI}(?: (?:giup|cuu|ho tro|voi))?(?: (?:em|e|minh|toi|tui|chau|con|be|no))?(?: (?:khong|ko|k|hong|chua))(?: (?:a|vay|ha|ad|chi|anh))*$`,
  // "when will the police come", "how soon is someone coming": a question by its auxiliary or its "how soon"; "when the police come?" only
  // as the whole message's end ("when police come he hides us in the back room" tells what happens, m26).
  String.raw`\b(?:when|how soon|how long (?:until|till|before))\b(?: \w+){0,2}? (?:will|is|are|does|do|would|can|could|should) (?:${HELPERS_EN})(?: \w+){0,2}? ${COME_EN}\b`,
  String.raw`\b(?:how soon|how long (?:until|till|before))\b(?: \w+){0,2}? (?:${HELPERS_EN})(?: \w+){0,2}? ${COME_EN}\b`,
  // "police coming?", "help on the way?" as the whole message (m26).
  String.raw`^(?:(?:is|are) )?(?:${HELPERS_EN}) (?:coming|on (?:the|their|its) way)(?: (?:now|soon|yet|here|or not))?$`,
  String.raw`\bwhen\b(?: \w+){0,2}? (?:${HELPERS_EN})(?: \w+){0,2}? ${COME_EN}(?: (?:here|now|please|pls|plz|to help|for me|for us|to get me|to get us))*$`,
  String.raw`\b(?:is|are) (?:someone|somebody|anyone|anybody|the police|police|the cops|cops|help|an officer|officers) (?:\w+ )?(?:coming|on (?:the|their|his|her|its) way|being sent|going to come)\b`,
  String.raw`\b(?:will|are you going to|can you|could you|do you) (?:send|sending) (?:someone|somebody|anyone|the police|help|an officer)\b`,
  String.raw`\bwill (?:someone|somebody|anyone|the police|police|an officer|officers|help) (?:come|be sent|show up|arrive|be here)\b`,
].join("|"));

/** Another's word just before (folded): "chú dặn em", "nó bảo", "he told me", "she said": a demand told, not the writer's own request. */
/** Southern and other words of it too (m26): "ổng biểu em", "mẹ kế cấm em", "chú nhắn tin", "he texted me", "she goes". */
const DEMAND_SAID = String.raw`(?<!\b(?:bao|dan|dan do|doa|de doa|bat|ep|buoc|noi|nhac|canh cao|hua|keu|bieu|nhan|nhan tin|cam(?! on\b)|ham|ham doa|said|says|told|tells|warned|warns|made me promise|asked|asks|wants|wanted|texted|texts|messaged|messages|goes|went)(?: \w+){0,3} )`;
/** Asking that nobody be told (folded): "đừng nói với ai", "đừng kể cho ai biết", "giữ bí mật giúp em", "don't tell anyone", "keep this secret". */
const KEEP_IT_SECRET = new RegExp([
  String.raw`${DEMAND_SAID}\b(?:xin |lam on |dung co |dung |khong duoc |ko duoc )+(?:noi|ke|bao|tiet lo|noi lai|ke lai|chia se|dua)(?: (?:chuyen nay|viec nay|cai nay|vu nay|dieu nay))?(?: (?:voi|cho))? (?:ai|bat ky ai|bat cu ai|nguoi khac|nguoi ngoai)\b`,
  String.raw`${DEMAND_SAID}\bgiu (?:bi mat|kin) (?:giup|gium|dum|ho|cho) (?:em|e|minh|mk|toi|tui|chau|con|t)\b`,
  String.raw`${DEMAND_SAID}\b(?:please |pls |plz )?(?:don t|dont|do not) (?:tell|say (?:it |this |anything )?to|show|share (?:it |this )?with) (?:anyone|anybody|no one|nobody|other people|others)\b`,
  String.raw`${DEMAND_SAID}\b(?:can|could|will|would|please|pls|plz) (?:you )?keep (?:this|it|that) (?:a )?(?:secret|between us|private|to yourself)\b`,
].join("|"));

const TOPIC_RES: ReadonlyArray<[SideTopic, RegExp]> = [
  // "muốn hỏi cháu có được hỗ trợ tâm lý gì không", "where can she get counselling?": support for the child after the harm (walk 49: never answered).
  ["counselling", /\b(?:ho tro|tu van|tham van|tri lieu|cham soc|giup do|dieu tri|tro giup) (?:ve )?(?:suc khoe )?tam (?:ly|li)\b|\b(?:bac si|chuyen gia|nha|phong|chuyen vien|can bo) (?:tam ly|tam li|tham van)\b|\b(?:counsell?ing|counsell?or|therapy|therapist|psychologist|psychological (?:support|help)|mental health (?:support|help))\b/],
  // "tôi có được phá cửa vào đưa tụi nhỏ ra không?", "can I break the door?": getting into a child in danger (asked, see sideTopics).
  ["rescue", /\b(pha (cua|khoa|o khoa|rao|cong)|dap (cua|khoa)|be khoa|cay cua|leo (tuong|rao|cua so) vao|break (in|into|the door|down the door|the lock|the window)|force (the|open the) (door|lock))\b/],
  ["selfBlame", SELF_BLAME],
  // "Should I delete the chats from her account?", "có nên xóa tin nhắn đi không": deleting what is evidence (walk 53: "I can't answer
  // that question here"): keep it, take screenshots.
  ["keepEvidence", /\b(?:(?:should|can|do|shall|must|could) (?:i|we|she|he) (?:\w+ ){0,2}(?:delete|erase|remove|clear|wipe|get rid of) (?:\w+ ){0,3}(?:chats?|messages?|texts?|conversations?|dms?|photos?|pictures?|pics|screenshots?|them|it|everything|account)|(?:co |nen |phai |can |duoc )+(?:xoa|go|xoa het|xoa bo) (?:\w+ ){0,3}(?:tin nhan|doan chat|cuoc tro chuyen|chat|inbox|anh chup man hinh|tai khoan|bang chung)(?: \w+){0,4} (?:khong|ko|k|hong|chua|di))\b/],
  // "Tôi có cần đến đồn công an để khai không?", "do I have to give a statement?": giving a statement to the police (walk 53: answered
  // "Có: trẻ đang gặp nguy hiểm thì gọi ngay 113 ... Giữ trẻ ở chỗ an toàn" to a witness who had already called 113).
  ["statement", /\b(?:(?:de |di |den |len |toi |ra )?(?:khai|lay loi khai|cho loi khai|lam loi khai|lam tuong trinh|viet tuong trinh)(?! (?:ten|ho ten|so|sdt|dia chi|danh tinh|that))(?: \w+){0,4} (?:khong|ko|k|hong|nua|a|vay)|(?:give|make|file) (?:a |my |an official )?(?:statement|police report)|(?:go|come|get) (?:down )?to the (?:police )?station)\b/],
  // "where do I send the recording?", "gửi đoạn ghi âm cho ai ạ", "can I upload the video here?": what to do with evidence the writer holds.
  ["sendRecording", /\bwhere (?:do|should|can|shall) (?:i|we) (?:send|upload|give|forward|share|put|take) (?:it|them|this|that|the (?:recording|video|clip|audio|file|screenshots?|messages?|evidence|photos?))\b|\b(?:should|can|do|shall) (?:i|we) (?:send|upload|give|forward) (?:you |it |them )?(?:here |to you )?(?:the |my |this )?(?:recording|video|clip|audio|voice note|file|evidence|screenshots?)\b|\b(?:gui|nop|dua|chuyen|up|dang) (?:\w+ ){0,3}(?:ghi am|clip|video|bang chung|file|anh chup man hinh)(?: \w+){0,3} (?:o dau|cho ai|qua dau|vao dau|the nao|duoc khong|dc ko|duoc ko|dc khong)\b|\b(?:ghi am|clip|video|bang chung)(?: \w+){0,4} (?:gui|nop|dua) (?:o dau|cho ai|qua dau|vao dau)\b/],
  // "tôi không biết gì thêm thì báo có ích không?", "biết có chút xíu vậy, báo có được không", "is it still worth reporting if I only know a
  // little?": whether a report with little information is still of use (asked; the little that is known is the writer's, not the child's).
  ["littleInfo", new RegExp(`^(?=.*\\b(?:${LITTLE_KNOWN})\\b)(?=.*\\b(?:${USE_ASKED})\\b)`)],
  // "chuyện như vậy có cần báo lên đây không?", "có nên báo không", "should I report this?", "is it worth reporting?": whether to report at all.
  // "giờ có cần báo lại cho mấy anh chị không" (walk 41): the ones it would be told to, named.
  ["shouldReport", /\b(?:(?:co )?(?:can|nen|phai|co nen|co can|co phai) (?:bao|bao tin|bao len|bao cao|to cao|trinh bao)(?: (?:len|lai|cho can bo|cho cac co chu|cho co chu|cho (?:may |cac |hai )?(?:anh chi|anh|chi|co chu|co|chu|can bo|ben ban|ban|em|chau)))*(?: (?:day|o day|tren nay|len day|nua|luon))*(?: (?:chuyen|viec|vu)(?: (?:cu|da qua|nam ngoai|truoc day|truoc|lau roi|tu lau|do|nay|ay|xua))+)?(?: (?:day|o day|tren nay|nua|luon))*(?: (?:khong|ko|k|hong|chua))|should (?:i|we) (?:still )?report (?:this|it|something|what happened|an old|a past)(?! (?:to|with|at) (?:the )?(?:police|cong an|113))|(?:do|does) (?:i|we|this|it) (?:need|have) to (?:be )?report(?:ed)?|is (?:this|it) (?:worth|something to) report(?:ing)?)\b/],
  // "Will the mother be told it was the school?", "mẹ bé có biết là trường báo không?": whether the family learns who told.
  ["privacy", /\b(?:(?:will|would|is|are|could|can|might|may|does|do) (?:the|her|his|their|my) (?:\w+ ){0,2}(?:be told|learn|find out|know)(?: that)? (?:it was|who|(?:the \w+|i|we|someone|somebody) (?:reported|told|called|rang|contacted))\b|(?:co|se) (?:biet|duoc bao|bi bao|duoc noi) (?:la )?(?:nha truong|truong|co giao|thay giao|giao vien|toi|tui|em|minh|hang xom|ai) (?:\w+ ){0,2}(?:bao|bao tin|to cao|ke|noi)(?: \w+){0,3} (?:khong|ko|k|hong))/],
  // "chị chỉ em nên đi đâu?", "tối nay em đi đâu bây giờ", "where should I go tonight": a child who means to leave home.
  ["whereToGo", /\b((em|e|minh|tui|con|chau|t) (nen |phai |se |biet )?(di|tron|o|ngu) (dau|cho nao|nha ai)( (bay gio|gio|toi nay|dem nay))?( (a|vay|day|ha))*( (khong|ko|k))?$|where (should|can|do) i (go|stay|sleep)( tonight| now)?$|where can i go( tonight| now)?$)/],
  // "4h chiều nay có ai gọi em không", "giữ lại là sao? có ai đọc không?": who calls back, who reads what was told.
  ["next", /\b(co ai (goi|lien lac|nhan tin) (cho |lai )?(em|e|minh|toi|tui|con|chau)( \w+){0,3} (khong|ko|k|hong))\b/],
  ["privacy", /\b((co )?ai (doc|xem|biet) (duoc )?(khong|ko|k|hong)|giu lai la sao|who (reads|can read|will read|sees) (it|this|what i))\b/],
  // "ai sẽ đọc tin này?", "mấy cái tôi viết ở đây ai xem được vậy", "who gets to see what I write?": who reads the report (asked, at the
  // end of its clause; "không ai xem" tells that nobody watches the child).
  ["privacy", /(?<!\b(?:khong|ko|chang|hong|chua|k) (?:co )?)\bai (?:se |co the |duoc |thi )?(?:doc|xem|coi|nhan|thay)(?: duoc)?(?: (?:tin nhan|bao tin|thong tin|tin|cai|noi dung|nhung gi|nhung dieu|chuyen|loi)(?: \w+){0,3})?(?: (?:vay|a|ha|nhi|the|khong|ko|k|hong|day|z))*$|\bwho (?:will |can |gets to |would |is going to |is gonna )?(?:read|see|get|receive)s? (?:this|it|my (?:message|report|messages)|what i)\b/],
  // "sao phải hỏi cái này", "hỏi cái này làm gì", "why do you need to know": why the question is asked.
  // "hỏi để làm gì vậy", "cái này bắt buộc à", "có phải trả lời hết không", "do I have to answer": why it is asked, and that it may be skipped.
  ["whyAsked", /\b((sao|tai sao|vi sao|sao lai) (phai |lai |can |muon )*(hoi|biet) (cai nay|cai do|chuyen nay|chuyen do|vay|the|dieu nay)|hoi (cai nay|cai do|vay|the|chi|dieu nay) (de )?(lam gi|lam chi|chi vay|de lam gi)|hoi (de )?(lam gi|lam chi|de lam gi)|(co )?bat buoc( (phai )?tra loi)?( (khong|a|ha|vay|ah|hok|hong|ko))+$|(co )?(phai|can) tra loi (het |cau nay |cai nay )?(khong|ko|k|hong|a|ha)$|why (do|would|should) you (need|want) (to know|this|that|my \w+)|why (are you asking|do you ask|ask (me )?this)|(do|must) i (have to |need to )?answer( (this|that|it|everything|all))?|is (this|it|that) (required|mandatory|compulsory))\b/],
  // "hả?", "là sao", "mình không hiểu câu hỏi", "what do you mean?": the question said again, with what may be answered.
  ["clarify", /^(?:(?:u|a|da|xin loi|sorry)\s+)?(?:ha|hoi gi|hoi gi vay|la sao|nghia la sao|nghia la gi|y (?:la )?(?:gi|sao)|(?:(?:toi|tui|minh|em|e|con|chau|t) )?(?:khong|chua) hieu(?: (?:cau hoi|cau nay|y|lam|gi))*|what|what do you mean|i don t understand(?: the question)?|don t understand|pardon|huh|sorry what)(?:\s+(?:a|vay|ha|the|nhi|ad|chi|anh|co|chu))*$/],
  // "mình có bị bắt đi không? mình không muốn xa mẹ", "bao xong tui co bi dua di khoi nha ko", "will they take me away from my mom?":
  // whether telling takes the child away from home.
  ["takenAway", /\b((co |se )?bi ((?:bat|dua|mang|dem) di(?! (?:tu|giam|cai nghien|trai giam|lam)\b)|tach khoi|dua vao (trai|trung tam|co so|nha tam lanh)|dua (em|e|minh|tui|con|chau|no|be) (di|vao))( (khoi|xa) (nha|me|bo|ba|ma|gia dinh))?( \w+){0,3} (khong|ko|k|hong)|(phai|co phai|bi) (roi|xa|bo|o xa) (nha|me|bo|ba|ma|gia dinh)( \w+){0,2} (khong|ko|k|hong)|(take|taken) (me|him|her|us|the child|the kids|my (son|daughter|child|kids|brother|sister)) away|(have to|must|will (i|we) have to) leave (home|my (mom|mum|dad|family|parents))|put (me|him|her|us) in (care|a (home|shelter|center|centre)))\b/],
  // "tui co bi danh ko neu bao", "nếu em kể thì em có bị đánh không", "will I get beaten if I tell": being hurt for telling.
  ["hurtForTelling", /\b((co )?bi (danh|dap|mang|chui|phat|tra thu|duoi)( \w+){0,2} (khong|ko|k|hong)( \w+){0,2} (neu|khi|vi) (\w+ ){0,2}(bao|ke|noi|to cao)|(neu|khi) (\w+ ){0,2}(bao|ke|noi|to cao) (\w+ ){0,4}(co )?bi (danh|dap|mang|chui|phat|tra thu|duoi)|(will|would) (i|we) (get|be) (hit|beaten|hurt|punished|in trouble at home) (if|for|when) (i |we )?(tell|telling|report|reporting))\b/],
  // "con có bị ba đánh thêm không nếu ba biết?", "nếu mẹ biết thì em có bị mẹ đánh nữa không", "will my dad beat me more if he finds out":
  // being hurt once the person learns of the telling (asked: the "có ... không" frame or a question word).
  ["hurtForTelling", /\b(?:co )?bi (?:\w+ ){0,2}(?:danh|dap|mang|chui|phat|tra thu|duoi)(?: \w+){0,2} (?:khong|ko|k|hong)(?: \w+){0,2} (?:neu|khi|vi|lo) (?:\w+ ){0,3}(?:bao|ke|noi|to cao|biet|phat hien)\b|\b(?:neu|khi|lo) (?:\w+ ){0,3}(?:biet|phat hien|bao|ke|noi|to cao) (?:\w+ ){0,4}(?:co )?bi (?:\w+ ){0,2}(?:danh|dap|mang|chui|phat|tra thu|duoi)(?: \w+){0,3} (?:khong|ko|k|hong)\b|\b(?:will|would|could|might) (?:he|she|they|my \w+|dad|mom|mum) (?:hit|beat|hurt|punish|kill) (?:me|us|her|him)(?: \w+){0,2} (?:if|when|once|after) (?:he|she|they|my \w+) (?:finds? out|knows?|learns?|sees?|hears?)\b/],
  // "Can I call 111 from the US?", "đang ở nước ngoài thì gọi 111 được không": 111 is a short number, from Vietnamese phones only.
  // "Do they speak English if I call 113?", "111 có nói tiếng Anh không": the language of the hotlines.
  ["language", /\b((do|does|will|can) (they|the operators?|someone|anyone|113|111|115|the police) (\w+ ){0,2}speak english|speak(s)? english\b.{0,30}\b(113|111|115|hotline|police|call)|(113|111|115|tong dai|cong an)( \w+){0,4} (co )?(noi|biet) tieng anh|(113|111|115|hotline|helpline|operators?|the police|tong dai|cong an|nguoi nghe may)\b.{0,40}\b(english|tieng anh)|(english|tieng anh)\b.{0,40}\b(113|111|115|hotline|helpline|operators?|tong dai|cong an))\b/],
  ["abroad", /(\b(from|in) (the us|the usa|the states|america|abroad|overseas|another country|outside vietnam|the uk|england|australia|japan|korea|taiwan|europe|canada|germany|france)\b|\b(o|tu|dang o|song o) (nuoc ngoai|ben my|my|han quoc|nhat|nhat ban|dai loan|uc|chau au|campuchia|lao|duc|phap|anh|canada)\b)/],
  // "làm sao để gỡ cái clip đó xuống", "how do we get the video taken down": removing images or videos of the child.
  ["takedown", /\b((lam sao|cach|giup|co the|muon|phai lam gi) (de )?(go|xoa|ha|dep) (\w+ ){0,3}(video|clip|anh|hinh|bai dang|bai|post|tai khoan gia)|(go|ha) (\w+ ){0,3}(video|clip|anh|hinh|bai dang|bai|post)( \w+){0,3} (xuong|khoi)|(xoa|go) (\w+ ){0,3}(video|clip|anh|hinh|bai) (\w+ ){0,2}(tren mang|tren fb|tren facebook|tren tiktok|tren zalo|khoi mang)|(taken|take (it|them|this|that|the video|the post|the photos?|the pictures?)) down|(remove|delete) (the|this|that|those|these|her|his|my) (video|clip|post|photos?|pictures?|images?)|get (the|this|that) (video|clip|post|photos?|pictures?) (removed|deleted|taken down))\b/],
  // "nếu báo thì mẹ mình với ông ấy có bị báo cho biết không", "will you tell my mom", "bố em có biết không ạ": will the family be told.
  // "gửi rồi có ai báo cho mẹ em không": whether someone tells the parents.
  ["parents", /\b(?:co )?(?:ai|nguoi nao|can bo|cong an) (?:se )?(?:bao|noi|ke|goi|bao cho biet) (?:cho |voi )?(?:bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh)\b/],
  // "Bà có biết ông bảo gì không" asks what someone said ("bảo gì", "nói gì"), not whether the family learns of the report.
  ["parents", /\b((co|se) (noi|bao|ke|goi|lien lac|lien he|bao cho|noi cho|ke cho|goi cho|goi dien cho) (\w+ ){0,2}(voi |cho )?(bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh|nha|chong|nha chong|vo (toi|tui|anh|em))( \w+){0,6} (khong|ko|hong|k)|(bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh|chong)( (em|e|minh|toi|tui|con|chau|no|be))?( \w+){0,3} (co|se) (bi )?(biet|bao cho biet|duoc bao|goi len|lien lac)(?!( \w+){0,2} (bao|noi|lam|muon) (gi|gio)\b)( \w+){0,3} (khong|ko|hong|k)|(will|would|do|are) (you|they|the officers|someone|anyone) (\w+ ){0,2}(tell|inform|call|contact|phone) (my|his|her|their|our) (mom|mum|mother|dad|father|parents|family|stepdad|stepmom|husband|wife|partner)|(will|would) (my|his|her|their) (mom|mum|mother|dad|father|parents|family) (know|find out|be told|be called)|(mom|mum|mother|dad|father|parents)\b.{0,20}\b(will|would) (someone|anyone|you|they) (call|tell|contact|phone) (her|him|them))\b/],
  // "bố mẹ e có bị báo ko ạ?", "ba má em có bị công an báo không", "will my parents get reported?": whether the family is reported over the telling.
  ["parents", /\b(?:bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh|duong|bo duong|me ke)(?: (?:em|e|minh|mk|toi|tui|con|chau|no|be|t))? (?:co |se )?bi (?:\w+ ){0,2}(?:bao|to cao|bao cao|trinh bao|bao len|bao cong an)(?: \w+){0,3} (?:khong|ko|k|hong)\b|\b(?:will|would|do|does|are|is) (?:my|our|his|her) (?:mom|mum|mother|dad|father|parents|family|stepdad|stepmom|stepmum) (?:get|be|going to be) reported\b/],
  // "công an có tới nhà nó không", "có ai đến nhà không", "will the police come to the house": who may come to the home.
  ["visit", /\b((cong an|can bo|ai|nguoi|may chu|cac chu|cac co) (\w+ ){0,1}(co|se) (\w+ ){0,1}(toi|den|xuong|ve|vao|qua) nha( \w+){0,3} (khong|ko|hong|k)|(co |se )?(ai|nguoi nao|can bo nao|cong an) (co |se )?(toi|den|xuong|ve|qua) (kiem tra|xac minh|lam viec|noi chuyen|gap)( \w+){0,4}( (khong|ko|hong|k|vay|a|ha))*$|(will|would) (the police|officers|someone|anyone|they) (come|go|visit) (to )?(the|our|my|his|her|their) (house|home))\b/],
  // "chú ấy có bị bắt không ạ", "công an có về bắt ông ấy luôn không", "will my son go to jail", "will he be arrested".
  ["arrest", /\b(((co )?(bi )?(bat(?! (nat|coc|ep|lam|phai|chuoc|den|di lam))|bat giam|tam giam|di tu|ngoi tu|vao tu|o tu|xu phat|phat tu|truy to|xu ly hinh su)( \w+){0,3} (khong|ko|hong|k|chua))( (a|vay|ha|nhi|chau|em|con|anh|chi|co|chu|ban|ad))*$|^(will|would|could|is|are) (he|she|they|him|her|my \w+|his \w+|her \w+|the \w+|the \w+ \w+) (\w+ ){0,2}(be )?(arrested|going to (jail|prison)|go to (jail|prison)|be (punished|charged|locked up|jailed)))\b|\b(will|would|could) (my|his|her|our) (mom|mum|mother|dad|father|parents|family|stepdad|stepmom|uncle|aunt|grandma|grandpa) (get|be) (in trouble|arrested|punished)\b/],
  // "Nếu tôi báo mà không đúng thì có sao không?", "tôi chỉ nghi thôi, báo sai có bị phạt không", "what if I'm wrong".
  ["wrong", /\b((bao|to cao|ke) (\w+ ){0,4}(sai|nham|khong dung|khong phai)( \w+){0,4} (co sao|co bi|thi sao|co bi phat|co bi gi|co lam sao)|neu (\w+ ){0,6}(khong dung|khong phai (vay|the|that)|sai|nham)( \w+){0,4} (thi )?(co sao|co bi|sao)|(what if|if) (i m|i am|im|we re|we are) wrong|(will|would|could|can|do|am) (i|we) (\w+ ){0,2}(get|be) (\w+ )?in(to)? trouble|(is it|would it be) a false report|(is it|is this|is that) (even )?worth (reporting|a report)|worth reporting|should i (even |still |really )?report (it|this|that|him|her)(?! (\w+ ){0,2}to)|(co )?nen (bao|bao tin|to cao|trinh bao)( (tin|di|len|luon))? (khong|ko|k|hong)\b)\b/],
  // "tôi gọi 113 rồi mà chưa thấy ai tới", "I called 113 and nobody came": what to do when the emergency line did not come.
  ["noResponse", /\b(goi (113|111|115|cong an)( \w+){0,3} (ma|nhung|ma van) (chua|khong|ko|k) (thay )?(ai|co ai|nguoi|nghe|bat may|toi|den)|(113|111|115|cong an) (khong|ko|chua|k) (nghe|bat may|toi|den|ai toi|ai den)|(called|rang|phoned) (113|111|115|the police)( \w+){0,4} (nobody|no one|no answer|not answer|they didn t come|they have not come|noone|no police|no cops|no officers?))\b/],
  // "e ko dam goi, bo e nghe thay", "em nhắn ở đây được không", "I can't call, he would hear": a child or a witness who cannot call.
  ["cantCall", /\b(goi (\w+ ){0,3}(la |thi |se )?(nghe thay|nghe dc|nghe duoc)|nhan (tin )?(o day|day|vay|the nay) (thoi )?(duoc|dc)? ?(khong|ko|k|hong)|chi nhan (tin )?(duoc|dc)|can ?t (call|phone)( \w+){0,2} (he|she|they) (would|will|might|d) hear|(he|she|they) (would|will|might) hear (me|us)|can i (just )?(text|message|write)( here| you)?( instead)?)\b/],
  // "must I leave you my phone number?", "do I need to give a phone number?", "can I stay anonymous?": whether the reporter must say who they are.
  ["privacy", /\b((do|must|should) (i|we) (really )?(have to |need to |got to )?(give|leave|share|tell you|send) (you )?(my|a|our) (real )?(name|number|phone number|phone|address)|(can|could|may) (i|we) (stay|be|report|remain|do (this|it)) anonymous(ly)?)\b/],
  // "Có cần tên thật không?", "cần sđt không", "phải có họ tên không ạ": whether a name or a number is needed, asked
  // without a verb of giving; the whole message is the question.
  ["privacy", /^(vay |the |cho (toi|em|minh) hoi )?(co )?(can|phai|bat buoc)( phai)?( co| de| ghi| cho)? (ten|ho ten|ten that|ten tuoi|so dien thoai|so dt|sdt|dia chi|cccd|can cuoc)( (that|cua (toi|tui|minh|em)))? (khong|ko|k|hong)( (a|ah|vay|ha|nhi|nhe|ad))*$/],
  ["privacy", /\b((co )?(phai|can|bat buoc) (khai|noi|cho|de lai|ghi|dua) (ten|ho ten|ten that|so dien thoai|sdt|dia chi|cccd|can cuoc)(?! (nguoi|ke|cua nguoi|thang|ong|ba|no|hung thu))( \w+){0,3}( (khong|ko|k|hong|a|vay))*$|(co|se) (noi|ke|bao|goi|nhan tin|bao cho|ke cho|noi cho) (\w+ ){0,2}(voi |cho )?(co giao|thay giao|giao vien|thay chu nhiem|co chu nhiem|thay|nha truong|truong|ban be|ban)( \w+){0,6} (khong|ko|hong|k)( (a|ah|nha|nhe|chi|anh|em|co|chu|ad|vay|ha))*$|(co giao|thay giao|giao vien|thay chu nhiem|co chu nhiem|nha truong|bo me|ba me|ba ma|gia dinh)( (em|e|con|chau|minh|toi|tui))? (\w+ ){0,2}co (biet|bt)( \w+){0,3} (khong|ko|hong|k)( (a|ah|nha|nhe|vay|ha))*$|(so|so dien thoai|sdt|ten|thong tin|dia chi) (cua )?(toi|tui|minh|em|mk|chau|con) (thi )?(\w+ ){0,3}(co )?(dua|cho|noi|tiet lo|bao|gui) (cho |voi )?(ai|nguoi khac|gia dinh|ho|nguoi ta|ben kia)|(co|se) (noi|ke|bao|goi|nhan tin|bao cho|ke cho|noi cho) (\w+ ){0,2}(voi |cho )?(bo|me|ba|ma|cha|duong|bo duong|me ke|di ghe|gia dinh|bo me|ba me|nha|nguoi do|nguoi ta|ong ay|ba ay|thay|co giao)( (\w+ ){0,3}biet)?( (\w+ ){0,2})?(khong|ko|hong|k)$|(tell|inform|call|contact) (my|his|her|their) (mom|mum|dad|parents|family|father|mother|stepdad|stepfather|stepmom|uncle|aunt)|biet (\w+ ){0,3}(nguoi|ai) (da )?bao|biet (\w+ ){0,2}(toi|em|e|minh|mk|mik|tui|con|chau|t) (da )?(bao|to cao|ke)|biet (\w+ ){0,2}(ba|ong) (da )?(to cao|ke)|neu (toi|em|e|minh|mk|tui|con|chau|t) (\w+ ){0,2}(bao|ke|to cao) (\w+ ){0,4}(co|se) biet|bi mat|giu kin|kin dao|lo ra|bi lo|lo thong tin|danh tinh|ai biet|ai se biet|co ai biet|biet ai bao|biet ai da bao|biet la ai bao|biet toi bao|biet em bao|biet la toi|biet la em|ten toi|ten em|an danh duoc|confidential|secret|private|privacy|who will know|find out|my name|know it was me|know (that )?i (reported|told)|know who (reported|told)|(will|would) (they|he|she|the parents|my parents|the family) know)\b/],
  // "dượng có biết em nhắn ở đây ko", "will my stepdad know I messaged you": whether the person learns of the telling.
  ["privacy", /\b((co|se) biet (la )?(em|e|minh|tui|toi|con|chau) (da )?(nhan|nhan tin|bao|ke|noi|chat|viet|gui)( \w+){0,4} (khong|ko|k|hong)|(will|would|can|could) (he|she|they|my \w+|the \w+|anyone|someone) (\w+ )?(know|find out|see|tell) (that )?(i|we) (messaged|texted|told|reported|wrote|talked|am talking|m talking|contacted))\b/],
  // "pls dont tell my parents", "đừng nói với bố mẹ em": whether the family is told.
  // "đừng gọi nha" (a particle) is not "đừng gọi nhà": home only with whose it is ("đừng gọi nhà em").
  ["parents", /\b((?:dung|khong|ko|k|dung co) (?:noi|bao|ke|goi) (?:voi |cho )?(?:bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh|nha(?= (?:em|e|minh|mk|toi|tui|con|chau|t|no|be)\b))|(?:don t|dont|do not|please don t|pls don t|pls dont|please dont) (?:tell|call|contact|inform) (?:my|our) (?:parents|mom|mum|dad|mother|father|family))\b/],
  // "em sợ mẹ em biết", "e so ba me e biet la e ke", "scared my mum will find out": a fear that the family learns of the telling.
  ["parents", FEARS_FAMILY_KNOWS],
  // "gửi rồi thì ba mẹ em có bị mời lên làm việc không", "bố mẹ tôi có bị gọi lên xã không": the family called in over the report.
  ["parents", /\b(?:bo me|ba me|ba ma|cha me|bo|me|ba|ma|cha|gia dinh)(?: (?:em|e|minh|mk|toi|tui|con|chau|no|be|t))?(?: \w+){0,2} (?:co |se )?bi (?:moi|goi|keu|trieu tap)(?: \w+){0,2} (?:len|den|toi|ra|lam viec)\b/],
  // "e ko muon chu biet", "đừng để bố biết", "không cho ai biết": the writer does not want someone told.
  ["privacy", /\b(?:khong|ko|k|hong|dung) (?:muon|de|cho) (?:\w+ ){1,3}biet\b/],
  // "can this be our secret?", "please keep this our secret": asking this chat to keep it secret; "tôi báo thì ông ta có biết không?".
  ["privacy", /\b(?:(?:can|could|will|would|please|pls|plz) (?:this|it|we|you) (?:be|stay|remain|keep (?:it|this|that)) (?:\w+ )?(?:our |a )secret|keep (?:this|it|that) (?:our |a )secret (?:ok|okay|please|pls|plz)|(?:toi|tui|minh|em|e|con|chau) (?:ma )?(?:bao|to cao|ke|noi)(?: \w+){0,3} thi (?:\w+ ){1,3}(?:co )?biet(?: \w+){0,3} (?:khong|ko|k|hong))\b/],
  // "đừng nói với ai nhé", "dung ke cho ai biet nha", "chị giữ bí mật giúp em nha", "dont tell anyone ok?", "please don't tell anybody", "can you
  // keep this secret": asking this chat that nobody be told (C42: taken as an answer, or "I can't answer that"). Not another's demand told
  // ("chú dặn em đừng nói với ai", "he told me dont tell anyone").
  ["privacy", KEEP_IT_SECRET],
  ["worry", /\b(tra thu|so bi|so bo|so me|so ho|so no|so lam|so (\w+ )?(danh|biet|phat hien|tra thu|duoi)|lo lang|lo qua|so qua|bi phat hien|scared|afraid|worried|revenge|frightened)\b/],
  ["witness", /\b(lam chung|ra toa|ra hau toa|hau toa|doi chat|testify|testimony|witness|go to court|in court|give evidence|give a statement)\b/],
  // "tôi không muốn công an vào, chỉ cần có người nói chuyện với gia đình", "đừng báo công an nhé", "I don't want the police, just someone
  // to talk to the family" (walk 41): a wish about how officers respond, told not asked; answered, and kept in the case as the reporter's wish.
  ["noPolice", NO_POLICE],
  // "bạn gọi công an giúp tôi được không?", "bạn báo công an hộ tôi với", "can you call the police for me?": asking this chat to call.
  ["callForMe", /\b((ban|bot|may|em|chi|anh|ad|admin|ben ban|o day|ben nay|cac ban) (\w+ ){0,2}(goi|bao|bao cho|goi cho|goi dien cho|lien lac voi|lien he) (\w+ ){0,1}(cong an|113|police)( \w+){0,1} (giup|ho|gium|dum|cho) (toi|tui|minh|em|chau|con|me|t)\b|(ban|bot|may|ben ban|o day|ben nay|cac ban) (\w+ ){0,2}(goi|bao|lien he) (giup|ho|gium|dum) (toi |tui |minh |em |chau )?(\w+ ){0,1}(cong an|113)|(can|could|will|would) (you|this chat|this bot|you guys) (\w+ ){0,2}(call|phone|contact|ring|alert) (the police|113|police)|(call|phone|contact) (the police|113) for (me|us))/],
  // "có cần ra công an không?", "mình báo công an luôn được không", "do I need to go to the police": asked, not told.
  ["police", /\b((toi|tui|em|minh|chau|con) (co )?(phai|can) (tu )?(di|vo|vao|ra|len|xuong|den|toi|qua) (\w+ ){1,4}(khong|ko|hong|k)|(co )?can (phai )?bao (cho |voi |len )?(ai|dau|noi nao|co quan nao)( \w+){0,2} (khong|ko|hong|k|nua)|cong an (\w+ ){0,1}co (\w+ ){0,1}(toi|den|xuong|ve|vao) nha|cong an (\w+ ){0,1}co (\w+ ){0,1}(toi|den|xuong|ve|vao)( \w+){0,2} (khong|ko|hong|k)$|(nen|phai|co nen|co can) (\w+ ){0,2}(bao|trinh bao|to cao|bao cao|noi) (len |cho |voi |o )?(\w+ ){0,3}(hay ai|hay (o )?dau|phong giao duc|nha truong|truong|ubnd|chinh quyen)|(should|must|do) i (also )?(tell|report (it |this )?to|contact|call|inform) the (school|police|authorities|commune|principal)|(co )?(can|phai|nen|duoc) (\w+ ){0,3}(ra|len|den|toi|di|bao|trinh bao|to cao|goi) (\w+ ){0,2}(cong an|police)|(bao|trinh bao|to cao|goi) (\w+ ){0,1}cong an (\w+ ){0,2}(luon |nua |them )?(duoc )?(khong|ko|hong|chua|k)|(need|have|should|must|do i) (\w+ ){0,4}(go to|report (\w+ ){0,2}to|call|tell) the police)\b/],
  ["next", /\b(thu tuc (bao )?(the nao|ra sao|gi|nhu the nao|lam sao)|bao (xong|roi|xong roi) (thi )?(se )?(the nao|sao|sao nua|lam gi|ra sao|gi nua)|(co|se) (den|toi|ve) nha|ai (se )?(di )?(don|dua|cuu|giai cuu|dem|ruoc) (\w+ ){0,3}ve\b|(co|se) goi (cho|dien)|(co|se) (bi )?goi len|phai (di|len|ra) (dau|xa|phuong|cong an)|tiep theo|sau do|roi sao|roi the nao|bao lau|khi nao co nguoi|khi nao can bo|ai se den|ai se xu ly|ai se lien lac|ai (se )?(lo|xu ly|giai quyet|kiem tra|toi|den|xuong|can thiep)( (viec|chuyen|vu) (nay|do))?$|ai (se )?(lo|xu ly|giai quyet|kiem tra|can thiep) (viec|chuyen|vu) (nay|do)|(ai|nguoi nao|co quan nao) (se )?(den|toi|xuong) (kiem tra|xem|xac minh|giup)|khi nao (co )?(nguoi|ai|can bo) (den|toi|xuong)|xu ly the nao|xu ly ra sao|lam gi tiep|what happens|what will happen|what next|happens next|how long|who will come|who will call|(will|would|do|does) (the police|police|the officers|officers|someone|anyone|they) (contact|call|phone|email|reach|get back to) (me|us))\b/],
  // "sau khi tui báo thì ai tới coi tụi nhỏ?", "có ai tới thăm mấy đứa nhỏ không", "who will come and check on the kids": who comes to see the
  // children after the report ("không ai tới coi tụi nhỏ" tells that nobody looks after them).
  ["next", /(?<!\b(?:khong|ko|chang|chua|hong|k) (?:co )?)\bai (?:se )?(?:di )?(?:toi|den|xuong|qua|ve|lai) (?:tham|xem|coi|gap|kiem tra|giup|lo cho|don|cuu|voi)\b(?!.*\b(?:roi|da|hom qua|hom truoc)\b)|\bsau khi (?:\w+ ){0,2}(?:bao|gui|bao tin|to cao)\b(?: \w+){0,6} (?:lam gi|the nao|ra sao|sao nua|gi nua|lam gi tiep|tiep theo)\b/],
  // "khi nào công an tới?", "bao gio co nguoi den giup?", "công an chừng nào tới", "when will the police come?", "is someone coming?": when
  // help comes to the child, asked mid-report (C42: met with "call 111" alone). Not a visit told ("công an tới nhà hôm qua rồi", "the police came").
  ["whenCome", WHEN_COME],
  ["hotline", /(?<!\d[\s.-]?)\b(?:111|113|115)\b(?![\s.-]?\d)|\b(goi so nao|goi ai|hotline|tong dai|mat phi|mat tien|ton tien|co phi|free|cost)\b/],
  // "nó có đăng thật k ạ", "hắn có tung ảnh em lên thật không", "will he really post them": whether a threat to post will be carried out.
  ["willPost", /\b(?:(?:no|han|thang do|thang kia|thang nay|nguoi do|nguoi ta|ong ta|ong ay|ke do|tui no|bon no|ho|acc do|tai khoan do) (?:co |se )?(?:dam |that |thiet |se )?(?:dang|tung|phat tan|gui|post|up|tung len|dang len)(?: (?:anh|hinh|video|clip|len|ra|cua|em|e|minh|con|chau|no|nhom|lop|mang|fb|facebook))*(?: (?:that|thiet))?(?: (?:khong|ko|k|hong|hok|chua))(?: (?:a|vay|ha|ad|chi|anh|co|chu))*$|(?:will|would) (?:he|she|they) (?:really|actually) (?:post|share|send|leak)|(?:is|are) (?:he|she|they) (?:really|actually) going to (?:post|share|send|leak))\b/],
  // "should i pay him??", "có nên chuyển tiền cho nó không": a demand for money or more images (sextortion) is never met.
  ["demand", /\b((anh|hinh|video|clip)( (cua )?(em|e|minh|con|chau|no))? co (bi )?(dang|tung|phat tan|gui di|dang len)( (that|thiet|len))* (khong|ko|k|hong)|(will|would) (he|she|they) (really )?(post|share|send|leak) (them|it|the (photos?|pictures?|video)))\b|\b((should|must|do) i (\w+ ){0,2}(pay|send (him|her|them) (more|money|the money|what))|pay (him|her|them|the money|it)|(co nen|co phai|phai|nen) (\w+ ){0,2}(tra tien|chuyen tien|dua tien|gui tien|nop tien|(chuyen|tra|dua|gui|nop) (\d+|mot|hai|ba|bon|nam|muoi|vai|may) (trieu|nghin|ngan|tram|k|cu)|gui them (anh|hinh|video|clip)|gui (anh|hinh|video|clip) (cho no|cho han|cho nguoi do)))\b/],
  // "Tôi nên làm gì bây giờ?", "có nên tự đưa cháu đi trạm y tế không", "what should I do": what the reporter can do now.
  ["act", /\b((phai|nen) lam (rang|chi|gi|sao) (day|bay gio|gio|bay chu|chu)|(co )?(duoc )?(giu|cho o|de o) (chau|be|con be|thang be|no|em be|tre|nho|con nho|thang nho)( \w+){0,6} (khong|ko|k|hong)( (a|ah|nha|nhe|vay|ha))*$|(co )?(duoc )?(giu|cho o|de o) (chau|be|con be|thang be|no|em be|tre|nho|con nho|thang nho) (\w+ ){0,6}(khong|ko|k|hong),? hay|(tu )?(cho|cho be|dua|be|bong|dat) (\w+ ){0,3}(len|di|toi|den|ra|vo|vao) (tram y te|tram xa|benh vien|vien|phong kham|bac si|tram)( \w+){0,4} (duoc khong|khong|ko|hong|k)|(co )?nen (nhan|di|theo|dong y|sang|qua) (\w+ ){0,6}(khong|ko|hong|k)|(should|can) i (go|take (the|this|it)|accept)|phai lam gi|lam gi bay gio|lam sao bay gio|phai lam sao|nen lam sao|lam the nao bay gio|co the lam gi|co nen (\w+ ){1,8}(khong|ko|hong|chua)|what (should|can) i do|what do i do|should i (\w+ ){0,6}(take|call|go|bring|tell|confront|talk))\b/],
  // "Răng chừ tui phải làm chi?", "giờ tôi nên làm sao": what to do, asked at the end of a story.
  ["act", /\b(?:phai|nen|can) lam (?:rang|chi|gi|j|sao)(?: (?:day|bay gio|gio|bay chu|chu|a|ha|vay|the|nua|gio a))*$/],
  ["thanks", /^(cam on|cam on nhieu|cam on ban|cam on nhe|thanks|thank you|thank you so much|ok cam on)$/],
];

const QUESTION_START = /^(sao|tai sao|vi sao|lam sao|lam the nao|the nao|co phai|co can|can phai|co duoc|lieu|cho hoi|cho em hoi|cho toi hoi|ai|bao gio|khi nao|o dau)\b/;
/** English question words, read only in a clause written without Vietnamese letters ("Mấy tuần nay ..." is not "may ..."). */
const QUESTION_START_EN = /^(what|why|how|will|can|could|should|is|are|do|does|did|who|where|when|would|must|may)\b/;
/** A question without its question mark: "có cần gửi ảnh không ạ", "bao giờ có người đến", "vậy là sao". */
const QUESTION_END = /\b(khong|ko|hong|chua|the nao|ra sao|bao gio|bao lau|bao nhieu|o dau|la gi|lam gi|lam j|lam sao|lam chi|lam rang|duoc khong|phai khong|dung khong|sao)( (a|ha|vay|nhi|nhe|chu|ban|em|anh|chi|co|chu|ad))*$/;
/** Taking the child to a health station, a hospital or a doctor, or calling an ambulance (folded), when asked. */
const CARE = /\b(?:dua|cho|cho be|be|bong|dat|chay|dan|chau) (?:\w+ ){0,4}(?:(?:len|di|toi|den|ra|vo|vao|xuong|qua) )?(?:tram y te|tram xa|benh vien|vien|phong kham|bac si|y te|di kham|kham benh|kham|cap cuu)\b|\b(?:goi|keu) (?:xe )?(?:cap cuu|115)\b|\b(?:take|bring|drive|carry|get) (?:\w+ ){0,3}to (?:the |a )?(?:clinic|hospital|doctor|health station|health centre|health center|er|emergency room)\b|\b(?:see|go to) (?:a |the )?(?:doctor|clinic|hospital)\b|\bcall (?:an ambulance|115)\b/;
/** Taken already ("đã đưa bé đi bệnh viện rồi", "we took her to hospital"): not asked whether to. */
const ALREADY_TAKEN = /\b(?:da|vua|moi) (?:\w+ ){0,2}(?:dua|cho|be|chay)\b|\b(?:took|brought|taken)\b/;
/** Photos asked about: "có cần gửi ảnh vết bầm không", "should I send a photo" (never an answer that photos are needed). */
const PHOTOS = /\b(gui anh|gui hinh|chup anh|chup hinh|chup lai|anh vet|hinh vet|anh chup|hinh chup|photos?|pictures?|pics?)\b/;

/** True when the text asks something, with or without a question mark (three words or more without one). */
export function isQuestionLike(text: string): boolean {
  const key = foldKey(text);
  if (!key) return false;
  if (text.trim().endsWith("?")) return true;
  if (key.split(" ").length < 3) return false;
  // "Dạ không ạ", "vâng không ạ", "dạ có ạ": a polite yes or no, not a question.
  if (/^(?:da|vang|u|uh|thua)? ?(?:khong|ko|hong|co|chua|roi)(?: (?:a|ah|nha|nhe|chi|anh|em|co|chu|ban|ad))+$/.test(key)) return false;
  // "Bữa nay thì hổng", "giờ thì chưa": "as for now, no" answers, it does not ask.
  if (!text.trim().endsWith("?") && /(?:^|\s)thi (?:khong|ko|hong|chua)(?: (?:a|ah|nha|nhe|dau|chi|anh|em|co|chu|ban))*$/.test(key)) return false;
  // "thì đồng ý chứ sao", "được chứ sao": "of course", not a question.
  if (/\bchu (?:sao|gi|con gi)$/.test(key)) return false;
  // "bé nói với tôi là giờ nó không sao", "chắc không sao đâu": "it is all right", said, not asked (walk 47: answered as a question, not kept).
  // "em nói ra thì không sao chứ ạ", "ko sao chu": a worried "it's all right, isn't it?" ending in "chứ" asks (RD2 item 7).
  if (/\b(?:khong|ko|k|hong|chang|cha) (?:co )?(?:sao|gi)(?: (?:dau|het|ca|roi|nua|lam|a|nha|nhe|co))*$/.test(key)) return false;
  const english = !hasVietnameseDiacritics(text);
  // "... his tablet? or is it worth reporting", "hay là có nên báo": a second question joined by "or".
  const asked = key.replace(/^(?:or|hay la|hay|hoac la|hoac) /, "");
  return QUESTION_START.test(asked) || (english && QUESTION_START_EN.test(asked)) || QUESTION_END.test(key);
}

/** True when any sentence of the text asks something ("Nếu em báo thì mẹ kế có biết không ạ? Em sợ lắm."). */
export function asksSomething(text: string): boolean {
  return isQuestionLike(text) || text.split(/(?<=[.!?\n])/).some((part) => isQuestionLike(part))
    // "mà nếu báo thì công an có tới nhà nó ko, ba mẹ nó mà biết ...": a "có ... không" question ending a clause before a comma.
    || text.split(/[,;]/).some((part) => HAS_NO_QUESTION.test(foldKey(part)));
}

/** The "có ... không" frame closing a clause of five words or more (folded): "công an có tới nhà nó ko". */
const HAS_NO_QUESTION = /^(?:\S+ ){2,}co(?: \S+){1,8} (?:khong|ko|hong|k)$/;

/**
 * What a message says besides its questions: its clauses (split at . , ; ! ? and line breaks)
 * that do not ask anything, joined. "Bé bị bố dượng nhốt ngoài trời cả đêm qua, có cần gửi ảnh
 * không" keeps the story; a pure question ("bố nó có biết tôi báo không") leaves nothing.
 */
export function statementPart(text: string): string {
  const clauses = text.split(/(?<=[.;!?\n])|,|:/).map((c) => c.trim()).filter((c) => foldKey(c));
  // "Wait, ...?", "Sorry, one more thing: ...?", "Khoan đã, ...?", "I'm worried about my job.": a word that opens a question, or a worry
  // said beside it, answers no question (it was stored as the commune "Wait").
  return clauses.filter((c) => !isQuestionLike(c) && !isLeadIn(c) && !saysFeeling(c)).join(", ");
}

/**
 * Words that open or close a message without saying anything (folded, whole clause): "wait", "sorry", "hold on", "one more thing",
 * "quick question", "by the way", "khoan đã", "xin lỗi", "à mà", "cho hỏi", "chị ơi". In any language and at any question they are
 * no answer: not a commune, not a time, not a relation.
 */
const LEAD_IN = /^(?:(?:oh|ah|um|umm|hmm|erm|uh|ok|okay|so|well|and|but|also|actually|sorry|wait|hold on|hang on|excuse me|pardon|hi|hello|hey|please|btw|by the way|one (?:more )?(?:thing|question)|quick question|one quick question|a question|another question|just (?:a question|wondering|asking|one thing)|i (?:have|ve got|got) a question|sorry to bother you|before i (?:forget|answer|go on)|khoan|khoan da|tu tu|xin loi|cho hoi|cho (?:em|toi|tui|minh|con|chau|t) hoi|hoi (?:them|chut|cai nay)|(?:em|toi|tui|minh|con|chau|t) (?:muon )?hoi (?:them|chut|cai nay|ti|ty)(?: \w+)?|a|a ma|ma|ma nay|nhung ma|con nua|them (?:mot )?(?:cau|chuyen|viec)|nhan tien|tien the|tien day|oi|ui|da|vang|u|uh|um|ah|chi oi|anh oi|ad oi|ban oi|co oi|chu oi|admin oi|em oi)\s*)+$/;

/** A clause that is only an opening or closing word ("Wait", "Sorry", "Khoan đã", "Cho em hỏi"), never an answer. */
export function isLeadIn(text: string): boolean {
  const key = foldKey(text);
  return key !== "" && LEAD_IN.test(key);
}

/** The writer's own feeling beside a question (folded): "I'm worried about my job", "tôi sợ lắm", "em lo quá": no answer. */
const FEELING = /^(?:(?:and|but|also|ma|nhung|va)\s+)?(?:i m|i am|im|i feel|i was|toi|tui|em|minh|mk|con|chau|t)\s+(?:(?:really|so|very|a bit|quite|just|hoi|rat|that|cung|van|dang|thay|that su)\s+)*(?:worried|scared|afraid|nervous|frightened|anxious|concerned|so|lo|lo lang|ngai|hoang|run|bat an)\b/;

/** A clause that tells how the writer feels, not a fact asked for. */
export function saysFeeling(text: string): boolean {
  return FEELING.test(foldKey(text));
}

/** Chat spellings read as the words they stand for ("ad co ns cho ba e bit la e bao k"): the triage's abbreviations, and "bit" for "biết". */
const chatWord = (w: string): string => (w === "bit" ? "biet" : ABBREVIATIONS.get(w) ?? w);

/** Back in Vietnam now ("ở Mỹ về thăm nhà", "visiting Vietnam"): not calling from abroad (folded). */
const BACK_HOME_NOW = /\b(?:ve tham|ve vn|ve viet nam|ve nuoc|ve que|dang o (?:vn|viet nam)|visiting (?:vietnam|hue|family)|back in vietnam|in vietnam now)\b/;
/** Words of calling a number (folded): the question about being abroad is about calling. */
const CALLING = /\b(?:111|113|115|hotline|tong dai|goi|call|dial|phone)\b/;

/** Asked, with or without a question mark: "e co bi bat ko vi e gui hinh do" has the "có ... không" frame inside it. */
function asksOrFramed(text: string, key: string): boolean {
  return asksSomething(text) || /\bco\b(?: \S+){1,6} (?:khong|ko|k|hong)\b/.test(key);
}

/** Words beside a request that nobody be told that say nothing more (folded): "nhé", "được không ạ", "chị ơi", "ok?", "please". */
const BESIDE_SECRET_FILLER: ReadonlySet<string> = new Set(["nhe", "nha", "nhen", "nghe", "ne", "a", "ah", "ha", "hen", "nhi", "vay", "di", "chi", "anh", "em", "e", "ad", "admin", "ban", "oi", "ok", "okay", "oke", "oki", "please", "pls", "plz", "thanks", "thank", "you", "biet", "duoc", "dc", "khong", "ko", "k", "hong", "hok", "giup", "gium", "dum", "minh", "mk", "toi", "tui", "voi", "nhung", "ma", "va", "and", "but", "cho", "ai", "het", "nua", "xin", "lam", "on", "cam", "right", "alright", "just", "this", "it", "that", "secret", "so", "yeah", "lai", "chuyen", "nay", "gi", "ca"]);

/**
 * What a message says beside its request that nobody be told (m26): "có, đừng nói với ai nhé" is "có"; "xã Tân Lộc Cà Mau, đừng nói với
 * ai nha" is the place; "đừng nói với ai nhé" alone is "" (the request only). Clauses, and the words before and after the request in its
 * clause; words that say nothing more ("nhé", "được không ạ") are no answer.
 */
export function besideNobodyTold(text: string): string {
  const kept: string[] = [];
  for (const clause of text.split(/(?<=[.;!?\n])|,/).map((c) => c.trim()).filter(Boolean)) {
    const folded = foldKey(clause).split(" ").filter(Boolean);
    const key = folded.map(chatWord).join(" ");
    const m = KEEP_IT_SECRET.exec(key);
    if (!m) { kept.push(clause); continue; }
    const words = clause.split(/\s+/).filter(Boolean);
    // Words typed as the folded text reads them (no "don't" split in two): the words before and after the request are kept.
    if (words.length !== folded.length) continue;
    const before = key.slice(0, m.index).split(" ").filter(Boolean).length;
    const after = key.slice(m.index + m[0].length).split(" ").filter(Boolean).length;
    if (before > 0) kept.push(words.slice(0, before).join(" "));
    if (after > 0) kept.push(words.slice(words.length - after).join(" "));
  }
  const said = kept.filter((k) => foldKey(k).split(" ").some((w) => w !== "" && !BESIDE_SECRET_FILLER.has(w)));
  return said.join(", ");
}

/** Asking this chat that nobody be told ("đừng nói với ai nhé", "dont tell anyone ok?"), not another's demand told. */
export function asksNobodyTold(text: string): boolean {
  return KEEP_IT_SECRET.test(foldKey(text).split(" ").map(chatWord).join(" "));
}

/** The topic of a side message, or null when it reads like an answer or a part of the story. */
export function sideTopic(text: string): SideTopic | null {
  return sideTopics(text)[0] ?? null;
}

/**
 * Every topic a side message asks about, in the order of `TOPIC_RES` ("có bị lộ danh tính không
 * và ai sẽ đến kiểm tra?" asks about privacy and what happens next): each is answered.
 */
/**
 * Someone asking a child for pictures (folded): "nếu mik gửi ảnh ko mặc áo thì cho skin", "bảo em chụp ảnh gửi cho anh ấy", "if i send
 * him pics". The advice for it is the advice on a demand with nothing sent (do not send, keep the messages, block, a trusted adult),
 * never the injury-photo answer (walk 49).
 */
export const IMAGES_ASKED = /\b(?:neu|he)\s+(?:\S+\s+){0,3}?(?:gui|chup)\s+(?:\S+\s+){0,2}?(?:anh|hinh|clip|video)\b|\b(?:bao|xin|doi|ru|du|nho|ep|bat|doi)\s+(?:\S+\s+){0,3}?(?:chup|gui)\s+(?:\S+\s+){0,2}?(?:anh|hinh|clip|video)\b|\bif i (?:send|take) (?:\S+ ){0,2}?(?:pics?|photos?|pictures?|nudes?|selfies?)\b|\b(?:asks?|asked|asking|wants?|wanted|told) (?:me )?to (?:send|take) (?:\S+ ){0,3}?(?:pics?|photos?|pictures?|nudes?|selfies?)\b/;
/** Pictures of injuries or screenshots (folded), right after the words of sending: evidence, not pictures asked of the child. */
const EVIDENCE_PICTURES = /^(?:\s+\S+){0,4}?\s+(?:vet|bam|tim|thuong|seo|man hinh|tin nhan|bruis\w*|injur\w*|wounds?|marks?|cuts?|screenshots?|messages?|chats?)\b/;
/** A trusted adult or an officer just before the asking (folded): "cô giáo bảo em chụp", "công an bảo tôi chụp", "my teacher asked me". */
const TRUSTED_ASKER = /\b(?:(?:co|thay) giao|giao vien|(?:co|thay) chu nhiem|nha truong|(?:cong an|canh sat)(?: (?:xa|phuong|huyen|quan))?|me (?:em|toi|chau|minh|con)|ba (?:em|chau|minh|con)|my (?:teacher|counsell?or|mum|mom|mother|parents?)|(?:the )?(?:police|officers?|school counsell?or))\s*$/;

/**
 * Someone asking the child for pictures (folded), as IMAGES_ASKED, but not a question about sending injury photos ("nếu tôi gửi ảnh
 * vết bầm thì có giúp gì không") and not a trusted adult asking for screenshots ("cô giáo bảo em chụp màn hình tin nhắn") (RD5).
 */
export function imagesAsked(key: string): boolean {
  const re = new RegExp(IMAGES_ASKED.source, "g");
  for (const m of key.matchAll(re)) {
    const at = m.index ?? 0;
    if (EVIDENCE_PICTURES.test(key.slice(at + m[0].length)) || /\b(?:man hinh|screenshots?)\b/.test(m[0])) continue;
    if (TRUSTED_ASKER.test(key.slice(Math.max(0, at - 30), at).trim())) continue;
    return true;
  }
  return false;
}

/** "có biết ba báo không", "biết ông đã báo": whether someone learns that a parent or grandparent reported, "báo" with its marks (NFC, lower case). */
const KIN_REPORTED = /(?:^|[\s,.])biết(?:\s+\S+){0,2}\s+(?:ba|bà|ông)\s+(?:đã\s+)?báo(?!\s+(?:giờ|nhiêu|lâu))(?=[\s,.?!]|$)/u;

/** A sentence about counselling that asks ("bé có được tư vấn tâm lý ở đâu không", "where can she get counselling?"). */
const counsellingAsked = (text: string, re: RegExp): boolean => text.split(/(?<=[.;!?\n])|,/).some((part) => re.test(foldKey(part)) && (isQuestionLike(part) || /\b(?:muon hoi|cho hoi|xin hoi|hoi)\b/.test(foldKey(part))));

export function sideTopics(text: string): SideTopic[] {
  // "?" alone, "??": asking what the question means.
  if (/^\s*[?？]+\s*$/u.test(text)) return ["clarify"];
  const key = foldKey(text).split(" ").map(chatWord).join(" ");
  if (!key) return [];
  const found: SideTopic[] = [];
  // "... hôm thứ sáu còn bị chụp ảnh đăng lên nhóm Zalo ... Vậy tôi nên báo ai?": a photo told of in the story is not a question about photos.
  // "e co bi bat ko vi e gui hinh do": the pictures she was made to send are not a question about photos for the report.
  // "hua cho mik skin neu mik gui anh ko mac ao, h phai lm sao": pictures someone asks of the child are no question about photos for the report.
  if (!imagesAsked(key) && !(SELF_BLAME.test(key) && asksOrFramed(text, key)) && text.split(/(?<=[.;!?\n])/).some((part) => PHOTOS.test(foldKey(part)) && isQuestionLike(part))) found.push("photos");
  // "giờ tôi đưa thằng nhỏ đi trạm y tế xã được không?", "can I take him to the clinic?": asked (not "chưa đưa đi bác sĩ" told).
  if (text.split(/(?<=[.;!?\n])/).some((part) => CARE.test(foldKey(part)) && !ALREADY_TAKEN.test(foldKey(part)) && (isQuestionLike(part) || part.includes("?")))) found.push("care");
  // Each clause is tested on its own too, so an end-anchored pattern matches a question in the middle.
  // "Mình có bắt buộc phải cho tên không? Báo xong thì ai sẽ xử lý?": each question of several is tested on its own (walk 46: only the
  // last was answered).
  const asked = text.split(/(?<=[?？])\s*/u).filter((p) => p.includes("?") || p.includes("？")).map((p) => foldKey(p).split(" ").map(chatWord).join(" ")).filter(Boolean);
  const clauses = [key, ...key.split(/\s+(?:va|and|con|roi|voi lai)\s+/), ...(asked.length >= 2 ? asked : [])];
  // "tuần trước em đi khám bác sĩ tâm lý ở trường rồi mà vẫn bị đánh": counselling told in the story is not asked about (RD5).
  for (const [topic, re] of TOPIC_RES) if (clauses.some((c) => re.test(c)) && !found.includes(topic) && (topic !== "counselling" || counsellingAsked(text, re)) && (topic !== "police" || asksSomething(text)) && (topic !== "littleInfo" || asksSomething(text)) && (topic !== "rescue" || asksOrFramed(text, key)) && (topic !== "selfBlame" || asksOrFramed(text, key)) && (topic !== "abroad" || (CALLING.test(key) && !BACK_HOME_NOW.test(key))) && (topic !== "language" || CALLING.test(key))) found.push(topic);
  // "my uncle touches my private parts", "chú bắt em giữ bí mật": a body part, or the secret the one who harms demands, is told, not
  // a question about who will know (walk 54: a child's whole story was met with the secrecy notice and dropped).
  if (found.includes("privacy") && clauses.some((c) => TOLD_SECRECY.test(c)) && !clauses.some((c) => PRIVACY_RES.some((re) => re.test(c.replace(TOLD_SECRECY, " "))))) found.splice(found.indexOf("privacy"), 1);
  // "... biết ba báo không": with "ba"/"ông" before it, "bao" is "báo" only typed with its marks ("ba bao giờ về", "ông bảo gì" are not).
  if (!found.includes("privacy") && KIN_REPORTED.test(text.normalize("NFC").toLowerCase())) found.push("privacy");
  // Asking this chat to call the police is answered as that (it cannot; 113; the report goes to officers), not as whether to go.
  if (found.includes("callForMe")) for (const t of ["police", "policeNow", "next", "question"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // Whether a little is worth reporting is answered as that, not as whether to report at all or what if it is wrong.
  if (found.includes("littleInfo")) for (const t of ["shouldReport", "wrong", "question"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // "công an có tới không?", "khi nào có người tới": when help comes is answered as that, not as whether to go to the police.
  // Whether they come to the house ("will the police come to the house?") is the visit's answer.
  if (found.includes("whenCome") && found.includes("visit")) found.splice(found.indexOf("whenCome"), 1);
  if (found.includes("whenCome")) for (const t of ["police", "next"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  if (found.includes("visit")) for (const t of ["police", "next"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // A statement to the police is answered as that: not as whether to go to the police, nor as being a witness in court.
  if (found.includes("statement")) for (const t of ["police", "witness", "next", "question"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // Deleting messages is answered with keeping them as evidence, not as taking pictures down.
  if (found.includes("keepEvidence")) for (const t of ["takedown", "photos", "question"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  for (const t of ["abroad", "language"] as const) if (found.includes(t) && found.includes("hotline")) found.splice(found.indexOf("hotline"), 1);
  // "Ông ta dọa cháu: đừng báo công an", "bạn gọi công an giúp tôi được không?", "I called 113 but no police came": the wish about the
  // response is the writer's own, told; never a threat or another's word quoted, and never over a request for the police or police that
  // did not come (F4b).
  if (found.includes("noPolice") && ((["callForMe", "policeNow", "noResponse"] as const).some((t) => found.includes(t)) || !writersNoPoliceWish(text))) found.splice(found.indexOf("noPolice"), 1);
  // What to do when 113 did not come says where to call: not the hotline's description as well.
  if (found.includes("noResponse")) for (const t of ["hotline", "next"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // "có bị bắt đi khỏi nhà không": being taken from home, not an arrest.
  if (found.includes("takenAway") && found.includes("arrest")) found.splice(found.indexOf("arrest"), 1);
  // "em có bị bắt không vì em gửi hình": asked of the writer, not of the one who harms.
  if (found.includes("selfBlame") && found.includes("arrest")) found.splice(found.indexOf("arrest"), 1);
  // Being hurt for telling is answered with the secrecy of the telling: not a second paragraph about who reads it.
  if (found.includes("hurtForTelling")) for (const t of ["privacy", "question"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // The answer about the family says what the answer about privacy says: one of them.
  if (found.includes("parents")) found.splice(found.indexOf("privacy") >= 0 ? found.indexOf("privacy") : found.length, found.includes("privacy") ? 1 : 0);
  // Getting the child to care is answered as itself: yes, now (not the general advice on what to do).
  if (found.includes("care")) for (const t of ["act", "police", "next"] as const) if (found.includes(t)) found.splice(found.indexOf(t), 1);
  // "UBND xã phải làm gì khi phát hiện tảo hôn?", "Công an phường phải làm gì khi có tin báo kiểu này?": what an agency must do is
  // a question for the plans, not the advice on what the reporter should do (walk 39: a child-marriage report got the injury advice).
  if (found.includes("act") && AGENCY_DUTY.test(key)) found.splice(found.indexOf("act"), 1, ...(found.includes("question") ? [] : ["question" as const]));
  if (found.length === 0 && asksSomething(text)) found.push("question");
  return found;
}

/** The privacy question's patterns. */
const PRIVACY_RES: readonly RegExp[] = TOPIC_RES.filter(([t]) => t === "privacy").map(([, re]) => re);
/**
 * Secrecy or privacy words that tell, not ask (chat key): a body part ("private parts", "vùng kín") and the secret the one who harms
 * demands ("he says it is our secret", "bắt em giữ bí mật", "dặn cháu phải giữ kín").
 */
const TOLD_SECRECY = new RegExp([
  String.raw`\bprivate (?:parts?|areas?|places?|bits|zones?)\b|\b(?:vung|cho|bo phan) kin\b`,
  // "our secret" is the harm told when another says it ("he said it's our secret"), not a child asking this chat "can this be our secret?".
  String.raw`\b(?:says?|said|told (?:me|us|her|him)|tells (?:me|us|her|him)|calls? it|called it)(?: that)?(?: (?:it is|its|it s|it was|this is|is))? (?:a |our )(?:little )?secret\b`,
  String.raw`\b(?:told|tells|made|makes|asked|asks|wants?|wanted|forced|forces|warned|warns) (?:me|us|her|him|them) (?:to )?keep (?:it |this |that )?(?:a |our )?secret\b`,
  String.raw`\b(?:bat|dan|dan do|ep|doa|de doa|buoc|bao|noi) (?:em|e|con|chau|toi|tui|minh|no|be) (?:phai )?giu (?:bi mat|kin)\b|\bbi mat (?:cua|giua) (?:hai|2)\b`,
].join("|"));

/** Another's word before the wish (folded, the words just before it): "ông ta dọa cháu:", "nó nói với con bé:", "he told her:", "her mum said". */
const SAID_BEFORE = /\b(?:doa|de doa|noi|dan|dan do|canh cao|quat|said|says|told|tells|threatened|threatens|warned|warns|yelled|screamed)(?: \S+){0,3} $/;
/** Someone else as the subject of the wish (folded): "mẹ bé không muốn công an vào", "her mum doesn't want the police". */
const OTHER_WANTS = /\b(?:me|bo|ba|ma|cha|ong|co|chu|di|cau|duong|ong ta|ba ta|anh ta|chi ta|no|ho|han|gia dinh|nguoi nha|he|she|they|(?:her|his|their|the) \w+)(?: (?:be|chau|no|ay|ta|do|nay|kia|nha|em|ho))?(?: (?:thi|cung|van|lai|nhat quyet|nhat dinh))? $/;

/**
 * Whether a sentence of the text holds the writer's own wish that the police stay out: a NO_POLICE phrase with no other's word or
 * subject just before it ("Ông ta dọa cháu: đừng báo công an" is a threat, "Mẹ bé không muốn công an vào" the mother's wish), and not
 * asking for help with the police ("... giúp tôi").
 */
function writersNoPoliceWish(text: string): boolean {
  return text.split(/[.!?\n;,]+/).some((part) => {
    const key = foldKey(part).split(" ").map(chatWord).join(" ");
    const m = NO_POLICE.exec(key);
    if (!m) return false;
    const before = key.slice(0, m.index);
    const asksHelp = /^\s*(?:co )?(?:giup|ho|gium|dum|for me|for us)\b/.test(key.slice(m.index + m[0].length));
    return !SAID_BEFORE.test(before) && !OTHER_WANTS.test(before) && !asksHelp;
  });
}

/**
 * An agency named as the one who must act (folded): "UBND xã phải làm gì", "chính quyền xã cần xử lý thế nào", "công an phường
 * sẽ phải làm gì", "nhà trường có trách nhiệm làm gì", "what is the commune required to do". Not the reporter ("tôi phải làm gì") nor the officers this chat sends to.
 */
export const AGENCY_DUTY = /\b(?:ubnd|uy ban(?: nhan dan)?|chinh quyen|cong an|co quan(?: chuc nang)?|nha truong|truong hoc|hoi phu nu|doan thanh nien|xa|phuong|thi tran)(?:\s+(?:xa|phuong|huyen|tinh|thi tran|dia phuong|do|nay|ay|minh))*\s+(?:thi\s+)?(?:se\s+)?(?:phai|can|nen|co trach nhiem|co nhiem vu|duoc giao)\s+(?:phai\s+)?(?:lam gi|lam nhung gi|lam nhung viec gi|xu ly|xu li|lam the nao|lam sao|giai quyet)\b|\b(?:commune|ward|people s committee|local authorit\w*|authorities|the police|local government|the school)\b(?:\s+\S+){0,3}?\s+(?:have to|has to|must|required to|supposed to|obliged to|need to|needs to)\s+do\b/;

/** Harm done to the child by a person (the case's category): the care answer says not to confront them. */
export const HURT_BY_SOMEONE: ReadonlySet<string> = new Set(["physical_violence", "sexual_abuse", "trafficking_abduction", "labour_exploitation"]);

/** Topics whose answer is complete here: the question is for the bot, not a fact for the case (not kept as a note). */
export const ANSWERED_HERE: ReadonlySet<SideTopic> = new Set<SideTopic>(["whenCome", "keepEvidence", "statement", "clarify", "whereToGo", "whyAsked", "policeSexual", "takenAway", "hurtForTelling", "rescue", "policeNow", "language", "abroad", "takedown", "selfBlame", "visit", "parents", "arrest", "wrong", "noResponse", "cantCall", "privacy", "photos", "witness", "police", "next", "nextQueued", "hotline", "demand", "callForMe", "willPost", "nextSent", "littleInfo", "sendRecording", "counselling", "thanks", "hotlineFacts", "whereReport", "hotlineVsPolice", "mustReport"]);

/** The answers to every topic, one paragraph each, in the reporter's register. */
export function sideAnswerText(topics: readonly SideTopic[], say: (t: FlowText) => string): string {
  return topics.map((t) => say(SIDE_ANSWERS[t])).join("\n\n");
}

/** The answer to a side message, in the reporter's register. */
export const SIDE_ANSWERS: Record<SideTopic, FlowText> = {
  keepEvidence: {
    vi: "Đừng xóa. Hãy giữ nguyên tin nhắn, ảnh và tài khoản đó, chụp màn hình (thấy cả tên tài khoản, ngày giờ) và lưu ở nơi an toàn: đó là bằng chứng cho cán bộ và công an. Đừng trả lời hay gửi gì thêm cho người đó; lưu xong rồi mới chặn.",
    en: "Do not delete them. Keep the messages, pictures and that account as they are, take screenshots (showing the account name, date and time) and save them somewhere safe: they are evidence for officers and the police. Do not reply or send anything more to that person; block them only once everything is saved.",
    viChild: "Em đừng xóa nhé. Em chụp màn hình tin nhắn (thấy cả tên tài khoản, ngày giờ) rồi giữ lại: đó là bằng chứng. Em đừng trả lời hay gửi gì thêm cho người đó; lưu xong rồi mới chặn.",
    enChild: "Please do not delete them. Take screenshots of the messages (showing the account name, date and time) and keep them: they are evidence. Do not reply or send anything more to that person; block them once everything is saved.",
  },
  statement: {
    vi: "Bạn có thể đến công an xã, phường nơi xảy ra việc để trình báo và khai những gì bạn thấy; nếu trẻ đang gặp nguy hiểm thì càng sớm càng tốt. Nếu chưa đến được, hãy gọi lại 113 để báo thêm những gì bạn biết (biển số xe, ảnh, hướng đi); công an sẽ liên hệ khi cần lấy lời khai của bạn. Ghi ngay ra những gì bạn nhớ (giờ, nơi, người, xe) và giữ ảnh, video nếu có.",
    en: "You can go to the commune or ward police where it happened to report and give a statement of what you saw; if a child is in danger, the sooner the better. If you cannot go yet, call 113 again to add what you know (a number plate, photos, which way they went); the police will contact you when they need your statement. Write down now what you remember (time, place, people, vehicle) and keep any photos or videos.",
    viChild: "Em không phải tự đến công an một mình. Nếu công an cần hỏi, họ sẽ hỏi khi có người lớn đi cùng em. Em hãy kể cho một người lớn em tin, hoặc gọi 111, miễn phí.",
    enChild: "You do not have to go to the police on your own. If the police need to ask you something, an adult will be with you. Tell an adult you trust, or call 111. It is free.",
  },
  clarify: {
    vi: "Mình hỏi lại câu dưới đây. Bạn trả lời bằng lời của mình cũng được, hoặc bấm một nút; không biết hay không muốn trả lời thì gõ \"bỏ qua\".",
    en: "Here is the question again. You can answer in your own words or tap a button; if you do not know or would rather not say, type \"skip\".",
    viChild: "Cô chú hỏi lại nhé. Em trả lời bằng lời của em cũng được, hoặc bấm một nút; không biết thì gõ \"bỏ qua\".",
    enChild: "Here is the question again. Answer in your own words or tap a button; if you do not know, type \"skip\".",
  },
  whereToGo: {
    vi: "Nếu trẻ định bỏ nhà đi, đừng để trẻ đi một mình ra đường ban đêm hay đi theo người lạ hoặc người quen qua mạng. Nơi an toàn: nhà một người thân hay người lớn trẻ tin, trường học, công an xã, phường. Nguy hiểm ngay thì gọi 113; cần tư vấn gọi 111 (miễn phí, 24/7).",
    en: "If a child means to leave home, they should not go out alone at night or go with a stranger or someone met online. Safe places: the home of a relative or an adult they trust, the school, the commune police. In danger now: call 113; for advice call 111 (free, 24/7).",
    viChild: "Em đừng đi một mình ra đường ban đêm, và đừng đi theo người lạ hay người quen trên mạng. Em hãy tới nhà một người thân hay người lớn em tin (ông bà, cô chú, thầy cô), hoặc tới công an xã, phường: họ sẽ giúp em. Nếu em đang sợ hay gặp nguy hiểm, gọi 113; muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "Please do not go out alone at night, and do not go with a stranger or someone from online. Go to a relative or an adult you trust (a grandparent, aunt or uncle, a teacher), or to the commune police: they will help you. If you are scared or in danger, call 113; to talk, call 111. It is free and you do not need to give your name.",
  },
  whyAsked: {
    vi: "Mình hỏi để cán bộ biết chuyển tin tới đúng nơi (xã, phường nào) và liên hệ thế nào cho an toàn. Câu nào bạn không muốn trả lời thì gõ \"bỏ qua\": báo tin vẫn được gửi, và điều bạn viết được giữ bí mật.",
    en: "I ask so officers know where to send it (which commune or ward) and how to reach you safely. Type \"skip\" for anything you do not want to answer: the report is still sent, and what you write is kept confidential.",
    viChild: "Cô chú hỏi để biết ai ở gần em có thể giúp em. Câu nào em không muốn trả lời thì gõ \"bỏ qua\" nhé, cô chú vẫn nhận được điều em kể.",
    enChild: "I ask so we know who near you can help. Type \"skip\" for anything you do not want to answer; what you told still reaches us.",
  },
  /** Whether to go to the police after a sexual abuse: yes, with the exam and the evidence (the story says what happened). */
  policeSexual: {
    vi: "Bạn nên báo công an (gọi 113 hoặc tới công an xã, phường): xâm hại tình dục trẻ em là tội phạm, và báo tin ở đây cũng được chuyển tới công an. Việc cần làm sớm: đưa bé đi khám ở bệnh viện hoặc trạm y tế ngay hôm nay (trong vòng 72 giờ là tốt nhất), nói rõ bé bị xâm hại; giữ nguyên quần áo bé mặc lúc đó, cho vào túi giấy, chưa giặt; chưa tắm rửa cho bé trước khi khám nếu được. Ở cạnh bé, nói bé không có lỗi, không hỏi đi hỏi lại. Cần tư vấn ngay: gọi 111 (miễn phí, 24/7).",
    en: "You should report it to the police (call 113 or go to the commune police): sexual abuse of a child is a crime, and this report is also passed to the police. Do this soon: take the child to a hospital or health station today (within 72 hours is best) and say she or he was abused; keep the clothes worn at the time unwashed, in a paper bag; if you can, do not bathe the child before the exam. Stay with the child, tell them it is not their fault, and do not question them again and again. For advice now, call 111 (free, 24/7).",
    viChild: "Em kể là đúng rồi. Cô chú sẽ nhờ công an giúp. Em hãy nói với một người lớn em tin để đưa em đi khám sớm, và giữ lại quần áo lúc đó, đừng giặt. Em không có lỗi. Gọi 111 để được nói chuyện, miễn phí; nguy hiểm ngay thì gọi 113.",
    enChild: "Telling was right. The people who protect children will ask the police for help. Tell an adult you trust so they can take you to a doctor soon, and keep the clothes from that time without washing them. It is not your fault. Call 111 to talk, it is free; in danger now, call 113.",
  },
  takenAway: {
    vi: "Trẻ không bị đưa khỏi gia đình chỉ vì có người báo tin. Cán bộ tìm cách giữ trẻ an toàn, trước hết là ở với người chăm sóc an toàn trong gia đình; chỉ khi ở nhà không an toàn mới bố trí nơi tạm lánh, và trẻ được hỏi ý kiến, được giải thích trước. Gọi 111 để được tư vấn (miễn phí, 24/7).",
    en: "A child is not taken from their family just because someone reported. Officers look for a way to keep the child safe, first with a safe carer in the family; only when home is not safe do they arrange a safe place for a while, and the child is asked and told beforehand. Call 111 for advice (free, 24/7).",
    viChild: "Không ai đưa em đi chỉ vì em kể. Cô chú muốn em được an toàn, và nếu được thì em vẫn ở với người em thương, như mẹ em. Chỉ khi ở nhà không an toàn, người lớn mới tìm cho em một chỗ an toàn, và sẽ nói với em, hỏi em trước. Em có thể hỏi thêm khi gọi 111, miễn phí.",
    enChild: "No one takes you away just because you told. The people who protect children want you to be safe, and if they can, you stay with the people you love, like your mom. Only if home is not safe would adults find you a safe place, and they would talk with you and ask you first. You can ask more by calling 111. It is free.",
  },
  hurtForTelling: {
    vi: "Thông tin người báo được giữ bí mật: cán bộ không nói cho người bị báo biết ai đã báo. Nếu bạn hoặc trẻ sợ bị đánh, bị trả thù vì đã báo, hãy ghi rõ ở đây để cán bộ tính cách giữ an toàn trước khi liên hệ ai; bị đe dọa hay bị đánh thì gọi ngay 113.",
    en: "The reporter's identity is kept confidential: officers do not tell the person reported who made the report. If you or the child fear being hit or punished for reporting, say so here so officers plan safety before contacting anyone; if you are threatened or hurt, call 113 at once.",
    viChild: "Cô chú giữ bí mật là em đã kể, không nói với người đó. Nếu em sợ bị đánh vì kể, cứ nói ở đây, cô chú sẽ lo cho em an toàn trước khi nói chuyện với ai. Nếu ai làm đau em, hãy tới chỗ người lớn em tin và gọi 113 hoặc 111, miễn phí.",
    enChild: "We keep it secret that you told, and we do not tell that person. If you are scared of being hit for telling, say so here, and the people who protect children will make you safe before they talk to anyone. If someone hurts you, go to an adult you trust and call 113 or 111. It is free.",
  },
  rescue: {
    vi: "Gọi ngay 113 (công an) và 114 (cứu nạn: phá cửa, cháy, ngạt); trẻ bị thương hay ngất thì gọi cả 115. Họ có quyền và dụng cụ để vào. Trong lúc chờ, nói chuyện với trẻ qua cửa cho trẻ bình tĩnh, gọi thêm hàng xóm, trưởng thôn hoặc công an xã tới cùng. Chỉ tự vào khi tính mạng trẻ bị đe dọa ngay (cháy, khói, trẻ bất tỉnh, không thở) và bạn làm được mà không nguy hiểm; vào được thì đưa trẻ ra chỗ an toàn và ở cạnh trẻ.",
    en: "Call 113 (police) and 114 (rescue: forcing doors, fire, suffocation) now; call 115 too if a child is hurt or unconscious. They have the right and the tools to get in. While you wait, talk to the children through the door to calm them, and get neighbours, the village head or the commune police to come. Go in yourself only if a child's life is at risk right now (fire, smoke, a child unconscious or not breathing) and you can do it safely; if you get in, take the children somewhere safe and stay with them.",
    viChild: "Gọi ngay 113 (công an) hoặc 114 (cứu nạn). Nhờ người lớn ở gần giúp. Đừng tự làm gì nguy hiểm.",
    enChild: "Call 113 (police) or 114 (rescue) now. Ask an adult nearby to help. Do not do anything dangerous yourself.",
  },
  language: {
    vi: "Tổng đài 111, 113, 115 trả lời bằng tiếng Việt; có khi có người nói được tiếng Anh, nhưng không chắc. Nếu được, hãy nhờ một người nói tiếng Việt ở gần gọi giúp và nói rõ địa chỉ. Bạn cũng có thể báo tin ở đây bằng tiếng Anh: cán bộ bảo vệ trẻ em sẽ đọc.",
    en: "The 111, 113 and 115 lines answer in Vietnamese; someone may speak English, but it is not certain. If you can, ask a Vietnamese speaker nearby to call for you and give the exact address. You can also report here in English: child-protection officers will read it.",
    viChild: "Tổng đài 111, 113 nói tiếng Việt. Nếu được, nhờ một người lớn ở gần gọi giúp em. Em cũng có thể kể ở đây.",
    enChild: "The 111 and 113 lines speak Vietnamese. If you can, ask an adult nearby to call for you. You can also tell me here in English.",
  },
  abroad: {
    vi: "111 là số ngắn, chỉ gọi được từ điện thoại ở Việt Nam (miễn phí). Ở nước ngoài, bạn báo tin ngay tại đây là đủ: cán bộ bảo vệ trẻ em ở Việt Nam sẽ nhận. Nếu trẻ đang gặp nguy hiểm ngay, hãy nhờ một người thân hoặc hàng xóm của trẻ ở Việt Nam gọi 113 (công an) hoặc 115 (cấp cứu) ngay.",
    en: "111 is a short number that works only from phones in Vietnam (free). From abroad, reporting here is enough: child-protection officers in Vietnam receive it. If the child is in danger right now, ask a relative or neighbour of the child in Vietnam to call 113 (police) or 115 (ambulance) at once.",
    viChild: "111 chỉ gọi được từ điện thoại ở Việt Nam. Em kể ở đây là cô chú ở Việt Nam nhận được. Nếu đang nguy hiểm, nhờ một người lớn ở gần gọi 113 ngay.",
    enChild: "111 works only from phones in Vietnam. What you tell me here reaches the people who protect children in Vietnam. If someone is in danger now, ask an adult nearby to call 113.",
  },
  takedown: {
    vi: "Để gỡ ảnh, video: dùng nút Báo cáo (Report) của chính nền tảng (Facebook, TikTok, Zalo, YouTube...) và chọn nội dung liên quan đến trẻ em, bạo lực hoặc xâm hại; nhờ người quen cùng báo cáo. Đừng chia sẻ lại, nhưng hãy lưu đường link và chụp màn hình làm bằng chứng trước khi nó bị gỡ. Cán bộ bảo vệ trẻ em và công an có thể yêu cầu nền tảng gỡ; đăng, chia sẻ hình ảnh xâm hại trẻ em là vi phạm pháp luật. Cần hỗ trợ ngay: gọi 111 (miễn phí, 24/7).",
    en: "To get pictures or videos removed: use the platform's own Report button (Facebook, TikTok, Zalo, YouTube...) and choose content involving a child, violence or abuse; ask people you know to report it too. Do not share it further, but save the link and take screenshots as evidence before it is removed. Child-protection officers and the police can ask the platform to take it down; posting or sharing images of a child being abused is against the law. For help now, call 111 (free, 24/7).",
    viChild: "Để gỡ ảnh, video: bấm nút Báo cáo (Report) ngay trên Facebook, TikTok hay Zalo, và nhờ người lớn em tin báo cáo cùng. Đừng chia sẻ lại, nhưng hãy chụp màn hình và lưu đường link. Cô chú và công an có thể yêu cầu gỡ giúp em. Em không có lỗi. Gọi 111 để được giúp, miễn phí.",
    enChild: "To get pictures or videos removed: press the Report button on Facebook, TikTok or Zalo, and ask an adult you trust to report it too. Do not share it, but take screenshots and save the link. The people who protect children and the police can ask for it to be removed. It is not your fault. Call 111 for help. It is free.",
  },
  selfBlame: {
    vi: "Trẻ bị dụ dỗ, ép buộc hay đe dọa (kể cả bị ép gửi ảnh, video) là người bị hại, không có lỗi, và được pháp luật bảo vệ; người dụ dỗ, đòi ảnh, đe dọa hay xâm hại mới là người vi phạm pháp luật. Cán bộ bảo vệ trẻ em hỗ trợ trẻ, không trách phạt trẻ. Cần tư vấn ngay: gọi 111 (miễn phí, 24/7).",
    en: "A child who was lured, pressured or threatened (including into sending pictures or videos) is the victim, is not at fault, and is protected by law; the person who lured, asked for pictures, threatened or abused is the one breaking the law. Child-protection officers support the child; they do not blame or punish them. For advice now, call 111 (free, 24/7).",
    viChild: "Em không có lỗi. Em là người bị hại và được bảo vệ, em không bị bắt hay bị phạt vì chuyện người ta làm với em. Người dụ em, đòi ảnh hay đe dọa em mới là người làm sai. Em kể ra là đúng. Muốn nói chuyện ngay thì gọi 111, miễn phí.",
    enChild: "It is not your fault. You are the one who was harmed, and you are protected: you will not be arrested or punished for what someone did to you. The person who tricked you, asked for pictures or threatened you is the one who did wrong. Telling was the right thing. To talk now, call 111. It is free.",
  },
  visit: {
    vi: "Cán bộ xem xét báo tin trước. Nếu cần kiểm tra, cán bộ xã, phường hoặc công an có thể đến gặp gia đình trẻ; họ không nói ai đã báo, và việc đầu tiên là giữ an toàn cho trẻ. Nếu trẻ đang gặp nguy hiểm, gọi ngay 113.",
    en: "Officers look at the report first. If a check is needed, commune officers or the police may visit the child's family; they do not say who reported, and the child's safety comes first. If the child is in danger now, call 113.",
    viChild: "Cô chú đọc điều em kể trước. Nếu cần, cô chú hoặc công an có thể đến nhà để giúp, và không nói ai đã báo. Việc đầu tiên là giữ an toàn. Nguy hiểm ngay thì gọi 113.",
    enChild: "The grown-ups read what you told first. If needed, they or the police may visit the home to help, and they do not say who told. Keeping everyone safe comes first. In danger now: call 113.",
  },
  parents: {
    vi: "Thông tin người báo được giữ bí mật: cán bộ không nói cho gia đình hay người bị báo biết ai đã báo. Để giữ trẻ an toàn, cán bộ có thể cần nói chuyện với gia đình về sự việc; nếu người gây hại là người trong nhà, cán bộ tính cách giữ an toàn cho trẻ trước khi liên hệ. Bạn có thể báo ẩn danh.",
    en: "The reporter's identity is kept confidential: officers do not tell the family or the person reported who made the report. To keep the child safe they may need to talk with the family about what happened; if the person causing harm lives in the home, they plan the child's safety before contacting anyone. You can report anonymously.",
    viChild: "Điều em kể được giữ bí mật: cô chú không nói với ai là em đã kể. Có thể cô chú cần nói chuyện với người lớn trong nhà để giữ em an toàn; nếu em sợ người ở nhà, cô chú sẽ lo cho em an toàn trước đã. Em không cần nói tên. Muốn hỏi thêm thì gọi 111, miễn phí.",
    enChild: "What you tell me is kept secret: we will not tell anyone that you told us. The people who protect children may need to talk with the adults at home to keep you safe; if you are scared of someone at home, they will make sure you are safe first. You do not have to give your name. To ask more, call 111. It is free.",
  },
  arrest: {
    vi: "Việc có xử lý người gây hại hay không (kể cả bắt giữ) do công an và cơ quan có thẩm quyền quyết định sau khi xác minh, không phải người báo tin. Việc trước hết của cán bộ bảo vệ trẻ em là giữ trẻ an toàn và hỗ trợ gia đình. Báo tin là để giúp trẻ.",
    en: "Whether the person is dealt with (including arrest) is decided by the police and the authorities after they check, not by the person who reports. Child-protection officers' first task is the child's safety and support for the family. Reporting is to help the child.",
    viChild: "Em không có lỗi khi kể. Việc xử lý người lớn là việc của công an và các cô chú, không phải của em. Điều cô chú lo trước hết là giữ em an toàn. Gọi 111 để được nói chuyện, miễn phí.",
    enChild: "It is not your fault for telling. What happens to the adult is for the police and the authorities to decide, not you. The first thing they care about is keeping you safe. Call 111 to talk. It is free.",
  },
  wrong: {
    vi: "Bạn không cần chắc chắn mới báo: điều bạn thấy hoặc lo ngại, kể trung thực, là đủ để báo. Cán bộ sẽ xác minh cẩn thận trước khi làm gì, và danh tính người báo được giữ bí mật. Chỉ cố ý báo sai sự thật mới là vi phạm.",
    en: "You do not have to be sure to report: what you saw or worry about, told honestly, is enough. Officers check carefully before doing anything, and the reporter's identity is kept confidential. Only deliberately reporting something false is an offence.",
    viChild: "Em không cần chắc chắn đâu. Em kể thật điều em thấy là đúng rồi. Cô chú sẽ tìm hiểu kỹ trước khi làm gì. Em không có lỗi.",
    enChild: "You do not have to be sure. Telling what you saw, honestly, is the right thing. The grown-ups will check carefully first. It is not your fault.",
  },
  noResponse: {
    vi: "Nếu trẻ vẫn đang gặp nguy hiểm: gọi lại 113 và nói rõ địa chỉ, điều đang xảy ra; gọi 111 (miễn phí, 24/7); nhờ hàng xóm, trưởng thôn hoặc công an xã, phường gần nhất đến ngay. Đừng tự đối đầu với người gây hại. Báo tin này cũng được chuyển ngay cho cán bộ bảo vệ trẻ em.",
    en: "If the child is still in danger: call 113 again and give the address and what is happening; call 111 (free, 24/7); ask neighbours, the village head or the nearest commune police to come now. Do not confront the person causing harm yourself. This report also goes to child-protection officers at once.",
    viChild: "Nếu em vẫn đang gặp nguy hiểm: gọi lại 113, nói rõ em ở đâu; gọi 111 (miễn phí); chạy sang nhà hàng xóm hoặc chỗ có người lớn em tin ngay.",
    enChild: "If you are still in danger: call 113 again and say where you are; call 111 (free); go to a neighbour or an adult you trust right now.",
  },
  cantCall: {
    vi: "Nếu gọi sẽ bị người gây hại nghe thấy, đừng gọi: ở chỗ an toàn, và nhắn cho một người quen ở gần để họ gọi 113 giúp ngay. Bạn vẫn nhắn tiếp ở đây được: báo tin này đến cán bộ bảo vệ trẻ em.",
    en: "If the person would hear a call, do not call: stay somewhere safe, and text someone nearby you trust to call 113 for you now. You can keep writing here too: this report reaches child-protection officers.",
    viChild: "Em cứ nhắn ở đây, không cần gọi. Cô chú đọc được tin này. Nếu gọi mà người đó nghe thấy thì em đừng gọi: em ở yên chỗ an toàn, khóa cửa nếu được, và nhắn cho một người lớn em tin (người thân, hàng xóm) để họ gọi 113 giúp em. Khi ra được, em chạy tới chỗ có người lớn.",
    enChild: "You can keep writing here; you do not have to call. The people who protect children read this. If the person would hear you call, do not call: stay somewhere safe, lock the door if you can, and text an adult you trust (family, a neighbour) so they call 113 for you. When you can get out, go to where there are adults.",
  },
  privacy: {
    vi: "Thông tin của bạn được giữ bí mật: chỉ cán bộ bảo vệ trẻ em xử lý báo tin mới xem được, và tên, số điện thoại của người báo không được cho người bị báo biết. Để giữ trẻ an toàn, cán bộ có thể cần xác minh, nói chuyện với gia đình hoặc báo công an, nhưng không nói ai đã báo. Bạn cũng có thể báo ẩn danh.",
    en: "What you tell me is kept confidential: only the child-protection officers handling the report can see it, and the reporter's name and number are not shared with the person reported. To keep the child safe, officers may need to check, talk with the family or tell the police, but they do not say who reported. You can also report anonymously.",
    viChild: "Điều em kể được giữ bí mật: chỉ cô chú lo bảo vệ trẻ em được xem, và cô chú không kể với người làm em đau là em đã kể. Nhưng để em được an toàn, cô chú có thể phải làm gì đó hoặc nói với một người lớn giúp được em; trước khi làm, cô chú sẽ tìm cách giữ em an toàn. Em không cần nói tên.",
    enChild: "What you tell me is kept secret from others: only the people who protect children can see it, and they do not tell the person hurting you that you told. But to keep you safe they may have to do something or talk to an adult who can help you; before they do, they will work out how to keep you safe. You do not have to give your name.",
  },
  /** "Có cần gọi công an không?" asked while a child is in danger now: call, first. */
  /** "Bao lâu thì có người đến?" asked while a child is in danger now: nobody comes from this chat; 113 does. */
  nextNow: {
    vi: "Báo tin ở đây đến cán bộ bảo vệ trẻ em, nhưng không ai được gửi tới ngay từ tin nhắn này. Trẻ đang gặp nguy hiểm thì GỌI NGAY 113 (công an), bị thương gọi 115: họ đến ngay. Cán bộ sẽ liên hệ sau để giúp tiếp.",
    en: "This report reaches child-protection officers, but nobody is sent at once from this chat. A child in danger now: CALL 113 (police) NOW, and 115 if hurt: they come at once. Officers will get in touch afterwards to help further.",
    viChild: "Tin nhắn này đến cô chú, nhưng không ai tới ngay từ tin nhắn này được. Nguy hiểm ngay thì gọi 113 (bị thương gọi 115): họ đến ngay. Nếu em đang trốn và không gọi được, em ở yên và nhắn cho một người lớn em tin gọi 113 giúp em.",
    enChild: "This message reaches the people who protect children, but nobody can come at once from it. In danger now, call 113 (115 if you are hurt): they come at once. If you are hiding and cannot call, stay where you are and text an adult you trust to call 113 for you.",
  },
  /** "khi nào công an tới?" mid-report: nobody is sent from this chat; an officer reads it and acts; in danger now, 113 (the time officers have is added for a grown-up). */
  whenCome: {
    vi: "Cuộc trò chuyện này không tự gửi công an hay ai tới: nếu trẻ đang gặp nguy hiểm ngay, bạn hãy tự gọi 113 (công an). Cán bộ bảo vệ trẻ em đọc báo tin của bạn, rồi liên hệ với bạn (nếu bạn để lại cách liên lạc) hoặc chuyển tới nơi xử lý (UBND xã, công an).",
    en: "This chat does not send the police or anyone out by itself: if a child is in danger right now, call 113 (police) yourself. A child-protection officer reads your report, then gets in touch with you (if you leave a way to reach you) or passes it to whoever acts (the commune, the police).",
    viChild: "Tin nhắn này không tự gọi công an tới được: nếu em đang gặp nguy hiểm ngay, em gọi 113 (công an) hoặc nhờ một người lớn em tin gọi giúp. Cô chú bảo vệ trẻ em sẽ đọc điều em kể và tìm cách giúp em sớm.",
    enChild: "This chat cannot send the police to you by itself: if you are in danger right now, call 113 (police) or ask an adult you trust to call. The people who protect children will read what you told me and work out how to help you soon.",
  },
  policeNow: {
    vi: "Có: trẻ đang gặp nguy hiểm thì gọi ngay 113 (công an), và 115 nếu trẻ bị thương; nói rõ địa chỉ, điều đang xảy ra. Giữ trẻ ở chỗ an toàn, đừng tự đối đầu với người gây hại. Báo tin ở đây vẫn đến cán bộ bảo vệ trẻ em, không thay cho cuộc gọi 113.",
    en: "Yes: a child in danger now means calling 113 (police) at once, and 115 if the child is hurt; give the exact address and what is happening. Keep the child somewhere safe and do not confront the person yourself. This report still reaches child-protection officers, but it does not replace the 113 call.",
    viChild: "Có, gọi ngay 113. Nếu bị thương, gọi 115. Ở cạnh một người lớn em tin.",
    enChild: "Yes, call 113 now. If someone is hurt, call 115. Stay near an adult you trust.",
  },
  callForMe: {
    vi: "Không: cuộc trò chuyện này không tự gọi được cho công an. Nếu trẻ đang gặp nguy hiểm, bạn hãy gọi ngay 113 (công an, miễn phí). Báo tin của bạn ở đây được gửi tới cán bộ bảo vệ trẻ em; họ có thể báo công an và các nơi phụ trách khi cần. Cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "No: this chat cannot call the police itself. If the child is in danger now, call 113 (police, free) yourself. Your report here goes to child-protection officers, who can bring in the police and others when needed. For advice, call 111 (free, 24/7).",
    viChild: "Cuộc trò chuyện này không tự gọi được cho công an. Nguy hiểm thì em gọi ngay 113 (miễn phí), hoặc nhờ một người lớn em tin gọi giúp. Điều em kể ở đây được gửi tới cán bộ bảo vệ trẻ em; họ sẽ nhờ công an giúp khi cần. Gọi 111 để nói chuyện, miễn phí.",
    enChild: "This chat cannot call the police itself. If you are in danger, call 113 now (free), or ask an adult you trust to call. What you tell here goes to the people who protect children; they will ask the police for help if needed. Call 111 to talk. It is free.",
  },
  police: {
    vi: "Báo tin ở đây là đủ: bạn không bắt buộc phải tự ra công an hay đi báo nơi khác. Cán bộ bảo vệ trẻ em sẽ xem xét và chuyển tới nơi phụ trách (UBND xã, phường, công an, nhà trường, y tế) khi cần; họ chỉ liên hệ lại bạn nếu bạn đồng ý, và danh tính người báo được giữ bí mật. Nếu trẻ đang gặp nguy hiểm, gọi ngay 113. Bạn vẫn có thể tự báo thêm cho nhà trường hay công an xã, phường nếu muốn.",
    en: "This report is enough: you do not have to go to the police or report anywhere else yourself. Child-protection officers will look into it and refer it to whoever is responsible (commune, police, school, health) when needed; they contact you again only if you agree, and the reporter's identity is kept confidential. If the child is in danger now, call 113. You may still tell the school or the local police yourself if you wish.",
    viChild: "Em không cần phải tự đi công an đâu. Cô chú sẽ đọc điều em kể và nhờ công an giúp khi cần. Nguy hiểm ngay thì gọi 113. Gọi 111 để được nói chuyện, miễn phí.",
    enChild: "You do not have to go to the police yourself. The people who protect children will ask the police for help if needed. In danger now: call 113. Call 111 to talk. It is free.",
  },
  next: {
    vi: "Sau khi gửi, bạn nhận một mã báo tin. Cán bộ tiếp nhận xem ngay, đánh giá nguy cơ và chuyển tới nơi phụ trách (UBND xã, công an, y tế, tổng đài 111); việc khẩn cấp được báo cán bộ ngay lập tức. Bạn dùng mã để xem tình trạng hoặc gửi thêm thông tin.",
    en: "After you send it, you get a report code. An intake officer reviews it, assesses the risk and refers it to the right agency (commune, police, health, hotline 111); an emergency alerts officers at once. Use the code to check the status or add information.",
    viChild: "Khi em gửi xong, em có một mã. Cô chú sẽ đọc ngay và tìm cách giúp em. Em có thể gọi 111 bất cứ lúc nào, miễn phí.",
    enChild: "When you send it, you get a code. People who protect children read it soon and work out how to help you. You can call 111 any time, for free.",
  },
  /** What happens after sending when no officers' alert channel is configured: nobody is alerted at once, so danger now is 113's. */
  nextQueued: {
    vi: "Sau khi gửi, bạn nhận một mã báo tin. Cán bộ tiếp nhận xem xét, đánh giá nguy cơ và chuyển tới nơi phụ trách (UBND xã, công an, y tế, tổng đài 111); tin khẩn cấp được xếp đầu hàng đợi, nhưng hệ thống này chưa báo được cho cán bộ ngay khi gửi, nên nguy hiểm ngay thì gọi 113 hoặc 111. Bạn dùng mã để xem tình trạng hoặc gửi thêm thông tin.",
    en: "After you send it, you get a report code. An intake officer reviews it, assesses the risk and refers it to the right agency (commune, police, health, hotline 111); an emergency goes to the top of the queue, but this service cannot alert officers the moment it is sent, so if a child is in danger now call 113 or 111. Use the code to check the status or add information.",
    viChild: "Khi em gửi xong, em có một mã. Cô chú sẽ đọc và tìm cách giúp em. Nguy hiểm ngay thì em gọi 113. Em có thể gọi 111 bất cứ lúc nào, miễn phí.",
    enChild: "When you send it, you get a code. People who protect children will read it and work out how to help you. In danger now: call 113. You can call 111 any time, for free.",
  },
  counselling: {
    vi: "Gọi 111 (tổng đài quốc gia bảo vệ trẻ em, miễn phí, 24/7) để được tư vấn tâm lý cho trẻ và gia đình, và được giới thiệu nơi hỗ trợ gần nhất. Cán bộ bảo vệ trẻ em của UBND xã, phường và phòng tư vấn tâm lý học đường ở trường của trẻ cũng giúp kết nối; bạn có thể ghi mong muốn này trong báo tin để cán bộ sắp xếp.",
    en: "Call 111 (the national child protection hotline, free, 24/7) for counselling for the child and the family and to be told where the nearest support is. The child-protection officer of the commune or ward and the school counselling room can also arrange it; you can say so in the report so the officers arrange it.",
    viChild: "Em gọi 111 (miễn phí, không cần nói tên) để có người nói chuyện với em và chỉ chỗ giúp em. Thầy cô tư vấn ở trường cũng có thể giúp em.",
    enChild: "Call 111 (free, you do not have to give your name) to talk to someone who will listen and tell you where to get help. The school counsellor can help too.",
  },
  photos: {
    vi: "Không cần gửi ảnh để báo tin. Đừng tự chụp vết thương hay tự đặt mình vào nguy hiểm để chụp ảnh; cán bộ sẽ xem xét và liên hệ khi cần. Nếu đã có sẵn ảnh (tin nhắn, nơi xảy ra), bạn có thể gửi kèm.",
    en: "You do not need to send photos to report. Do not photograph injuries or put yourself in danger to take a photo; officers will look into it and get in touch if needed. If you already have a photo (messages, the place), you may send it.",
    viChild: "Em không cần gửi ảnh đâu. Em không phải chụp vết thương. Cô chú sẽ đọc điều em kể và tìm cách giúp em. Muốn nói chuyện ngay thì gọi 111, miễn phí.",
    enChild: "You do not need to send any photos. You do not have to take pictures of where you are hurt. People who protect children will read what you told me and work out how to help. To talk now, call 111. It is free.",
  },
  witness: {
    vi: "Báo tin ở đây không có nghĩa là bạn phải ra làm chứng. Cán bộ chỉ liên hệ lại nếu bạn đồng ý cho liên hệ; nếu sau này công an cần hỏi thêm, họ sẽ liên hệ riêng, và danh tính người báo tin được giữ bí mật. Bạn vẫn có thể báo ẩn danh.",
    en: "Reporting here does not mean you have to be a witness. Officers contact you again only if you agree to be contacted; if the police later need to ask more, they will contact you separately, and the reporter's identity is kept confidential. You can still report anonymously.",
    viChild: "Em không phải đi làm chứng đâu. Cô chú giữ kín tên em. Em không có lỗi gì cả. Muốn nói chuyện ngay thì gọi 111, miễn phí.",
    enChild: "You do not have to be a witness. Your name is kept private. None of this is your fault. To talk now, call 111. It is free.",
  },
  hotline: {
    vi: "111 là tổng đài quốc gia bảo vệ trẻ em: miễn phí, 24/7, không cần nói tên. Khẩn cấp: 113 (công an), 115 (cấp cứu).",
    en: "111 is the national child protection hotline: free, 24/7, and you do not have to give your name. Emergencies: 113 (police), 115 (ambulance).",
    viChild: "111 gọi miễn phí, ngày hay đêm đều được. Em không cần nói tên. Nguy hiểm ngay thì gọi 113.",
    enChild: "111 is free, day and night. You do not have to give your name. In danger now: call 113.",
  },
  worry: {
    vi: "Lo lắng là điều dễ hiểu. Bạn có thể báo ẩn danh, và cán bộ không cho người bị báo biết ai đã báo. Nếu bạn hoặc trẻ đang bị đe dọa, gọi ngay 113.",
    en: "It is understandable to worry. You can report anonymously, and officers do not tell the person reported who made the report. If you or the child are being threatened, call 113 now.",
    viChild: "Em sợ cũng không sao. Em không có lỗi. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin, hoặc gọi 111 (miễn phí).",
    enChild: "It is OK to be scared. It is not your fault. If you do not feel safe, go to an adult you trust, or call 111 (free).",
  },
  thanks: {
    vi: "Cảm ơn bạn đã lên tiếng.",
    en: "Thank you for speaking up.",
    viChild: "Cảm ơn em đã kể.",
    enChild: "Thank you for telling me.",
  },
  /** Whether to take the child to care now: yes, at once, without waiting (115 for an ambulance, 111 for advice). */
  care: {
    vi: "Có, hãy đưa trẻ đi trạm y tế hoặc bệnh viện gần nhất ngay bây giờ, không cần chờ cán bộ hay ai cho phép. Nếu trẻ sốt cao, li bì, khó thở, co giật, chảy máu nhiều hoặc ngất, gọi ngay 115 (cấp cứu). Kể cho nhân viên y tế điều bạn biết về hoàn cảnh của trẻ. Báo tin này vẫn được gửi tới cán bộ bảo vệ trẻ em; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "Yes, take the child to the nearest health station or hospital now; you do not need to wait for officers or anyone's permission. If the child has a high fever, is very drowsy, struggles to breathe, has a fit, bleeds heavily or faints, call 115 (ambulance) at once. Tell the health workers what you know about the child's situation. This report still goes to child-protection officers; for advice, call 111 (free, 24/7).",
    viChild: "Có, em cần được khám ngay. Em hãy nhờ một người lớn em tin (ông bà, cô chú, thầy cô, hàng xóm) đưa tới trạm y tế hoặc bệnh viện gần nhất. Đau nhiều, khó thở, chảy máu nhiều hay ngất thì gọi ngay 115. Muốn nói chuyện thì gọi 111, miễn phí.",
    enChild: "Yes, you need to see a doctor now. Ask an adult you trust (a grandparent, aunt or uncle, a teacher, a neighbour) to take you to the nearest health station or hospital. If it hurts a lot, you cannot breathe well, you bleed a lot or you faint, call 115 now. To talk, call 111. It is free.",
  },
  /** The same, when someone hurt the child: and that person is not confronted. */
  careHarmed: {
    vi: "Có, hãy đưa trẻ đi trạm y tế hoặc bệnh viện gần nhất ngay bây giờ, không cần chờ cán bộ hay ai cho phép; nói rõ với nhân viên y tế là trẻ bị người khác làm hại. Nếu trẻ chảy máu nhiều, khó thở, li bì hoặc ngất, gọi ngay 115 (cấp cứu). Đừng tự đối đầu với người gây hại; bị ngăn cản hay đe dọa thì gọi 113. Cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "Yes, take the child to the nearest health station or hospital now; you do not need to wait for officers or anyone's permission. Tell the health workers the child was hurt by someone. If the child bleeds heavily, struggles to breathe, is very drowsy or faints, call 115 (ambulance) at once. Do not confront the person who harms the child; if you are stopped or threatened, call 113. For advice, call 111 (free, 24/7).",
    viChild: "Có, em cần được khám ngay. Em hãy nhờ một người lớn em tin (ông bà, cô chú, thầy cô, hàng xóm) đưa tới trạm y tế hoặc bệnh viện gần nhất. Đau nhiều, khó thở, chảy máu nhiều hay ngất thì gọi ngay 115. Nguy hiểm thì gọi 113; muốn nói chuyện thì gọi 111, miễn phí.",
    enChild: "Yes, you need to see a doctor now. Ask an adult you trust (a grandparent, aunt or uncle, a teacher, a neighbour) to take you to the nearest health station or hospital. If it hurts a lot, you cannot breathe well, you bleed a lot or you faint, call 115 now. In danger, call 113; to talk, call 111. It is free.",
  },
  act: {
    vi: "Bạn đã làm đúng khi báo tin. Nếu trẻ bị thương, ốm hoặc cần chữa trị, đưa trẻ tới trạm y tế gần nhất hoặc gọi 115 là việc nên làm ngay; nếu trẻ đang gặp nguy hiểm, gọi 113. Đừng tự đối đầu với người gây hại. Cán bộ bảo vệ trẻ em sẽ liên hệ để cùng tìm cách giúp trẻ; cần tư vấn ngay, gọi 111 (miễn phí, 24/7).",
    en: "You did the right thing by reporting. If the child is hurt, ill or needs care, taking them to the nearest clinic or calling 115 is the right thing to do now; if the child is in danger, call 113. Do not confront the person who harms the child yourself. Child-protection officers will get in touch to work out how to help; for advice now, call 111 (free, 24/7).",
    viChild: "Em làm đúng khi kể ra. Nguy hiểm ngay thì gọi 113; bị thương thì gọi 115. Nếu ra được an toàn, em tới chỗ có người lớn em tin. Nếu em đang trốn và gọi sẽ bị nghe thấy: em ở yên, khóa cửa nếu được, tắt chuông điện thoại, nhắn ở đây và nhắn cho một người lớn em tin gọi 113 giúp em. Gọi 111 để được nói chuyện, miễn phí.",
    enChild: "You did the right thing by telling. In danger now: call 113; if you are hurt, call 115. If you can get out safely, go to an adult you trust. If you are hiding and a call would be heard: stay where you are, lock the door if you can, silence your phone, write here and text an adult you trust to call 113 for you. Call 111 to talk. It is free.",
  },
  // "bao lâu thì có người tới?" asked after the case code: the report is sent already (the answer of `next` speaks of sending it).
  nextSent: {
    vi: "Báo tin của bạn đã tới cán bộ bảo vệ trẻ em; thời hạn cán bộ phải xử lý được ghi trong tin có mã báo tin ở trên. Cán bộ xem xét rồi chuyển tới nơi phụ trách (UBND xã, công an, y tế); khi cần, họ tới tận nơi, và liên hệ với bạn nếu bạn để lại cách liên lạc. Không ai được gửi tới ngay từ tin nhắn này: trẻ đang gặp nguy hiểm thì gọi 113 ngay.",
    en: "Your report has reached child-protection officers; the time they have to act on it is in the message with your report code above. They review it and refer it to the right agency (commune, police, health); when needed they go there, and contact you if you left a way to reach you. Nobody is sent at once from this chat: if a child is in danger now, call 113 now.",
    viChild: "Cô chú đã nhận được tin của em và sẽ tìm cách giúp em sớm. Trong lúc chờ, em hãy ở cạnh một người lớn em tin. Nguy hiểm ngay thì gọi 113; muốn nói chuyện thì gọi 111, miễn phí.",
    enChild: "We have your message and will find a way to help you soon. While you wait, stay near an adult you trust. In danger now, call 113; to talk, call 111, it is free.",
  },
  willPost: {
    vi: "Không ai biết chắc kẻ đó có đăng thật hay không: nhiều kẻ dọa để ép gửi thêm hay trả tiền, và gửi thêm hay trả tiền không làm chúng dừng lại. Đừng gửi thêm gì, đừng xóa tin nhắn: chụp màn hình làm bằng chứng. Nếu ảnh bị đăng, có thể báo để mạng xã hội gỡ xuống; cán bộ và công an giúp việc đó. Việc này không phải lỗi của trẻ.",
    en: "Nobody can know for sure whether they will really post it: many threaten in order to get more pictures or money, and sending more or paying does not make them stop. Do not send anything more and do not delete the messages: take screenshots as evidence. If something is posted, it can be reported so the platform takes it down; officers and the police help with that. This is not the child's fault.",
    viChild: "Không ai biết chắc nó có đăng thật không. Nhiều kẻ dọa vậy để ép em gửi thêm, mà em gửi thêm hay trả tiền thì nó cũng không dừng. Em đừng gửi gì thêm, đừng xóa tin nhắn, hãy chụp màn hình lại. Nếu nó đăng, cô chú và công an sẽ giúp em gỡ xuống. Em không có lỗi.",
    enChild: "Nobody knows for sure if they will really post it. Many threaten like that to make you send more, and sending more or paying does not make them stop. Do not send anything, do not delete the messages, take screenshots. If they post it, we and the police help get it taken down. It is not your fault.",
  },
  demand: {
    vi: "Đừng trả tiền và đừng gửi thêm ảnh hay video: trả tiền thường khiến kẻ đó đòi thêm. Đừng xóa tin nhắn: chụp màn hình làm bằng chứng, rồi chặn tài khoản đó. Hãy kể cho một người lớn bạn tin, gọi 111 (miễn phí) hoặc 113 nếu bị đe dọa ngay. Việc này không phải lỗi của trẻ.",
    en: "Do not pay and do not send more pictures or videos: paying usually makes them ask for more. Do not delete the messages: take screenshots as evidence, then block the account. Tell an adult you trust, and call 111 (free), or 113 if the threat is immediate. This is not the child's fault.",
    viChild: "Em đừng trả tiền, đừng gửi thêm ảnh hay video. Trả tiền thì họ sẽ đòi thêm. Em đừng xóa tin nhắn, hãy chụp màn hình lại rồi chặn tài khoản đó. Em không có lỗi. Hãy kể cho một người lớn em tin, hoặc gọi 111 (miễn phí).",
    enChild: "Do not pay and do not send more pictures or videos. If you pay, they will ask for more. Do not delete the messages: take screenshots, then block them. It is not your fault. Tell an adult you trust, or call 111 (free).",
  },
  /** Pictures asked for and none sent yet, no money asked (walk 36: "đừng gửi thêm ảnh" read as if pictures had been sent). */
  demandNone: {
    vi: "Đừng gửi bất kỳ ảnh hay video nào, và không cần trả lời người đó nữa. Đừng xóa tin nhắn: chụp màn hình làm bằng chứng, rồi chặn tài khoản đó. Hãy kể cho một người lớn bạn tin, gọi 111 (miễn phí) hoặc 113 nếu bị đe dọa ngay. Việc này không phải lỗi của trẻ.",
    en: "Do not send any pictures or videos, and there is no need to answer that person any more. Do not delete the messages: take screenshots as evidence, then block the account. Tell an adult you trust, and call 111 (free), or 113 if the threat is immediate. This is not the child's fault.",
    viChild: "Em đừng gửi ảnh hay video nào hết, và không cần trả lời người đó nữa. Em đừng xóa tin nhắn, hãy chụp màn hình lại rồi chặn tài khoản đó. Em không có lỗi. Hãy kể cho một người lớn em tin, hoặc gọi 111 (miễn phí).",
    enChild: "Do not send any pictures or videos, and you do not need to answer them any more. Do not delete the messages: take screenshots, then block them. It is not your fault. Tell an adult you trust, or call 111 (free).",
  },
  /** Pictures others took of the child in secret, with a threat to post them (walk 53: "đừng gửi thêm ảnh" to a girl who sent none). */
  demandTaken: {
    vi: "Đừng trả tiền: trả tiền thường khiến kẻ đó đòi thêm. Ảnh do người khác chụp lén, trẻ không có lỗi. Đừng xóa tin nhắn đe dọa: chụp màn hình làm bằng chứng. Báo ngay cho nhà trường và công an (113) để buộc xóa ảnh và ngăn việc đăng lên; gọi 111 (miễn phí) để được hướng dẫn.",
    en: "Do not pay: paying usually brings more demands. The pictures were taken in secret by others; the child is not at fault. Do not delete the threatening messages: take screenshots as evidence. Tell the school and the police (113) now so the pictures are deleted and not posted; call 111 (free) for help.",
    viChild: "Em không có lỗi: người chụp lén mới là người sai. Em đừng đưa tiền: đưa rồi họ sẽ đòi thêm. Em đừng xóa tin nhắn đe dọa, hãy chụp màn hình lại. Em hãy kể ngay cho một người lớn em tin (bố mẹ, thầy cô chủ nhiệm) để họ báo nhà trường và công an bắt xóa ảnh. Gọi 111 miễn phí, không cần nói tên.",
    enChild: "It is not your fault: the ones who took the pictures in secret did wrong. Do not pay: if you pay, they ask for more. Do not delete the threatening messages; take screenshots. Tell an adult you trust (a parent, your form teacher) now so they get the school and the police to make them delete the pictures. Call 111: it is free and you do not need to give your name.",
  },
  /** Evidence the writer holds (a recording, a video): never sent here when it is sexual content of a child; kept for officers or the police. */
  sendRecording: {
    vi: "Đừng gửi vào đây. Nếu đó là ảnh hay video có nội dung tình dục của trẻ em, đừng gửi cho bất kỳ ai và đừng chia sẻ: việc đó trái pháp luật, kể cả khi bạn muốn giúp. Hãy giữ nguyên những gì bạn có (đừng xóa, đừng chuyển tiếp); cán bộ hoặc công an sẽ hỏi và hướng dẫn cách nộp, hoặc bạn mang tới công an gần nhất. Ghi âm hay tin nhắn khác cũng vậy: cứ giữ lại, cán bộ sẽ hỏi khi cần.",
    en: "Please do not send it here. If it is a sexual picture or video of a child, do not send or share it with anyone: that is against the law, even to help. Keep what you have as it is (do not delete or forward it); officers or the police will ask for it and tell you how to hand it over, or you can take it to the nearest police station. Other recordings or messages too: keep them, officers will ask when they need them.",
    viChild: "Em đừng gửi vào đây, và đừng gửi cho ai khác. Em cứ giữ nguyên, đừng xóa. Cô chú hoặc công an sẽ hỏi em khi cần.",
    enChild: "Do not send it here, or to anyone else. Keep it as it is, do not delete it. The people helping you or the police will ask when they need it.",
  },
  /** A wish that the police stay out (told, not asked): kept in the case for the officer; who reads it, and that 111 is no police line. */
  noPolice: {
    vi: "Mình đã ghi mong muốn này của bạn vào báo tin, cán bộ bảo vệ trẻ em sẽ thấy khi xử lý. Báo tin này tới cán bộ bảo vệ trẻ em trước, không phải công an: thường cán bộ liên hệ, nói chuyện với gia đình và tìm cách hỗ trợ. Chỉ khi trẻ bị xâm hại nghiêm trọng hay đang gặp nguy hiểm, pháp luật buộc phải báo công an. Tổng đài 111 là đường dây tư vấn bảo vệ trẻ em, không phải công an: bạn có thể gọi để được tư vấn (miễn phí, 24/7).",
    en: "I have written your wish into the report; the child-protection officer will see it when they handle it. This report goes to child-protection officers first, not the police: usually an officer gets in touch, talks with the family and looks for ways to help. Only when a child is seriously harmed or in danger does the law require the police to be told. The 111 hotline is a child-protection counselling line, not the police: you can call it for advice (free, 24/7).",
    viChild: "Cô chú đã ghi lại điều em mong. Người đọc tin này là cô chú bảo vệ trẻ em, không phải công an; cô chú sẽ tìm cách nói chuyện với gia đình và giúp em an toàn. Nếu em bị làm hại nặng hay đang nguy hiểm thì công an phải giúp. 111 là số để nói chuyện và được tư vấn, không phải công an, gọi miễn phí.",
    enChild: "We have written down what you wish. The people who read this protect children, they are not the police; they will find a way to talk with your family and keep you safe. If you are badly hurt or in danger, the police have to help. 111 is a number to talk and get advice, not the police. It is free.",
  },
  shouldReport: {
    vi: "Có, báo ở đây là đúng. Kể cả khi chuyện đã qua hay bạn chưa chắc, cán bộ bảo vệ trẻ em sẽ xem xét: chuyện đã được giải quyết và trẻ đã an toàn thì được ghi nhận ở mức thấp, không ai bị làm phiền vô cớ. Bạn có thể báo ẩn danh.",
    en: "Yes, reporting here is right. Even when it is in the past or you are not sure, child-protection officers look into it: a matter already resolved, with the child safe, is recorded as low priority and nobody is troubled for nothing. You can report anonymously.",
    viChild: "Có, em kể ra là đúng. Cô chú sẽ đọc và tìm cách giúp. Em không cần nói tên.",
    enChild: "Yes, telling is right. The people here will read it and work out how to help. You do not have to give your name.",
  },
  /** Whether a report with little information is of use: yes; what is known is enough to start, and nothing needs to be found out first. */
  littleInfo: {
    vi: "Có, vẫn nên báo. Bạn không cần biết hết: chỉ cần kể những gì bạn đã thấy hoặc nghe (trẻ ở đâu, chuyện gì, khi nào); cán bộ bảo vệ trẻ em sẽ tự xác minh phần còn lại. Đừng tự đi tìm hiểu thêm nếu việc đó có thể làm bạn hay trẻ gặp nguy hiểm. Câu nào không biết thì gõ \"bỏ qua\".",
    en: "Yes, it is still worth reporting. You do not need to know everything: just tell what you saw or heard (where the child is, what happened, when); child-protection officers check the rest themselves. Do not go looking for more if that could put you or the child at risk. Type \"skip\" for anything you do not know.",
    viChild: "Có chứ, em kể vậy là đủ rồi. Em không cần biết hết, cô chú sẽ tìm hiểu thêm. Câu nào em không biết thì gõ \"bỏ qua\" nhé.",
    enChild: "Yes, what you told is enough. You do not need to know everything; we will find out the rest. Type \"skip\" for anything you do not know.",
  },
  /** "What should I do?" from a child telling of a friend or a sibling: get a trusted adult to them (the writer is not told to hide). */
  actForOther: {
    vi: "Bạn đã làm đúng khi báo tin. Hãy ở cạnh trẻ nếu có thể và đừng tự đối đầu với người gây hại. Cán bộ bảo vệ trẻ em sẽ liên hệ để cùng tìm cách giúp trẻ.",
    en: "You did the right thing by reporting. Stay near the child if you can and do not confront the person yourself. Child-protection officers will get in touch to work out how to help.",
    viChild: "Em làm đúng khi kể ra. Em hãy kể ngay cho một người lớn em tin (bố mẹ em, thầy cô) để họ giúp bạn; em không phải tự xử lý một mình, và đừng tự đối đầu với người làm hại bạn. Bạn ấy bị nguy hiểm ngay thì người lớn gọi 113. Gọi 111 để được chỉ cách giúp bạn, miễn phí.",
    enChild: "You did the right thing by telling. Tell an adult you trust now (your parents, a teacher) so they can help; you do not have to handle this alone, and do not face the person yourself. If your friend is in danger right now, the adult calls 113. Call 111 to learn how to help. It is free.",
  },
  /** "What do I do now?" after a child was taken (not lured by an offer of work): the police now, what to tell them, no waiting. */
  actTaken: {
    vi: "Đừng chờ: gọi ngay 113 (công an), chưa thấy ai tới thì gọi lại; nói rõ trẻ mấy tuổi, mặc gì, ai đưa đi, đi xe gì (biển số nếu biết), đi hướng nào, lúc mấy giờ. Báo cả công an xã, phường gần nhất và gọi 111 (miễn phí, 24/7). Đưa công an ảnh gần đây của trẻ, giữ điện thoại luôn mở, giữ lại mọi tin nhắn, cuộc gọi của người đưa trẻ đi. Đừng tự đuổi theo hay đối đầu với họ.",
    en: "Do not wait: call 113 (police) now, and call again if nobody has come; tell them the child's age and clothes, who took the child, the vehicle (its plate if you know it), which way they went and when. Tell the nearest commune or ward police too, and call 111 (free, 24/7). Give the police a recent photo of the child, keep your phone on, and keep every message or call from the people who took the child. Do not chase or confront them yourself.",
    viChild: "Em gọi ngay 113 nhé, đừng chờ. Nếu em đang bị đưa đi hay bị giữ lại, em gọi hoặc nhắn cho 113 hay một người lớn em tin, nói em đang ở đâu. Gọi 111 cũng được, miễn phí.",
    enChild: "Call 113 now, do not wait. If you are being taken or held, call or text 113 or an adult you trust and say where you are. You can call 111 too. It is free.",
  },
  actLure: {
    vi: "Đừng đi, và đừng đưa giấy tờ (căn cước, hộ chiếu) hay tiền cho người mời. Những lời mời \"việc nhẹ, lương cao\" ở nước ngoài hay nơi xa (Campuchia, Myanmar, Lào...) rất hay là lừa đảo, buôn người. Hãy kể ngay cho bố mẹ hoặc một người lớn tin cậy, giữ lại tin nhắn của người mời, và báo công an xã, phường hoặc gọi 111 (miễn phí). Nếu đã bị đưa đi hoặc bị giữ, gọi ngay 113.",
    en: "Do not go, and do not hand over papers (ID card, passport) or money to the person offering. \"Easy work, high pay\" offers abroad or far away (Cambodia, Myanmar, Laos...) are very often scams and trafficking. Tell a parent or an adult you trust now, keep the messages, and report to the local police or call 111 (free). If someone has already been taken or is being held, call 113 now.",
    viChild: "Em đừng đi nhé, và đừng đưa giấy tờ hay tiền cho người đó. Việc \"nhẹ mà lương cao\" ở xa hay ở nước ngoài rất hay là lừa đảo. Em kể ngay cho bố mẹ hoặc một người lớn em tin, giữ lại tin nhắn, và gọi 111 (miễn phí). Nếu bị đưa đi hay bị giữ, gọi ngay 113.",
    enChild: "Please do not go, and do not give your papers or money to that person. \"Easy work, high pay\" far away or abroad is very often a trick. Tell your parents or an adult you trust now, keep the messages, and call 111 (free). If someone is taking you or holding you, call 113 now.",
  },
  actSelfHarm: {
    vi: "Nếu bạn ấy đang có ý định hoặc đang làm hại bản thân, hãy gọi ngay 115 (cấp cứu) hoặc 113, và báo ngay cho bố mẹ hoặc một người lớn có thể đến chỗ bạn ấy. Đừng để bạn ấy ở một mình; cất xa thuốc, dao, dây. Hãy nói với bạn ấy rằng bạn quan tâm và lắng nghe, không trách móc. Cần tư vấn ngay: gọi 111 (miễn phí, 24/7).",
    en: "If they mean to harm themselves or are doing it now, call 115 (ambulance) or 113 at once, and tell their parents or an adult who can get to them right away. Do not leave them alone; put medicines, knives and cords out of reach. Tell them you care and listen without blaming. For advice now, call 111 (free, 24/7).",
    viChild: "Nếu bạn ấy đang muốn làm hại bản thân, em hãy báo ngay cho một người lớn (bố mẹ em, bố mẹ bạn ấy, thầy cô) để họ đến với bạn ấy, hoặc gọi 115. Em không phải tự xử lý một mình. Gọi 111 để được tư vấn, miễn phí.",
    enChild: "If your friend wants to hurt themselves, tell an adult now (your parents, their parents, a teacher) so someone can go to them, or call 115. You do not have to handle this alone. Call 111 for advice. It is free.",
  },
  /** The hotline's own facts, asked before any report (procedure-questions.ts): number, cost, hours, reach, channels (Zalo and web unverified: a maybe). */
  hotlineFacts: {
    vi: "Tổng đài quốc gia bảo vệ trẻ em là số 111: gọi miễn phí, 24/7 (cả ban đêm, ngày lễ), từ bất kỳ tỉnh nào trên cả nước, và không cần nói tên. Ngoài gọi điện thoại 111 còn có ứng dụng \"Tổng đài 111\"; tổng đài có thể có thêm kênh Zalo và trang web, nhưng cách chắc chắn nhất là gọi 111. Bạn cũng có thể báo tin ngay tại đây. Trẻ đang gặp nguy hiểm: gọi ngay 113 hoặc 115, và cả 111.",
    en: "The national child protection hotline is 111: free to call, 24/7 (nights and holidays too), from any province in Vietnam, and you do not have to give your name. Besides calling 111 there is the \"Tổng đài 111\" app; the hotline may also have a Zalo account and a website, but calling 111 is the sure way. You can also report right here. A child in danger now: call 113 or 115 at once, and 111 as well.",
    viChild: "Số 111 gọi miễn phí, ngày hay đêm đều có người nghe (24/7), ở tỉnh nào cũng gọi được. Em không cần nói tên. Em cũng có thể kể ngay ở đây. Nguy hiểm ngay thì gọi 113 hoặc 115 ngay, và cả 111.",
    enChild: "111 is free to call, day and night (24/7), from anywhere in Vietnam. You do not have to give your name. You can also tell me right here. In danger now: call 113 or 115 at once, and 111 too.",
  },
  /** Where to report (Decree 56/2017, Art. 25): any of 111, the police at any level, the commune where it happened, the children's agency. */
  whereReport: {
    vi: "Bạn có thể báo cho bất kỳ nơi nào sau đây, nơi nào gần và tiện nhất (Nghị định 56/2017/NĐ-CP, Điều 25): tổng đài 111 (miễn phí, 24/7); công an ở bất kỳ cấp nào, như công an xã, phường gần bạn; UBND xã, phường nơi chuyện xảy ra; hoặc cơ quan phụ trách trẻ em các cấp. Không cần là xã bạn đang ở: tổng đài 111 nhận tin từ mọi tỉnh và chuyển tới nơi có thẩm quyền, và công an ở cấp nào cũng nhận tin. Bạn cũng có thể báo ngay tại đây. Trẻ đang gặp nguy hiểm: gọi ngay 113 hoặc 115, và cả 111.",
    en: "You can report to any of these, whichever is nearest or easiest (Decree 56/2017/NĐ-CP, Art. 25): the 111 hotline (free, 24/7); the police at any level, such as the commune or ward police near you; the People's Committee of the commune where it happened; or the children's agency at any level. It does not have to be the commune where you live: the 111 hotline takes reports from every province and passes them to the competent bodies, and the police take reports at any level. You can also report right here. A child in danger now: call 113 or 115 at once, and 111 as well.",
    viChild: "Em có thể gọi 111 (miễn phí, 24/7), tới công an xã, phường gần nhất, hoặc kể với một người lớn em tin (thầy cô, ông bà) để họ báo giúp. Em cũng có thể kể ngay ở đây. Nguy hiểm ngay thì gọi 113 hoặc 115 ngay, và cả 111.",
    enChild: "You can call 111 (free, 24/7), go to the nearest commune police, or tell an adult you trust (a teacher, a grandparent) so they report it. You can also tell me right here. In danger now: call 113 or 115 at once, and 111 too.",
  },
  /** 111 against 113, 115 and the commune police: which to call when (a crime in progress or a life at risk: 113 or 115 at once, and 111 as well). */
  hotlineVsPolice: {
    vi: "111 là tổng đài quốc gia bảo vệ trẻ em: lắng nghe, tư vấn, nhận tin báo và chuyển tới nơi xử lý (UBND xã, công an, y tế); miễn phí, 24/7. 111 không phải công an. 113 là công an: gọi khi có người đang đánh, bắt đi hay đe dọa trẻ. 115 là cấp cứu y tế: gọi khi trẻ bị thương, ngất. Công an xã, phường là công an tại chỗ: nhận tố giác trực tiếp. Trẻ đang gặp nguy hiểm hay tính mạng bị đe dọa: gọi ngay 113 hoặc 115, và cả 111. Chuyện không khẩn cấp hoặc cần tư vấn: gọi 111 hoặc báo tin ở đây.",
    en: "111 is the national child protection hotline: it listens, advises, takes reports and passes them to whoever acts (the commune, the police, health); free, 24/7. 111 is not the police. 113 is the police: call when someone is hitting, taking or threatening a child. 115 is the ambulance: call when a child is hurt or unconscious. The commune or ward police are the police on the spot: they take reports in person. A child in danger or a life at risk: call 113 or 115 at once, and 111 as well. Not urgent, or you want advice: call 111 or report here.",
    viChild: "111 là số để nói chuyện và được giúp, miễn phí, 24/7; 111 không phải công an. 113 là công an: gọi khi có người đang làm hại em hay bạn em. 115 là cấp cứu: gọi khi có người bị thương. Nguy hiểm ngay thì gọi 113 hoặc 115 ngay, và cả 111.",
    enChild: "111 is a number to talk and get help, free, 24/7; 111 is not the police. 113 is the police: call when someone is hurting you or a friend now. 115 is the ambulance: call when someone is hurt. In danger now, call 113 or 115 at once, and 111 too.",
  },
  /** The duty to report (Decree 56/2017, Art. 25) and the fine for failing to (Decree 130/2021, Art. 28); a child's secret told to a grown-up. */
  mustReport: {
    vi: "Có. Theo Nghị định 56/2017/NĐ-CP (Điều 25), ai biết trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại đều có trách nhiệm báo ngay cho tổng đài 111, công an, UBND xã nơi xảy ra chuyện hoặc cơ quan phụ trách trẻ em, kể cả khi mới có nguy cơ. Che giấu, không báo hoặc cản trở việc báo tin có thể bị phạt tiền (Nghị định 130/2021/NĐ-CP, Điều 28). Nếu một em kể riêng với bạn: lắng nghe, nói em không có lỗi và kể ra là đúng; đừng hứa giữ bí mật hoàn toàn, hãy nói với em là bạn sẽ nhờ người có trách nhiệm giúp em; đừng tự tra hỏi em hay người bị nghi.",
    en: "Yes. Under Decree 56/2017/NĐ-CP (Art. 25), anyone who learns that a child is abused or at risk of abuse must report it at once to the 111 hotline, the police, the People's Committee of the commune where it happened, or the children's agency, a risk of abuse included. Hiding it, failing to report or blocking a report can be fined (Decree 130/2021/NĐ-CP, Art. 28). If a child tells you in confidence: listen, tell them it is not their fault and that telling was right; do not promise to keep it completely secret, say you will get people whose job it is to help; do not question the child or the suspected person yourself.",
    viChild: "Em kể ra là đúng, và người lớn biết chuyện thì phải báo để giúp trẻ (theo Nghị định 56; không báo có thể bị phạt). Em có thể gọi 111 (miễn phí, 24/7) hoặc kể ngay ở đây; em không cần nói tên.",
    enChild: "Telling is right, and adults who know have to report it so the child gets help (Decree 56; not reporting can be fined). You can call 111 (free, 24/7) or tell me right here; you do not have to give your name.",
  },
  question: {
    vi: "Câu này mình chưa trả lời được ở đây. Cán bộ bảo vệ trẻ em sẽ đọc báo tin của bạn khi bạn gửi; muốn hỏi ngay, bạn gọi tổng đài 111 (miễn phí, 24/7). Những gì bạn kể được giữ bí mật, và bạn có thể báo ẩn danh.",
    en: "I can't answer that question here. Child-protection officers will read your report once you send it; to ask someone now, call the 111 hotline (free, 24/7). What you tell me is kept confidential, and you can stay anonymous.",
    viChild: "Câu này cô chú chưa trả lời được ở đây. Muốn hỏi ngay thì em gọi 111, miễn phí.",
    enChild: "I can't answer that here. To ask someone now, call 111. It is free.",
  },
};

/**
 * The advice on pictures asked of a child, to a writer known to be a grown-up (a parent, an aunt, a teacher): it speaks of the child, not
 * of "an adult you trust" (walk 53). A writer of unknown age (a teen may write of themself without saying so) gets the neutral words.
 */
export const DEMAND_TO_GROWN_UP: Readonly<Record<"demand" | "demandNone", FlowText>> = {
  demand: { vi: "Đừng trả tiền và đừng gửi thêm ảnh hay video, nói với trẻ cũng đừng gửi: trả tiền thường khiến kẻ đó đòi thêm. Đừng xóa tin nhắn: chụp màn hình làm bằng chứng, rồi chặn tài khoản đó. Hãy ở cạnh trẻ và nói với trẻ rằng trẻ không có lỗi. Gọi 111 (miễn phí) để được hướng dẫn, hoặc 113 nếu bị đe dọa ngay.", en: "Do not pay and do not send more pictures or videos, and tell the child not to either: paying usually makes them ask for more. Do not delete the messages: take screenshots as evidence, then block the account. Stay close to the child and tell them it is not their fault. Call 111 (free) for help, or 113 if the threat is immediate." },
  demandNone: { vi: "Đừng gửi bất kỳ ảnh hay video nào cho người đó, nói với trẻ cũng đừng gửi, và không cần trả lời người đó nữa. Đừng xóa tin nhắn: chụp màn hình làm bằng chứng, rồi chặn tài khoản đó. Hãy ở cạnh trẻ và nói với trẻ rằng trẻ không có lỗi. Gọi 111 (miễn phí) để được hướng dẫn, hoặc 113 nếu bị đe dọa ngay.", en: "Do not send any pictures or videos to that person, tell the child not to either, and there is no need to answer them any more. Do not delete the messages: take screenshots as evidence, then block the account. Stay close to the child and tell them it is not their fault. Call 111 (free) for help, or 113 if the threat is immediate." },
};
