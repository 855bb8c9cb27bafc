/**
 * T9: sexual abuse told, and the person who did it still comes for the child ("vẫn đang thường xuyên đến đón", "ngày nào cũng qua
 * đón nó", "she has training with him again this afternoon", "he still drives her to school"): the person has access to the child
 * tonight, an emergency (DESIGN, Triage contract). Near misses (the person gone or arrested, access ended by the carer) must not be
 * read as access. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("the one who sexually abused the child still comes for the child: an emergency", () => {
  const stillComes = [
    "my 12 year old said the swimming coach touched her private parts, she has training with him again this afternoon",
    "cháu 14 tuổi bị thằng 25 tuổi quan hệ nhiều lần, hắn vẫn đang ngày nào cũng tới đón cháu đi chơi",
    "my niece (10) told me her mum's friend touched her down there; he still drives her to school every morning",
    "Con bé 11 tuổi kể ông chú họ sờ soạng nó, ông ấy ngày nào cũng qua đón nó đi học.",
    "em 13 tuổi, anh họ em làm chuyện đó với em mấy lần rồi, giờ anh ấy vẫn còn đến đón em đi học thêm",
  ];
  for (const text of stillComes) {
    it(`an emergency: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.category).toBe("sexual_abuse");
    });
  }

  const noAccess = [
    "The coach who touched her was fired last month and she no longer trains at that club.",
    "Thầy dạy thêm sờ soạng con bé đã bị công an bắt, con bé nghỉ học thêm rồi, giờ ổn.",
    "Ông chú họ từng sờ soạng con bé, trước đây ông ấy hay tới đón nó, nhưng tôi đã không cho con qua đó nữa.",
  ];
  for (const text of noAccess) {
    it(`no access read: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("sexual_abuser_has_access");
    });
  }
});
