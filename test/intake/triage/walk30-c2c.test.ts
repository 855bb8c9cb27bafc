/**
 * Walk 30: words about someone else read as facts about the child or the one who harms (sentences written for this test).
 * - "ba t chưa về" (a child's father not home yet) is no missing child: teencode first persons ("t", "mk", "e", "tao")
 *   stand between a parent and what the parent does, like "tôi", "em".
 * - "I'm just a stranger to them" is the writer, not a stranger approaching the child: no grooming or stranger flag.
 * - A child a grown-up makes sell is child labour ("ông chú bắt bạn đi bán"); the writer's own work ("Tôi đi bán rau") is not.
 * - A carer who locks a child out is not said to beat the child: the reason quotes the harm told.
 * - A carer who has ended the harmer's access ("từ đó tôi không cho bé qua bên đó nữa") has no harmer with access tonight.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const PARENT_NOT_HOME = [
  "cô ơi t 13 tuổi, tối qua ba t say đánh t bằng dây nịt, giờ ba t chưa về nhưng t sợ lắm",
  "e 12t, bố e hay đánh e, hôm nay bố e chưa về, chắc lại đi nhậu",
  "mk lớp 7, mẹ mk chửi đánh mk suốt, bây giờ mẹ mk chưa về",
];
const CHILD_NOT_HOME = [
  "con tôi 9 tuổi đi học từ sáng tới giờ chưa về, gọi không ai biết",
  "bé Na 6 tuổi ra ngõ chơi từ trưa đến tối chưa về",
];
const WRITER_STRANGER = [
  "I'm just a stranger to this family, but on their livestream the father kicked his little girl (about 5) half an hour ago.",
  "Honestly I am a complete stranger here, but the boy next door (6) gets beaten with a stick by his mother every night.",
];
const STRANGER_NEAR_CHILD = [
  "A stranger keeps following my 8-year-old daughter home from school and photographing her.",
  "some stranger messaged my son (11) on Roblox and asked him to meet",
];
const ACCESS_ENDED = [
  "Bé nhà tôi 7 tuổi hay qua nhà ông hàng xóm chơi, ông ấy vẫn hay lui tới nhà tôi. Bé kể ông ấy sờ vào chỗ kín. Từ hôm đó tôi không cho bé qua bên đó nữa.",
  "My niece (9) said her uncle touched her; he still comes over on Sundays. Since then my sister keeps her away from him.",
];
const ACCESS_NOW = [
  "Bé nhà tôi 7 tuổi hay qua nhà ông hàng xóm chơi, ông ấy vẫn hay lui tới nhà tôi. Bé kể ông ấy sờ vào chỗ kín.",
];

const MADE_TO_SELL = [
  "Em học lớp 5. Bạn Long cùng xóm em 10 tuổi ở với ông chú, ông chú bắt bạn đi bán vé số tới tối mới về, bạn nghỉ học rồi.",
];
const WRITER_WORKS = ["Tôi đi bán rau ngoài chợ cả ngày, con tôi 9 tuổi ở nhà với ông."];
const CHILD_WORKS_AT_NIGHT = ["Con tôi 10 tuổi, tối đi bán vé số tới khuya."];
const LOCKED_OUT_NOT_BEATEN = ["Thằng cháu nội tôi 9 tuổi ở với ba nó. Ba nó bỏ đói, tuần trước ba nó nhốt nó ngoài hiên cả đêm."];
const BEATEN_BY_CARER = ["Con bé 8 tuổi ở với mẹ kế, mẹ kế đánh nó bằng roi mây suốt."];

describe("walk 30: sentences are our own", () => {
  it("none is in a corpus", () => {
    expect(inSomeCorpus([...PARENT_NOT_HOME, ...CHILD_NOT_HOME, ...WRITER_STRANGER, ...STRANGER_NEAR_CHILD, ...ACCESS_ENDED, ...ACCESS_NOW, ...MADE_TO_SELL, ...WRITER_WORKS, ...CHILD_WORKS_AT_NIGHT, ...LOCKED_OUT_NOT_BEATEN, ...BEATEN_BY_CARER])).toEqual([]);
  });
});

describe("a parent not home yet is no missing child", () => {
  for (const t of PARENT_NOT_HOME)
    it(t, () => {
      const r = triageRules(t);
      expect(r.redFlags).not.toContain("child_missing");
      expect(r.redFlags).not.toContain("young_child_missing");
    });
  for (const t of CHILD_NOT_HOME) it(`control: ${t}`, () => expect(triageRules(t).redFlags).toContain("child_missing"));
});

describe("'stranger' said of the writer is no stranger near the child", () => {
  for (const t of WRITER_STRANGER)
    it(t, () => {
      const r = triageRules(t);
      expect(r.redFlags).not.toContain("suspicious_stranger");
      expect(r.reasons.join(" ")).not.toMatch(/"stranger"/);
      expect(extractReportFacts(t).harmer).not.toBe("stranger");
    });
  for (const t of STRANGER_NEAR_CHILD) it(`control: ${t}`, () => expect(triageRules(t).reasons.join(" ")).toMatch(/stranger/));
});

describe("access ended by the carer is no access tonight", () => {
  for (const t of ACCESS_ENDED) it(t, () => expect(extractReportFacts(t).harmerAccess).toBe(false));
  for (const t of ACCESS_NOW) it(`control: ${t}`, () => expect(extractReportFacts(t).harmerAccess).toBe(true));
});

describe("a child a grown-up makes sell or work is child labour; the writer's own work is not", () => {
  for (const t of MADE_TO_SELL)
    it(t, () => {
      const r = triageRules(t);
      expect(r.redFlags).toContain("illegal_child_labour");
      expect(r.reasons.join(" ")).not.toMatch(/không phải việc của trẻ/);
    });
  for (const t of WRITER_WORKS) it(t, () => expect(triageRules(t).redFlags).not.toContain("illegal_child_labour"));
  for (const t of CHILD_WORKS_AT_NIGHT) it(`control ("tối" is no "tôi"): ${t}`, () => expect(triageRules(t).redFlags).toContain("illegal_child_labour"));
});

describe("a carer who locks a child out is not said to beat the child (no hitting invented in a reason)", () => {
  for (const t of LOCKED_OUT_NOT_BEATEN)
    it(t, () => {
      const r = triageReport(t);
      // The caregiver-physical-abuse flag stays (its high floor); its reason quotes the locking, never a beating.
      expect(r.reasons.join(" ")).not.toMatch(/đánh/);
      expect(r.reasons.join(" ")).toMatch(/"nhốt"\) → cao/);
      expect(["high", "emergency"]).toContain(r.risk);
    });
  for (const t of BEATEN_BY_CARER) it(`control: ${t}`, () => expect(triageReport(t).redFlags).toContain("caregiver_violence"));
});

describe("a younger sibling named with an age is not the writer", () => {
  it.each([
    "Nhà bên có con Mai 10 tuổi với thằng em 4 tuổi, mẹ tụi nó đi biền biệt, hai đứa ở nhà đói meo",
    "xóm tui có con bé 9 tuổi dắt đứa em 3 tuổi đi xin ăn ngoài chợ suốt",
    "thấy 2 chị em, chị khoảng 12 tuổi, cu em 6 tuổi, bị ông bố say xỉn đuổi ra đường",
  ])("%s is a grown-up's report, not a child writing", (text) => {
    expect(extractReportFacts(text).reporter).not.toBe("child_self");
  });
  it("a child writing of herself with her own age still is", () => {
    expect(extractReportFacts("em 12 tuổi, tối nào bố em cũng đánh em, em sợ lắm").reporter).toBe("child_self");
  });
});
