/**
 * Facts a sixth walk of the chat got wrong (sentences of the same kinds, written for this test):
 * the kin word before "bị" is the one harmed, not the one who harms; "thằng cháu" typed without
 * diacritics is a boy; "em học sinh nam" is a boy (not owned by "em"); "im 14" is the writer's age;
 * a grandmother's "cháu ngoại tui 5 tuổi" is not a child writing.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { isChildWriter } from "../../../src/intake/report-flow/story-reading.ts";

describe("facts of the sixth walk", () => {
  it.each([
    "em họ tôi bị đánh ở trường, nó mới 10 tuổi",
    "con trai chị gái tôi bị đánh đến bầm mắt",
    "cháu nội tôi bị bắt nạt suốt",
  ])("the kin word before 'bị' is the one harmed: %s", (text) => {
    expect(extractReportFacts(text).harmer).not.toBe("relative");
    expect(extractReportFacts(text).harmer).not.toBe("sibling");
  });

  it("the one named after 'bị' still harms: 'em họ tôi bị bố dượng đánh'", () => {
    expect(extractReportFacts("em họ tôi bị bố dượng đánh").harmer).toBe("stepfather");
  });

  it.each([
    ["thang chau noi toi 6 tuoi bi ba ke danh", "male"],
    ["Em học sinh nam lớp 8 của tôi bị bạn cùng lớp đánh", "male"],
    ["Em học sinh nữ lớp 6 kể bị thầy sờ soạng", "female"],
  ])("the child's sex: %s", (text, sex) => {
    expect(extractReportFacts(text).sex).toBe(sex);
  });

  it("'im 14' is the writer's age", () => {
    expect(extractReportFacts("im 14 and my mom's boyfriend keeps hitting me").age?.min).toBe(14);
  });

  it("a grandmother telling of 'cháu ngoại tui 5 tuổi' is not a child writing; a child giving her own age is", () => {
    expect(isChildWriter("thằng cháu ngoại tui 5 tuổi bị ông dượng nó đánh bầm lưng")).toBe(false);
    expect(isChildWriter("e 13 tuổi, bố dượng e đánh e hoài")).toBe(true);
  });
});

describe("the household next door", () => {
  it.each(["tối nào cũng nghe nhà bên cạnh đánh con, đứa nhỏ khóc thét", "nhà kế bên đánh con suốt ngày"])("beating their own child is the parents: %s", (text) => {
    expect(extractReportFacts(text).harmer).toBe("parents");
  });
});
