/**
 * "Hiện nay cơ quan nào làm thay Sở LĐTBXH ...?", "... qua cơ quan nào, nay là cơ quan nào?", "Bây giờ gửi qua đâu?", "who does
 * that job now?": a question asking which body holds a plan's task today is answered with today's body first. The plan's body
 * has a successor in the 2025 table (content/registry/successors.json, verified): that successor becomes the first lead of
 * `agencies` and the answer opens with it ("Nay là Sở Y tế (nhận nhiệm vụ về trẻ em của Sở Lao động - Thương binh và Xã hội từ
 * 1/3/2025, ...)"); the plan's own body and its quotes stay, after it, as the predecessor. A question not asking about now
 * ("theo kế hoạch, sở nào chủ trì ...") is left as it is.
 */
import { foldKey } from "../core/vietnamese-text.ts";
import type { ParsedPlan } from "../kb/types.ts";
import type { Answer, AnswerAgency, QaRegistry } from "./answer-types.ts";
import { tr, vnDate } from "./answer-composer.ts";
import type { ParsedQuestion } from "./question-parser.ts";

/**
 * Words asking about today (folded). "nay" alone is also "này" (this), so it counts only as "hiện nay / ngày nay" or right before
 * what it asks ("nay là sở nào", "nay do ai", "nay thuộc"); "giờ" only as "bây giờ" or asking ("giờ thuộc sở nào", "giờ gửi qua đâu").
 */
const NOW_ASKED_RE = new RegExp([
  "\\b(hien nay|ngay nay|hien tai|bay gio|bay h|gio day|luc nay|hien thoi)\\b",
  "(?<!\\b(ke hoach|kh|quyet dinh|qd|van ban|de an|chuong trinh|muc|dieu|phan|giai doan|nam) )\\bnay (la|do|thuoc|thi|ai|ben|gui|chuyen|giao|(la |do |thuoc (ve )?)?(ai|co quan|so|don vi|nganh|ben)( nao)?)\\b",
  "(?<!\\d )\\bgio (thuoc|ai|ben|gui|do|thi|(la )?(ai|so|co quan|don vi|nganh|ben|dau))\\b",
  "\\b(giai the|khong con( nua| ton tai)?|da bi (bo|xoa bo|giai the))\\b",
  "\\b(now|today|currently|nowadays|these days|at present|took over|takes over|taken over|dissolved|abolished|no longer exists?)\\b",
].join("|"));

/** The question asks who or where ("sở nào", "qua đâu", "who", "where"), or whether the body still exists ("còn không"). */
const WHO_OR_STILL_RE = /\b(ai|so nao|co quan nao|don vi nao|nganh nao|ben nao|o dau|qua dau|ve dau|dau|who|whom|which|where|what (department|agency|body|office)|con (khong|ko|k|nua khong)|con ton tai|still exists?)\b/;

/**
 * True when the question asks which body holds the task today. "Ai đôn đốc ...? Sở đó bây giờ còn không?": a question of its own
 * asking who the plan names comes first, and the now is a second question; the plan's body answers the first, so it stays first
 * (the answer's text and `successors` still say today's body).
 */
export function asksTodaysBody(foldedAsked: string, rawAsked: string): boolean {
  const raw = withoutPlaceNow(rawAsked);
  const folded = raw === rawAsked ? foldedAsked : foldKey(raw);
  if (!NOW_ASKED_RE.test(folded) || !WHO_OR_STILL_RE.test(folded)) return false;
  // The folded question has no "?": the written one is split, each part folded.
  const parts = raw.split("?").map((x) => foldKey(x));
  const nowAt = parts.findIndex((x) => NOW_ASKED_RE.test(x));
  return nowAt <= 0 || parts.slice(0, nowAt).every((x) => !WHO_OR_STILL_RE.test(x));
}

