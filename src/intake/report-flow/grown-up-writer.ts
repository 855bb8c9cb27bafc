/**
 * Whether the writer is known to be a grown-up, so that advice for a grown-up fits (no line "if you are a child", picture advice that
 * speaks of the child): the story names the writer's relation to the child (a parent, a relative, a teacher, a neighbour), and the writer
 * is not a sister, a brother or a friend of unknown age (a 14-year-old sister writes "em là chị gái của bé"), and not the child themself.
 * A writer who says they hurt the child themself is not a bystander either (walk 53, second reading).
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { ReporterRelation } from "../case-intake-port.ts";

/** The writer is the child's sister, brother or friend (folded): "em là chị gái của bé", "em trai tôi", "I'm his big brother", "my friend". */
const SIBLING_OR_FRIEND = /\b(?:toi|tui|em|minh|t|con|chau)\s+la\s+(?:chi|anh|em|ban)(?:\s+(?:gai|trai|ho|ruot|than|cung lop))?\s+(?:cua|ruot|cung)\b|\b(?:chi|anh|em)\s+(?:gai|trai)\s+(?:cua\s+)?(?:toi|tui|em|minh)\b|\bban\s+(?:than\s+)?(?:cua\s+)?(?:toi|tui|em|minh)\b|\bi\s*(?:m|am)\s+(?:her|his|their|the child s|the kid s)\s+(?:big\s+|older\s+|little\s+|younger\s+|best\s+)?(?:sister|brother|sis|bro|friend|cousin)\b|\bmy\s+(?:little\s+|younger\s+|big\s+|older\s+|best\s+|baby\s+)?(?:sister|brother|sis|bro|friend)\b/;
/** An adult age of the writer (folded): "tôi 25 tuổi", "em năm nay 19 tuổi", "I'm 30", "I am 22 years old". */
const WRITER_AGE = /\b(?:toi|tui|em|minh|chi|anh)\s+(?:nam nay\s+)?(\d{2})\s+tuoi\b|\bi\s*(?:m|am)\s+(\d{2})\b/;
/** The writer hurts the child themself (folded): "tôi hay đánh con", "tôi lỡ tát con gái tôi", "I keep hitting my son". */
const WRITER_HARMS = /\b(?:toi|tui|minh|em)\s+(?:hay|thuong|da|lo|vua|cu|lai|hay bi nong va)?\s*(?:danh|tat|dam|bop co|dap)\s+(?:con|be|chau|thang be|con be)\b|\bi\s+(?:keep\s+|often\s+|sometimes\s+|have\s+)?(?:hit|hitting|beat|beating|slap|slapping|slapped|hurt|hurting|smack|smacking)\s+my\s+(?:son|daughter|child|kid|kids|children|boy|girl)\b/;

/** The writer is known to be a grown-up who did not do the harm (see above). */
export function grownUpWriter(text: string | null, relation: ReporterRelation | null | undefined): boolean {
  if (relation == null || relation === "self") return false;
  const key = text ? foldKey(text) : "";
  if (WRITER_HARMS.test(key)) return false;
  if (!SIBLING_OR_FRIEND.test(key)) return true;
  const m = WRITER_AGE.exec(key);
  return m !== null && Number(m[1] ?? m[2]) >= 18;
}
