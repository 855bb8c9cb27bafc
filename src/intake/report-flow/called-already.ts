/**
 * A reporter who says in the story that they already called 113 or 111, or that the police came ("tôi đã gọi 113 rồi", "công an đã
 * đến", "I already called the police"), is thanked for it and told what to do if the danger goes on, instead of being told to call
 * as if they had not (walk 53). Words that say the call was not made ("chưa gọi 113", "không dám gọi công an", "I haven't called the
 * police") never count: the call to make stays as it is.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import { fill, type FlowText } from "./report-flow-texts.ts";
import { CALLED_ALREADY } from "./report-steps.ts";

/** What the reporter did: called the police (113), saw the police come, called the ambulance (115) only, called the hotline (111) only. */
export type CalledKind = "police" | "policeCame" | "ambulance" | "hotline";

/** The call said not made (folded): "chưa gọi", "không dám gọi", "không gọi được", "haven't called", "couldn't call", "not yet". */
const NOT_CALLED = /\b(?:chua|khong|ko|k|chang|hong|chua dam|khong dam|ko dam|khong the|chua the)\s+(?:dam\s+)?(?:goi|bao|trinh bao)\b|\b(?:goi|bao)\s+(?:\S+\s+){0,2}?(?:khong|ko|chua) (?:duoc|noi)\b|\b(?:haven t|have not|havent|didn t|did not|didnt|couldn t|could not|can t|cannot|cant|not)\s+(?:yet\s+)?(?:\w+\s+)?(?:call|called|phone|phoned|ring|reported|report)\b/;
/**
 * A call meant, planned or asked about, not made (folded): "tôi định gọi 113 rồi nhưng sợ", "có nên gọi 113 trước", "tính gọi công an",
 * "I was going to call the police", "should I call 113". "nên tôi gọi 113 rồi" ("so I called") is a call made: no word between.
 */
const CALL_NOT_MADE = /\b(?:dinh|sap|muon|nen|tinh|chuan bi|dang tinh|dang dinh|toan)\s+(?:se\s+|di\s+|phai\s+)?(?:goi|bao|trinh bao)\b|\b(?:should|shall|could|can|must|do)\s+(?:i|we)\s+(?:\w+\s+)?(?:call|phone|ring|report)\b|\b(?:want|wanted|wants|going|was going|were going|planning|plan|thinking of|about|meant|mean|trying)\s+(?:to\s+)?(?:\w+\s+)?(?:call|calling|phone|phoning|ring|report)\b|\bgonna\s+(?:call|phone|ring)\b/;
/** A visit or a call told as past, not tonight (folded): "hôm qua", "tuần trước", "lần trước", "yesterday", "last week", "last time". */
const DATED_PAST = /\b(?:hom qua|hom kia|tuan truoc|thang truoc|nam ngoai|lan truoc|hom truoc|bua truoc|dot truoc|yesterday|last (?:week|month|year|time|night|weekend)|before (?:that|this)|\d+ (?:days?|weeks?|months?) ago)\b/;
/** Words the police are never written as: "cả" and a work shift "ca" fold to "ca", so only "công an", "police", "cops" count. */
const POLICE_WORD = /\b(?:113|115|111|cong an|police|cops?|ambulance|hotline|tong dai)\b/;
/** The police came or are here (folded): "công an đã đến rồi", "công an tới rồi", "the police came", "police are here". */
const POLICE_CAME = /\b(?:cong an|police|cops)\s+(?:da\s+)?(?:den|toi|co mat|vao)\s+(?:roi|r|nha|noi)\b|\bcong an da (?:den|toi|co mat)\b|\b(?:the\s+)?police\s+(?:came|have come|are here|arrived|have arrived|got here)\b/;

/** A call that did not get through (folded): "máy bận", "không ai nghe máy", "không ai bắt máy", "gọi không được", "no one answered", "busy". */
const CALL_FAILED = /\bmay ban\b|\b(?:khong|ko|k|chua|chang) (?:ai |co ai )?(?:nghe|bat|nhac) may\b|\b(?:goi|lien lac)\s+(?:\S+\s+){0,3}?(?:khong|ko|k|chua) (?:duoc|ai nghe|thay ai nghe)\b|\b(?:no one|nobody|noone|no-one) (?:answered|picked up|answers|picks up)\b|\bno answer\b|\b(?:line|number) (?:was |is )?busy\b|\b(?:couldn t|could not|can t|cannot|didn t) get through\b/;
/** The police came and went again (folded): "công an đến rồi nhưng đi luôn", "tới rồi về rồi", "the police came but left". */
const POLICE_LEFT = /\b(?:cong an|police|cops|ho)\b[^.!?]*\b(?:di luon|ve roi|di roi|bo di|ve luon|left|went away|have gone|are gone|drove off)\b/;

