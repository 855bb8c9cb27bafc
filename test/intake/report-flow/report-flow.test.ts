import { describe, expect, it } from "vitest";
import type { DraftTriage } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow, draftText, formatVietnamTime } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowInput, FlowStep, ReportFlowState } from "../../../src/intake/report-flow/report-flow-types.ts";

const triage = (text: string): DraftTriage =>
  /EMERGENCY|đang bị đánh/.test(text) ? { risk: "emergency", category: "physical_violence", redFlags: ["violence_in_progress"] }
    : /đánh|bỏ đói|hit/.test(text) ? { risk: "medium", category: "physical_violence", redFlags: [] }
      : { risk: "low", category: "other", redFlags: [] };
const flow = createReportFlow({ triage, findProvince: (t) => (/bình định|binh dinh|gia lai/i.test(t) ? { id: "gia-lai", name: "Gia Lai" } : null) });
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
const last = (s: FlowStep) => s.replies.at(-1)?.text ?? "";

describe("reporter flow: story first, then only the gaps", () => {
  it("asks first whether a child is in danger right now, and saves the draft from the start", () => {
    const s = start();
    expect(text(s)).toMatch(/đang gặp nguy hiểm ngay lúc này/);
    expect(s.replies.at(-1)?.choices?.map((c) => c.id)).toEqual(["yes", "no", "unknown"]);
    expect(s.effects).toEqual([{ type: "save_draft" }]);
  });

  it("a story at the start fills the draft, and the questions it answered are never asked", () => {
    const s = start("vi", "Tôi là hàng xóm. Con bé nhà bên 9 tuổi ở xã Ia Hrung, Gia Lai hay bị bố đánh, lần gần nhất hôm qua.");
    expect(s.state.draft).toMatchObject({ childAgeBand: "6_11", childSex: "female", provinceName: "Gia Lai", commune: "xã Ia Hrung", reporterRelation: "neighbour", harmer: "father" });
    const seen: string[] = [last(s)];
    let step = run(s, { choice: "no" });
    seen.push(last(step));
    step = run(step, "ẩn danh");
    expect(seen.join("\n")).not.toMatch(/bao nhiêu tuổi|ở đâu|Bạn là ai|khi nào|xã, phường/);
    expect(step.state.step).toBe("confirm");
    expect(last(step)).toMatch(/Mình hiểu: bé gái 9 tuổi ở xã Ia Hrung, Gia Lai; người gây hại: bố/);
  });

  it("'yes, in danger' gives 113, 115 and 111 at once, then the next question, and alerts officers", () => {
    const s = run(start("vi", "bé hàng xóm bị đánh"), { choice: "yes" });
    expect(s.replies[0]?.urgent).toBe(true);
    expect(s.replies[0]?.links?.map((l) => l.url)).toEqual(["tel:113", "tel:115", "tel:111"]);
    expect(s.state.draft.when).toBe("now");
    expect(s.effects.map((e) => e.type)).toEqual(["save_draft", "alert_emergency"]);
    expect(s.state.emergencyAlerted).toBe(true);
  });

  it("a description of harm now typed at the danger question is a yes: triage decides", () => {
    const s = run(start(), "bé hàng xóm đang bị đánh");
    expect(s.state.draft).toMatchObject({ dangerNow: "yes", narrative: "bé hàng xóm đang bị đánh" });
    expect(s.replies[0]?.urgent).toBe(true);
  });

  it("a story typed at the danger question is kept and read, and the danger question is asked again", () => {
    const s = run(start(), "Có một bé 5 tuổi hay bị mẹ kế bỏ đói");
    expect(s.state.step).toBe("danger");
    expect(s.state.draft).toMatchObject({ narrative: "Có một bé 5 tuổi hay bị mẹ kế bỏ đói", dangerNow: null, childAgeBand: "under_6" });
    expect(last(s)).toMatch(/đã ghi thêm[\s\S]*nguy hiểm ngay lúc này/);
  });

  it("a side question is answered and the same question asked again; it never becomes the answer", () => {
    const atAge = run(start(), { choice: "no" }, "Bé bị bố đánh", "Gia Lai");
    expect(atAge.state.step).toBe("age");
    const side = run(atAge, "Thông tin của tôi có được giữ bí mật không?");
    expect(side.state.step).toBe("age");
    expect(side.state.draft.childAgeBand).toBeNull();
    expect(text(side)).toMatch(/giữ bí mật/);
    expect(last(side)).toMatch(/bao nhiêu tuổi/);
    const contact = run(side, "9 tuổi", "bỏ qua", "bỏ qua");
    expect(contact.state.step).toBe("contact");
    const next = run(contact, "what happens next?");
    expect(next.state.draft.contact).toBeNull();
    expect(next.state.step).toBe("contact");
  });

  it("'I don't know the commune' skips the question; it is never stored as the place", () => {
    const atWhere = run(start(), { choice: "no" }, "Bé bị bố đánh");
    expect(atWhere.state.step).toBe("where");
    const skipped = run(atWhere, "không rõ ở đâu, tôi chỉ nghe kể");
    expect(skipped.state.draft.locationText).toBeNull();
    expect(skipped.state.step).not.toBe("where");
  });

  it("a question about having to be a witness is answered (not only noted), and the step asked again", () => {
    const atAge = run(start(), { choice: "no" }, "Bé bị bố đánh", "Gia Lai");
    const side = run(atAge, "mình có phải đi làm chứng không?");
    expect(side.state.step).toBe("age");
    expect(text(side)).toMatch(/không có nghĩa là bạn phải ra làm chứng/);
    expect(text(side)).not.toMatch(/ghi câu hỏi của bạn/);
    expect(last(side)).toMatch(/bao nhiêu tuổi/);
  });

  it("free text at a choice question is matched to a choice or asked again, never stored as the answer", () => {
    const atReporter = run(start(), { choice: "no" }, "Bé bị bố đánh", "Gia Lai", "7", "hôm qua");
    expect(atReporter.state.step).toBe("reporter");
    const matched = run(atReporter, "hàng xóm nhà bé");
    expect(matched.state.draft.reporterRelation).toBe("neighbour");
    const asked = run(start(), { choice: "no" }, "Bé bị bố đánh", "Gia Lai", "7", "hôm qua", "Sao phải hỏi cái này vậy?");
    expect(asked.state.step).toBe("reporter");
    expect(asked.state.draft.reporterRelation).toBeNull();
    const named = run(atReporter, "Gia đình, người thân của bé có biết là tôi báo không?");
    expect(named.state.step).toBe("reporter");
    expect(named.state.draft.reporterRelation).toBeNull();
    expect(text(named)).toMatch(/giữ bí mật/);
  });

  it("an answer that says more than was asked fills the other gaps too", () => {
    const s = run(start(), { choice: "no" }, "Bé bị đánh", "ở Gia Lai, bé mới 4 tuổi");
    expect(s.state.draft).toMatchObject({ provinceName: "Gia Lai", childAgeBand: "under_6" });
    expect(s.state.step).not.toBe("age");
  });

  it("accepts the province by its old name and keeps what was typed; an unknown place is kept as written", () => {
    const s = run(start(), { choice: "no" }, "bé bị bỏ đói", "Bình Định");
    expect(s.state.draft).toMatchObject({ provinceId: "gia-lai", provinceName: "Gia Lai", locationText: "Bình Định" });
    const unknown = run(start(), { choice: "no" }, "bé bị bỏ đói", "làng Mới");
    expect(unknown.state.draft.locationText).toBe("làng Mới");
    expect(text(unknown)).toMatch(/chưa nhận ra tên tỉnh/);
  });

  it("a thin story asks at most four gaps, and an anonymous reporter is not asked for consent", () => {
    const s = run(start(), { choice: "no" }, "bé bị bỏ đói", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua");
    expect(s.state.step).toBe("contact");
    const anon = run(s, "ẩn danh");
    expect(anon.state.step).toBe("confirm");
    expect(anon.state.draft).toMatchObject({ anonymous: true, contact: null, consentToContact: false });
  });

  it("photos are kept at any step and the question is asked again", () => {
    const photo = { kind: "photo" as const, fileId: "f1" };
    const early = flow.advance(start().state, { ...input(null), attachments: [photo] });
    expect(early.state.step).toBe("danger");
    expect(early.state.draft.attachments).toEqual([photo]);
    expect(text(early)).toMatch(/Đã lưu ảnh/);
  });

  it("back goes to the previous question and keeps the answer; at the first question it says so", () => {
    const s = run(start(), { choice: "no" }, "bé bị bỏ đói");
    const back = flow.back(s.state, now);
    expect(back.state.step).toBe("what");
    expect(text(back)).toMatch(/«bé bị bỏ đói»/);
    expect(text(flow.back(start().state, now))).toMatch(/câu hỏi đầu tiên/);
  });

  it("cancel marks the draft abandoned, saves it and says it is kept", () => {
    const s = flow.cancel(run(start(), { choice: "no" }, "bé bị bỏ đói").state, now);
    expect(s.outcome).toBe("cancelled");
    expect(s.state.draft).toMatchObject({ status: "abandoned", narrative: "bé bị bỏ đói" });
    expect(s.effects).toEqual([{ type: "save_draft" }]);
    expect(text(s)).toMatch(/được giữ lại/);
  });
});

describe("reporter flow: the summary", () => {
  // A hamlet with no commune: which commune it is in is asked once (skipped here).
  const atSummary = () => run(start("vi", "Bé trai 8 tuổi ở thôn Plei Ơi, Gia Lai bị bố đánh hôm qua. Tôi là hàng xóm."), { choice: "no" }, "bỏ qua", "ẩn danh");

  it("typed words are understood: gửi sends, sửa edits, hủy cancels, không asks whether to edit or cancel", () => {
    expect(atSummary().state.step).toBe("confirm");
    expect(run(atSummary(), "gửi").outcome).toBe("submit");
    expect(run(atSummary(), "ok").outcome).toBe("submit");
    expect(run(atSummary(), "đúng rồi").outcome).toBe("submit");
    expect(run(atSummary(), "sửa").state.step).toBe("edit");
    expect(run(atSummary(), "hủy").outcome).toBe("cancelled");
    expect(run(atSummary(), "dừng lại").outcome).toBe("cancelled");
    const no = run(atSummary(), "không");
    expect(no.outcome).toBe("continue");
    expect(text(no)).toMatch(/sửa thông tin, hay hủy/);
    expect(no.replies.at(-1)?.choices?.map((c) => c.id)).toEqual(["edit", "cancel", "submit"]);
  });

  it("Sửa lets the reporter type the correction, read with the fact module and merged", () => {
    const edited = run(atSummary(), { choice: "edit" }, "bé 10 tuổi, ở phường Hội Phú, Gia Lai");
    expect(edited.state.step).toBe("confirm");
    expect(edited.state.draft).toMatchObject({ childAgeBand: "6_11", childAgeText: "10", commune: "phường Hội Phú" });
    expect(last(edited)).toMatch(/Đã sửa theo lời bạn[\s\S]*bé trai 10 tuổi ở thôn Plei Ơi, phường Hội Phú, Gia Lai/);
    expect(run(edited, "gửi").outcome).toBe("submit");
    const harmer = run(atSummary(), { choice: "edit" }, "người gây hại là chú ruột, không phải bố");
    expect(harmer.state.draft).toMatchObject({ harmer: "relative", harmerText: "chú ruột" });
  });

  it("a correction that cannot be read is kept for officers, and the summary is shown again", () => {
    const s = run(atSummary(), { choice: "edit" }, "à quên, cháu có em nhỏ");
    expect(s.state.draft.extraNotes).toContain("à quên, cháu có em nhỏ");
    expect(last(s)).toMatch(/ghi nguyên lời bạn/);
  });

  it("after submit the reporter reads the code, what happens next and by when (Vietnam time), and photos are offered then", () => {
    const s = start().state;
    const [reply] = flow.submitted(s, { caseCode: "K7M2P9", risk: "emergency", dueBy: new Date("2026-11-23T15:00:00Z"), nextSteps: [] });
    expect(reply?.text).toMatch(/K7M2P9/);
    expect(reply?.text).toMatch(/22:00 23\/11\/2026/);
    expect(reply?.text).toMatch(/12 giờ/);
    expect(reply?.text).toMatch(/Nếu bạn có ảnh/);
  });
});

describe("reporter flow: a child", () => {
  it("a child's story gets the safety advice in the first reply, 'em', and no photo or 'who are you' question", () => {
    const s = start("vi", "em 11 tuổi, mẹ kế hay đánh em, em ở Gia Lai");
    expect(s.replies[0]?.text).toMatch(/người lớn em tin[\s\S]*111 miễn phí, không cần nói tên/);
    expect(s.state.draft.reporterRelation).toBe("self");
    // Anonymous with only the province: the commune, in a child's words, once (walk 52), then the summary.
    const anonymous = run(s, { choice: "no" }, { choice: "anonymous" });
    expect(last(anonymous)).toBe("Em ở xã/phường nào, hoặc gần trường/chợ nào?");
    const done = run(anonymous, { choice: "skip" });
    expect(done.state.step).toBe("confirm");
    expect(last(done)).toMatch(/Cô chú hiểu: em 11 tuổi, ở Gia Lai; người làm hại em: mẹ kế/);
    const [sent] = flow.submitted(done.state, { caseCode: "K7M2P9", risk: "high", dueBy: now, nextSteps: [] });
    expect(sent?.text).not.toMatch(/ảnh/);
    expect(sent?.links?.map((l) => l.url)).toContain("tel:111");
  });

  it("an English child is answered in English, with 111 free and no name needed", () => {
    const s = start("en", "I am 13, my dad hits me when he is drunk. I live in Gia Lai");
    expect(s.replies[0]?.text).toMatch(/111: it is free and you do not have to give your name/);
    expect(last(s)).toMatch(/Are you in danger right now\?$/);
    // 111 stays one tap away on every question (the button), without a line repeated before each one.
    expect(s.replies.at(-1)?.links?.map((l) => l.url)).toContain("tel:111");
    expect(last(s)).not.toMatch(/Call 111 any time/);
  });
});

describe("reporter flow: plumbing", () => {
  it("speaks English to an English reporter", () => {
    const s = run(start("en"), { choice: "no" });
    expect(text(s)).toMatch(/What happened\?/);
  });

  it("the state is plain JSON, so it survives a round trip through a database", () => {
    const s = run(start(), { choice: "no" });
    const restored = JSON.parse(JSON.stringify(s.state)) as ReportFlowState;
    expect(run({ ...s, state: restored }, "bé bị bỏ đói").state.draft.narrative).toBe("bé bị bỏ đói");
  });

  it("a state saved by the older flow (a step that no longer exists) resumes at the question it still needs", () => {
    const s = run(start(), { choice: "no" }, "bé bị bỏ đói");
    const old = { ...s.state, step: "photos", asked: undefined } as unknown as ReportFlowState;
    // A story this thin ("bé bị bỏ đói") with nothing asked yet still needs who harms and what happened (tenth round).
    expect(flow.ask(old).text).toMatch(/ai làm hại trẻ/);
    const told = { ...s.state, draft: { ...s.state.draft, harmer: "mother" }, step: "photos", asked: undefined } as unknown as ReportFlowState;
    expect(flow.ask(told).text).toMatch(/ở đâu/);
  });

  it("triage reads the answers that change urgency, not only the narrative", () => {
    const s = run(start(), { choice: "no" }, "bé bị đánh");
    expect(draftText({ ...s.state.draft, when: "now", withPersonNow: "yes" })).toMatch(/đang xảy ra/);
    expect(draftText({ ...s.state.draft, when: "now", withPersonNow: "yes" })).not.toMatch(/đang ở cùng người đó/);
    expect(formatVietnamTime(new Date("2026-01-01T17:30:00Z"))).toBe("00:30 02/01/2026");
  });
});
