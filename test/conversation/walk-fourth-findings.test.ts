/**
 * Findings of the fourth independent walk (3 December, late evening), replayed with sentences of
 * the same kinds (not the tester's own): a yes typed in regional words ("dạ, báo giùm tui") keeps
 * the story; an English story quoting a few Vietnamese words is answered in English; a child who
 * says their school grade with "cháu" is written to as a child, and "cháu tự kể" answers who is
 * reporting; "ok gửi giùm em" sends; "nghĩ chết đi cho xong" is a stated wish to die.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../src/intake/triage/triage-model.ts";
import { all, hasChoice, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const { reporter } = realCoreHarness("w4");


const STORY = "Tui là bác của con Hoa, nó 10 tuổi ở xã Triệu Phong, Quảng Trị. Ông dượng nó say vô là lấy cây đánh nó, tuần rồi tui thấy tay nó bầm đen.";

describe("a yes in regional words at the offer", () => {
  it.each(["dạ, báo giùm tui", "ừ báo dùm với", "vâng, báo hộ em với"])("'%s' keeps the story", async (yes) => {
    const r = reporter();
    await r.send(STORY);
    let replies = await r.send(yes);
    // Asked which it is instead: the reporter says "báo tin".
    if (!/nguy hiểm ngay/i.test(lastLine(replies.at(-1)))) replies = await r.send("báo tin");
    expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay/i);
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/bầm đen/);
  });
});

describe("languages and children", () => {
  it("an English story quoting Vietnamese words is answered in English", async () => {
    const r = reporter();
    const replies = await r.send("Hello, I teach at a language school in Hoi An. A boy in my class, about 9, often has red marks on his legs and told me his father beats him when he gets bad marks. He kept saying 'con sợ lắm' today.");
    expect(all(replies)).toMatch(/report|child/i);
    expect(all(replies)).not.toMatch(/Có vẻ bạn/);
  });

  it("'Cháu đang học lớp 5 ...' is a child and gets the child's first reply", async () => {
    const r = reporter();
    const replies = await r.send("Cháu đang học lớp 5 ở Tuy Hòa. Bố cháu uống rượu xong hay đánh cháu với mẹ, tối qua bố ném cả cái ghế vào cháu.");
    expect(all(replies)).toMatch(/không có lỗi/i);
    expect(all(replies)).toMatch(/111/);
  });

  it("'nhiều khi mình nghĩ chết đi cho xong' is a stated wish to die: an emergency", () => {
    expect(triageReport("tụi cùng lớp cứ chửi mình trên nhóm chat, nhiều khi mình nghĩ chết đi cho xong").risk).toBe("emergency");
  });
});

describe("typed sends at the summary", () => {
  it("'ok gửi giùm em' sends", async () => {
    const r = reporter();
    await r.send(STORY);
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    expect(hasChoice(summary.at(-1), "submit")).toBe(true);
    expect(all(await r.send("ok gửi giùm em"))).toMatch(/Mã báo tin/);
  });
});

describe("the fifth walk: polite short answers and a statement at the danger question", () => {
  it("'dạ không ạ' answers no to the danger question (it is not a side question)", async () => {
    const r = reporter();
    await r.send(STORY);
    await r.send({ choice: "menu:report" });
    const replies = await r.send("dạ không ạ");
    expect(lastLine(replies.at(-1))).not.toMatch(/nguy hiểm ngay/i);
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/nguy hiểm ngay lúc này: không/);
  });

  it("'giờ thằng bé đang ở nhà trẻ, chiều bố nó đón về thì không biết' is not a yes to danger now", async () => {
    const r = reporter();
    await r.send("Nhà bên có thằng bé 5 tuổi ở phường Hà Đông, Hà Nội, tối nào bố nó say về cũng đánh, hôm qua tôi thấy mắt nó tím.");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("giờ thằng bé đang ở nhà trẻ, chiều bố nó đón về thì không biết");
    const summary = all(await untilSummary(r, replies));
    expect(summary).not.toMatch(/nguy hiểm ngay lúc này: có/);
  });
});
