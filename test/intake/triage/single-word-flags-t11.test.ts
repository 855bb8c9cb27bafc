/**
 * Red flags come from facts, never from a single word (DESIGN, triage contract; issue 12, fixer T11). Six words had been
 * read alone: "chụp lén" as sexual images, "khóc suốt" as repeated harm, a heard cry beside a locked door as violence in
 * progress, "tối nay" of a planned meeting with an online stranger as being with the abuser now, "is being abused" of a
 * vague suspicion as an emergency, and a drunk uncle banging on a door as sexual abuse. The positives keep their flags.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

describe("secret photos are sexual images only with a sexual word or context", () => {
  it.each([
    "Mấy đứa cùng lớp chụp lén cháu lúc cháu ngủ gật trong giờ rồi đăng lên nhóm lớp để cười nhạo, cháu về nhà không chịu ăn.",
    "may dua cung lop chup len chau luc an com roi dang len mang che gieu chau beo",
    "Bọn lớp trên quay lén cảnh con tôi bị té ngoài sân rồi tung lên mạng trêu chọc.",
  ])("a mocking photo is not a sexual image: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("sexual_images");
  });

  it.each([
    "Ông hàng xóm chụp lén con gái tôi lúc con đang thay đồ trong phòng tắm.",
    "co nguoi chup len vung kin cua be roi gui vao nhom chat",
    "Thằng anh họ quay lén cảnh cháu tắm rồi đem khoe bạn bè.",
    "He secretly filmed her changing and posted the nude clip.",
  ])("a secret photo with a sexual word or context keeps the flag: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("sexual_images");
  });
});

describe("repeated harm needs the harm to repeat, not crying", () => {
  it.each([
    "Con bé nhà bên khóc suốt mấy hôm nay, tôi không rõ có chuyện gì không.",
    "con be nha ben khoc suot may hom nay, toi khong ro co chuyen gi",
    "My neighbour's baby is always crying at night and I am a bit worried.",
  ])("crying all the time is no repeated harm: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("repeated");
  });

  it.each([
    "Thằng bé bị bố đánh suốt, tuần nào cũng có vết bầm mới.",
    "thang be bi bo danh suot, tuan nao cung co vet bam moi",
    "Her stepfather hits her again and again, every week.",
  ])("a beating that repeats keeps the flag: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("repeated");
  });
});

describe("a locked-in toddler heard crying is confinement now, not violence in progress", () => {
  it.each([
    "Tôi nghe tiếng bé khoảng 2 tuổi khóc ở phòng trọ bên cạnh, bé bị nhốt, cửa khóa ngoài, bé đang khóc.",
    "toi dang nghe tieng be khoc, be bi nhot trong phong, cua khoa ngoai tu sang",
  ])("still an emergency, without violence_in_progress: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).not.toContain("violence_in_progress");
  });

  it.each([
    "Tôi đang nghe tiếng ông ta đánh con bé, nó la hét xin tha.",
    "Bố nó đang đánh nó ngoài sân kìa, cứu với.",
  ])("a beating heard now keeps violence in progress: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("violence_in_progress");
  });
});

describe("a meeting tonight with an online stranger is not being with the abuser now", () => {
  it.each([
    "Con gái tôi 13 tuổi quen một người lạ trên mạng, tối nay nó định đi gặp người đó ở quán nước.",
    "con gai toi 13 tuoi quen nguoi la tren mang, toi nay no hen gap nguoi do",
  ])("no with_abuser_now, and the meeting stays urgent: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("with_abuser_now");
    expect(r.risk).toBe("emergency");
  });

  it("a man at home who walks in on a girl bathing, alone with her tonight, keeps it", () => {
    const r = triageReport("Chị giúp việc kể ông chủ hay vào nhà tắm lúc con gái 10 tuổi đang tắm, tối nay vợ ông đi vắng, chỉ có ông với bé ở nhà.");
    expect(r.redFlags).toContain("with_abuser_now");
    expect(r.risk).toBe("emergency");
  });

  it("a stepfather home alone with the child tonight keeps it", () => {
    const r = triageReport("Tối nay dượng lại ở nhà một mình với con bé, con bé bị dượng sờ soạng mấy lần rồi.");
    expect(r.risk).toBe("emergency");
  });
});

describe("a vague English suspicion with 'is being abused' is no emergency", () => {
  it.each([
    "I think a kid in my building is being abused.",
  ])("at least medium, not an emergency, no violence in progress: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).not.toBe("emergency");
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.medium);
    expect(r.redFlags).not.toContain("violence_in_progress");
  });

  // Mender M31 (RD36 HIGH 2): no rule lowers the model's emergency (DESIGN: a model may raise a risk, never lower it); when the
  // model alone reads one, with no red flag, the chat asks the danger question. What the words themselves tell is checked.
  it.each([
    "I suspect the girl across the hall is being hit by her mother.",
  ])("at least medium, no violence in progress (what the model makes of it is its own): %s", (text) => {
    const r = triageReport(text);
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.medium);
    expect(r.redFlags).not.toContain("violence_in_progress");
  });

  it.each([
    "He is hitting her right now, please send someone.",
    "A child is being beaten next door right now, I can hear her screaming.",
    "There is screaming next door now, a child is crying for help.",
    "I think a boy next door is being abused, he is screaming for help now.",
    "Bố nó đang đánh nó ngoài sân kìa.",
  ])("violence now stays an emergency: %s", (text) => {
    expect(triageReport(text).risk).toBe("emergency");
  });
});

describe("banging on a door with no sexual word is violence, not sexual abuse", () => {
  it.each([
    "Chú say rượu đập cửa phòng, em đang trốn trong này, em 12 tuổi, mẹ đi vắng.",
    "Ông chú say xỉn đang đập cửa phòng con bé, con bé đang trốn trong phòng khóa cửa.",
    "em dang tron trong phong, chu em say ruou dap cua doi vao, em so qua",
  ])("physical_violence, still an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.category).toBe("physical_violence");
    expect(r.risk).toBe("emergency");
  });

  it("a sexual word keeps sexual abuse", () => {
    const r = triageReport("Chú say rượu đập cửa phòng đòi vào, tuần trước chú đã sờ soạng vùng kín của em, em đang trốn.");
    expect(r.category).toBe("sexual_abuse");
  });
});
