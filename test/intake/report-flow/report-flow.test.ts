import { describe, expect, it } from "vitest";
import type { DraftTriage } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow, draftText, formatVietnamTime } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowInput, FlowStep, ReportFlowState } from "../../../src/intake/report-flow/report-flow-types.ts";

const triage = (text: string): DraftTriage =>
  /EMERGENCY|đang bị đánh/.test(text) ? { risk: "emergency", category: "physical_violence", redFlags: ["violence_in_progress"] } : { risk: "low", category: "other", redFlags: [] };
const flow = createReportFlow({ triage, findProvince: (t) => (/bình định|binh dinh/i.test(t) ? { id: "gia-lai", name: "Gia Lai" } : null) });
const now = new Date("2026-11-23T03:00:00Z");
const start = (language: "vi" | "en" = "vi", seedText: string | null = null) =>
  flow.start({ draftId: "d1", channel: "web", chatId: "c", userId: "u", language, seedText, now });
const input = (text: string | null, choice: string | null = null): FlowInput => ({ text, choice, attachments: [], now });

/** Feeds answers one by one. */
function run(step: FlowStep, ...answers: Array<string | { choice: string }>): FlowStep {
  let current = step;
  for (const a of answers) current = flow.advance(current.state, typeof a === "string" ? input(a) : input(null, a.choice));
  return current;
}
const text = (s: FlowStep) => s.replies.map((r) => r.text).join("\n");

