/**
 * "ai phát triển mô hình đối thoại học đường?": a question holding no word of child protection is still on topic when it
 * writes a run of the plans' own words (four in a row, three of them content words), so it is answered from the plans,
 * not turned away as off topic. The document's form is not a topic: its front matter ("Cộng hòa xã hội chủ nghĩa Việt Nam",
 * "Độc lập - Tự do - Hạnh phúc"), its list of recipients, and a run most plans write do not count. Nor does a run of everyday
 * administrative words ("phát triển kinh tế xã hội", "nâng cao chất lượng", "quản lý nhà nước về"): the run must hold a word of
 * the plans' subject (trẻ em, bảo vệ, xâm hại, tư pháp, ...) or of the work only these plans give ("tố tụng", "hộ tịch", "học đường").
 */
import type { Passage } from "./passage-index.ts";
import { isStopword, namesPlanSubject } from "./question-parser.ts";

const RUN = 4;
/** Section paths of the document's form (section-parser.ts): the front matter and the recipients. */
const FORM_SECTIONS: ReadonlySet<string> = new Set(["Mở đầu", "Nơi nhận"]);
/** The work these plans give that no everyday question writes (folded): the child in court, civil status, the school. */
const PLAN_WORK_RE = /\b(to tung|ho tich|hoc duong|bi hai|lam chung|vi pham phap luat)\b/;

/** Whether a folded question writes four words in a row as some passage of the plans does. */
export function createPlanPhraseFinder(passages: readonly Passage[]): (folded: string) => boolean {
  const plansOf = new Map<string, Set<string>>();
  for (const p of passages) {
    if (FORM_SECTIONS.has(p.sectionPath)) continue;
    for (let i = 0; i + RUN <= p.words.length; i++) {
      const run = p.words.slice(i, i + RUN);
      if (run.filter((w) => !isStopword(w)).length < RUN - 1) continue;
      const key = run.join(" ");
      if (!namesPlanSubject(key) && !PLAN_WORK_RE.test(key)) continue;
      (plansOf.get(key) ?? plansOf.set(key, new Set()).get(key)!).add(p.plan.documentNumber);
    }
  }
  const all = new Set(passages.map((p) => p.plan.documentNumber)).size;
  const runs = new Set([...plansOf].filter(([, held]) => held.size * 2 <= all).map(([run]) => run));
  return (folded) => {
    const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
    for (let i = 0; i + RUN <= words.length; i++) if (runs.has(words.slice(i, i + RUN).join(" "))) return true;
    return false;
  };
}
