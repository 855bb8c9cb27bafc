/**
 * What a story tells of the danger now, when the story's reading left it open (walk 53 asked "Are you in danger right now?" of a
 * child whose stepfather "just punched me ... hes still downstairs", and of a witness to a girl pulled onto a motorbike 20 minutes
 * before; the one who harmed said to be in prison is no answer: see below). The words are data (content/triage/report-flow-words.json).
 */
import { extractReportFacts } from "../triage/report-facts.ts";
import type { DraftTriage } from "../case-intake-port.ts";
import { justNowSaid, minutesAgoSaid, stillNearSaid, takenAwaySaid } from "./flow-words.ts";

/**
 * "yes" when the story tells a danger now, else null (asked). Never "no": someone in prison in the story need not be the one
 * harming now ("Bố bé đã đi tù, giờ dượng đánh bé", "đi tù về rồi", "bị giam trong nhà kho" of the child), and a wrong "no" costs
 * far more than one question (second reading RD20).
 */
export function dangerInStory(text: string, triage: DraftTriage): "yes" | null {
  const facts = extractReportFacts(text);
  if (facts.resolved && !takenAwaySaid(text)) return null;
  const harm = triage.risk !== "low" || facts.harmer !== null;
  // "my stepdad just punched me ... hes still downstairs", "bố vừa đánh em, giờ vẫn ở dưới nhà": hurt just now, the person still there.
  if (harm && justNowSaid(text) && stillNearSaid(text)) return "yes";
  // "20 phút trước ... kéo một bé gái lên xe máy", "half an hour ago two men pushed a girl into a car": a child taken minutes ago.
  if (takenAwaySaid(text) && (minutesAgoSaid(text) || justNowSaid(text))) return "yes";
  return null;
}
