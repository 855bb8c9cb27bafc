/**
 * Mend M1 (RD2 item 1): with the reporter's "no danger now", a beating done earlier today is high only when the story tells
 * nothing severe. A child under 6, strangling, a burn, bleeding or a wound, or any emergency fact of the triage contract keeps
 * the emergency. The c26 guard stays: a slap or a ruler earlier today, nothing severe, is high. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { draft } from "./case-test-support.ts";

const saidNo = (narrative: string) => triageDraft(draft({ narrative, dangerNow: "no", when: null, extraNotes: [] }));

describe("earlier today with something severe stays an emergency after the reporter's no", () => {
  it.each([
    // The second reader's sentences.
    "sáng nay mẹ kế lấy roi quất con bé 5 tuổi tóe máu, giờ bé ở nhà bà",
    "Sáng nay bố đánh đứa bé 2 tuổi mấy cái vì khóc, giờ bé đang ngủ",
    "Sáng nay bố nó bóp cổ nó đến tím mặt, giờ nó ở trường",
    "Sáng nay bố nó dí điếu thuốc vào tay nó",
    // Our own wordings.
    "sáng nay ông nội tát đứa cháu 4 tuổi vì làm đổ sữa, giờ bé ở nhà trẻ",
    "hồi sáng dượng nó bóp cổ con bé lớp 6, giờ con bé đang ở lớp",
    "trưa nay mẹ nó lấy bàn ủi nóng áp vào chân thằng bé, giờ nó ngủ rồi",
    "sáng nay bố nó đánh nó tóe máu mồm, giờ nó ở trường",
    "chieu nay ba no di dieu thuoc vao lung thang be 10 tuoi, gio no o nha ba noi",
  ])("%s", (narrative) => {
    expect(saidNo(narrative).risk).toBe("emergency");
  });
});

describe("earlier today with nothing severe is still high (the c26 rule keeps working)", () => {
  it.each([
    "Sáng nay mẹ nó véo tai thằng bé 9 tuổi mấy cái vì làm rơi cặp, giờ nó đang ở lớp",
    "chieu nay bo no tat thang be 12 tuoi hai cai vi di choi ve muon, gio no o nha ban",
  ])("%s", (narrative) => {
    expect(saidNo(narrative).risk).toBe("high");
  });
});
