/**
 * A child's marriage told as set for a time ahead, in the words people use for it ("về nhà chồng", "rước dâu",
 * "nhận sính lễ", "go to the groom's family"), is when the story says it will be: the reporter is not asked "when"
 * again (hand walk 54: "sẽ cho em về nhà chồng vào tháng sau" was asked "Việc này xảy ra khi nào?" twice).
 */
import { describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import { readStory } from "../../../src/intake/report-flow/story-reading.ts";
import type { ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";

const deps: ReportFlowDeps = { triage: () => ({ risk: "high", category: "child_marriage", redFlags: [] }), findProvince: () => null };
const now = new Date("2026-12-07T03:00:00Z");
const empty = (language: "vi" | "en"): ReportDraft => createReportFlow(deps).start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: null, now }).state.draft;
const whenOf = (lang: "vi" | "en", text: string) => readStory(empty(lang), text, deps, "fill").draft.when;

describe("a marriage set ahead, in its everyday words, is the time of the report", () => {
  it.each([
    ["Cháu Hoa 14 tuổi, nhà đã nhận sính lễ, tháng sau cho cháu về nhà chồng.", /tháng sau/],
    ["Bố mẹ bé Lan (15 tuổi) hẹn tuần sau nhà trai sang rước dâu, bé khóc suốt.", /tuần sau/],
    ["nha no nhan sinh le roi, thang toi la dua con be 14 tuoi ve nha chong", /thang toi/],
    ["Con bé lớp 8 nhà kế bên, cuối tháng này nhà trai tới đón dâu, nó mới 14.", /cuối tháng này/],
    ["Nhà em Pằng nhận lễ hỏi rồi, tháng sau em phải về làm dâu nhà người ta, em mới 15 tuổi.", /tháng sau/],
  ])("%s", (text, when) => {
    expect(whenOf("vi", text) ?? "").toMatch(when);
  });

  it("English: 'goes to live with the groom's family next month'", () => {
    expect(whenOf("en", "My student is 14. Her parents took the bride price and she goes to live with the groom's family next month.") ?? "").toMatch(/next month/);
  });

  it("a time ahead that is not the marriage's is not taken: 'tháng sau trường họp phụ huynh'", () => {
    expect(whenOf("vi", "Em Hà 13 tuổi hay bị bố chửi mắng. Tháng sau trường họp phụ huynh.") ?? "").not.toMatch(/tháng sau/);
  });
});
