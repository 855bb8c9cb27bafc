/**
 * Walk 40: side questions asked in the middle of a report got "Câu này mình chưa trả lời được" and a child's were kept as notes:
 * whether the parents are reported, whether telling brings more beating once the parent knows, what happens after the report
 * (who comes to see the children), whether a report with little information is still useful, and what an agency must do.
 */
import { describe, expect, it } from "vitest";
import { ANSWERED_HERE, sideTopics } from "../../../src/intake/report-flow/side-questions.ts";
import { all, realCoreHarness } from "../../conversation/real-core-harness.ts";

const { reporter, stored, kbAsked } = realCoreHarness("walk40side");

describe("side questions of walk 40, by class", () => {
  it.each([
    ["ba má em có bị công an báo không ạ?", "parents"],
    ["bo me e co bi bao cong an ko", "parents"],
    ["mẹ con có bị báo lên xã không?", "parents"],
    ["will my parents get reported?", "parents"],
    ["nếu mẹ biết thì em có bị mẹ đánh nữa không?", "hurtForTelling"],
    ["em có bị dượng đập thêm không khi dượng biết chuyện?", "hurtForTelling"],
    ["neu ba phat hien thi con co bi ba danh ko", "hurtForTelling"],
    ["will my dad beat me more if he finds out?", "hurtForTelling"],
    ["Sau khi tôi gửi thì có ai tới thăm mấy đứa nhỏ không?", "next"],
    ["bao xong roi ai xuong xem tui nho", "next"],
    ["Rồi sau khi báo thì bên mình làm gì tiếp?", "next"],
    ["After I report, who will come and check on the kids?", "next"],
    ["Mình chỉ biết có chút xíu vậy thôi, báo có ích gì không?", "littleInfo"],
    ["toi biet it qua thi bao co giup duoc gi khong", "littleInfo"],
    ["Không biết tên, không biết nhà, báo vậy có được không?", "littleInfo"],
    ["I don't know much more, is it still worth reporting?", "littleInfo"],
    ["Is it any use to report if I only know a little?", "littleInfo"],
  ])("'%s' is answered here as %s", (q, topic) => {
    const topics = sideTopics(q);
    expect(topics).toContain(topic);
    expect(topics).not.toContain("question");
    expect(ANSWERED_HERE.has(topics[0]!)).toBe(true);
  });

  it.each(["bố mẹ em bị báo là đi làm xa", "ba biết chuyện rồi đánh con tiếp", "tôi biết ít về gia đình đó"])("'%s' tells, it asks nothing of these", (s) => {
    const topics = sideTopics(s);
    for (const t of ["parents", "hurtForTelling", "littleInfo", "next"] as const) expect(topics).not.toContain(t);
  });

  it("a child asking whether telling brings more beating is answered in the child's voice and not kept as a note", async () => {
    const r = reporter();
    const first = await r.send("con 10 tuổi, ba con say rượu về là đánh con bằng dây nịt, tối qua cũng đánh, con ở xã Mỹ Hòa, Đồng Tháp");
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    else await r.send("có");
    const answered = await r.send("con có bị ba đánh nữa không nếu ba biết con kể?");
    const text = all(answered);
    expect(text).not.toMatch(/chưa trả lời được/);
    expect(text).toMatch(/em/);
    expect(text).toMatch(/bí mật/);
    let last = answered;
    for (let i = 0; i < 10 && !last.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const pick = last.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(all(last)).not.toMatch(/Ghi chú thêm: con có bị ba/);
    expect(stored(r.chatId)).toBeUndefined();
  });

  it("an adult asking whether a little information is useful gets a yes, and the question is asked again", async () => {
    const r = reporter();
    const first = await r.send("Tôi đi chợ thấy một bé trai chừng 7 tuổi bị một người đàn ông tát liên tục ở cổng chợ xã Tân Phú, tỉnh Đồng Nai, sáng nay.");
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    const before = all(await r.send("không"));
    const answered = all(await r.send("Tôi không biết gì thêm về bé thì báo có ích gì không?"));
    expect(answered).not.toMatch(/chưa trả lời được/);
    expect(answered).toMatch(/^Có|\nCó/);
    expect(answered.split("\n").at(-1)).toBe(before.split("\n").at(-1));
  });

  it.each(["UBND phường cần làm gì khi có tin báo như vậy?", "Chính quyền xã phải làm gì khi nhận tin này?"])("'%s' at the contact step goes to the plans, not the 'cannot answer' reply", async (q) => {
    const r = reporter();
    const first = await r.send("Tôi là cô giáo. Học sinh lớp tôi, bé gái 9 tuổi, bị mẹ kế đánh bầm tay hôm qua, ở xã Hòa Bình, tỉnh Bắc Ninh.");
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    const before = kbAsked.length;
    await r.send("không");
    const answered = all(await r.send(q));
    expect(kbAsked.slice(before).some((a) => a.startsWith(q))).toBe(true);
    expect(answered).not.toMatch(/Ghi chú|ghi lại câu hỏi/);
  });
});
