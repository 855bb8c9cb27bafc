/**
 * A place typed as the answer to "which commune?" or "where?" fills the place only: words of a
 * place name ("Hai Châu", "Ba Đình") are not read as a number of children or as the harmer.
 * Found by a reporter walk (test/e2e/reporter-walks.e2e.test.ts): "Hai Chau ward" stored two children.
 */
import { describe, expect, it } from "vitest";
import type { DraftTriage } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowStep } from "../../../src/intake/report-flow/report-flow-types.ts";

const triage = (): DraftTriage => ({ risk: "medium", category: "physical_violence", redFlags: [] });
const flow = createReportFlow({ triage, findProvince: (t) => (/đà nẵng|da nang/i.test(t) ? { id: "da-nang", name: "Đà Nẵng" } : /hà nội|ha noi/i.test(t) ? { id: "ha-noi", name: "Hà Nội" } : null) });
const now = new Date("2026-11-23T03:00:00Z");
const answer = (step: FlowStep, text: string | null, choice: string | null = null) => flow.advance(step.state, { text, choice, attachments: [], now });

function atCommune(story: string, language: "vi" | "en"): FlowStep {
  const start = flow.start({ draftId: "d1", channel: "web", chatId: "c", userId: "u", language, seedText: story, now });
  let step = answer(start, null, "no");
  if (step.state.step === "reporter") step = answer(step, null, "other");
  expect(step.state.step).toBe("commune");
  return step;
}

describe("a place answer fills the place only", () => {
  it("'Hai Chau ward' is the ward, not two children", () => {
    const step = answer(atCommune("I am a neighbour. A 10-year-old girl next door in Da Nang is beaten by her uncle every week.", "en"), "Hai Chau ward");
    expect(step.state.draft).toMatchObject({ commune: "Hai Chau ward", children: null, harmer: "relative" });
  });

  it("'Ba Dinh ward' keeps the harmer unknown instead of reading 'ba' (father)", () => {
    const step = answer(atCommune("Bé gái khoảng 7 tuổi ở Hà Nội hay bị đánh, tuần trước còn bị nhốt.", "vi"), "Ba Dinh ward");
    expect(step.state.draft.commune).toBe("Ba Dinh ward");
    expect(step.state.draft.harmer).toBeNull();
  });
});