/** What the text says was already done about the danger, or null when it says no call was made (or nothing). */
export function calledSaid(text: string): CalledKind | null {
  // A clause that asks ("có nên gọi 113 trước không?") says no call was made: only what is told, not asked, is read.
  const key = foldKey(text.split(/(?<=[.!?\n])/u).filter((c) => !c.trim().endsWith("?")).join(" "));
  if (NOT_CALLED.test(key) || CALL_NOT_MADE.test(key) || CALL_FAILED.test(key) || DATED_PAST.test(key) || POLICE_LEFT.test(key)) return null;
  if (POLICE_CAME.test(key)) return "policeCame";
  // "gọi cả xóm rồi", "gọi hàng xóm rồi": the neighbours called, not 113.
  if (!CALLED_ALREADY.test(key.replace(/\bca\b/g, "_")) || !POLICE_WORD.test(key)) return null;
  if (/\b113\b|cong an|police|cops?\b/.test(key)) return "police";
  if (/\b115\b|ambulance|cap cuu/.test(key)) return "ambulance";
  return /\b111\b|\bhotline\b|tong dai/.test(key) ? "hotline" : "police";
}

/** The opening that thanks the reporter for what they did, in each register; `again` is how to say the call to 113 now. */
const DONE: Record<CalledKind, { vi: string; en: string; viChild: string; enChild: string; again: { vi: string; en: string } }> = {
  police: { vi: "Bạn đã gọi 113, rất tốt.", en: "You already called the police, which was right.", viChild: "Em đã gọi 113 rồi, em làm rất đúng.", enChild: "You already called the police, that was right.", again: { vi: "gọi lại 113", en: "call 113 again" } },
  policeCame: { vi: "Công an đã tới, rất tốt.", en: "The police have come, which is good.", viChild: "Công an đã tới rồi, vậy là tốt.", enChild: "The police have come, that is good.", again: { vi: "gọi lại 113", en: "call 113 again" } },
  ambulance: { vi: "Bạn đã gọi 115 (cấp cứu), rất tốt.", en: "You already called an ambulance, which was right.", viChild: "Em đã gọi 115 (cấp cứu) rồi, em làm rất đúng.", enChild: "You already called an ambulance, that was right.", again: { vi: "gọi ngay 113", en: "call 113" } },
  hotline: { vi: "Bạn đã gọi 111, rất tốt.", en: "You already called 111, which was right.", viChild: "Em đã gọi 111 rồi, em làm rất đúng.", enChild: "You already called 111, that was right.", again: { vi: "gọi ngay 113", en: "call 113" } },
};

const CALLED_TEXT: FlowText = {
  vi: "{done} Nếu trẻ vẫn còn gặp nguy hiểm, hãy {again} (công an) và nói rõ địa chỉ; trẻ bị thương gọi 115 (cấp cứu); 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7) để được tư vấn. Đừng tự đối đầu với người gây hại. Nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
  en: "{done} If the child is still in danger, {again} (police) and give the exact address; 115 (ambulance) if hurt; 111 (child protection hotline, free, 24/7) for advice. Do not confront the person yourself. If you can, keep answering so officers know what happened.",
  viChild: "{done} Nếu em vẫn thấy nguy hiểm, em {again} và nói rõ em ở đâu; bị thương thì gọi 115. Nếu ra được an toàn, em tới chỗ có người lớn em tin. Nếu em đang trốn và gọi sẽ bị nghe thấy: em ở yên, khóa cửa nếu được, tắt chuông điện thoại, nhắn ở đây và nhắn cho một người lớn em tin gọi 113 giúp em. Gọi 111 miễn phí, không cần nói tên.",
  enChild: "{done} If you are still in danger, {again} and say where you are; if you are hurt, call 115. If you can get out safely, go to an adult you trust. If you are hiding and a call would be heard: stay where you are, lock the door if you can, silence your phone, write here and text an adult you trust to call 113 for you. Call 111: it is free and you do not need to give your name.",
};

/** The danger advice for a reporter who did `kind` already: thanks first, then what to do if the danger goes on (113, 115, 111). */
export function calledText(kind: CalledKind): FlowText {
  const d = DONE[kind];
  return {
    vi: fill(CALLED_TEXT.vi, { done: d.vi, again: d.again.vi }),
    en: fill(CALLED_TEXT.en, { done: d.en, again: d.again.en }),
    viChild: fill(CALLED_TEXT.viChild!, { done: d.viChild, again: d.again.vi }),
    enChild: fill(CALLED_TEXT.enChild!, { done: d.enChild, again: d.again.en }),
  };
}

/** Every wording of the advice for a call already made, in each register (the chat says advice once: it must know them all). */
export const CALLED_TEXTS: readonly FlowText[] = (Object.keys(DONE) as CalledKind[]).map(calledText);
