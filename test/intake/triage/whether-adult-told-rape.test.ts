/**
 * Three classes seen on writer T's odd half (4 December, stop 30), with sentences of our own:
 * - "không biết lúc đó có muốn chết không", "not sure if she wanted to die": whether, not a stated intent to die (a
 *   recent attempt told so is high, not an emergency); an intent said beside "không biết" stays stated.
 * - someone of 18 or more who marries is no child marriage ("vừa tròn 18 tuổi", "just turned 18").
 * - a rape told of a child, weeks ago, with the family hushing it and the man gone elsewhere, is never rated below high
 *   (a matter hushed up is not resolved; DESIGN: a suspicion of sexual abuse is already high).
 */
import { describe, expect, it } from "vitest";
import { intentToDie, triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

describe("whether someone wanted to die is no stated intent", () => {
  it.each([
    "tuần trước con bé nhà tôi 15 tuổi uống hết mấy viên thuốc đau đầu, nó nói không biết lúc đó có muốn chết không, giờ nó đi học lại bình thường",
    "My son (14) swallowed a handful of his grandmother's pills on Sunday. He says he is not sure if he wanted to die. He is home and eating now.",
  ])("«%s»: not stated, and high rather than an emergency", (text) => {
    expect(intentToDie(text).stated).toBeNull();
    expect(triageReport(text).risk).toBe("high");
  });

  it("an overdose yesterday told with 'không biết có muốn chết không' is no stated intent, and at least high", () => {
    const text = "e 15t, hom qua e uong 10 vien thuoc cam, e ko bit e co muon chet ko, gio e on roi";
    expect(intentToDie(text).stated).toBeNull();
    expect(RANK[triageReport(text).risk]).toBeGreaterThanOrEqual(RANK.high);
  });

  it.each([
    "em không biết phải làm sao nữa, em muốn chết",
    "ko biet nua, t muon chet that roi",
    "I don't know what to do anymore, I want to die",
  ])("an intent said beside 'I don't know' stays stated: «%s»", (text) => {
    expect(intentToDie(text).stated).not.toBeNull();
    expect(triageReport(text).risk).toBe("emergency");
  });
});

describe("someone of 18 or more who marries is no child marriage", () => {
  // Not yet: "my daughter just turned 18 and is marrying her boyfriend next month, is that legal?" is rated high by the model
  // (no rule raises it, and rules never lower the model).
  it.each([
    "Cháu gái tôi vừa tròn 18 tuổi, đã đăng ký kết hôn với người 26 tuổi, hai đứa tự nguyện. Hàng xóm bảo là tảo hôn, có đúng không?",
  ])("«%s»", (text) => {
    const t = triageReport(text);
    expect(t.risk).toBe("low");
    expect(t.redFlags).not.toContain("marriage_imminent");
  });

  it("a girl of 15 married next month still is", () => {
    expect(RANK[triageReport("Nhà bên gả con gái 15 tuổi cho một người 30 tuổi vào tháng sau, bé khóc suốt.").risk]).toBeGreaterThanOrEqual(RANK.high);
  });
});

describe("a rape of a child told weeks later, hushed by the family", () => {
  it.each([
    "Cháu gái tôi 11 tuổi bị một ông trong xóm hiếp hồi tháng trước, nhà nó giấu không cho báo, ông đó đã chuyển đi nơi khác rồi. Tôi có nên báo không?",
    "My niece, 12, was raped by a cousin at a family party two months ago. The family told everyone to keep quiet. He lives in another town now.",
  ])("is at least high, and sexual abuse: «%s»", (text) => {
    const t = triageReport(text);
    expect(RANK[t.risk]).toBeGreaterThanOrEqual(RANK.high);
    expect(t.category).toBe("sexual_abuse");
  });
});
