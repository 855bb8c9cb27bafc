/**
 * Walk 32: a grandfather told of a granddaughter of 15 promised in marriage for next month and answered "no" to
 * "is a child in danger right now?"; officers had already been alerted from the model's reading of the story alone
 * (no imminent marriage stated), and the case stayed an emergency. A marriage told for weeks ahead is high under the
 * triage contract; the model's emergency alone waits for the danger answer, as a beating told as recurring does.
 * A marriage told for tonight or tomorrow (an imminent-marriage flag) still alerts at once, and a "yes" or "not sure" alerts.
 */
import { describe, expect, it } from "vitest";
import type { DraftTriage } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowStep } from "../../../src/intake/report-flow/report-flow-types.ts";

// The model alone reads an emergency for a marriage; a stated date tonight or tomorrow is an imminent-marriage flag.
const triage = (text: string): DraftTriage =>
  /tối nay|ngày mai|tonight|tomorrow/i.test(text) ? { risk: "emergency", category: "child_marriage", redFlags: ["child_marriage", "marriage_imminent"] }
    : /gả|cưới|marry|married/i.test(text) ? { risk: "emergency", category: "child_marriage", redFlags: ["child_marriage", "repeated"] }
      : { risk: "low", category: "other", redFlags: [] };
const flow = createReportFlow({ triage, findProvince: () => ({ id: "gia-lai", name: "Gia Lai" }) });
const now = new Date("2026-12-05T03:00:00Z");
const start = (seedText: string, language: "vi" | "en" = "vi") => flow.start({ draftId: "m1", channel: "web", chatId: "c", userId: "u", language, seedText, now });
const answer = (step: FlowStep, choice: string) => flow.advance(step.state, { text: null, choice, attachments: [], now });
const alerts = (s: FlowStep) => s.effects.filter((e) => e.type === "alert_emergency").length;

describe("a child marriage the model alone reads as an emergency waits for the danger answer", () => {
  const story = "Cháu ngoại tôi mới 14 tuổi, bố mẹ nó đã nhận lời gả nó cho một anh 27 tuổi, định cưới sau Tết. Nó không chịu.";

  it("no alert before the answer, none after a no", () => {
    const s = start(story);
    expect(s.state.step).toBe("danger");
    expect(alerts(s)).toBe(0);
    const no = answer(s, "no");
    expect(alerts(no)).toBe(0);
    expect(no.state.emergencyAlerted).toBe(false);
  });

  it("a yes or a not sure alerts officers", () => {
    expect(alerts(answer(start(story), "yes"))).toBe(1);
    expect(alerts(answer(start(story), "unknown"))).toBe(1);
  });

  it("a marriage told for tonight alerts at once, in English too", () => {
    expect(alerts(start("Họ sắp gả con bé 13 tuổi nhà bên, tối nay đã làm đám cưới rồi."))).toBe(1);
    expect(alerts(start("My cousin is 14 and her parents will marry her off tomorrow to a man of 30.", "en"))).toBe(1);
  });
});
