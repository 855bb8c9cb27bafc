/**
 * F3a: the second reader's findings on the merges of 6 Dec (triage, no conversation). The reviewer's sentences first,
 * then new wordings of each class written for these tests (in no corpus, fixture or eval file).
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { modelThatSays } from "./model-fixtures.ts";

describe("1. a harm going on without stop ('liên tục', 'over and over', 'keeps') is happening now, not a habit", () => {
  it.each([
    "Bố dượng đang đánh bé gái 6 tuổi nhà bên liên tục, bé khóc thét, tôi nghe rõ.",
    "Ông chú say rượu đang đập thằng bé 7 tuổi liên tục ngoài sân, nó la khóc inh ỏi.",
    "ba no dang danh con be 5 tuoi lien tuc, tieng khoc nghe ro lam",
    "The man next door is hitting his 6-year-old son over and over, I can hear the screams.",
    "Her stepmother is beating the 7-year-old again and again in the kitchen.",
    "My uncle is hitting my little brother who is 8 and he keeps hitting him",
  ])("now in the facts: «%s»", (t) => {
    expect(extractReportFacts(t).times).toContain("now");
  });
  it.each([
    "Thằng bé 9 tuổi đang bị bố đánh hoài mỗi khi say, mẹ nó kể.",
    "The 11-year-old is being hit by his stepdad every night, his aunt says.",
  ])("a habit stays no now: «%s»", (t) => {
    expect(extractReportFacts(t).times).not.toContain("now");
  });
});

describe("3. 'chưa bao giờ ... như đêm nay' compares with tonight, it denies nothing", () => {
  it.each([
    "Con 13 tuổi, con chưa bao giờ tính chuyện tự sát nghiêm túc như đêm nay.",
    "Em 15 tuổi, chưa bao giờ em muốn chết nhiều như hôm nay.",
    "em 14t, chua bao gio em muon tu tu nhu toi nay",
    "I am 14 and I have never wanted to kill myself as much as I do tonight.",
  ])("self-harm intent kept: «%s»", (t) => {
    const r = triageReport(t);
    expect(r.category).toBe("self_harm");
    expect(r.redFlags).toContain("self_harm_intent");
  });
});

describe("4. a quoted 'tao xử mày' (I'll deal with you) is no threat to kill", () => {
  it.each([
    "Bạn cùng bàn của con 11 tuổi cứ trêu chọc, hôm qua dọa 'tao xử mày' vì cháu không cho chép bài.",
    'Chị gái 16 tuổi giành điện thoại với em trai 10 tuổi, dọa: "mách mẹ là tao xử mày luôn".',
    "Mẹ bé 7 tuổi nhà bên cầm roi quát 'về nhà tao xử mày' vì bé làm đổ nồi cơm.",
    "Thằng lớp trên nhắn cho con trai tôi 12 tuổi: 'mai ra cổng tao xử mày'.",
    "anh trai no 15t quat 'tao xu may' vi be 8t lam hong xe dap",
  ])("no threat_to_kill: «%s»", (t) => {
    expect(triageReport(t).redFlags).not.toContain("threat_to_kill");
  });
  it("the desk-mate's 'tao xử mày' is no emergency", () => {
    expect(triageReport("Bạn cùng bàn của con 11 tuổi cứ trêu chọc, hôm qua dọa 'tao xử mày' vì cháu không cho chép bài.").risk).not.toBe("emergency");
  });
  it.each([
    'Her stepdad kept yelling at the 9-year-old "you\'re dead" while he chased her.',
  ])("a quoted threat to kill keeps its flag: «%s»", (t) => {
    expect(triageReport(t).redFlags).toContain("threat_to_kill");
  });
  it("'xử chết' (to kill) in quotes keeps its flag whatever the model says", () => {
    expect(triageReport("Bố dượng gằn giọng với bé trai 10 tuổi: 'tao xử chết mày'.", {}, modelThatSays("high", "physical_violence")).redFlags).toContain("threat_to_kill");
    expect(triageReport("Bố dượng gằn giọng với bé trai 10 tuổi: 'tao xử mày'.", {}, modelThatSays("high", "physical_violence")).redFlags).not.toContain("threat_to_kill");
  });
});

describe("6. a child gone is missing whatever place stands before 'biến mất'; only a plan to vanish ('sẽ/định/tính biến mất') is not", () => {
  it.each([
    "Thằng cháu 9 tuổi lên chơi nhà dì trên tỉnh biến mất từ sáng hôm qua.",
    "Con bé 10 tuổi đi xem hát ở sân đình biến mất từ tối qua, cả nhà tìm không thấy.",
    "thang be 8 tuoi di choi tren tinh bien mat tu chieu qua",
    "con trai 10 tuoi di hoc them ngoai tinh bien mat 2 hom nay roi",
  ])("child_missing: «%s»", (t) => {
    expect(triageReport(t).redFlags).toContain("child_missing");
  });
  it.each([
    "Con bé 14 tuổi nhắn cho bạn là nó định biến mất khỏi cuộc đời này.",
    "em 15t, em se bien mat cho moi nguoi vui",
  ])("no child gone: «%s»", (t) => {
    expect(triageReport(t).redFlags).not.toContain("child_missing");
  });
});

describe("6b. a plan to vanish written without marks stays no child gone", () => {
  it.each(["toi tinh bien mat khoi cai nha nay, em 14 tuoi", "em 13t, thi dinh bien mat luon cho xong"])("«%s»", (t) => {
    expect(triageReport(t).redFlags).not.toContain("child_missing");
  });
});

describe("3b. more wordings of 'never as much as now'", () => {
  it.each([
    "Em 14 tuổi, em chưa bao giờ nghĩ đến chuyện tự tử nhiều như bây giờ.",
    "con 15 tuoi, chua bao gio con muon tu sat nhu dem nay",
  ])("self-harm intent kept: «%s»", (t) => {
    expect(triageReport(t).redFlags).toContain("self_harm_intent");
  });
  it("a plain 'never' with no comparison still denies: «Cháu hứa sẽ không bao giờ tự tử nữa.»", () => {
    expect(triageReport("Con gái 13 tuổi khóc xong thì hứa với tôi sẽ không bao giờ tự tử nữa.").redFlags).not.toContain("self_harm_intent");
  });
});
