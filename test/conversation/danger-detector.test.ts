import { describe, expect, it } from "vitest";
import { createDangerDetector } from "../../src/conversation/danger-detector.ts";

const detect = createDangerDetector();

describe("danger detector", () => {
  it.each([
    "đang bị đánh",
    "dang bi danh",
    "Bố em đang đánh em, cứu em",
    "cuu em voi",
    "cíu e vs",
    "e mún chết",
    "em muốn tự tử",
    "em muon tu tu",
    "ko muốn sống nữa",
    "hok mún sống nữa",
    "con tôi bị bắt cóc",
    "bé bị bắt đi rồi",
    "bi bat di",
    "help me please",
    "I want to kill myself",
    "my brother is being beaten",
  ])("%s signals a child in danger now", (text) => {
    expect(detect(text).danger).toBe(true);
  });

  it.each([
    "Cơ quan nào chủ trì phòng chống bắt cóc trẻ em?",
    "co quan nao chu tri phong chong bat coc tre em",
    "Ai chịu trách nhiệm phòng ngừa tự tử ở học sinh theo kế hoạch?",
    "Which agency leads prevention of child abduction?",
    "Sở nào nghiên cứu về trẻ em khuyết tật?",
    "Kinh phí cứu trợ trẻ em mồ côi là bao nhiêu?",
    "từ từ thôi",
    "xin chào",
  ])("%s is not an emergency", (text) => {
    expect(detect(text).danger).toBe(false);
  });

  it("a policy framing does not outweigh a writer who is in danger now", () => {
    expect(detect("cơ quan nào giúp em, bố em đang đánh em ngay bây giờ").danger).toBe(true);
  });

  it("uses triage's emergency as a second signal", () => {
    const withTriage = createDangerDetector((text) => text.includes("với kẻ đó tối nay"));
    expect(withTriage("bé đang ở với kẻ đó tối nay").danger).toBe(true);
    expect(withTriage("bé đang ở với kẻ đó tối nay").signal).toBe("triage");
    expect(detect("bé đang ở với kẻ đó tối nay").danger).toBe(false);
  });
});
