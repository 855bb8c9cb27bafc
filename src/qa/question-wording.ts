/**
 * Wordings of questions the plans answer that the intent rules alone miss: English questions that
 * name Vietnamese places and bodies, and the everyday phrasings officials use for a plan's reporting
 * line, its requested (đề nghị) bodies, an agency's appendix rows and a choice between two bodies.
 * Pure functions over the raw or folded question; the answerer hooks them in.
 */
import { hasVietnameseDiacritics } from "../core/vietnamese-text.ts";
import { memoByText } from "./memo.ts";

/**
 * The question with what an English sentence quotes from Vietnamese removed: parenthesised and quoted
 * segments and names (a capitalised word and the Vietnamese words that continue it: "Thừa Thiên Huế's",
 * "Sở Tư pháp", "Sở Lao động - Thương binh và Xã hội"). When what is left is English words with at most
 * one Vietnamese word, the sentence around the names is English.
 */
export function englishAroundNames(raw: string, isEnglish: (word: string) => boolean): boolean {
  const tokens = raw.normalize("NFC").replace(/\([^)]*\)|“[^”]*”|"[^"]*"|‘[^’]*’/gu, " ")
    .split(/\s+/).map((t) => t.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")).filter((t) => /\p{L}/u.test(t));
  // "What", "Which", "In" open English sentences: a capital starts a name only on a word English does not use.
  const cap = (t: string) => /^\p{Lu}/u.test(t) && !isEnglish(t.toLowerCase());
  const marked = (t: string) => hasVietnameseDiacritics(t);
  const plain = (t: string) => /^[a-z]+$/.test(t) && !isEnglish(t);
  const name = tokens.map(cap);
  for (let i = 1; i < tokens.length; i++) {
    if (name[i] || !name[i - 1]) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "pháp" in "Sở Tư pháp"; "binh" in "Thương binh và Xã hội" when the name goes on after it.
    if (marked(t) || (plain(t) && next !== undefined && (marked(next) || cap(next)))) name[i] = true;
  }
  const rest = tokens.filter((_, i) => !name[i]);
  if (rest.filter(marked).length > 1) return false;
  const words = rest.map((t) => t.toLowerCase()).filter((w) => /^[a-z]{2,}$/.test(w));
  const share = words.filter(isEnglish).length / Math.max(1, words.length);
  return (words.length >= 5 && share >= 0.4) || (words.length >= 3 && share >= 0.6);
}

/** "những tổ chức nào chỉ được đề nghị", "which organisations are only requested, not assigned": the plan's requested (đề nghị) bodies, listed. */
export function asksRequestedBodies(folded: string): boolean {
  return /\b(de nghi|requests?|requested|asks?|asked|invited?)\b/.test(folded)
    && /\b((nhung|cac) (to chuc|co quan|don vi|doan the|hoi|so,? nganh)( \w+){0,6} nao|(which|what) (organi[sz]ations|bodies|agencies|organs|mass organi[sz]ations|groups))\b/.test(folded)
    && (/\b(chi|only|merely|just|simply|not|khong phai|chu khong|rather than|instead of|giao|assigned|ordered)\b/.test(folded)
      // "kế hoạch đề nghị những đoàn thể nào", "những tổ chức nào được đề nghị": the request itself is asked.
      || /\bde nghi (nhung|cac) (to chuc|co quan|don vi|doan the|hoi)\b|\b(nao|which \w+) (duoc |bi )?de nghi\b|\b(duoc|are|is) (only )?(requested|asked)\b/.test(folded)
      // "which mass organisations does the plan ask to take part?": the request said actively, by the plan.
      // Only when nothing follows the verb: "ask to help build the database" asks who does that work, not who is requested.
      || /\b(plan|decision|province)( \d+)? (asks?|requests?|invites?)( \w+){0,2} to (take part|join( in)?|participate|be involved)( in it)?$/.test(folded));
}

/**
 * "Sở NV hay Sở LĐTBXH?": the question offers two bodies to choose from; a short form with two readings
 * is one of the choices, not something to ask back about: the plan's answer says which.
 */
export function offersChoice(folded: string, written: string, named: string[]): boolean {
  const at = folded.indexOf(written);
  if (at < 0 || named.length === 0) return false;
  return named.some((n) => {
    const other = folded.indexOf(n);
    if (other < 0) return false;
    const [a, b] = at < other ? [at + written.length, other] : [other + n.length, at];
    return /^[\s,]*(hay|hoac|or|hay la|hoac la|vs|versus)( by)?( the)?[\s,]*$/.test(folded.slice(a, b));
  });
}

/** "tỉnh đã sáp nhập, giờ cơ quan nào làm", "the province merged, so who does it now": today's holder is asked. */
export const MERGED_NOW_RE = /\b(sap nhap|hop nhat|merged?|merger|amalgamated|gio (co quan|so|don vi|nganh|ai|do|thuoc|la)|who (does|handles|runs|takes)( \w+){0,4} (now|today|these days))\b/;

/**
 * "the Statistics Office (Cục thống kê)": an English question names the body twice, once in English. The
 * longest run (two words or more) of the body's English name the question holds is its name, not a topic
 * word ("office" would otherwise look for "văn phòng").
 */
export function englishNameRuns(folded: string, englishNames: string[]): string[] {
  const text = ` ${folded} `;
  const out: string[] = [];
  for (const name of englishNames) {
    let best = "";
    for (const { run, padded } of nameRuns(name)) if (run.length > best.length && text.includes(padded)) best = run;
    if (best) out.push(best);
  }
  return out;
}

/** The runs of two words or more of an English name, each start in turn and the longest run from it first, once per name. */
const nameRuns = memoByText((name: string): Array<{ run: string; padded: string }> => {
  const words = name.toLowerCase().replace(/\([^)]*\)/g, " ").split(/[^a-z]+/).filter(Boolean);
  const runs: Array<{ run: string; padded: string }> = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j >= i + 2; j--) {
      const run = words.slice(i, j).join(" ");
      runs.push({ run, padded: ` ${run} ` });
    }
  }
  return runs;
});

/**
 * English phrasings that only ask which plan or province, as "kế hoạch của tỉnh nào" does in Vietnamese
 * (where "kế hoạch" is a question phrase): "which province's plan", "whose plan" keep "which province", not "plan".
 */
export function withoutPlanPhrasing(text: string): string {
  return text.replace(/\b(which|what) (province|provinces)( s)? (plan|plans|decision|decisions)\b/g, "$1 $2")
    // "across the five plans", "in their plans": all the plans are where the answer is looked for, not a word of the topic.
    .replace(/\b(across|in|among|from|of) (all )?(the |their |its |these |those )?((five|four|5|4|all) )?(plans|decisions|documents)\b/g, " ")
    // "Which of the plans ...", "which documents ...": the plans are what is asked for, not a word of the topic.
    .replace(/\b(which|what) (of the )?(plans?|documents?|decisions?)\b/g, "which").replace(/\bwhose (plan|plans|decision)\b/g, "which province");
}
