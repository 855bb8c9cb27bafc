/**
 * "KH 2509 Gia Lai ban hành năm 2019 đúng không?", "Was Tay Ninh's plan 1979 signed in 2018?": a signing year or date stated for one
 * plan, checked against the date the plan writes; said first (yes, or no with the plan's date), then the line of the plan that
 * writes it, quoted ("Gia Lai, ngày 28 tháng 10 năm 2024"). Never a premise confirmed that the plan contradicts.
 */
import type { ParsedPlan } from "../kb/types.ts";
import type { QaRegistry } from "./answer-types.ts";
import { emptyDraft, planLabel, tr, vnDate, type Draft } from "./answer-composer.ts";
import type { ParsedQuestion } from "./question-parser.ts";

/** A word saying the plan was signed or issued ("ky" not the "kỳ" of "định kỳ", "nhiệm kỳ", "học kỳ"). */
const SIGNED_WORD_RE = /\b(ban hanh|(?<!(dinh|nhiem|hoc|thoi|chu|moi|cuoi|dau|giua) )ky|issued?|signed?|dated|ra doi|released?)\b/g;
const FULL_DATE_RE = /^(?:ngay )?(\d{1,2})(?:[/.-]| thang )(\d{1,2})(?:[/.-]| nam )((?:19|20)\d\d)\b/;
/** A year, not the first of a span ("2016 2020", folded from "2016-2020"): a span is a period. */
const YEAR_RE = /^(?:nam |the year )?((?:19|20)\d\d)(?![\d/])(?! (?:19|20)\d\d\b)/;
/**
 * Words after which a year is the plan's period, not its signing: "ban hành để thực hiện đến năm 2030", "ký ... giai đoạn
 * 2021-2025", "issued to run until 2030", "carried out by 2030" ("by" only before a year: "signed by the chairman in 2019").
 */
const PERIOD_START_RE = /^(den|toi|giai doan|thuc hien|ap dung|keo dai|until|till|through|period|run|runs|cover|covers|last|lasts|by (the year )?(19|20)\d\d)\b/;
/** "Yes/no" asked: a Vietnamese tag ("đúng không", "phải ko"), "right?", or an English question opening with a verb. */
const YES_NO_RE = /\b((dung|phai) (khong|ko|k|hong|hok)|co phai|right|correct|true|is that so)\b|^(was|is|did|does|were)\b/;
/** The date alone asked: the tag ends the question, or an English yes/no question asks nothing after it ("..., and who signed it?"). */
const ALONE_RE = /\b((dung|phai) (khong|ko|k|hong|hok)|co phai khong|right|correct|true|is that so)\s*$|^(was|is|did|does|were)\b(?!.*\b(and|also|then)\b)/;
/** Another document named by its number and kind ("Chỉ thị 28", "1506/QĐ-LĐTBXH"): its date, not the plan's, may be what is stated. */
const OTHER_DOC_RE = /\b(chi thi|nghi dinh|nghi quyet|thong tu|luat|directive|decree|resolution|circular|law)\b|\d+\s*[-/]\s*(qd|ct|nd|tt|nq|kh)\b/;

interface StatedDate { day?: number; month?: number; year: number; }

function statedDate(folded: string, own: ReadonlySet<string>): StatedDate | null {
  for (const m of folded.matchAll(SIGNED_WORD_RE)) {
    // The date within a few words after the signing word ("ban hành vào ngày 26/2/2015", "issued plan 2509 in 2024").
    const after = folded.slice(m.index + m[0].length).trim().split(" ");
    for (let i = 0; i < Math.min(after.length, 6); i++) {
      const rest = after.slice(i).join(" ");
      if (PERIOD_START_RE.test(rest)) break;
      const full = FULL_DATE_RE.exec(rest);
      if (full) return { day: Number(full[1]), month: Number(full[2]), year: Number(full[3]) };
      const year = YEAR_RE.exec(rest);
      if (year && !own.has(year[1]!)) return { year: Number(year[1]) };
    }
  }
  return null;
}

/** The line of the plan that writes its signing date ("Tây Ninh, ngày 11 tháng 9 năm 2019"; "... ngày 17/9/2014 của Chủ tịch UBND tỉnh)"). */
export function dateLine(plan: ParsedPlan, iso: string): string | null {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  const words = new RegExp(`ngày\\s+0?${d}\\s+tháng\\s+0?${m}\\s+năm\\s+${y}(?!\\d)`, "u");
  const digits = new RegExp(`(?<![\\d/])0?${d}/0?${m}/${y}(?!\\d)`, "u");
  const lines = plan.text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 300);
  // The place and date line first, then a line saying what issued the plan, then any line with the date.
  return lines.find((l) => words.test(l) && /^[\p{Lu}][^,]{1,40}, ngày/u.test(l))
    ?? lines.find((l) => (words.test(l) || digits.test(l)) && /ban hành|kèm theo/iu.test(l))
    ?? lines.find((l) => words.test(l) || (digits.test(l) && !/^Ngày (ban hành|có hiệu lực)/u.test(l)))
    ?? null;
}

/**
 * The answer to a signing date stated for the one plan asked about, or null when none is stated (or another document is named);
 * `alone` when the date is all that is asked (otherwise its lines open the answer to the rest: "... ký năm 2016 phải không, có hiệu
 * lực từ khi nào?").
 */
export function answerSignedClaim(q: ParsedQuestion, chosen: readonly ParsedPlan[], registry: QaRegistry): { draft: Draft; alone: boolean } | null {
  if (chosen.length !== 1 || q.agencies.length > 0 || !YES_NO_RE.test(q.folded)) return null;
  const plan = chosen[0]!;
  if (!plan.signedDate) return null;
  const own = new Set([plan.documentNumber, ...plan.otherNumbers].map((n) => n.split("/")[0]!.trim()));
  const unplanned = q.folded.replace(/\b\d+\s*\/\s*(qd|kh)\s*-?\s*ubnd\b/g, " ");
  if (OTHER_DOC_RE.test(unplanned)) return null;
  const stated = statedDate(q.folded, own);
  if (!stated) return null;
  const line = dateLine(plan, plan.signedDate);
  if (!line) return null;
  const [y, m, d] = plan.signedDate.slice(0, 10).split("-").map(Number) as [number, number, number];
  const holds = stated.year === y && (stated.month === undefined || (stated.month === m && stated.day === d));
  const label = planLabel(plan, registry, q.language);
  const signed = vnDate(plan.signedDate);
  const asked = stated.day !== undefined ? `${stated.day}/${stated.month}/${stated.year}` : `${stated.year}`;
  const draft = emptyDraft();
  draft.lines.push(holds
    ? tr(q.language, `Đúng: ${label} ký ban hành ngày ${signed}.`, `Yes: ${label} was signed on ${signed} (day/month/year).`)
    : tr(q.language, `Không: ${label} ký ban hành ngày ${signed}, không phải ${stated.day !== undefined ? `ngày ${asked}` : `năm ${asked}`}.`,
      `No: ${label} was signed on ${signed} (day/month/year), not ${stated.day !== undefined ? `on ${asked}` : `in ${asked}`}.`));
  draft.lines.push(tr(q.language, `Văn bản ghi: “${line}”`, `The text says: “${line}”`));
  draft.citations.push({ plan, section: tr(q.language, "đầu văn bản", "header"), quote: line });
  draft.found = true;
  draft.settled = true;
  draft.confidence = 0.9;
  return { draft, alone: ALONE_RE.test(q.folded) };
}