describe("reporter flow", () => {
  it("asks first whether a child is in danger right now, and saves the draft from the start", () => {
    const s = start();
    expect(text(s)).toMatch(/đang gặp nguy hiểm ngay lúc này/);
    expect(s.replies.at(-1)?.choices?.map((c) => c.id)).toEqual(["yes", "no", "unknown"]);
    expect(s.effects).toEqual([{ type: "save_draft" }]);
  });

  it("'yes, in danger' gives 113, 115 and 111 at once, then the next question, and alerts officers", () => {
    const s = run(start(), { choice: "yes" });
    expect(s.replies[0]?.urgent).toBe(true);
    expect(s.replies[0]?.links?.map((l) => l.url)).toEqual(["tel:113", "tel:115", "tel:111"]);
    expect(text(s)).toMatch(/Bạn là ai đối với trẻ/);
    expect(s.effects.map((e) => e.type)).toEqual(["save_draft", "alert_emergency"]);
    expect(s.state.emergencyAlerted).toBe(true);
  });

  it("a description typed at the danger question starts the narrative, and triage decides the danger", () => {
    const s = run(start(), "bé hàng xóm đang bị đánh");
    expect(s.state.draft).toMatchObject({ dangerNow: "yes", narrative: "bé hàng xóm đang bị đánh" });
    expect(s.replies[0]?.urgent).toBe(true);
  });

  it("an emergency appearing later in the narrative alerts officers at that answer", () => {
    const s = run(start(), "không", "hàng xóm");
    expect(s.effects.some((e) => e.type === "alert_emergency")).toBe(false);
    const later = run(s, "EMERGENCY bé đang ở với hắn");
    expect(later.effects.some((e) => e.type === "alert_emergency")).toBe(true);
  });

  it("every question can be skipped, and free text at a choice question is kept", () => {
    const s = run(start(), "không", "bỏ qua", "skip", "khoảng lớp 3", "hình như là bé trai thì phải");
    expect(s.state.draft).toMatchObject({ reporterRelation: null, narrative: null, childAgeBand: "6_11", childAgeText: "khoảng lớp 3", childSex: "male" });
    const odd = run(start(), "không", "người bán hàng ở chợ");
    expect(odd.state.draft).toMatchObject({ reporterRelation: "other", reporterRelationText: "người bán hàng ở chợ" });
  });

  it("accepts the province by its old name and keeps what was typed", () => {
    const s = run(start(), "không", "gia đình", "bé bị bỏ đói", "5", "gái", "Bình Định");
    expect(s.state.draft).toMatchObject({ childAgeBand: "under_6", childSex: "female", provinceId: "gia-lai", provinceName: "Gia Lai", locationText: "Bình Định" });
    const unknown = run(start(), "không", "gia đình", "x", "5", "gái", "làng Mới");
    expect(text(unknown)).toMatch(/chưa nhận ra tên tỉnh/);
    expect(unknown.state.draft.locationText).toBe("làng Mới");
  });

  it("an anonymous reporter is not asked for consent", () => {
    const s = run(start(), "không", "hàng xóm", "x", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua", "ẩn danh");
    expect(s.state.step).toBe("photos");
    expect(s.state.draft).toMatchObject({ anonymous: true, contact: null, consentToContact: false });
  });

  it("photos are the answer at the photo step and kept at any other step", () => {
    const photo = { kind: "photo" as const, fileId: "f1" };
    const early = flow.advance(start().state, { ...input(null), attachments: [photo] });
    expect(early.state.step).toBe("danger");
    expect(early.state.draft.attachments).toEqual([photo]);
    expect(text(early)).toMatch(/Đã lưu ảnh/);
  });

  it("back goes to the previous question and keeps the answer; at the first question it says so", () => {
    const s = run(start(), "không", "hàng xóm", "bé bị bỏ đói");
    const back = flow.back(s.state, now);
    expect(back.state.step).toBe("what");
    expect(text(back)).toMatch(/«bé bị bỏ đói»/);
    expect(text(flow.back(start().state, now))).toMatch(/câu hỏi đầu tiên/);
  });

  it("cancel marks the draft abandoned, saves it and says it is kept", () => {
    const s = flow.cancel(run(start(), "không", "hàng xóm", "bé bị bỏ đói").state, now);
    expect(s.outcome).toBe("cancelled");
    expect(s.state.draft).toMatchObject({ status: "abandoned", narrative: "bé bị bỏ đói" });
    expect(s.effects).toEqual([{ type: "save_draft" }]);
    expect(text(s)).toMatch(/được giữ lại/);
  });

  it("the confirmation asks to submit; typing 'gửi' submits and other text is kept as a note", () => {
    const answers = ["không", "hàng xóm", "x", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua", "ẩn danh", "xong"];
    const atConfirm = run(start(), ...answers);
    expect(atConfirm.state.step).toBe("confirm");
    const noted = run(atConfirm, "à quên, bé có em nhỏ");
    expect(noted.state.draft.extraNotes).toEqual(["à quên, bé có em nhỏ"]);
    expect(run(noted, "gửi").outcome).toBe("submit");
  });

  it("after submit the reporter reads the code, what happens next and by when (Vietnam time)", () => {
    const s = start().state;
    const [reply] = flow.submitted(s, { caseCode: "K7M2P9", risk: "emergency", dueBy: new Date("2026-11-23T15:00:00Z"), nextSteps: [] });
    expect(reply?.text).toMatch(/K7M2P9/);
    expect(reply?.text).toMatch(/22:00 23\/11\/2026/);
    expect(reply?.text).toMatch(/12 giờ/);
  });

  it("a child reporting about themself gets the short wording and 111 on every message", () => {
    let s = run(start(), "không", "em");
    const seen: string[] = [];
    for (const answer of ["bố đánh em", "13", "trai", "Gia Lai", "bỏ qua", "bỏ qua", "có", "ẩn danh", "xong"]) {
      expect(s.replies.every((r) => r.links?.some((l) => l.url === "tel:111"))).toBe(true);
      seen.push(text(s));
      s = run(s, answer);
    }
    expect(seen[0]).toMatch(/Chuyện gì xảy ra với em\?/);
    expect(seen.join("\n")).toMatch(/Em bao nhiêu tuổi\?/);
  });

  it("speaks English to an English reporter", () => {
    const s = run(start("en"), { choice: "no" });
    expect(text(s)).toMatch(/Who are you to the child\?/);
    expect(s.replies.at(-1)?.choices?.[0]?.label).toBe("I am the child");
  });

  it("the state is plain JSON, so it survives a round trip through a database", () => {
    const s = run(start(), "không", "hàng xóm");
    const restored = JSON.parse(JSON.stringify(s.state)) as ReportFlowState;
    expect(run({ ...s, state: restored }, "bé bị bỏ đói").state.draft.narrative).toBe("bé bị bỏ đói");
  });

  it("triage reads the answers that change urgency, not only the narrative", () => {
    const s = run(start(), "không", "hàng xóm", "bé bị đánh");
    expect(draftText({ ...s.state.draft, when: "now", withPersonNow: "yes" })).toMatch(/đang xảy ra.*\n.*đang ở cùng người đó/s);
    expect(formatVietnamTime(new Date("2026-01-01T17:30:00Z"))).toBe("00:30 02/01/2026");
  });
});
