/**
 * F9: facts walk 54 misread, by whose the words are (DESIGN "Triage contract": red flags come from facts the text states, and whose).
 * 1. "bố mẹ tụi nó đi làm ... chưa về": the parents have not come back; the children are at home. "chưa về" is a child missing
 *    only when the child is its subject ("Bố mẹ đi làm về thì thằng bé vẫn chưa về" still is).
 * 2. "her father's friend", "bạn của bố nó", "ban bo no": another person named by a parent is not the parent; no caregiver flag,
 *    and the facts do not make the parent the one who harms. The parent himself still is ("bố nó hay sờ soạng nó").
 * 3. "Ổng là ba ruột nó" after a man named by his name harms: the harmer is the father. "Chồng cũ của tôi với mấy người nhà anh
 *    ta vừa bắt con": the harmer is the child's father (the ex-husband), not his relatives named after him.
 * 4. "ngồi (một mình) ngoài đường", "chơi ngoài đường": a child sitting or playing in the street is no child left out in the cold;
 *    a child driven out into the street, or left out in the rain or the night, still is.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const MISSING = ["child_missing", "young_child_missing", "missing_recent"];

const PARENTS_AWAY = [
  "Hai đứa nhỏ nhà bên 5 và 7 tuổi ở nhà một mình, bố mẹ chúng nó đi làm ngoài tỉnh hơn một tuần nay vẫn chưa về",
  "nha ben co 2 dua nho 6 va 9 tuoi, me tui no di buon ban o Sai Gon may hom nay chua ve, tui nho tu lo an",
  "Ba má thằng Bin đi phụ hồ ở Đồng Nai nửa tháng nay chưa về, thằng Bin 8 tuổi ở nhà trông em gái 4 tuổi",
  "Cha mẹ con bé đi biển từ hôm kia chưa về, con bé 7 tuổi ở nhà một mình",
  "The two kids next door, 6 and 9, are alone: their parents went to work in the city a week ago and haven't come back",
];
const CHILD_NOT_BACK = [
  "Con gái tôi 10 tuổi đi học từ sáng tới giờ vẫn chưa về, gọi cô giáo cũng không biết",
  "thang be 7 tuoi nha ben di choi tu trua chua ve, bo me no dang di tim",
  "Bố mẹ đi làm về thì thằng bé 6 tuổi vẫn chưa về nhà, hàng xóm không ai thấy",
  "ba đứa nhỏ 6, 8 và 9 tuổi nhà bên đi tắm sông từ trưa chưa về",
  "My 8-year-old son went to play at the river after lunch and has not come home",
];

describe("1. 'chưa về' is a child missing only when the child has not come back", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...PARENTS_AWAY, ...CHILD_NOT_BACK])).toEqual([]);
  });

  it.each(PARENTS_AWAY)("«%s»: the parents are away, no child is missing", (story) => {
    const flags = triageReport(story).redFlags;
    for (const f of MISSING) expect(flags).not.toContain(f);
  });

  it.each(CHILD_NOT_BACK)("«%s»: the child has not come back: missing", (story) => {
    expect(triageReport(story).redFlags).toContain("child_missing");
  });

  it("children left alone while the parents are away are still told of", () => {
    expect(triageReport(PARENTS_AWAY[0]!).redFlags).toContain("child_alone");
  });
});

const CAREGIVER = ["caregiver_is_abuser", "caregiver_sexual_abuse", "caregiver_violence"];

const SOMEONE_OF_A_PARENT = [
  "My 11-year-old niece says her father's friend touched her private parts when he stayed at their house",
  "A girl of 10 told me her mother's coworker forced her to undress in his car yesterday",
  "My dad's drinking buddy hit my little brother, 7, with a stick when dad was out",
  "Bé gái 9 tuổi kể bạn của bố nó hay sờ soạng nó mỗi lần đến nhà nhậu",
  "be gai 9 tuoi ke ban bo no hay so mo nguoi no moi lan toi nha choi",
  "Thằng bé 8 tuổi bị bạn nhậu của ba nó đánh chảy máu đầu",
];
const THE_PARENT = [
  "Bé 9 tuổi kể bố nó hay sờ soạng nó ban đêm",
  "be gai 9 tuoi ke bo no hay so mo nguoi no ban dem",
  "My father touches me at night when mom is at work, I am 12",
  "My dad hit my little brother, 7, with a stick last night",
];

describe("2. someone named by a parent ('father's friend', 'bạn của bố') is not the parent", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...SOMEONE_OF_A_PARENT, ...THE_PARENT])).toEqual([]);
  });

  it.each(SOMEONE_OF_A_PARENT)("«%s»: no parent or caregiver flag, the parent is not the harmer", (story) => {
    const flags = triageReport(story).redFlags;
    for (const f of CAREGIVER) expect(flags).not.toContain(f);
    expect(["father", "mother", "parents"]).not.toContain(extractReportFacts(story).harmer);
  });

  it.each([
    [SOMEONE_OF_A_PARENT[0]!, "father's friend"],
    [SOMEONE_OF_A_PARENT[2]!, "dad's drinking buddy"],
    [SOMEONE_OF_A_PARENT[3]!, "bạn của bố nó"],
    [SOMEONE_OF_A_PARENT[5]!, "bạn nhậu của ba nó"],
  ])("«%s»: the facts name the other person («%s»)", (story, quote) => {
    const f = extractReportFacts(story);
    expect(f.harmer).toBe("other");
    expect(f.harmerQuote).toBe(quote);
  });

  it.each(THE_PARENT)("«%s»: the parent harms: a caregiver flag", (story) => {
    expect(triageReport(story).redFlags).toContain("caregiver_is_abuser");
  });
});

describe("3. the father named after the harm, and the ex-husband named before his relatives", () => {
  it.each([
    ["Cứu với, ông Sáu nhà bên say xỉn cầm dao rượt con bé 8 tuổi chạy ra vườn, ổng la tối nay về chém nó. Ổng là ba ruột nó.", "father"],
    ["ong Ba nha ke ben cam dao rượt thang nho 9 tuoi, noi toi nay giet no. Ong la ba ruot cua no.", "father"],
    ["Chồng cũ của tôi với mấy người nhà anh ta vừa bắt con gái tôi 5 tuổi đi lúc trưa nay, tôi sợ họ đưa cháu đi xa", "father"],
    ["chong cu cua toi cung may nguoi ho hang anh ta vua bat thang be 4 tuoi nha toi di sang nay", "father"],
  ])("«%s»: the harmer is the father", (story, who) => {
    expect(inSomeCorpus([story])).toEqual([]);
    expect(extractReportFacts(story).harmer).toBe(who);
  });
});

describe("4. a child sitting or playing in the street is not left out in the cold", () => {
  const SITS = [
    "Con bé hàng xóm hay ngồi một mình ngoài đường tới tối, gầy lắm, quần áo lúc nào cũng bẩn",
    "thang nho 7 tuoi hay ngoi mot minh ngoai duong toi toi, quan ao rach",
    "Bé trai tầm 6 tuổi suốt ngày chơi ngoài đường một mình, không thấy người lớn nào trông",
  ];
  const LEFT_OUT = [
    "Bé 6 tuổi bị mẹ kế đuổi ra ngoài đường đứng một mình giữa trời mưa",
    "Thằng bé 5 tuổi bị bố đuổi ra ngoài đường cả đêm, ngồi một mình khóc",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...SITS, ...LEFT_OUT])).toEqual([]);
  });

  it.each(SITS)("«%s»: no exposure, not an emergency", (story) => {
    const t = triageReport(story);
    expect(t.redFlags).not.toContain("exposure");
    expect(t.risk).not.toBe("emergency");
    expect(t.reasons.join(" ")).not.toMatch(/ngoài trời rét/);
  });

  it.each(LEFT_OUT)("«%s»: still exposure, an emergency", (story) => {
    const t = triageReport(story);
    expect(t.redFlags).toContain("exposure");
    expect(t.risk).toBe("emergency");
  });
});
