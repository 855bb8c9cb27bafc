/**
 * What a story tells of the danger now, when the story's reading left it open (walk 53 asked "Are you in danger right now?" of a
 * child whose stepfather "just punched me ... hes still downstairs", and of a witness to a girl pulled onto a motorbike 20 minutes
 * before; and asked it of an aunt whose nephew's abuser "đã đi tù"). The words are data (content/triage/report-flow-words.json).
 */
import { extractReportFacts } from "../triage/report-facts.ts";
import type { DraftTriage } from "../case-intake-port.ts";
import { harmerHeldSaid, justNowSaid, minutesAgoSaid, stillNearSaid, takenAwaySaid } from "./flow-words.ts";

/** "yes" when the story tells a danger now, "no" when the one who harmed is held and the harm is past, else null (asked). */
export function dangerInStory(text: string, triage: DraftTriage): "yes" | "no" | null {
  const facts = extractReportFacts(text);
  if (facts.resolved && !takenAwaySaid(text)) return harmerHeldSaid(text) && triage.risk !== "emergency" ? "no" : null;
  const harm = triage.risk !== "low" || facts.harmer !== null;
  // "my stepdad just punched me ... hes still downstairs", "bố vừa đánh em, giờ vẫn ở dưới nhà": hurt just now, the person still there.
  if (harm && justNowSaid(text) && stillNearSaid(text)) return "yes";
  // "20 phút trước ... kéo một bé gái lên xe máy", "half an hour ago two men pushed a girl into a car": a child taken minutes ago.
  if (takenAwaySaid(text) && (minutesAgoSaid(text) || justNowSaid(text))) return "yes";
  // "ông đó đã đi tù", "he is in prison now": the one who harmed is held; no danger now from them, unless the story tells one.
  if (harmerHeldSaid(text) && triage.risk !== "emergency" && facts.when !== "now" && facts.when !== "tonight") return "no";
  return null;
}
