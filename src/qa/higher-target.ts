/**
 * "... của Đắk Lắk và của Huế là bao nhiêu, bên nào cao hơn?", "which target is higher, X or Y?": two targets asked side by
 * side and which is the higher one. Each cited target gives the share written nearest the question's words; when two are found
 * the answer says which is higher, in numbers the quotes hold (never a number of its own).
 */
import { planLabel, provinceLabel, tr, type Draft } from "./answer-composer.ts";
import type { HandlerContext } from "./intent-handlers.ts";

/** "bên nào cao hơn", "tỉnh nào đặt chỉ tiêu cao hơn", "chỉ tiêu nào cao hơn", "which is higher", "which province aims higher". */
const HIGHER_ASKED_RE = /\b(cao hon|thap hon|lon hon|nho hon|higher|lower|greater|bigger|smaller)\b/;

interface Share { value: number; written: string; plan: Draft["citations"][number]["plan"] }

const PERCENT_RE = /(\d{1,3}(?:[.,]\d+)?) ?%/g;

/** The share in a quote written nearest the question's words: the one whose words, up to the next share, hold most of them. */
function shareOf(folded: string, terms: ReadonlySet<string>): { value: number; written: string } | null {
  const found = [...folded.matchAll(PERCENT_RE)];
  if (found.length === 0) return null;
  const score = (at: number) => {
    const next = found.find((m) => m.index > at)?.index ?? folded.length;
    return folded.slice(at, next).split(/[^\p{L}\d]+/u).filter((w) => terms.has(w)).length;
  };
  const best = found.reduce((x, y) => (score(y.index) > score(x.index) ? y : x));
  return { value: Number(best[1]!.replace(",", ".")), written: `${best[1]}%` };
}

/** The draft with a line that says which of two cited shares is higher, when the question asks it. */
export function withHigherSaid(ctx: HandlerContext, d: Draft): Draft {
  if (!d.found || !HIGHER_ASKED_RE.test(ctx.q.folded)) return d;
  const terms = new Set(ctx.terms.flatMap((t) => t.split(" ")));
  const shares: Share[] = [];
  for (const c of d.citations) {
    const s = shareOf(c.quote.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase(), terms);
    if (!s || shares.some((x) => x.plan === c.plan && x.written === s.written)) continue;
    shares.push({ ...s, plan: c.plan });
  }
  if (shares.length !== 2) return d;
  const [a, b] = shares as [Share, Share];
  const apart = a.plan !== b.plan;
  const name = (s: Share) => (apart ? `${provinceLabel(s.plan, ctx.registry)} (${s.written})` : s.written);
  if (a.value === b.value) {
    d.lines.unshift(tr(ctx.lang, `Hai chỉ tiêu bằng nhau: ${name(a)} và ${name(b)}.`, `The two targets are equal: ${name(a)} and ${name(b)}.`));
    return d;
  }
  const [hi, lo] = a.value > b.value ? [a, b] : [b, a];
  const where = apart ? "" : tr(ctx.lang, ` (cùng ${planLabel(a.plan, ctx.registry, ctx.lang)})`, ` (both in ${planLabel(a.plan, ctx.registry, ctx.lang)})`);
  d.lines.unshift(tr(ctx.lang, `So sánh: ${name(hi)} cao hơn ${name(lo)}${where}.`, `Compared: ${name(hi)} is higher than ${name(lo)}${where}.`));
  return d;
}
