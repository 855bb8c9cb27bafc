/**
 * Words the reporter conversation reads, as data (content/triage/report-flow-words.json): words that state a danger at the danger
 * question, and the words of harm a "Y mới là người ..." correction needs. Matched on folded text (foldKey), whole words.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { foldKey } from "../../core/vietnamese-text.ts";

interface FlowWords { dangerSaid: string[]; dangerFlags: string[]; harmAfterIsTheOne: string[] }

const WORDS = JSON.parse(fs.readFileSync(fileURLToPath(new URL("../../../content/triage/report-flow-words.json", import.meta.url)), "utf8")) as FlowWords;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (phrases: readonly string[]) => new RegExp(`(?:^|\\s)(?:${[...new Set(phrases.map((p) => escape(foldKey(p))))].sort((a, b) => b.length - a.length).join("|")})(?=\\s|$)`);

const DANGER_SAID = anyOf(WORDS.dangerSaid);
const HARM_AFTER = anyOf(WORDS.harmAfterIsTheOne);

/** The words state a danger ("rất nguy hiểm", "nó vẫn ở chung nhà với ông ta", "hiếp dâm", "still lives with him") or the triage flags one (a weapon). */
export function saysDangerInWords(text: string, redFlags: readonly string[]): boolean {
  return DANGER_SAID.test(foldKey(text)) || redFlags.some((f) => WORDS.dangerFlags.includes(f));
}

/** The words after "mới là" tell a harm ("người đánh cháu", "thủ phạm"), not a carer or a witness ("người chăm bé", "người phát hiện"). */
export function tellsHarmDone(words: string): boolean {
  return HARM_AFTER.test(foldKey(words));
}
