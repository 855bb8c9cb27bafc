/**
 * "KH số 273-KH/TU mà KH 2509 triển khai là của cơ quan nào ban hành?", "Who issued Decision 535/QĐ-TTg?": the question asks
 * who issued a document a plan cites by its number (not one of the plans held). The plans write the issuer right after the
 * number ("Kế hoạch số 273-KH/TU, ngày 20 tháng 9 năm 2024 của Tỉnh ủy về ..."): that is the answer, quoted as written.
 */
import { foldKey } from "../core/vietnamese-text.ts";
import { emptyDraft, planLabel, tr, type Draft } from "./answer-composer.ts";
import type { HandlerContext } from "./intent-handlers.ts";
import type { ParsedPlan } from "../kb/types.ts";

/** Who issued it, asked in Vietnamese or English (folded). */
const ASKS_ISSUER_RE = /\b(co quan nao ban hanh|ai ban hanh|do (co quan|don vi|cap|noi) nao (ban hanh|phe duyet)|la cua (co quan|don vi|cap|ai)|cua (co quan|don vi|cap) nao|(co quan|don vi|noi) ban hanh (la )?(gi|ai|nao)|ban hanh boi|who (issued|adopted|approved)|issued by (whom|which|what)|stands? for|short for|abbreviations?|acronyms?|(chu )?viet tat (cua|cho|la)|viet tat (gi|nghia)|which (body|agency|authority|organ|office) (issued|adopted)|whose (decision|plan|directive|resolution|document))\b/;
/** A document's number with its kind after it, as a question writes it: "273-KH/TU", "1506/QĐ-LĐTBXH", "2361/qd-ttg". */
const CITED_NUMBER_RE = /(?<![\d/])(\d{1,5})((?:\/\d{4})?[-/][\p{L}&]+(?:[-/][\p{L}&]+)*)/u;
/** What the plans write between the number and its issuer (a date, a comma), then "của <issuer>" up to what it is about. */
const ISSUER_AFTER_RE = /^[^;:“”"()\n]{0,60}?(?<![\p{L}])(?:của|CỦA)\s+([^,;:(“”"\n]{2,70}?)(?=\s+(?:về|VỀ|ban hành|BAN HÀNH|phê duyệt|PHÊ DUYỆT|quy định|thực hiện|THỰC HIỆN|tại|TẠI|phê|tổ chức)(?![\p{L}])|\s+và\s+(?:Quyết định|Kế hoạch|Thông báo|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Công văn)(?![\p{L}])|[,;:(“”"\n.]|$)/u;
/** The kind of document written before the number ("Kế hoạch số ", "Quyết định "), kept in the quote. */
const KIND_BEFORE_RE = /(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Thông báo|Công văn|QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ)(?:\s+số)?\s*$/u;

/** What the document is about, asked beside its issuer. */
const ABOUT_ASKED_RE = /\b(ve cai gi|ve viec gi|ve van de gi|ve gi|noi dung (gi|la gi)|about what|what (is|was) it about|on what|(la )?(van ban|quyet dinh|ke hoach) (gi|nao)|what (is|was) (that|this|the) (document|decision|plan)|what (document|decision) (is|was) (it|that|this))\b/;
/** What the document itself is, asked ("là văn bản gì", "what is that document"): the line saying what it issued answers first. */
const WHAT_IT_IS_RE = /\b((la )?(van ban|quyet dinh|ke hoach) (gi|nao)|what (is|was) (that|this|the) (document|decision|plan)|what (document|decision) (is|was) (it|that|this))\b/;
const ISSUED_WHAT_RE = /\s(?:ban hành|BAN HÀNH)\s/u;
/** The "về ..." phrase after the issuer, to the end of its clause (at most about 240 characters, ending at a word). */
const ABOUT_AFTER_RE = /^\s+(?:về|VỀ)\s[^;(“”"\n]{1,240}(?=[;(“”"\n]|\s|$)|^\s+(?:ban hành|BAN HÀNH)\s[^,;(“”"\n]{1,240}(?=[,;(“”"\n]|$)/u;

const foldNumber = (s: string): string => foldKey(s).replace(/\s+/g, "");

/** The issuer of a document the plans cite, or null when the question asks no issuer of a cited number. */
export function answerCitedIssuer(ctx: HandlerContext, all: readonly ParsedPlan[]): Draft | null {
  const q = ctx.q;
  // A cited number is written with "/" or "-" (CITED_NUMBER_RE): a question with neither cites none (most questions; no pattern run).
  if ((!q.raw.includes("/") && !q.raw.includes("-")) || !ASKS_ISSUER_RE.test(q.folded)) return null;
  const m = CITED_NUMBER_RE.exec(q.raw);
  if (!m) return null;
  const digits = m[1]!;
  // A plan held asked by its own number ("2130/QĐ-UBND do ai ban hành?"): its header answers, elsewhere.
  if (all.some((p) => p.documentNumber.split("/")[0] === digits)) return null;
  const wanted = foldNumber(`${digits}${m[2]}`);
  const about = ABOUT_ASKED_RE.test(q.folded);
  const at = new RegExp(`(?<![\\d/])${digits}(?:\\/\\d{4})?[-/][\\p{L}&/-]+`, "gu");
  const hits: Array<{ plan: ParsedPlan; section: string; quote: string; issuer: string }> = [];
  // The plans the question names first, then the others: a document is cited with its issuer somewhere in them.
  const order = [...ctx.plans, ...all.filter((p) => !ctx.plans.includes(p))];
  for (const plan of order) {
    if (!plan.text.includes(digits)) continue;
    for (const p of ctx.index.passages) {
      if (p.plan !== plan || !p.quote.includes(digits)) continue;
      for (const n of p.quote.matchAll(at)) {
        if (foldNumber(n[0]) !== wanted) continue;
        const after = ISSUER_AFTER_RE.exec(p.quote.slice(n.index + n[0].length));
        if (!after) continue;
        let end = n.index + n[0].length + after[0].length;
        // "... là của ai, về cái gì?": what the document is about follows its issuer ("của Tỉnh ủy về thực hiện Chỉ thị ..."), quoted too.
        if (about) end += ABOUT_AFTER_RE.exec(p.quote.slice(end))?.[0].trimEnd().length ?? 0;
        const kind = KIND_BEFORE_RE.exec(p.quote.slice(Math.max(0, n.index - 20), n.index));
        const start = kind ? n.index - kind[0].length : n.index;
        hits.push({ plan, section: p.sectionPath, quote: p.quote.slice(start, end).trim(), issuer: after[1]!.trim() });
      }
    }
    if (hits.length > 0) break;
  }
  // What the document is, asked: the line that says what it issued ("... ban hành Kế hoạch thực hiện kết luận ..."), first.
  if (WHAT_IT_IS_RE.test(q.folded)) hits.sort((x, y) => Number(ISSUED_WHAT_RE.test(y.quote)) - Number(ISSUED_WHAT_RE.test(x.quote)));
  // Written as a sentence rather than in a capitalised title, when both are there.
  const best = hits.find((h) => h.issuer !== h.issuer.toUpperCase()) ?? hits[0];
  if (!best) return null;
  const number = `${digits}${m[2]}`;
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `Văn bản số ${number} do ${best.issuer} ban hành (theo ${planLabel(best.plan, ctx.registry, ctx.lang)}, mục ${best.section}).`,
    `${number} was issued by ${best.issuer} (as ${planLabel(best.plan, ctx.registry, ctx.lang)} writes it, section ${best.section}).`));
  // "LĐTBXH nghĩa là gì?", "what does VPCP stand for?": the short form after the kind, when its letters are the issuer's words.
  const spelled = STANDS_FOR_RE.test(q.folded) ? spelledOut(m[2]!, best.issuer) : null;
  if (spelled) d.lines.push(tr(ctx.lang, `${spelled.short} là chữ viết tắt của “${spelled.words}”.`, `${spelled.short} stands for “${spelled.words}”.`));
  d.lines.push(tr(ctx.lang, `Trích: “${best.quote}”`, `The plan says: “${best.quote}”`));
  d.citations.push({ plan: best.plan, section: best.section, quote: best.quote });
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** A short form asked what it stands for. */
const STANDS_FOR_RE = /\b(stands? for|short for|abbreviations?|acronyms?|viet tat)\b/;
/** The head word of an issuer's name, which its short form leaves out ("Bộ", "Sở", "Ủy ban nhân dân" keeps its letters). */
const ISSUER_HEAD_RE = /^(Bộ|Sở|Ban|Tổng cục|Cục)\s+/u;

/**
 * The last part of a number ("LĐTBXH" of "1506/QĐ-LĐTBXH") and the issuer's words it is the initials of ("Lao động - Thương binh
 * và Xã hội"), or null when its letters are not those words' first letters (then nothing is said of what it stands for).
 */
function spelledOut(kind: string, issuer: string): { short: string; words: string } | null {
  const short = kind.split(/[-/]/).filter(Boolean).pop() ?? "";
  const words = issuer.replace(ISSUER_HEAD_RE, "").trim();
  const initials = words.split(/[\s-]+/).filter((w) => w && !/^(và|and|&)$/iu.test(w)).map((w) => w[0]!).join("");
  return short.length >= 2 && foldKey(initials) === foldKey(short) ? { short, words } : null;
}
