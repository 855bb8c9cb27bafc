/**
 * Facts and red flags the walk of 35 found wrong: a sexual abuser said to live with the child in brackets or between commas
 * ("cậu ruột (ở chung nhà)") given no rule floor; a written "đòi" (demand) read as "đói" (hungry) or as bullying; a
 * kindergarten teacher ("cô") left out as the harmer and her ruler taken for a weapon; a beating only heard in passing read
 * as happening now; a night gone by, the child safe now, read as a night outside now.
 * Sentences written for this test, in no corpus file; each class keeps one where the old reading must still hold.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const LIVES_WITH = "Trẻ sống cùng người xâm hại tình dục mình";

describe("a sexual abuser said to share the home in brackets or between commas", () => {
  const sharing = [
    "Cô giáo kể bé Lan 11 tuổi bị cậu ruột (ở chung nhà) sờ ngực nhiều lần, tối nay bé vẫn về nhà ngủ.",
    "Thằng Tú 12 tuổi bị ông dượng, sống cùng nhà, sờ vùng kín mấy lần rồi, chiều nay nó lại về nhà.",
    "Bé Vy 9 tuổi bị chú (sống chung nhà với bé) sờ soạng nhiều lần, chiều nay bé về nhà.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...sharing, NEIGHBOUR])).toEqual([]);
  });
  it.each(sharing)("«%s»: the rule of living with the abuser makes it an emergency", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).toContain("caregiver_sexual_abuse");
    expect(t.risk).toBe("emergency");
    expect(t.reasons.some((r) => r.startsWith(LIVES_WITH))).toBe(true);
  });
  const NEIGHBOUR = "Bé Hoa 10 tuổi bị ông hàng xóm (ở cạnh nhà) sờ soạng một lần hồi tháng trước.";
  it("a neighbour named in brackets does not live with the child", () => {
    expect(triageReport(NEIGHBOUR).redFlags).not.toContain("caregiver_sexual_abuse");
  });
});

describe("a written 'đòi' (demand) is no hunger and no bullying", () => {
  const demands = [
    "Con bé 7 tuổi giờ ở với bà ngoại rồi, nhưng bố nó đòi qua bắt nó về.",
    "Thằng Khang 8 tuổi bị bố đánh, sáng nay bố nó đòi tiền rồi tát nó.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...demands, HUNGRY])).toEqual([]);
  });
  it.each(demands)("«%s»: no starvation flag, not said to be hungry", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("starvation");
    expect(t.reasons.join("\n")).not.toMatch(/bỏ đói/u);
  });
  it("a father demanding money before a slap is not bullying", () => {
    const t = triageReport(demands[1]!);
    expect(t.reasons.join("\n")).not.toMatch(/bắt nạt/u);
    expect(t.category).not.toBe("bullying");
  });
  it("the grandmother the child stays with is not the one who harms", () => {
    const text = "Cháu gái 6 tuổi bị bố say rượu đánh sưng mắt tuần trước. giờ nó ở với bà, không sao. mà bố nó đòi qua bắt nó về";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).reasons.join("\n")).not.toMatch(/ở cùng người gây hại \("ở với bà"\)/u);
  });
  const HUNGRY = "Thằng bé 4 tuổi nhà bên đói quá, cả ngày không ai cho ăn gì.";
  it("'đói quá' written with its mark still tells of hunger", () => {
    expect(triageReport(HUNGRY).reasons.join("\n")).toMatch(/"đói quá": trẻ bị bỏ đói/u);
  });
});

describe("a kindergarten teacher who hits with a ruler", () => {
  const teacher = [
    "con gái tôi 4 tuổi đi nhà trẻ về kể bị cô lấy thước đánh vào tay, tay còn đỏ.",
    "Bé nhà tôi 5 tuổi bị cô giáo mầm non đánh vào mông hôm thứ hai.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(teacher)).toEqual([]);
  });
  it.each(teacher)("«%s»: the harmer is the teacher", (text) => {
    expect(extractReportFacts(text).harmer).toBe("teacher");
  });
  it.each([
    "Bé Lan 6 tuổi ở với cô từ nhỏ, tối qua bị cô lấy roi đánh bầm tay.",
    "Bé Lan 6 tuổi, chiều đi học về nhà, tối qua bị cô lấy roi đánh bầm tay ở nhà.",
  ])("«%s»: with no school or kindergarten told of, a bare 'cô' is not made a teacher", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(extractReportFacts(text).harmer).not.toBe("teacher");
  });
  it("a ruler is no weapon and no severe violence", () => {
    const t = triageReport(teacher[0]!);
    expect(t.redFlags).not.toContain("violence_severe");
    expect(t.redFlags).not.toContain("weapon");
    expect(t.category).toBe("physical_violence");
  });
});

describe("heard in passing, no word of now", () => {
  const heard = "hôm nọ tôi đi ngang qua xóm trọ nghe tiếng con nít khóc với tiếng đánh, không rõ nhà nào";
  const nowHeard = "tôi đang đứng ngoài cổng, bây giờ nghe tiếng đánh con nít với tiếng la bên nhà hàng xóm";
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([heard, nowHeard])).toEqual([]);
  });
  it("passing by and hearing a beating is not violence happening now", () => {
    expect(triageReport(heard).redFlags).not.toContain("violence_in_progress");
    expect(triageReport(heard).risk).not.toBe("emergency");
  });
  it("hearing it now, said so, is still an emergency", () => {
    expect(triageReport(nowHeard).risk).toBe("emergency");
  });
});

describe("a night outside gone by, the child safe now", () => {
  const past = "con bé 13 tuổi nhà bên bị dì ghẻ chửi suốt, hôm kia dì còn đuổi nó ra khỏi nhà lúc nửa đêm, bắt nhịn ăn, giờ nó ngủ bên nhà tôi.";
  const tonight = "con bé 13 tuổi nhà bên bị dì ghẻ đuổi ra khỏi nhà lúc nửa đêm nay, giờ nó đang ngồi ngoài đường một mình.";
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([past, tonight])).toEqual([]);
  });
  it("two nights ago is no exposure now", () => {
    const t = triageReport(past);
    expect(t.redFlags).not.toContain("exposure");
    expect(t.reasons.join("\n")).not.toMatch(/ngoài trời rét/u);
    expect(t.risk).not.toBe("emergency");
  });
  it("driven out tonight and outside now stays an emergency", () => {
    expect(triageReport(tonight).risk).toBe("emergency");
  });
});

describe("a harmer who says he will come and take the child", () => {
  const taking = [
    "Cháu gái 6 tuổi bị bố say rượu đánh sưng mắt tuần trước. Giờ nó ở với bà, không sao. Mà bố nó đòi qua bắt nó về.",
    "Bé trai 7 tuổi bị cha dượng đánh bầm lưng hôm chủ nhật, nay bé ở nhà cô ruột. Cha dượng nhắn nói sẽ tới bắt bé đi.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(taking)).toEqual([]);
  });
  it.each(taking)("«%s»: the harmer can reach the child again", (text) => {
    expect(extractReportFacts(text).harmerAccess).toBe(true);
  });
  it("a grandmother who says she will come for the child after school is no harmer's access", () => {
    const text = "Bé gái 8 tuổi bị bố đánh hôm qua, bố đã bị công an mời đi. Chiều nay bà ngoại nói sẽ tới đón bé.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(extractReportFacts(text).harmerAccess).toBe(false);
  });
});

describe("a weekday is a day, not a count of weeks", () => {
  const tuesday = [
    ["chau gai toi 11 tuoi bi ong hang xom so nguoi may lan, lan gan nhat thu ba tuan nay", "thu ba tuan nay"],
    ["Con trai tôi 9 tuổi bị thầy dạy võ tát, lần gần nhất là thứ Năm tuần trước.", "thứ năm tuần trước"],
  ] as const;
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(tuesday.map(([t]) => t))).toEqual([]);
  });
  it.each(tuesday)("«%s»: the time is kept with its weekday", (text, quote) => {
    expect(extractReportFacts(text).whenQuote).toBe(quote);
  });
});

describe("a stranger online is kept a stranger in the words", () => {
  it("'một người lạ trên Facebook' keeps 'lạ' and the place online in the harmer's words", () => {
    const text = "Em gái tôi 13 tuổi bị một người lạ trên Facebook nhắn tin dọa tung ảnh, bắt gửi thêm ảnh trước tối mai.";
    expect(inSomeCorpus([text])).toEqual([]);
    const f = extractReportFacts(text);
    expect(f.harmer).toBe("online_contact");
    expect(f.harmerQuote).toMatch(/^một người lạ trên facebook$/iu);
  });
  it("someone met online and not called a stranger stays an online contact", () => {
    const text = "Con gái tôi 14 tuổi quen một anh trên mạng mấy tháng nay, giờ anh ta dọa đăng ảnh của con.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(extractReportFacts(text).harmer).toBe("online_contact");
  });
});
