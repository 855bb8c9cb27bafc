/**
 * What a reporter adds after the case code is read for danger as a first message would be (walk 47: "nó đang đạp cửa",
 * "ông ấy quay lại rồi" got no 113 line): force used now against the child or at their door, or the one who harms back
 * where the child is. Read on the chat key (folded, chat spellings written out), whole words.
 */
import { chatKey, saysNoDanger, saysSafeNow } from "./answer-matching.ts";

/** Someone, as the subject of what is done now (folded): "ông ta", "hắn", "ổng", "bố nó", "he". */
const SOMEONE = String.raw`(?:ong|ba|ong ta|ong ay|ba ta|ba ay|han|gia|thang|thang do|thang kia|ga|ga do|nguoi do|tui no|bon no|chung no|(?:bo|ba|me|ma|cha|duong|bo duong|me ke|chu|cau|bac|anh|chi)(?: (?:no|be|chau|em|con be|thang be))?|he|she|they|the man|the woman|her dad|his dad|her father|his father|her mother|his mother|her stepdad|his stepdad)`;
/** "nó" (most often the child) is the one who harms only when it comes back at someone: "nó quay lại rồi", "nó lại đến"; "nó về nhà rồi" is the child home (RD2 item 9). */
const IT_BACK = String.raw`\bno\s+(?:(?:lai|da|vua|moi|dang)\s+)*(?:quay lai|tro lai|lai den|lai toi|lai sang|lai qua|mo cua vao)\b`;
/** Force now (folded): at the door, at the child, with a weapon; "đang đạp cửa", "vừa xông vào", "lại đang đánh bé". */
const FORCE = String.raw`(?:dap cua|dap pha|pha cua|dap cua phong|xong vao|dap vo|dap do|dap pha do dac|la het|gao thet|chui boi|doa giet|doi giet|doi danh|dam(?! (?:cuoi|hoi|gio|ma|tang|tiec|dong|day thang|ruoc))|danh|dap|bop co|siet co|cam dao|cam gay|cam roi|cam bua|cam keo|keo le|loi (?:be|chau|no|con be|thang be))`;
/** Telling of it ("bé vừa kể bố đánh nó", "kể lại chuyện bố đánh") is no force now. */
const TOLD = String.raw`(?:ke|noi|ke lai|nhac|chuyen|bao|thuat|khai)`;
const FORCE_NOW = new RegExp(String.raw`(?<!\b${TOLD} )\b(?:dang|van dang|lai dang|vua|lai|bat dau)\s+(?:(?!${TOLD}\s)\S+\s+){0,2}?${FORCE}\b`);
/** The one who harms back where the child is (folded): "ông ấy quay lại rồi", "ổng về rồi", "hắn lại đến", "he came back", "he's back". */
const BACK = new RegExp(String.raw`${IT_BACK}|\b${SOMEONE}\s+(?:(?:lai|da|vua|moi|dang)\s+)*(?:quay lai|quay ve|tro lai|tro ve|ve roi|ve nha roi|den roi|toi roi|lai den|lai toi|lai sang|lai qua|sang roi|qua roi|mo cua vao)\b|\b(?:he|she|they)\s+(?:came|come|is coming|s coming|are coming|got)\s+back\b|\b(?:he|she|they)\s+(?:is|s|are|re)\s+back\b`);
/** Force now, in English (folded): "he is kicking her door", "they are banging on the door", "he is hitting her again". */
const FORCE_EN = /\b(?:is|s|are|re)\s+(?:\w+\s+)?(?:kicking|banging|breaking|smashing|hitting|beating|punching|choking|strangling|dragging|threatening|shouting at|yelling at|screaming at)\b/;

/** Safe said, not denied (folded): "bé đang ở nhà tôi, an toàn rồi", "she is safe with me"; not "không an toàn". */
const SAFE_SAID = /(?<!\b(?:khong|ko|k|chua|chang|hong|hok|not|isn t|un) )\b(?:an toan|safe)\b/;

/**
 * The addition tells of danger now: force used now, or the one who harms back, when the case was about harm done by someone
 * (`harmedBySomeone`). Never when the words say the child is safe ("ông ấy về rồi nhưng bé đang ở nhà tôi, an toàn").
 */
export function addedDangerNow(text: string, harmedBySomeone: boolean): boolean {
  const key = chatKey(text);
  if (saysNoDanger(text) || saysSafeNow(text) || SAFE_SAID.test(key)) return false;
  if (FORCE_NOW.test(key) || FORCE_EN.test(key)) return true;
  return harmedBySomeone && BACK.test(key);
}
