/**
 * C26: the reporter answered "no" to "is a child in danger right now". The model alone does not make an emergency of a beating
 * done earlier today when nothing in the story is an emergency of the triage contract; the contract's emergencies (a weapon, a
 * threat to kill, sexual abuse with access tonight, an injury that needs care, a wish to die, a beating promised for tonight)
 * stay emergencies whatever the reporter answered. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { draft } from "./case-test-support.ts";

const saidNo = (narrative: string) => triageDraft(draft({ narrative, dangerNow: "no", when: null, extraNotes: [] }));

describe("a beating done earlier today, the reporter says no danger now", () => {
  it.each([
    "Sáng nay trước khi đi học thằng bé bị bố tát mấy cái vì dậy muộn, má nó đỏ, giờ nó đang ở trường",
    "sang nay me ke danh con be bang thuoc ke vi lam bai sai, tay con be sung do, gio be o lop",
    "Chiều nay thằng bé 10 tuổi bị ông chủ quán đá vào bụng vì làm vỡ ly, nó đau, giờ đã về nhà với mẹ",
  ])("is high, not an emergency: %s", (narrative) => {
    const t = saidNo(narrative);
    expect(t.risk).toBe("high");
    expect(t.redFlags).not.toContain("violence_in_progress");
  });
});

describe("the contract's emergencies stay emergencies after the reporter's no", () => {
  it.each([
    "Sáng nay ông bố cầm dao chém vào tay thằng bé 8 tuổi, máu chảy nhiều, chưa ai đưa đi viện",
    "hom nay bo no dam vao mat no, mat sung, gio no dang ngu",
    "Hôm nay chú nó lại sờ vào vùng kín con bé 9 tuổi, tối nay mẹ nó đi làm ca đêm, con bé ở nhà một mình với chú",
    "Sáng nay bố đánh nó, còn nói tối nay về sẽ đánh chết nó",
    "Chiều nay con bé lớp 8 nhắn cho tôi là nó muốn chết, tối nay nó sẽ uống thuốc",
  ])("%s", (narrative) => {
    expect(saidNo(narrative).risk).toBe("emergency");
  });
});
