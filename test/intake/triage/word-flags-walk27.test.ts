/**
 * Facts and red flags the walk of 27 found misread (DESIGN: red flags and reasons come from facts
 * the text states, never from a word alone): a child who calls themself "cháu" or "con", or says
 * "e là nữ 14t", not read as the child writing; a bowl broken ("làm vỡ chén") or a grown son's
 * wedding read as child marriage; typing ("đánh chữ") and the womb ("dạ con") read as beatings;
 * crying heard last night or every day read as violence going on now; "isn't in danger right now"
 * read as now; a child banging on a locked door read as an intruder; a last Sunday read as "just
 * taken to a private place". Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const reporter = (t: string) => extractReportFacts(t).reporter;

describe("a child writing as 'cháu', 'con' or 'e là nữ' is the child", () => {
  const children = [
    "cháu chào các cô chú ạ. cháu năm nay 11 tuổi, học lớp 5. anh họ hay vào phòng cháu lúc nửa đêm rồi cởi quần áo của cháu, anh dọa cháu mà mách mẹ thì anh đánh cháu.",
    "Cháu 9 tuổi ạ. Dì ghẻ hay nhốt cháu ngoài sân tới tối mới cho vào, cháu đói lắm, cháu không dám nói với bố.",
    "Con chào cô chú. Con năm nay 12 tuổi. Mẹ con đi làm tới tối mới về, ba con uống rượu xong hay lấy roi quất con, con sợ lắm.",
    "e là nữ 13t, có 1 anh trên mạng bắt e gửi ảnh nóng, ko gửi là ảnh cũ của e bị tung lên, e sợ lắm ko dám kể vs ai",
    "mình là nam 15t, ba dượng mình tối nào cũng say rồi đánh mình, mình muốn bỏ nhà đi",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(children)).toEqual([]);
  });
  it.each(children)("«%s» is a child telling of themself", (text) => {
    expect(reporter(text)).toBe("child_self");
  });

  const grownUps = [
    "Cháu nhà tôi năm nay 9 tuổi, bố cháu đi làm xa, mẹ cháu hay đánh cháu bằng roi.",
    "cháu nội tôi năm nay 10 tuổi, ông hàng xóm hay gọi cháu sang rồi sờ vào người cháu, cháu kể với tôi.",
    "con tôi năm nay 12 tuổi, bị bạn cùng lớp đánh, con về kể con sợ đi học lắm.",
    "Tôi là bà ngoại. Cháu năm nay 8 tuổi, bố mẹ cháu ly hôn, cháu ở với tôi, bố dượng cháu hay đến đánh cháu.",
  ];
  it("the grown-ups' sentences are in no corpus file", () => {
    expect(inSomeCorpus(grownUps)).toEqual([]);
  });
  it.each(grownUps)("«%s» is a grown-up writing about the child", (text) => {
    expect(reporter(text)).not.toBe("child_self");
  });
});

describe("words that only look like child marriage", () => {
  it.each([
    "thang be 9 tuoi bi ba duong danh bam lung, hom qua no lam vo cai dia la bi quat, hom nay no dang o nha voi ong ta",
    "Con trai cả của tôi lấy vợ ra ở riêng lâu rồi, nên thằng cháu nội 7 tuổi ở với vợ chồng tôi, chú nó bắt nó đi bán vé số tới khuya",
  ])("«%s» is no child marriage", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("child_marriage");
    expect(t.redFlags).not.toContain("marriage_imminent");
    expect(t.category).not.toBe("child_marriage");
  });

  it("a girl of 14 made to marry is still child marriage, and one taken as a bride today is imminent", () => {
    const text = "con bé 14 tuổi bị bố mẹ bắt làm vợ một ông 35 tuổi, hôm nay nhà trai đến rước dâu";
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).toContain("child_marriage");
    expect(t.risk).toBe("emergency");
  });
});

describe("words that only look like a beating", () => {
  it("typing ('đánh chữ') is no violence", () => {
    const text = "tôi già rồi mắt kém, nhờ thằng cháu ngoại đánh chữ hộ, cháu gái nhà bên 10 tuổi bị bỏ đói";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).reasons.join(" ")).not.toMatch(/"đánh[^"]*": bạo lực thể chất/);
    expect(triageReport("bà hàng xóm đánh chú bé 6 tuổi nhà bên sưng cả mặt").category).toBe("physical_violence");
  });

  it("the womb ('dạ con') is no kick", () => {
    const text = "con bé 15 tuổi đau bụng dưới, đi khám bác sĩ bảo dạ con bị viêm";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).reasons.join(" ")).not.toMatch(/"dạ con": bạo lực/);
    expect(triageReport("ông ta đá con bé ngã sấp xuống sân").category).toBe("physical_violence");
  });
});

describe("crying heard last night or every day is not violence going on now", () => {
  it.each([
    "thang be nha ben 8 tuoi bi ba no danh, toi chi nghe tieng khoc voi tieng la toi hom qua thoi, sang nay no van di hoc",
    "Đứa nhỏ nhà bên bị mẹ kế đánh, đêm nào tôi cũng nghe tiếng khóc, tay nó có vết bầm",
    "Thằng bé bên kia tường bị cha đánh hoài, hôm qua tôi nghe nó khóc thét, giờ cha nó đi làm rồi",
  ])("«%s» is not violence in progress", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("violence_in_progress");
    expect(t.reasons.join(" ")).not.toMatch(/đang diễn ra/);
    expect(t.risk).not.toBe("emergency");
  });

  it.each([
    "bên nhà kia tôi đang nghe tiếng đánh đập với tiếng bé gái khóc thét, cứu với",
    "I can hear the boy next door screaming, his father is hitting him right now",
  ])("«%s» is still violence going on now", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).risk).toBe("emergency");
  });
});

describe("said not to be now", () => {
  it("'is not in danger right now' is no 'now'", () => {
    const text = "A girl of 14 in our village will be married off by her uncle in two months. She is not in danger right now, she is staying with her aunt.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(extractReportFacts(text).when).not.toBe("now");
    expect(triageReport(text).risk).not.toBe("emergency");
    expect(extractReportFacts("The boy is not safe right now, his father is beating him").when).toBe("now");
  });
});

describe("a child banging on a door from inside is no intruder", () => {
  it("the child locked in and banging is not someone trying to get in; the child alone is still an emergency", () => {
    const text = "The girl next door, maybe 3 years old, is locked in alone since noon. She keeps crying and banging on the door from inside.";
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("intruder");
    expect(t.redFlags).not.toContain("child_alone_intruder");
    expect(t.risk).toBe("emergency");
  });
  it("a man banging on the door of a child alone is still an intruder", () => {
    const text = "My neighbour's 8 year old is home alone and a drunk man is banging on the door trying to get in";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).toContain("intruder");
  });
});

describe("a last Sunday is not 'just taken to a private place'", () => {
  it("abuse told of a named past day has no 'taken to a private place now'", () => {
    const text = "Tôi là dì của bé Hoa, 8 tuổi. Thứ bảy vừa rồi bé sang nhà ông Sáu bên cạnh xem ti vi, ông ta dắt bé vào trong buồng rồi sờ người bé. Hôm qua bé mới kể với tôi.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).not.toContain("taken_to_private_place_now");
  });
  it.each([
    "ông hàng xóm vừa dắt con bé 7 tuổi vào trong buồng rồi đóng cửa lại",
    "Ông Ba vừa dắt con bé 8 tuổi nhà bên vào nhà nghỉ đầu ngõ",
  ])("a child being led into a private place just now still is: «%s»", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).risk).toBe("emergency");
  });
});
