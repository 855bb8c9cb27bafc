/**
 * Category confusions of the trained model that the rules' readings settle (issue 12, T6), words in
 * content/triage/category-classes.json: shouting and threats with no blow on the child are emotional abuse, not physical violence;
 * a person met online who takes or keeps the child is an abduction, not online abuse; a wish to die spoken of only to deny or ask
 * about it is self-harm, not "other". Only the category moves.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { splitReport } from "./report-text.ts";
import { anyOf } from "./told-harm-floors.ts";
import { keyOf } from "./told-now-floors.ts";
import type { ReportFacts } from "./report-facts.ts";
import type { TriageFacts } from "./triage-facts.ts";
import type { TriageCategory, TriageResult } from "./triage-types.ts";

const WORDS_PATH = fileURLToPath(new URL("../../../content/triage/category-classes.json", import.meta.url));

interface Words {
  shoutingNotHitting: { words: string[]; onAdult: string[]; notWith: string[]; deniedBy: string[] };
  takenOffline: { words: string[] };
  selfHarmNamed: { words: string[] };
}

let compiled: { shouting: RegExp; shoutingDenied: RegExp; onAdult: RegExp; armed: RegExp; taken: RegExp; selfHarm: RegExp } | null = null;

function words() {
  if (compiled) return compiled;
  const w = JSON.parse(fs.readFileSync(WORDS_PATH, "utf8")) as Words;
  compiled = {
    shouting: anyOf(w.shoutingNotHitting.words),
    onAdult: anyOf(w.shoutingNotHitting.onAdult),
    armed: anyOf(w.shoutingNotHitting.notWith),
    shoutingDenied: anyOf(w.shoutingNotHitting.deniedBy),
    taken: anyOf(w.takenOffline.words),
    selfHarm: anyOf(w.selfHarmNamed.words),
  };
  return compiled;
}


/** Flags of a blow, a weapon or a life at risk: the violence is told, not only shouting. */
const BLOW_FLAGS: ReadonlySet<string> = new Set(["injury", "violence_in_progress", "violence_severe", "weapon", "weapon_now", "life_at_risk", "caregiver_violence", "violence_ongoing_now"]);

/** What the rules and the facts read that the classes need. */
export interface ClassReading {
  matches: TriageFacts;
  facts: ReportFacts;
}

function moved(triage: TriageResult, category: TriageCategory, vi: string, en: string): TriageResult {
  return {
    ...triage,
    category,
    reasons: [...triage.reasons, `Loại: ${vi} → "${category}" (mô hình đoán "${triage.category}"; mức rủi ro giữ nguyên).`],
    reasonsEn: [...triage.reasonsEn, `Category: ${en} → "${category}" (the model guessed "${triage.category}"; the risk is unchanged).`],
  };
}

/** The model's category, moved where the rules' readings settle a known confusion. */
export function categoryClasses(text: string, read: ClassReading, triage: TriageResult): TriageResult {
  const { matches, facts } = read;
  const w = words();
  const keys = splitReport(text.slice(0, 4000)).map(keyOf);
  const told = (re: RegExp) => keys.some((k) => re.test(k));
  // Told and not denied before it in its clause ("I've never heard shouting").
  const toldNotDenied = (re: RegExp, denier: RegExp) =>
    keys.some((k) => {
      const m = re.exec(k);
      return m !== null && !denier.test(`${k.slice(0, m.index)} `);
    });
  const affirmed = matches.scoped ?? matches.affirmed;
  const named = (cat: TriageCategory) => affirmed.some((m) => m.rule.category === cat);
  const denied = (cat: TriageCategory) => matches.negated.some((m) => m.rule.category === cat);
  if (triage.category === "physical_violence" && !facts.injury && !facts.threatToKill && !triage.redFlags.some((f) => BLOW_FLAGS.has(f)) && !told(w.armed) && denied("physical_violence")) {
    // "chưa thấy đánh" beside shouting; "bố đánh mẹ ... bố không đánh em": the blows told are not on the child.
    if ((!named("physical_violence") && toldNotDenied(w.shouting, w.shoutingDenied)) || told(w.onAdult)) {
      return moved(triage, "emotional_abuse", "quát mắng, đe dọa, đuổi đi hoặc chứng kiến bạo lực giữa người lớn, không có đòn roi lên trẻ, là bạo hành tinh thần", "shouting, threats, driving the child out or violence between grown-ups witnessed, with no blow on the child, is emotional abuse");
    }
  }
  if (triage.category === "online_abuse" && told(w.taken)) {
    return moved(triage, "trafficking_abduction", "người quen qua mạng đưa trẻ đi, đón trẻ, giữ trẻ hoặc trẻ bỏ đi theo", "a person met online takes, picks up or keeps the child, or the child left with them");
  }
  if (triage.category === "other" && told(w.selfHarm) && matches.harms.size === 0) {
    return moved(triage, "self_harm", "tin báo nói về ý muốn chết hoặc tự hại (kể cả khi phủ nhận hay hỏi)", "the report speaks of a wish to die or self-harm (even to deny or ask about it)");
  }
  return triage;
}
