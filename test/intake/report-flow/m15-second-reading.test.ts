/**
 * M15: the second reading of walk 50's changes. Each sentence here was written for these tests: a carer away or a child safe
 * "for now" is no answer that the danger has passed, a carer's story of a fall does not clear them when the child is hurt, the newest
 * time told is the last time, a pronoun is no child's name, and a neighbour who tells the writer is not the writer.
 */
import { describe, expect, it } from "vitest";
import { saysNoDanger } from "../../../src/intake/report-flow/answer-matching.ts";
import { mixedChildren, childMentions } from "../../../src/intake/report-flow/children-reading.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowStep, ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const registry = loadRegistry();
const deps: ReportFlowDeps = { triage: (t) => triageReport(t), findProvince: (t) => findChildProvince(registry, t) };
const flow = createReportFlow(deps);
const now = new Date("2026-12-07T03:00:00Z");
function summaryAfter(story: string, language: "vi" | "en" = "vi"): string {
  let step: FlowStep = flow.start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: story, now });
  for (let i = 0; i < 12 && step.state.step !== "confirm"; i++) {
    step = flow.advance(step.state, { text: null, choice: "skip", attachments: [], now });
  }
  return step.replies.at(-1)?.text ?? "";
}

describe("a danger answer that says safe for someone else, or safe only until later, is not a no", () => {
  it.each([
    "Mẹ bé đang nằm viện, an toàn rồi, còn bé ở nhà với dượng",
    "mẹ bé đang ở bệnh viện nên an toàn, bé ở nhà một mình với dượng",
    "bé đang nằm viện, an toàn, nhưng dượng vẫn vào thăm và đòi đưa bé về",
    "hai mẹ con đang ở trung tâm bảo trợ, an toàn, nhưng dượng biết chỗ và đang tới",
    "nothing is happening right now, but he gets home at 6 and she is alone with him",
    "she is in hospital and safe for now but he visits every day and they will send her home tomorrow",
    "nothing is happening now but he will be drunk again tonight",
  ])("%s", (answer) => {
    expect(saysNoDanger(answer)).toBe(false);
  });
  it("the child in hospital and safe, with nothing after, is a no", () => {
    expect(saysNoDanger("bé đang nằm viện, an toàn")).toBe(true);
  });
});

describe("a carer who explains an injury as a fall stays the one suspected", () => {
  it.each([
    ["Mẹ nó nói nó ngã cầu thang, nhưng chính bà ấy đánh nó, bé 3 tuổi gãy tay", "mother"],
    ["ba nó nói nó té, mà tui thấy ổng đạp nó mấy lần rồi, thằng nhỏ 6 tuổi", "father"],
    ["The father says she fell off the bed. He hits her a lot, I have seen it. She is 2.", "father"],
    ["I'm a nurse. A 2 year old girl came in with bruises on her back. The father says she fell off the bed but he also hits her, her brother told us.", "father"],
  ])("%s", (story, who) => {
    expect(extractReportFacts(story).harmer).toBe(who);
  });
  it("the neighbour's wife who explains a fall and is heard beating the boy is who harms", () => {
    expect(extractReportFacts("My neighbour's wife says the boy fell down the stairs, but I hear her beating him every night. He is 5.").harmer).not.toBeNull();
  });
  it("a doctor who says it was no fall is never the one who harms", () => {
    const f = extractReportFacts("Bố bé khai bé ngã, nhưng bác sĩ nói không phải ngã mà là bị đánh, bé 2 tuổi gãy 3 xương sườn.");
    expect(f.harmer === null || f.harmer === "father").toBe(true);
    expect(triageRules("Bố bé khai bé ngã, nhưng bác sĩ nói không phải ngã mà là bị đánh, bé 2 tuổi gãy 3 xương sườn.").category).toBe("physical_violence");
    expect(summaryAfter("Bố bé khai bé ngã, nhưng bác sĩ nói không phải ngã mà là bị đánh, bé 2 tuổi gãy 3 xương sườn.")).not.toMatch(/người gây hại: bác sĩ/);
  });
});

describe("the newest time told is the last time", () => {
  it("two weeks ago, then again last night: the last time is last night", () => {
    const s = summaryAfter("Cách đây 2 tuần bé bị bố đánh, tối qua lại bị đánh tiếp, bé 9 tuổi.");
    expect(s).toMatch(/lần gần nhất: tối qua/);
  });
  it("someone came two weeks ago and beats the child every night since: many times, still going on", () => {
    const s = summaryAfter("Cách đây 2 tuần dượng về ở chung, từ đó tối nào cũng đánh bé.");
    expect(s).toMatch(/lần gần nhất: [^;\n]*(?:nhiều lần|thường xuyên|vẫn tiếp diễn|tối nào cũng)/);
  });
});

describe("a pronoun after 'con' is no child's name", () => {
  it.each([
    ["Con Tôi 5 tuổi bị cô giáo đánh, cháu là con trai.", "male"],
    ["Con Mình 8 tuổi bị bạn bắt nạt, thằng bé sợ lắm", "male"],
    ["Con Tui 6 tuổi bị ông hàng xóm sờ vùng kín, cháu là bé trai", "male"],
  ])("%s", (story, sex) => {
    const kids = childMentions(story);
    expect(kids.some((k) => k.sex === "female")).toBe(false);
    expect(kids.some((k) => k.sex === sex)).toBe(true);
  });
  it("a named child whose sex is said after is one child of that sex", () => {
    const story = "Con Tũn 4 tuổi (bé trai) nhà bên bị mẹ nhốt trong nhà cả ngày";
    expect(mixedChildren(story)).toBeNull();
    expect(childMentions(story).filter((k) => k.sex === "female")).toEqual([]);
  });
});

describe("a neighbour who tells the writer", () => {
  it("does not make the writer a neighbour", () => {
    expect(extractReportFacts("My neighbour told me her stepdad beats the girl, she is 9.").reporter).not.toBe("neighbour");
  });
  it("the writer who hears their neighbour beating a child is a neighbour", () => {
    expect(extractReportFacts("I can hear my neighbour beating his little girl again, she is about 5.").reporter).toBe("neighbour");
  });
  it("the writer who says they are the neighbour is one", () => {
    expect(extractReportFacts("I'm their neighbour and her stepdad beats the girl, she is 9.").reporter).toBe("neighbour");
  });
});