/** "now a centrally-run city", "nay là thành phố trực thuộc trung ương", "now merged with Binh Dinh", "now Hue City": what a place is today. */
const PLACE_NOW_RE = new RegExp([
  "\\b(now|nay|hien nay)( (is|la|da|a|an|the|became|tro thanh))* (merged|sap nhap|hop nhat|part of|thuoc)\\b",
  "\\b(now|nay|hien nay)( (is|la|da|a|an|the|became|tro thanh))* (\\S+ ){0,4}(city|province|thanh pho|tinh|trung uong|centrally)\\b",
].join("|"));
/** A body or a question word: a part naming one is not only a place's description. */
const BODY_OR_ASKED_RE = /\b(so|bo|phong|uy ban|ubnd|ldtbxh|department|ministry|dolisa|molisa|agency|committee|office|co quan|don vi|nganh|ai|nao|gi|dau|who|whom|which|what|where)\b/;

/**
 * "At city level (Hue, now a centrally-run city), who organises ...?", "Ở Huế (nay là thành phố trực thuộc trung ương), ai ...?": a
 * part of the question, between brackets or commas, telling what a place is now does not ask who holds the task today; it is
 * left out before the question is read for "now". A part naming a body or asking ("Sở LĐTBXH nay sáp nhập, ai làm?") stays.
 */
export function withoutPlaceNow(raw: string): string {
  if (!/\b(now|nay)\b/i.test(foldKey(raw))) return raw;
  return raw.split(/([(),;])/).map((part) => {
    const f = foldKey(part);
    return PLACE_NOW_RE.test(f) && !BODY_OR_ASKED_RE.test(f) ? " " : part;
  }).join("");
}

/** The today's-holder line of answerTodaysHolder, which says the same first, with its date and basis. */
const SAME_LINE_RE = /^(Nhiệm vụ về trẻ em kế hoạch giao cho .+ nay do |The child-protection duties the plan gave .+ are now held by )/u;

/** The answer with today's body first, when the question asks about now and the first lead of the plan has a successor. */
export function withTodaysBodyFirst(q: ParsedQuestion, a: Answer, plans: readonly ParsedPlan[], registry: QaRegistry): Answer {
  if (!a.found || !asksTodaysBody(q.folded, q.raw)) return a;
  const firstAt = a.agencies.findIndex((x) => x.role === "lead" || x.role === "responsible");
  if (firstAt < 0) return a;
  const first = a.agencies[firstAt]!;
  const old = registry.agencies.find((g) => g.name === first.name) ?? registry.findAgencies(first.name).find((h) => h.start === 0)?.agency;
  if (!old) return a;
  const plan = plans.find((p) => a.citations.some((c) => c.document === p.documentNumber));
  const provinceId = plan?.province.provinceId ?? undefined;
  const successor = registry.successorsOf(old.id, provinceId).find((s) => s.verified && s.toAgencyIds.length > 0 && s.toAgencyIds[0] !== old.id);
  const today = successor ? registry.agency(successor.toAgencyIds[0]!) : null;
  // "Sở Y tế nay lo mảng trẻ em; kế hoạch giao việc này cho sở nào?": today's body is told, so the plan's body is what is asked.
  if (!successor || !today || q.agencies.some((g) => successor.toAgencyIds.includes(g.id))) return a;
  const others = successor.toAgencyIds.slice(1).map((id) => registry.agency(id)).filter((x) => !!x);
  const basis = successor.legalBasis.replace(/\s*\(.*\)\s*$/, "");
  // The answer already opens with it ("Nhiệm vụ về trẻ em kế hoạch giao cho ... nay do Sở Y tế đảm nhận (từ ...)"): only the list changes.
  const lines = a.answer.split("\n");
  const said = SAME_LINE_RE.test(lines[0] ?? "");
  const opening = said ? [] : [tr(q.language,
    `Nay là ${today.name} (nhận nhiệm vụ về trẻ em của ${old.name} từ ${vnDate(successor.effective)}, ${basis}${others.length ? `; phần việc khác chuyển sang ${others.map((o) => o.name).join(", ")}` : ""}). Kế hoạch (ban hành trước sắp xếp 2025) giao việc này cho ${old.name}:`,
    `Today it is the ${today.english} (${today.name}), which took over the child-protection duties of the ${old.english} (${old.name}) from ${successor.effective} (${basis})${others.length ? `; other parts went to the ${others.map((o) => `${o.english} (${o.name})`).join(", ")}` : ""}. The plan, written before the 2025 reorganisation, gives this task to the ${old.english}:`)];
  const todayAgency: AnswerAgency = q.language === "en" ? { name: today.name, role: first.role, english: today.english } : { name: today.name, role: first.role };
  const agencies = [...a.agencies.slice(0, firstAt), todayAgency, ...a.agencies.slice(firstAt).filter((x) => x.name !== today.name || x.role !== first.role)];
  return { ...a, answer: [...opening, ...lines].join("\n"), agencies };
}

