/**
 * Two flags walk 43 (c20a) lost, found by a second reader, and mended narrowly:
 * - a "now" beside messaging still makes images or undressing now when something is demanded in that clause or the next
 *   ("vẫn đang nhắn tin cho cháu, đòi cháu gửi thêm ảnh"), and a day beside a demand ("hôm nay vẫn nhắn đòi tiền") is a
 *   deadline; a threat that only goes on ("hôm nay nó vẫn đang nhắn đe dọa") stays no deadline and no undressing now;
 * - housework away from home or under duress ("đi làm việc nhà ở thành phố", "đến khuya", "giữ giấy tờ") stays forced labour;
 *   a child's chores at home stay no child labour.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (text: string) => triageReport(text).redFlags;

// The second reader's sentences, with the flags they had before walk 43.
const READER_IMAGES_NOW = [
  "Hắn vẫn đang nhắn tin cho cháu, đòi cháu gửi thêm ảnh khỏa thân.",
  "Han van dang nhan tin cho chau, doi chau gui them anh khoa than.",
  "Thằng đó đang nhắn đe dọa con bé, bắt nó quay clip nóng gửi qua.",
  "Ngay lúc này hắn vẫn đang nhắn dọa em, bắt em bật camera cởi áo.",
];
const READER_DEMAND_TODAY = "Hôm nay hắn vẫn đang nhắn đòi tiền, nó dọa tung ảnh khỏa thân của cháu cho cả lớp.";
const READER_SERVITUDE = "Em 14 tuổi bị bắt đi làm việc nhà ở thành phố, chủ giữ giấy tờ không cho về.";
const READER_LATE_NIGHT = "Con bé 9 tuổi ngày nào cũng bị bắt làm việc nhà, giặt đồ cho cả nhà 8 người đến khuya, bị đánh nếu chưa xong.";

// Sentences written for this test.
const OWN_IMAGES_NOW = [
  "Gã kia vẫn đang nhắn Zalo dọa cháu, ép cháu gửi clip khỏa thân cho gã.",
  "Ga kia van dang nhan zalo doa chau, ep chau gui clip khoa than.",
  "He is messaging her right now, asking for naked pictures of her.",
];
const OWN_DEMAND_TODAY = [
  "Hôm nay gã đó vẫn đang nhắn đòi 2 triệu, gã dọa phát tán clip nóng của cháu.",
  "Hom nay no van dang nhan doi tien, doa tung anh nong cua con be.",
];
const OWN_THREAT_GOES_ON = [
  "Thằng kia giữ ảnh nóng của con bé. Hôm nay nó vẫn đang nhắn dọa dẫm con bé.",
  "A stranger has my son's nude pictures. Today he is still messaging him threats.",
  // "đói" (hungry) and "bật" (switch on) fold like "đòi" and "bắt": no demand.
  "Hôm nay nó vẫn đang nhắn dọa, em đói quá không dám ăn.",
  "Hôm nay nó vẫn đang nhắn đe dọa, bật máy lên là thấy tin nhắn của nó.",
];
const OWN_FORCED_HOUSEWORK = [
  { text: "Cháu 12 tuổi bị bắt làm việc nhà đến khuya mỗi ngày, làm chậm là bị đánh.", flag: "illegal_child_labour" },
  { text: "Con bé 14 tuổi bị bắt đi làm việc nhà ở thành phố, bà chủ giữ giấy tờ của nó không cho về.", flag: "coerced_labour" },
];
const OWN_CHORES = [
  "Bé 8 tuổi bị mẹ bắt làm việc nhà suốt buổi chiều, bé hay cằn nhằn.",
  "con be 10 tuoi bi bo bat lam viec nha cuoi tuan, khong duoc xem tivi",
];

describe("m2: flags walk 43 lost", () => {
  it("the sentences written for this test are in no corpus file", () => {
    expect(inSomeCorpus([...OWN_IMAGES_NOW, ...OWN_DEMAND_TODAY, ...OWN_THREAT_GOES_ON, ...OWN_FORCED_HOUSEWORK.map((x) => x.text), ...OWN_CHORES])).toEqual([]);
  });

  it.each([...READER_IMAGES_NOW, ...OWN_IMAGES_NOW])("images or undressing demanded while he messages is abuse now, an emergency: «%s»", (text) => {
    expect(flags(text)).toContain("online_sexual_abuse_now");
    expect(triageReport(text).risk).toBe("emergency");
  });

  it.each([READER_DEMAND_TODAY, ...OWN_DEMAND_TODAY])("money demanded today with a threat to leak is a deadline today and abuse now: «%s»", (text) => {
    expect(flags(text)).toContain("sextortion_deadline");
    expect(flags(text)).toContain("online_sexual_abuse_now");
    expect(triageReport(text).risk).toBe("emergency");
  });

  it.each(OWN_THREAT_GOES_ON)("a threat that only goes on today stays no deadline and no undressing now: «%s»", (text) => {
    expect(flags(text)).not.toContain("sextortion_deadline");
    expect(flags(text)).not.toContain("online_sexual_abuse_now");
  });

  it("housework in the city with papers kept by the employer is forced labour, high", () => {
    expect(flags(READER_SERVITUDE)).toEqual(expect.arrayContaining(["confinement", "coerced_labour"]));
    expect(triageReport(READER_SERVITUDE).risk).toBe("high");
  });

  it("housework till late at night, beaten if not done, is child labour and forced, high", () => {
    expect(flags(READER_LATE_NIGHT)).toEqual(expect.arrayContaining(["illegal_child_labour", "coerced_labour"]));
    expect(triageReport(READER_LATE_NIGHT).risk).toBe("high");
  });

  it.each(OWN_FORCED_HOUSEWORK)("housework under duress or away from home stays labour: «$text»", ({ text, flag }) => {
    expect(flags(text)).toContain(flag);
  });

  it.each(OWN_CHORES)("a child's chores at home stay no child labour: «%s»", (text) => {
    expect(flags(text)).not.toContain("illegal_child_labour");
    expect(flags(text)).not.toContain("coerced_labour");
  });
});
