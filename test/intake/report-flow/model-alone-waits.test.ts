/**
 * Walk 33: an uncle abroad opened with "alo, I'm her uncle, working in Korea" (no child, no harm told yet); the model alone
 * read that greeting as an emergency (abroad, "đang"), officers were alerted before the story, and the case stayed an
 * emergency though the story (a marriage next week) and the reporter's "no" said high. When no rule reads anything (no red
 * flag), the model's emergency waits for the answer to "is a child in danger right now?", which is asked next: yes or not
 * sure alerts; no leaves it to the case's triage at submit. A red flag of danger still alerts at once.
 */
import { describe, expect, it } from "vitest";
import type { DraftTriage } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowStep } from "../../../src/intake/report-flow/report-flow-types.ts";

// A model that reads "abroad" as an emergency with nothing the rules read; a knife is a rule's red flag.
const triage = (text: string): DraftTriage =>
  /dao|knife/i.test(text) ? { risk: "emergency", category: "physical_violence", redFlags: ["weapon"] }
    : /Đài Loan|Nhật|abroad|Japan/i.test(text) ? { risk: "emergency", category: "trafficking_abduction", redFlags: [] }
      : { risk: "low", category: "other", redFlags: [] };
const flow = createReportFlow({ triage, findProvince: () => null });
const now = new Date("2026-12-05T03:00:00Z");
const start = (seedText: string, language: "vi" | "en" = "vi") => flow.start({ draftId: "a1", channel: "web", chatId: "c", userId: "u", language, seedText, now });
const answer = (step: FlowStep, choice: string) => flow.advance(step.state, { text: null, choice, attachments: [], now });
const alerts = (s: FlowStep) => s.effects.filter((e) => e.type === "alert_emergency").length;

describe("the model's emergency with no red flag waits for the danger answer", () => {
  for (const seed of ["chào bạn, tôi là dì của bé, đang làm việc bên Đài Loan", "hi, I'm her aunt, I work abroad in Japan"]) {
    it(`«${seed}»: no alert at the start, none after a no, one after a yes or not sure`, () => {
      const lang = /^hi/.test(seed) ? "en" : "vi";
      const s = start(seed, lang);
      expect(s.state.step).toBe("danger");
      expect(alerts(s)).toBe(0);
      expect(alerts(answer(s, "no"))).toBe(0);
      expect(alerts(answer(start(seed, lang), "yes"))).toBe(1);
      expect(alerts(answer(start(seed, lang), "unknown"))).toBe(1);
    });
  }

  it("a red flag of danger (a knife) alerts at once", () => {
    expect(alerts(start("ông ta đang cầm dao đuổi con bé"))).toBe(1);
  });
});
