/**
 * Red flags and facts the walk of 33 found read from a word alone (DESIGN: red flags and reasons come
 * from facts the text states, never from a word alone): standing somewhere ("đứng đây") read as a
 * beating with a rope ("dùng dây"); a grown-up's work ("con dâu đi làm suốt ngày") read as child
 * labour; a threat to post images tonight read as the child being with the abuser or meeting them;
 * a day planned ahead ("chủ nhật này ... mới tới") read as a harm repeated every evening ("mỗi tối");
 * a past matter dealt with, the harmer in prison and the child safe with a grandparent, read as
 * the child living with the harmer. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (t: string) => triageReport(t).redFlags;

describe("a word spelt with its own diacritics is that word", () => {
  const standing = [
    "Tôi đã đứng đây chờ 15 phút mà cô bé 3 tuổi vẫn khóc một mình trong nhà.",
    "Em đứng đây gọi mãi mà không ai mở cửa, thằng bé 5 tuổi ở trong khóc to lắm.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...standing, "Bố dượng dùng dây điện quất em 8 tuổi tới rướm máu."])).toEqual([]);
  });
  it.each(standing)("«%s» tells of no severe violence", (text) => {
    expect(flags(text)).not.toContain("violence_severe");
  });
  it("a rope used to beat, with its diacritics, is still severe violence", () => {
    expect(flags("Bố dượng dùng dây điện quất em 8 tuổi tới rướm máu.")).toContain("violence_severe");
  });
});

describe("a grown-up's work is not child labour", () => {
  const grownUps = [
    "ông muốn báo chuyện thằng cháu nội 4 tuổi, con dâu đi làm suốt ngày để nó ở nhà với con chó",
    "bà báo chuyện hai đứa cháu ngoại của bà, con gái bà đi làm suốt ngày, để tụi nó ở nhà một mình",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(grownUps)).toEqual([]);
  });
  it.each(grownUps)("«%s» has no child labour", (text) => {
    expect(flags(text)).not.toContain("illegal_child_labour");
  });
  it("the grandmother writing is not the harmer «bà con»", () => {
    expect(extractReportFacts("hai đứa cháu ngoại của bà, con đi làm suốt ngày để tụi nó ở nhà một mình đói").harmerQuote).not.toBe("bà con");
  });
  it("a child made to work all day is still child labour", () => {
    expect(flags("Thằng bé 10 tuổi bị chủ lò gạch bắt làm suốt ngày")).toContain("illegal_child_labour");
  });
});

describe("a threat to post images tonight is no meeting and no being with the abuser", () => {
  const threats = [
    "e 13t, anh quen tren zalo doi e gui anh ko mac ao, e gui 1 tam roi, gio no doi gui nua ko thi toi nay no tung len mang cho ca truong coi",
    "em 14 tuổi, bạn trai quen qua facebook đòi em gửi ảnh không mặc áo, em lỡ gửi 1 tấm, giờ nó đòi gửi nữa không thì tối nay nó tung lên mạng cho cả trường coi",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(threats)).toEqual([]);
  });
  it.each(threats)("«%s» is a threat online", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("with_abuser_now");
    expect(r.redFlags).not.toContain("meeting_soon");
    expect(r.redFlags).toContain("sextortion_deadline");
    expect(r.risk).toBe("emergency");
  });
});

describe("a day planned ahead is not a harm repeated", () => {
  const planned = [
    "chu nhat nay ong ay moi toi dua be di lam o quan karaoke, be 13 tuoi",
    "Chưa có chuyện gì, chủ nhật này ông ta mới tới đón con bé 13 tuổi đi làm ở quán karaoke.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(planned)).toEqual([]);
  });
  it.each(planned)("«%s» is not repeated", (text) => {
    expect(flags(text)).not.toContain("repeated");
    expect(extractReportFacts(text).when).not.toBe("repeated");
  });
  it("every evening, spelt so, is still repeated", () => {
    expect(flags("mỗi tối ông ấy tới nhà sờ soạng con bé 12 tuổi")).toContain("repeated");
  });
});

describe("a past matter dealt with, the harmer in prison, the child safe with a grandparent", () => {
  const resolved = [
    "Hồi tháng 3 bé gái 8 tuổi nhà bên bị mẹ kế đánh gãy chân, việc đó xử lý xong rồi, bà ta đang ngồi tù, giờ bé ở với bà ngoại, bình an.",
    "Hai năm trước cháu 9 tuổi bị cha ghẻ đánh rách đầu, vụ việc đã giải quyết xong, ông ấy đang ở tù, giờ cháu sống với ông bà ngoại, rất an toàn.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(resolved)).toEqual([]);
  });
  it.each(resolved)("«%s» is not with the harmer and not high", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("with_abuser_now");
    expect(r.reasons.join(" ")).not.toMatch(/ở cùng người gây hại/);
    // No rule raises it to high (the model, read apart, may still say high: reported, not retrained).
    expect(r.reasons.filter((x) => !x.startsWith("Mô hình")).join(" ")).not.toMatch(/→ (cao|khẩn cấp)/);
  });
});

describe("the one who harms is kept", () => {
  const lodger = "Có ông khách chừng 45 tuổi thuê phòng ở với một bé gái khoảng 11 tuổi, bé không đi học, tôi nghi có chuyện không hay.";
  it("the sentence is in no corpus file", () => {
    expect(inSomeCorpus([lodger])).toEqual([]);
  });
  it("a lodger is a stranger to the child", () => {
    expect(extractReportFacts(lodger).harmer).toBe("stranger");
  });
});

describe("a harmer in prison who is about to be released", () => {
  const release = "Năm ngoái dượng nó đánh nó gãy tay, ông ta đang ở tù nhưng tháng sau mãn hạn, về lại nhà ở với con bé 11 tuổi.";
  it("the sentence is in no corpus file", () => {
    expect(inSomeCorpus([release])).toEqual([]);
  });
  it("is still a harm the child will be near again", () => {
    expect(triageReport(release).redFlags).toContain("caregiver_violence");
  });
});

describe("a place named 'Hoài' is not 'hoài' (again and again)", () => {
  const place = "Bé trai 9 tuổi nhà ở huyện Hoài Đức, Hà Nội, hôm qua bị bố đánh bầm tay.";
  it("the sentence is in no corpus file", () => {
    expect(inSomeCorpus([place])).toEqual([]);
  });
  it("the time is not repeated", () => {
    expect(extractReportFacts(place).when).not.toBe("repeated");
  });
});
