/**
 * Mender M34 on the reading RD38: a parent denied ("không phải bố đánh em"), then another one named as who did it ("mà là bạn
 * cùng lớp", "it was a boy at school"). The parent denied is not who harms and gives no parent or caregiver flag; the one named
 * after "mà là / nhưng / it was" is; the blow itself stays told. The reader's examples, then sentences written for these tests.
 * Rules only (no trained model): what is asserted is what the rules and facts state.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const rules = (text: string) => triageReport(text, {}, null);
const CARER_FLAGS = ["caregiver_is_abuser", "caregiver_violence"];
const carerFlags = (text: string) => rules(text).redFlags.filter((f) => CARER_FLAGS.includes(f));

describe("the reader's examples: the parent denied is not who harms", () => {
  it.each([
    ["Không phải bố đánh em mà là bạn cùng lớp, em 10 tuổi", "father"],
    ["Không phải ba đánh con mà là thằng bạn cùng xóm, con 9 tuổi", "father"],
    ["Khong phai me danh be ma la co giu tre danh, be 3 tuoi", "mother"],
    ["It wasn't my dad who hit me, it was a boy at school", "father"],
  ])("«%s»: no parent flag, the one denied is not the harmer", (text, denied) => {
    expect(carerFlags(text)).toEqual([]);
    expect(extractReportFacts(text).harmer).not.toBe(denied);
    expect(rules(text).reasons.join(" ")).not.toMatch(/"(?:bố|ba|me|dad)(?: đánh| danh)?"/);
  });
  it("the blow stays told", () => {
    const r = rules("Không phải bố đánh em mà là bạn cùng lớp, em 10 tuổi");
    expect(r.reasons.join(" ")).not.toMatch(/phủ định/);
    expect(r.risk).not.toBe("low");
  });
  it("«không phải mẹ đánh bé mà là bố bé đánh»: the father, not the mother", () => {
    const text = "Không phải mẹ đánh bé mà là bố bé đánh";
    const r = rules(text);
    expect(r.redFlags).toContain("caregiver_violence");
    expect(r.reasons.join(" ")).toMatch(/"bố bé"/);
    expect(r.reasons.join(" ")).not.toMatch(/"mẹ đánh"/);
    expect(extractReportFacts(text).harmer).toBe("father");
  });
});

describe("sentences of these tests", () => {
  it("«không phải bố đánh em mà là mẹ»: the mother", () => {
    const text = "Không phải bố đánh em mà là mẹ";
    expect(extractReportFacts(text).harmer).toBe("mother");
    expect(rules(text).reasons.join(" ")).not.toMatch(/"bố đánh"/);
  });
  it.each([
    "Không phải chú đánh cháu mà là đám bạn ngoài xóm, cháu 12 tuổi.",
    "It wasn't his mum who slapped him, it was an older kid on the bus.",
  ])("«%s»: another named, no parent flag", (text) => {
    expect(carerFlags(text)).toEqual([]);
  });
  it.each([
    "Không phải bố đánh con đâu, con 8 tuổi.",
    "It wasn't my mum who slapped me.",
  ])("«%s»: a plain denial, no one else named, keeps the denial", (text) => {
    expect(carerFlags(text)).toEqual([]);
    expect(extractReportFacts(text).harmer).not.toBe("father");
    expect(extractReportFacts(text).harmer).not.toBe("mother");
  });
  it("«tôi không phải người đánh bé, nhưng chồng tôi thì có»: the husband", () => {
    const text = "tôi không phải người đánh bé, nhưng chồng tôi thì có";
    expect(extractReportFacts(text).harmer).toBe("father");
    expect(rules(text).reasons.join(" ")).not.toMatch(/phủ định/);
  });
  it.each([
    ["Không phải bố đánh em mà là mẹ em", /"mẹ em"/],
    ["Không phải thầy đánh cháu mà là dượng nó, cháu 8 tuổi", /"dượng nó"/],
    ["It wasn't the neighbour who hit him, it was his stepdad.", /"stepdad"/],
  ])("«%s»: the carer named after the denial is the carer who hits", (text, carer) => {
    const r = rules(text);
    expect(r.redFlags).toContain("caregiver_violence");
    expect(r.reasons.join(" ")).toMatch(carer);
  });
  it("a parent who hits, with no denial, is still a parent who hits", () => {
    expect(carerFlags("Bố đánh em mỗi tối, em 10 tuổi")).toContain("caregiver_violence");
    expect(carerFlags("My dad hit me with a belt last night.")).toContain("caregiver_violence");
  });
});
