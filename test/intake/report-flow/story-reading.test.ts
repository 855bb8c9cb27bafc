/**
 * The reporter's own introduction is never read as the person who harms the child. Found by a
 * reporter walk (test/e2e/reporter-walks.e2e.test.ts): "I'm a teacher ... says his uncle did it"
 * stored the teacher as the harmer.
 */
import { describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import { readStory } from "../../../src/intake/report-flow/story-reading.ts";
import type { ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";

const deps: ReportFlowDeps = { triage: () => ({ risk: "medium", category: "physical_violence", redFlags: [] }), findProvince: (t) => (/da nang|đà nẵng/i.test(t) ? { id: "da-nang", name: "Đà Nẵng" } : null) };
const now = new Date("2026-11-23T03:00:00Z");
const empty = (language: "vi" | "en"): ReportDraft => createReportFlow(deps).start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: null, now }).state.draft;

describe("the reporter is not the harmer", () => {
  it("'I'm a teacher ... his uncle did it': the uncle (a relative) harms, the teacher reports", () => {
    const { draft } = readStory(empty("en"), "I'm a teacher at a primary school in Da Nang. A 10-year-old boy in my class came in with burn marks on both arms this week and says his uncle did it.", deps, "fill");
    expect(draft).toMatchObject({ reporterRelation: "teacher", harmer: "relative", harmerText: "uncle" });
  });

  it("a teacher reporting another teacher keeps that teacher as the harmer", () => {
    const { draft } = readStory(empty("vi"), "Tôi là giáo viên. Thầy giáo dạy thể dục ở trường tôi hay sờ soạng học sinh nữ lớp 6, em 11 tuổi.", deps, "fill");
    expect(draft.harmer).toBe("teacher");
  });

  it("a story whose harmer is named apart from the introduction is unchanged", () => {
    const { draft } = readStory(empty("vi"), "Tôi là giáo viên chủ nhiệm lớp 4. Em Tùng 10 tuổi đến lớp với vết roi trên chân, em nói mẹ kế đánh.", deps, "fill");
    expect(draft).toMatchObject({ reporterRelation: "teacher", harmer: "stepmother" });
  });
});

describe("who told the news is not the harmer", () => {
  it("'bạn bè nói gia đình ép em lấy chồng': not the friends", () => {
    const { draft } = readStory(empty("vi"), "Tôi là giáo viên chủ nhiệm. Học sinh nữ lớp 8 của tôi, 13 tuổi, nghỉ học cả tuần nay, bạn bè nói gia đình ép em lấy chồng vào tháng sau.", deps, "fill");
    expect(draft.harmer).not.toBe("peer");
    expect(draft.reporterRelation).toBe("teacher");
  });

  it("a threat said by the harmer keeps the harmer: 'bố nói sẽ đánh chết em'", () => {
    const { draft } = readStory(empty("vi"), "em 12 tuổi, bố nói sẽ đánh chết em nếu em mách ai", deps, "fill");
    expect(draft.harmer).toBe("father");
  });
});
