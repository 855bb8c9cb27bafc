import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r28");

/** Walk 28: a child calling herself "cháu" whose story said "tối nào" ("every evening") was read as a grown-up's "cháu tôi". */
describe("a child writing as 'cháu' with 'tối' (evening) in the story is the child", () => {
  it.each([
    "Cháu chào chú ạ. Cháu 12 tuổi, ở xã Ea Kar, Đắk Lắk. Chú ruột cháu tối nào say cũng đánh cháu, hôm qua cháu bị chảy máu tay.",
    "Cháu 13 tuổi ạ. Mẹ kế cháu tối qua nhốt cháu ngoài sân, cháu đói lắm, cháu đang ở nhà bạn.",
  ])("«%s» gets the child's first reply", async (story) => {
    const said = all(await h.reporter().send(story));
    expect(said).toMatch(/Em không có lỗi/);
    expect(said).toMatch(/111 \(?miễn phí/);
    expect(said).not.toMatch(/Cảm ơn bạn/);
  });

  it("a grandparent's 'cháu tôi tối nào cũng ...' stays a grown-up's report", async () => {
    const said = all(await h.reporter().send("Cháu tôi 9 tuổi, tối nào cũng bị bố nó đánh, tôi là bà ngoại, ở xã Ea Kar, Đắk Lắk."));
    expect(said).not.toMatch(/Em không có lỗi/);
  });
});

/** Walk 28: a mother's answer at the age question ("cháu học lớp 3, năm nay 8 tuổi") turned the chat to words for a child. */
describe("a grown-up's answer about the child never turns the chat to a child's words", () => {
  it.each([
    ["Tôi là bố của bé, con gái tôi bị anh họ sàm sỡ ở xã Ea Kar, Đắk Lắk, tôi mới biết hôm qua", "cháu học lớp 4, năm nay 9 tuổi ạ"],
    ["Tôi là hàng xóm, thằng bé nhà bên hay bị mẹ kế đánh, ở phường Pleiku, Gia Lai", "cháu năm nay 10 tuổi, học lớp 5"],
  ])("«%s» then «%s»", async (story, age) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 4 && !/bao nhiêu tuổi/.test(all(replies)); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(all(replies)).toMatch(/bao nhiêu tuổi/);
    const said = all(await r.send(age));
    expect(said).not.toMatch(/Em không có lỗi|Em đã làm đúng/);
  });
});

/** Walk 28: "không phải hàng xóm đánh, tôi mới là hàng xóm. người la hét là bố mẹ ..." set the neighbour as who harms. */
describe("'không phải X đánh' at the summary never makes X who harms", () => {
  it("the one the correction names instead is who harms", async () => {
    const s = await h.toSummary("Đêm qua tôi nghe nhà kế bên đánh đập, con bé chừng 7 tuổi khóc ré lên, sáng nay thấy tay nó bầm. Ở xã Ea Kar, Đắk Lắk.", [[/nguy hiểm/, { choice: "no" }]]);
    await s.send({ choice: "edit" });
    const said = all(await s.send("không phải hàng xóm đánh đâu, tôi là hàng xóm. người đánh là bố dượng của con bé"));
    expect(said).toMatch(/người gây hại: bố dượng/);
    expect(said).not.toMatch(/người gây hại: hàng xóm/);
  });

  it("'đâu phải bố nó đánh' read alone names no one who harms", async () => {
    const { extractReportFacts } = await import("../../src/intake/triage/report-facts.ts");
    expect(extractReportFacts("đâu phải bố nó đánh nó").harmer).toBeNull();
    expect(extractReportFacts("bố nó đánh nó").harmer).toBe("father");
  });
});
