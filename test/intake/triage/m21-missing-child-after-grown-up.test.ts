/**
 * M21: the second reading of F9.
 * 1. A grown-up opening the clause is no subject of "chưa về" / "không nghe máy" once a child is named after him: an age
 *    ("7 tuổi", "7 tuoi"), a name written with a capital, a joiner ("mà", "nhưng", "thì", "but"). "không thấy * đâu" is said by
 *    the one searching: the child is missing. "Ba đứa/con nhỏ" is three children.
 * 2. A child made to sit out in the street all night ("bắt ngồi ngoài đường") is still left out in the cold.
 * 3. "Em có đứa bạn bố nó hay đánh nó": a friend whose father beats her, the father harms; "her father's drinking" is the father.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const CHILD_NAMED_AFTER = [
  "chi hai goi dien suot chieu ma Lan 11 tuoi van khong nghe may, tu sang den gio chua ve",
  "Chị Hai gọi điện suốt chiều mà Lan 11 tuổi vẫn không nghe máy, từ sáng đến giờ chưa về",
  "ong ngoai ra dau hem ngoi cho hoai thi be Thu 6 tuoi van chua ve",
  "Mẹ nó đi chợ về tìm mãi không thấy Su 4 tuổi đâu",
  "me goi mai ma Ky 9 tuoi khong nghe may",
];
const THREE_CHILDREN = [
  "Ba con nhỏ nhà đầu ngõ 7, 8 và 10 tuổi đi câu cá từ trưa tới tối vẫn chưa về",
  "ba con nho nha dau ngo 7, 8 va 10 tuoi di cau ca tu trua toi toi van chua ve",
];
const GROWN_UP_AWAY = [
  "Mẹ hai đứa nhỏ 5 và 8 tuổi đi làm ở Bình Dương cả tháng nay chưa về, bọn nhỏ ở với bà",
  "me hai dua nho di lam o Binh Duong tu dau nam chua ve, tui nho o voi ba ngoai",
];

const MADE_TO_SIT_OUT = [
  "Thằng bé 6 tuổi bị cha dượng bắt ngồi ngoài đường cả đêm vì làm vỡ chén",
  "thang be 6 tuoi bi cha duong bat ngoi ngoai duong ca dem vi lam vo chen",
  "Bé 7 tuổi phải ngồi ngoài đường suốt đêm vì mẹ kế khóa cửa",
];

describe("1. a child named after the grown-up is the one who has not come back", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...CHILD_NAMED_AFTER, ...THREE_CHILDREN, ...GROWN_UP_AWAY, ...MADE_TO_SIT_OUT])).toEqual([]);
  });

  it.each([...CHILD_NAMED_AFTER, ...THREE_CHILDREN])("«%s»: a child is missing, an emergency", (story) => {
    const t = triageReport(story);
    expect(t.redFlags).toContain("child_missing");
    expect(t.risk).toBe("emergency");
  });

  it.each(["me tim ca buoi khong thay ti dau", "ba tim khap xom khong thay bi dau"])("«%s»: the one not seeing is the one searching: missing", (story) => {
    expect(triageReport(story).redFlags).toContain("child_missing");
  });

  it.each(GROWN_UP_AWAY)("«%s»: the mother is away, no child is missing", (story) => {
    expect(triageReport(story).redFlags).not.toContain("child_missing");
  });
});

describe("2. a child made to sit out in the street all night", () => {
  it.each(MADE_TO_SIT_OUT)("«%s»: an emergency", (story) => {
    expect(triageReport(story).risk).toBe("emergency");
  });
});

const CAREGIVER = ["caregiver_is_abuser", "caregiver_violence"];

describe("3. the child's friend's father, and a father's drinking, are the father", () => {
  const FRIENDS_FATHER = ["Em có đứa bạn bố nó hay đánh nó bằng roi", "em co dua ban bo no hay danh no bang roi"];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...FRIENDS_FATHER, "Her father's drinking has got worse and he hits her, she is 8"])).toEqual([]);
  });

  it.each(FRIENDS_FATHER)("«%s»: the father beats the friend", (story) => {
    for (const f of CAREGIVER) expect(triageReport(story).redFlags).toContain(f);
    expect(extractReportFacts(story).harmer).toBe("father");
  });

  it("«Her father's drinking ... he hits her»: a caregiver who harms", () => {
    for (const f of CAREGIVER) expect(triageReport("Her father's drinking has got worse and he hits her, she is 8").redFlags).toContain(f);
  });

  it.each(["Bé kể bạn của bố nó hay sờ soạng nó", "My dad's drinking buddy hit my little brother with a stick"])("«%s»: the father's friend is still not the father", (story) => {
    for (const f of CAREGIVER) expect(triageReport(story).redFlags).not.toContain(f);
  });
});
