/**
 * Findings of the third independent walk (3 December, evening), replayed through the real
 * conversation core with sentences of the same kinds (not the tester's own):
 * - a typed "yes, report it" at the offer starts the report with the story told, never with the
 *   words of the acceptance (the story was lost);
 * - "no, ..." / "not sure, ..." with a clause after it answers the danger question as said (it had
 *   become "danger now: yes" and an emergency), and the clause is kept for officers;
 * - typed ways of saying "send" at the summary send;
 * - "không phải X, là Y" corrects who harms.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("w3");

const STORY = "Nhà đối diện tôi ở phường Tân Lập, Đắk Lắk có thằng bé 9 tuổi, tuần nào ông bố cũng đánh nó bằng dây điện, hôm kia tôi thấy lưng nó rướm máu.";


describe("a typed yes at the offer to report", () => {
  it.each(["ừ, báo giúp mình với", "vâng, tôi muốn báo", "có báo đi", "báo tin"])("'%s' starts the report with the story as told", async (yes) => {
    const r = reporter();
    // The story starts the report (a grown-up's story is not asked "do you want to report it?"); a yes to reporting typed at
    // the first question is that yes, not its answer: the question is asked again, and the story is the report's.
    await r.send(STORY);
    const replies = await r.send(yes);
    expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay/i);
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/dây điện/);
    expect(summary).not.toMatch(new RegExp(`«${yes}»`));
  });

  it("English 'yes please' starts the report in English with the story as told", async () => {
    const r = reporter();
    await r.send("The girl next door, about 10, is left alone for days while her mum works in the city; she knocks on our door for food. We live in Hoa Minh ward, Da Nang.");
    const replies = await r.send("yes please");
    expect(lastLine(replies.at(-1))).toMatch(/danger right now/i);
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/knocks on our door/);
  });
});

describe("no / not sure with more words at the danger question", () => {
  it("'không, giờ con bé đang ở trường với cô' is a no, kept for officers, not an emergency", async () => {
    const r = reporter();
    await r.send("Tôi là bác của bé Na 8 tuổi ở xã Hòa Phú, Đắk Lắk. Mẹ kế hay chửi bé là đồ ăn bám, bắt nhịn cơm tối.");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("không, giờ con bé đang ở trường với cô");
    expect(all(replies)).not.toMatch(/113/);
    expect(lastLine(replies.at(-1))).not.toMatch(/nguy hiểm ngay/i);
    const last = await untilSummary(r, replies);
    expect(all(last)).toMatch(/nguy hiểm ngay lúc này: không/);
    await r.send({ choice: "submit" });
    const c = stored(r.chatId)!;
    expect(c.draft.dangerNow).toBe("no");
    expect(c.draft.withPersonNow).not.toBe("yes");
    expect(c.draft.extraNotes.join(" ")).toMatch(/đang ở trường/);
    expect(c.risk).not.toBe("emergency");
  });

  it("'dạ không ạ, cháu đang ngồi với tôi ở phòng y tế' is a no", async () => {
    const r = reporter();
    await r.send("Em là y tá trường tiểu học ở phường Pleiku, Gia Lai. Bé trai lớp 3 đến phòng y tế, trên đùi có nhiều vết lằn, bé nói bố đánh vì làm mất tiền.");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("dạ không ạ, cháu đang ngồi với tôi ở phòng y tế");
    expect(all(replies)).not.toMatch(/GỌI NGAY|gọi ngay 113/i);
    const last = await untilSummary(r, replies);
    expect(all(last)).toMatch(/nguy hiểm ngay lúc này: không/);
  });

  it("'not sure, he may come back drunk tonight' is not sure, not a yes", async () => {
    const r = reporter();
    await r.send("My neighbour's boy, 7, in Hai Chau ward, Da Nang, gets beaten by his father with a belt most weekends; I saw welts on his legs on Sunday.");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("not sure, he may come back drunk tonight");
    const last = await untilSummary(r, replies);
    expect(all(last)).not.toMatch(/in danger right now: yes/i);
  });

  it("'ko bik nữa' and 'hổng biết' are not sure", async () => {
    for (const unsure of ["ko bik nữa", "hổng biết"]) {
      const r = reporter();
      await r.send("Con bé 6 tuổi nhà bên ở phường Tân Định, TP.HCM hay bị mẹ nó nhốt ngoài ban công cả buổi chiều.");
      await r.send({ choice: "menu:report" });
      const replies = await r.send(unsure);
      const last = await untilSummary(r, replies);
      expect(all(last), unsure).toMatch(/nguy hiểm ngay lúc này: (chưa rõ|không rõ)/);
    }
  });
});

describe("typed sends at the summary", () => {
  it.each(["thôi gửi đi ạ", "gửi nhanh giúp tôi", "được rồi gửi đi", "ok send it", "gửi luôn đi em"])("'%s' sends the report", async (send) => {
    const r = reporter();
    const replies = await r.send(STORY);
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }).then((x) => x ?? replies));
    expect(hasChoice(summary.at(-1), "submit")).toBe(true);
    const sent = await r.send(send);
    expect(all(sent)).toMatch(/Mã báo tin|report code|Mã của em/i);
  });
});

describe("'không phải X, là Y' corrects who harms", () => {
  it("'ko phải ba nó, là dượng nó đánh' at the summary makes the step-father the harmer", async () => {
    const r = reporter();
    await r.send("Thằng Tèo 10 tuổi xóm tôi ở xã Tân Phú, Đồng Nai bị ba nó đánh bầm mặt hôm qua.");
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    expect(all(summary)).toMatch(/người gây hại: bố/);
    const fixed = await r.send("ko phải ba nó, là dượng nó đánh");
    const line = all(fixed).split("\n").find((l) => /^(?:Mình hiểu|Cô chú hiểu)/.test(l)) ?? "";
    expect(line).toMatch(/người gây hại: bố dượng/);
  });
});
