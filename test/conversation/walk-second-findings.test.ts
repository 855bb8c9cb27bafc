/**
 * Findings of the second independent walk (3 December, after the first round of fixes), replayed
 * through the real conversation core with sentences of the same kinds (not the tester's): "what
 * should I do" at the end of a story or after the code is answered with what to do now; a
 * question followed by a remark in one message is still answered.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("w2");

describe("what the reporter can do now", () => {
  it("a story ending with 'what should I do now?' is answered before the first question", async () => {
    const r = reporter();
    // The story starts the report at once: the answer comes in the first reply, before the first question.
    const replies = await r.send("Con bé 5 tuổi nhà bên bị mẹ kế bỏ đói mấy hôm nay, người lả đi, không ai cho đi khám. Giờ tôi phải làm sao?");
    expect(all(replies)).toMatch(/Đừng tự đối đầu/);
    expect(all(replies)).toMatch(/115/);
    expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay/i);
  });

  it("'should I take the child to the clinic myself?' after the code is answered, not only added to the case", async () => {
    const r = reporter();
    await r.send("Thằng bé 7 tuổi hàng xóm bị bố đánh sưng mắt hôm qua, nhà ở phường Tân Lợi, Đắk Lắk.");
    let replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 12 && !/Mã báo tin của bạn/.test(all(replies)); i++) {
      const last = replies.at(-1);
      if (hasChoice(last, "submit")) { replies = await r.send({ choice: "submit" }); continue; }
      const pick = last?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(all(replies)).toMatch(/Mã báo tin của bạn/);
    const answer = await r.send("Tôi có nên tự chở thằng bé đi bệnh viện không?");
    expect(all(answer)).toMatch(/Đừng tự đối đầu/);
    expect(all(answer)).not.toMatch(/Đã thêm vào báo tin/);
  });
});

describe("a question followed by a remark in one message", () => {
  it("is answered (confidentiality) and the step is asked again, not taken as its answer", async () => {
    const r = reporter();
    await r.send("Tôi thấy con bé hàng xóm 10 tuổi hay bị ông dượng chửi bới, đánh bằng roi, ở xã Hòa Phú, Đắk Lắk.");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("Nếu tôi báo thì ông dượng có biết là tôi báo không? Tôi sợ lắm.");
    expect(all(replies)).toMatch(/giữ bí mật/);
    expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay/i);
    expect(stored(r.chatId)).toBeUndefined();
  });
});
