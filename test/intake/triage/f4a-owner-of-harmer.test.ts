/**
 * F4a: the second reader's regressions on facts. A group member who OWNS the one who harms ("one of my pupils has a stepdad
 * who hits her") is the child harmed, not another child who harms; and "với chồng tôi" names the harmer when the story's harmer
 * is quoted as "chồng tôi". The reader's sentences first, then new wordings of each class written for these tests.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { childWithWhom, extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

describe("1. a group member who has a harmer ('có dượng', 'has a stepdad who hits her') is the child harmed", () => {
  it.each([
    ["One of my pupils has a stepdad who hits her, she is 7 and had a broken arm last week. She is home alone with her stepdad right now.", "stepfather"],
    ["Một đứa trong đội tôi dạy có dượng tát nó chảy máu mũi. Bây giờ nó đang ở nhà với dượng.", "stepfather"],
    ["Một em trong lớp tôi có bố hay đánh đập em, em 8 tuổi. Giờ em đang ở nhà với bố.", "father"],
    ["Một học trò của tôi có dượng hay đánh em, em 9 tuổi. Giờ em đang ở nhà với dượng.", "stepfather"],
    // Our own wordings of the same class.
    ["One of the girls I tutor has a father who beats her with a cane, she is 10. She is at home with her father right now.", "father"],
    ["Một bé trong nhóm tôi phụ trách có mẹ kế hay đánh bé bầm tím, bé 6 tuổi. Bây giờ bé đang ở nhà với mẹ kế.", "stepmother"],
    ["mot dua trong lop toi co cha duong hay danh no, no 9 tuoi. bay gio no dang o nha voi cha duong", "stepfather"],
  ])("«%s»: the harmer is the relative, the child is with the harmer now", (story, who) => {
    const f = extractReportFacts(story);
    expect(f.harmer).toBe(who);
    expect(f.withHarmerNow).toBe(true);
    expect(triageReport(story).category).not.toBe("bullying");
  });

  it.each([
    "One of my pupils has a stepdad who hits her, she is 7 and had a broken arm last week. She is home alone with her stepdad right now.",
    "Một đứa trong đội tôi dạy có dượng tát nó chảy máu mũi. Bây giờ nó đang ở nhà với dượng.",
    "One of the girls I tutor has a father who beats her with a cane, she is 10. She is at home with her father tonight.",
    "Một bé trong nhóm tôi phụ trách có mẹ kế hay đánh bé bầm tím, bé 6 tuổi. Tối nay bé ở nhà với mẹ kế.",
  ])("«%s» keeps the 'with the one who harms' reason", (story) => {
    expect(triageReport(story).redFlags).toContain("with_abuser_now");
  });

  it("the reader's first story stays an emergency", () => {
    expect(triageReport("One of my pupils has a stepdad who hits her, she is 7 and had a broken arm last week. She is home alone with her stepdad right now.").risk).toBe("emergency");
  });

  it.each([
    "One of the boys I coach touched a 9-year-old girl in the changing room yesterday.",
    "mot dua trong doi toi day danh em nho 7 tuoi bam mat",
    "Tôi là giáo viên chủ nhiệm, một thằng trong lớp tôi đánh bạn nữ 11 tuổi gãy răng.",
  ])("a member who harms with no relation between stays another child: «%s»", (story) => {
    expect(extractReportFacts(story).harmer).toBe("peer");
  });
});

describe("2. 'với chồng tôi' names the harmer when the story's harmer is quoted as 'chồng tôi'", () => {
  it.each([
    "Chồng tôi đánh con riêng của tôi gãy tay, bé 6 tuổi. Bé đang ở nhà một mình với chồng tôi.",
    "Chồng tôi đánh con riêng của tôi gãy tay, bé 6 tuổi. Bé đang ở nhà với tôi và chồng tôi.",
    "Chồng tôi sờ vùng kín con gái riêng của tôi, bé 7 tuổi. Bé đang ở nhà một mình với chồng tôi.",
    // Our own wordings of the same class.
    "Vợ tôi hay đánh thằng con riêng của tôi chảy máu, nó 8 tuổi. Giờ nó đang ở nhà với vợ tôi.",
  ])("«%s» keeps the 'with the one who harms' reason", (story) => {
    expect(triageReport(story).redFlags).toContain("with_abuser_now");
  });

  it("childWithWhom reads the words after 'với' against the story's harmer", () => {
    const story = "Chồng tôi đánh con riêng của tôi gãy tay, bé 6 tuổi. Bé đang ở nhà một mình với chồng tôi.";
    expect(childWithWhom(story, "chồng tôi.")).toBe("harmer");
    expect(childWithWhom(story, "tôi và chồng tôi.")).toBe("harmer");
    expect(childWithWhom(story, "bà ngoại rồi.")).toBe("other");
    expect(childWithWhom(story, "tôi.")).toBe("other");
    const untoned = "chong toi danh con rieng cua toi bam mat, be 5 tuoi. be dang o nha mot minh voi chong toi";
    expect(childWithWhom(untoned, "chong toi")).toBe("harmer");
    expect(childWithWhom(untoned, "ba noi")).toBe("other");
  });
});
