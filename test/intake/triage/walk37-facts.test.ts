/**
 * Facts and red flags walk 37 found wrong: "ba" counting sessions read as the father; the house the sounds come from read as
 * a neighbour who harms; a teacher who says which class they teach not read as a teacher; a parent saying the child did
 * NOT speak of dying stored as an intent to die. Sentences written for this test, in no corpus file; each class keeps one
 * where the old reading must still hold.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const SESSIONS = "Thằng bé nhà đối diện 9 tuổi hay bị bỏ đói, tuần này nghỉ học ba buổi liền.";
const BA_HITS = "Bé nghỉ học ba buổi vì ba nó đánh bầm chân.";
const HEARD = "Nhà bên cạnh đêm nào cũng nghe tiếng thằng bé la hét với tiếng đánh.";
const HOUSE_HITS = "Nhà bên cạnh tối nào cũng đánh thằng bé, tôi nghe rõ lắm.";
const TEACHES = "Tôi dạy lớp 3 ở xã Ea Kar. Một em nam 8 tuổi dạo này hay có vết bầm ở tay, hỏi thì em nói bị dượng đánh.";
const NOT_SAID = [
  "Con trai tôi 15 tuổi, mấy tuần nay tôi thấy cháu tự cào rách tay. Cháu không nói muốn chết, chỉ kêu mệt.",
  "Con gái tôi 14 tuổi tự rạch tay. Cháu chưa hề nói là muốn chết.",
];
const SAID = "Con gái tôi 14 tuổi tự rạch tay, tối qua cháu nói muốn chết cho xong.";
const TEXTED = "Con gái tôi 12 tuổi ở phường Tân Lập. Mấy đứa cùng lớp nhắn tin bảo nó đi chết đi, lập nhóm chế ảnh nó.";

describe("walk 37 facts", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([SESSIONS, BA_HITS, HEARD, HOUSE_HITS, TEACHES, ...NOT_SAID, SAID, TEXTED])).toEqual([]);
  });

  it("'ba buổi' counts sessions, and is no father; a 'ba' who hits still is", () => {
    expect(extractReportFacts(SESSIONS).harmer).not.toBe("father");
    expect(extractReportFacts(BA_HITS).harmer).toBe("father");
  });

  it("the house the sounds are heard from is no harmer; a house said to hit still is", () => {
    expect(extractReportFacts(HEARD).harmer).toBeNull();
    expect(extractReportFacts(HOUSE_HITS).harmer).not.toBeNull();
  });

  it("'tôi dạy lớp 3' is a teacher writing", () => {
    expect(extractReportFacts(TEACHES).reporter).toBe("teacher");
  });

  it("'nhắn tin bảo' (texted, telling) in a mother's story does not make her an official", () => {
    expect(extractReportFacts(TEXTED).reporter).toBe("parent");
  });

  it.each(NOT_SAID)("«%s»: no intent to die is flagged", (text) => {
    expect(triageReport(text).redFlags).not.toContain("self_harm_intent");
  });

  it("an intent to die said is still flagged and an emergency", () => {
    const t = triageReport(SAID);
    expect(t.redFlags).toContain("self_harm_intent");
    expect(t.risk).toBe("emergency");
  });
});