/**
 * "Sở Y tế Huế bây giờ có nhận luôn việc đôn đốc, báo cáo ... không?", "Sở Tài chính nay có làm việc vận động ODA của Sở KH&ĐT
 * không?": a body asked by its 2025 name, where the plan gives the task to the body it took over from. The answer quotes the plan's
 * body; when it does not say the body asked, a line says that the body asked took over the plan's body's duties, with the date and
 * the legal basis (content/registry/successors.json, verified records only), so the quotes are read as today's body's task.
 */
export function withNamedSuccessorSaid(q: ParsedQuestion, a: Answer, plans: readonly ParsedPlan[], registry: QaRegistry): Answer {
  if (!a.found || q.agencies.length === 0) return a;
  const cited = plans.filter((p) => a.citations.some((c) => c.document === p.documentNumber));
  if (cited.length === 0) return a;
  const shown = foldKey(a.answer);
  const lines: string[] = [];
  for (const heir of q.agencies) {
    if (shown.includes(foldKey(heir.name))) continue;
    for (const plan of cited) {
      const provinceId = plan.province.provinceId ?? undefined;
      const quotes = a.citations.filter((c) => c.document === plan.documentNumber).map((c) => c.quote);
      const record = registry.successors.find((s) => s.verified && s.toAgencyIds[0] === heir.id && s.fromAgencyId !== heir.id
        && registry.successorsOf(s.fromAgencyId, provinceId).includes(s)
        // The quote must be the plan's work for the old body, led or owned by it: a body it only coordinates with, or one merely
        // named in the quote ("Chủ trì, phối hợp với Sở LĐTBXH ..." given to Sở KH&ĐT), passed nothing to its heir.
        && quotes.some((quote) => plan.assignments.some((x) => x.agencyId === s.fromAgencyId && (x.role === "lead" || x.role === "responsible")
          && (x.quote.includes(quote) || quote.includes(x.quote)))));
      const old = record ? registry.agency(record.fromAgencyId) : null;
      if (!record || !old) continue;
      const basis = record.legalBasis.replace(/\s*\(.*\)\s*$/, "");
      // Split between heirs: the labour department's children's part went to one heir, said as such; another split body's share
      // is the one its record's note says (which follows), so the line says only "part of" its duties.
      const split = record.toAgencyIds.length > 1;
      const children = split && /^(so|bo)-ldtbxh$/.test(record.fromAgencyId);
      const partVi = children ? "nhiệm vụ về trẻ em" : split ? "một phần nhiệm vụ" : "nhiệm vụ";
      const partEn = children ? "the child-protection duties" : split ? "part of the duties" : "the duties";
      const line = split && !children
        ? tr(q.language,
          `${heir.name} nhận ${partVi} của ${old.name} từ ${vnDate(record.effective)} (${basis}); việc kế hoạch giao cho ${old.name} (trích dưới đây) chuyển theo ghi chú: ${record.note}`,
          `The ${heir.english} (${heir.name}) took over ${partEn} of the ${old.english} (${old.name}) from ${record.effective} (${basis}); what the plan gives the ${old.english} (quoted below) moved as the note says: ${record.noteEn}`)
        : tr(q.language,
          `${heir.name} nhận ${partVi} của ${old.name} từ ${vnDate(record.effective)} (${basis}): ${children ? "phần việc về trẻ em" : "việc"} kế hoạch giao cho ${old.name} (trích dưới đây) nay thuộc ${heir.name}. ${record.note}`,
          `The ${heir.english} (${heir.name}) took over ${partEn} of the ${old.english} (${old.name}) from ${record.effective} (${basis}): ${children ? "the child-protection work" : "what"} the plan gives the ${old.english} (quoted below) is now the ${heir.english}'s. ${record.noteEn}`);
      if (!lines.includes(line)) lines.push(line);
      break;
    }
  }
  return lines.length === 0 ? a : { ...a, answer: [...lines, a.answer].join("\n") };
}
