import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { draft } from "./case-test-support.ts";

describe("the reporter's answers and the stored risk", () => {
  it("a beating yesterday, no danger now, a child who lives with the parent: high, not an emergency, no 'violence in progress'", () => {
    const beaten = draft({ narrative: "Hôm qua tôi thấy chị hàng xóm đánh con trai bằng thước kẻ, thằng bé khóc to lắm", dangerNow: "no", withPersonNow: "yes" });
    const triage = triageDraft(beaten);
    expect(triage.risk).not.toBe("emergency");
    expect(triage.redFlags).not.toContain("violence_in_progress");
    expect(triage.redFlags).not.toContain("child_with_person_now");
  });

  it("a child with the person who abuses them sexually is an emergency: that person has access now", () => {
    const abused = draft({ narrative: "Con bé kể bị ông dượng sờ vào vùng kín nhiều lần", dangerNow: "unknown", withPersonNow: "yes" });
    const triage = triageDraft(abused);
    expect(triage.risk).toBe("emergency");
    expect(triage.redFlags).toContain("child_with_person_now");
  });

  it("'yes, a child is in danger now' makes any report an emergency", () => {
    expect(triageDraft(draft({ narrative: "bé nhà bên hay bị mắng", dangerNow: "yes" })).risk).toBe("emergency");
  });

  it("the reporter's 'no' to danger now keeps a model's emergency for harm told as yesterday or earlier, with nothing stated that makes it one, at high", () => {
    // The classifier alone may read a small child hit by a drunk parent as an emergency; the reporter
    // says no child is in danger now and the story is about yesterday: an assessment within hours, not the emergency queue.
    const stories = [
      "Bên kia đường có thằng cu 3 tuổi, chiều hôm qua tôi thấy bố nó xỉn rượu đá nó lăn ra đất, nó khóc mãi không nín.",
      "Cháu Bơ 4 tuổi nhà sát vách, tối qua ông bố nhậu xỉn về đá cháu té xuống bậc thềm, cháu khóc suốt",
    ];
    for (const narrative of stories) {
      const told = triageDraft(draft({ narrative, dangerNow: "no" }));
      expect(told.risk, narrative).not.toBe("emergency");
      expect(["high", "medium"], narrative).toContain(told.risk);
    }
  });

  it("the reporter's 'no' does not lower what the story states: a knife, a threat to kill, a wish to die, harm happening today", () => {
    const stated = [
      "Hôm qua ông bố cầm dao dọa giết thằng bé 7 tuổi nếu nó còn khóc",
      "Con bé lớp 8 nhắn cho tôi tối qua là nó muốn chết, không muốn sống nữa",
    ];
    for (const narrative of stated) expect(triageDraft(draft({ narrative, dangerNow: "no" })).risk, narrative).toBe("emergency");
    // What the rules alone rate an emergency is not lowered by the reporter's "no" (rape by a stepfather she lives with; locked in and bleeding).
    for (const narrative of ["Ông cha dượng cưỡng hiếp con bé 13 tuổi nhiều lần rồi, con bé vẫn ở chung nhà với ổng", "Hôm kia thằng bé bị mẹ kế nhốt trong nhà kho, người đầy vết thương chảy máu"]) {
      expect(triageReport(narrative, {}, null).risk, narrative).toBe("emergency");
      expect(triageDraft(draft({ narrative, dangerNow: "no" })).risk, narrative).toBe(triageDraft(draft({ narrative, dangerNow: "unknown" })).risk);
    }
    expect(triageDraft(draft({ narrative: "Bé 4 tuổi sáng nay đến lớp có vết bỏng tròn như tàn thuốc trên tay, bé nói bạn trai của mẹ làm", dangerNow: "no" })).risk).not.toBe("low");
  });
});


describe("what the reporter types after the story", () => {
  const rank = (r: string) => ["low", "medium", "high", "emergency"].indexOf(r);
  it.each([
    ["Hai đứa nhỏ nhà cuối xóm bị bố mẹ xích chân nhốt trong chuồng lợn suốt cả ngày.", "tôi cũng không chắc lắm"],
    ["con gai toi 8 tuoi ke bi bo duong so vao vung kin nhieu lan moi khi me di lam ca dem", "tôi cũng không chắc lắm"],
  ])("never lowers the risk the story told on its own: '%s' then '%s'", (story, note) => {
    const alone = triageDraft(draft({ narrative: story, dangerNow: "unknown", when: null, extraNotes: [] }));
    const withNotes = triageDraft(draft({ narrative: story, dangerNow: "unknown", when: null, extraNotes: [note] }));
    expect(rank(alone.risk)).toBeGreaterThanOrEqual(rank("high"));
    expect(rank(withNotes.risk)).toBeGreaterThanOrEqual(rank(alone.risk));
  });
});

describe("the reporter's 'no' to danger now answers words that only say 'now'", () => {
  it("habitual beatings heard at night, reporter says not right now: high, not emergency", () => {
    const story = "Nearly every evening I can hear the mum upstairs beating her little boy, around 5; he screams and cries. Yesterday he had bruises on his face.";
    const t = triageDraft(draft({ narrative: story, dangerNow: "no", when: null, language: "en", extraNotes: ["No, not right now, they are out during the day. It usually happens at night."] }));
    expect(t.risk).toBe("high");
  });

  it("a threat to kill tonight stays an emergency whatever the reporter answered", () => {
    const story = "Ông bố say rượu đang cầm dao dọa tối nay giết thằng bé 7 tuổi nhà bên, cả xóm nghe thấy.";
    expect(triageDraft(draft({ narrative: story, dangerNow: "no", when: null, extraNotes: ["không, giờ thì chưa"] })).risk).toBe("emergency");
  });
});
