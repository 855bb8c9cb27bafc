/**
 * "Trong các kế hoạch, văn bản nào không ghi tên tỉnh ban hành?", "which plan never names its province?": asked of every plan,
 * answered from what the knowledge base stores of each plan's province (as written, or inferred and how), not from a passage.
 */
import { emptyDraft, tr, type Draft } from "./answer-composer.ts";
import { answerPlanProvince, type HandlerContext } from "./intent-handlers.ts";
import type { ParsedPlan } from "../kb/types.ts";

/** The province not written: "không ghi (tên) tỉnh", "thiếu tên tỉnh", "does not name its province", "no province named". */
const UNNAMED_PROVINCE_RE = /\b(khong (ghi|neu|noi|nhac|viet|co)( ro)?( ten)? tinh|(thieu|an|khuyet) ten tinh|khong ro (la )?(cua )?tinh nao|(does not|doesn t|do not|don t|never|fails to) (name|state|say|mention|give|write)s?( \w+){0,2} (province|provinces)|(province|province s name) (is )?(not|never) (named|stated|given|written|mentioned)|without (naming )?(a|its|the|any) province|no province (is )?(named|stated|given|written))\b/;
/** Which of the documents: "văn bản nào", "kế hoạch nào", "which plan/document/decision". */
const WHICH_DOCUMENT_RE = /\b(van ban|ke hoach|quyet dinh|kh|qd) nao\b|\b(which|what) (of the )?(plans?|documents?|decisions?)\b|\bnhung (van ban|ke hoach|quyet dinh)\b/;

/** "Văn bản nào không ghi tên tỉnh?": about the plans themselves, so on topic though it names no child-protection word. */
export const asksUnnamedProvince = (folded: string): boolean => UNNAMED_PROVINCE_RE.test(folded) && WHICH_DOCUMENT_RE.test(folded);

export function answerUnnamedProvince(ctx: HandlerContext, all: readonly ParsedPlan[]): Draft | null {
  if (!asksUnnamedProvince(ctx.q.folded)) return null;
  // Only asked of the plans as a whole (none named by number or province): one named is answered by answerPlanProvince itself.
  if (ctx.q.documentNumber !== null || ctx.q.provinces.length > 0) return null;
  const unnamed = all.filter((p) => p.province.asWritten === null);
  if (unnamed.length === 0) {
    const d = emptyDraft();
    d.lines.push(tr(ctx.lang, "Mọi kế hoạch trong kho đều ghi tên tỉnh ban hành.", "Every plan held names its province."));
    d.settled = true;
    return d;
  }
  const d = answerPlanProvince({ ...ctx, plans: unnamed });
  const numbers = unnamed.map((p) => p.documentNumber).join(", ");
  d.lines.unshift(tr(ctx.lang, `Trong ${all.length} kế hoạch của kho, ${unnamed.length === 1 ? "chỉ có" : "có"} ${numbers} không ghi tên tỉnh ban hành.`,
    `Of the ${all.length} plans held, ${numbers} ${unnamed.length === 1 ? "is the only one that does" : "do"} not name the province.`));
  d.found = true;
  return d;
}
