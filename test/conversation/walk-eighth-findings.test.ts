/**
 * Findings of the eighth round of walks (4 December: two independent testers, 32 fresh reporters
 * through the running web chat), replayed through the real conversation core with sentences
 * written for this test (not the testers' own words): details sent one after another after the
 * code all reach the case; a pause or a person named in passing at the summary changes nothing;
 * a time said not to be the one is not read; yes to the report offer in one's own words starts
 * it; a child is not told the same advice twice nor the 111 line before every question; "not now,
 * but tonight" answers the danger question; a number given for contact is the consent.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness, untilSummary } from "./real-core-harness.ts";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";

const { reporter, stored, intake } = realCoreHarness("w8");

/** Reports a story answering no / anonymous / skip, and returns the chat at its case code. */
async function reported(story: string) {
  const r = reporter();
  await r.send(story);
  const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
  expect(hasChoice(summary.at(-1), "submit")).toBe(true);
  await r.send({ choice: "submit" });
  const c = stored(r.chatId);
  expect(c, "the story was reported").toBeDefined();
  return { r, code: c!.caseCode };
}

describe("details sent one after another after the code", () => {
  it("all reach the case, however a classifier reads each one, and one of the children reported is not another child", async () => {
    const { r, code } = await reported("Tôi bán hàng ở chợ phường An Hòa, Cần Thơ. Có một ông đưa 3 đứa nhỏ chừng 8 đến 11 tuổi ra chợ xin tiền tới nửa đêm, đứa nào xin ít thì bị ổng đánh.");
    const details = [
      "Đứa lớn nhất tên Tũn, 11 tuổi, quê ở Sóc Trăng",
      "Ông đó hay đứng ở cổng chợ phía bờ sông",
      "Tụi nhỏ ngủ ở gầm cầu Cái Răng",
      "Tôi thấy chuyện này từ đầu tháng",
    ];
    for (const d of details) {
      const replies = await r.send(d);
      expect(all(replies)).toContain(code);
    }
    const c = [...intake.cases.values()].filter((x) => x.draft.chatId === r.chatId);
    expect(c).toHaveLength(1);
    expect(c[0]!.additions.map((a) => a.text)).toEqual(details);
  });

  it("a question about the plans after the code is still answered, not added", async () => {
    const { r, code } = await reported("Con bé hàng xóm 10 tuổi bị mẹ kế bỏ đói mấy ngày nay, ở phường Hải Châu, Đà Nẵng.");
    const replies = await r.send("Theo kế hoạch của Đà Nẵng thì cơ quan nào phụ trách việc này");
    expect(all(replies)).not.toContain(`Đã thêm vào báo tin ${code}`);
  });
});

describe("at the summary", () => {
  const STORY = "Cháu tôi 13 tuổi bị mấy đứa cùng lớp chặn đánh sau giờ học, chiều qua về bị rách trán, ở phường Phú Hội, Huế.";

  it("a pause ('đợi chút, để em bàn với vợ em đã') changes nothing, waits unsent, and keeps the words", async () => {
    const r = reporter();
    await r.send(STORY);
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    const before = summary.at(-1)!.text;
    const replies = await r.send("đợi chút, để em bàn với vợ em đã");
    expect(all(replies)).toMatch(/chưa gửi/);
    expect(all(replies)).not.toMatch(/Đã sửa/);
    expect(before).toMatch(/người gây hại: bạn bè/);
    expect(all(replies)).toMatch(/người gây hại: bạn bè/);
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    await r.send({ choice: "submit" });
    const c = stored(r.chatId)!;
    expect(c.draft.harmer).toBe("peer");
    expect(c.draft.extraNotes).toContain("đợi chút, để em bàn với vợ em đã");
  });

  it("a person named in passing ('giờ cháu về ở với bà nội rồi') is not made the one who harms", async () => {
    const r = reporter();
    await r.send(STORY);
    await untilSummary(r, await r.send({ choice: "menu:report" }));
    const replies = await r.send("giờ cháu về ở với bà nội rồi");
    expect(all(replies)).toMatch(/người gây hại: bạn bè/);
    expect(all(replies)).not.toMatch(/người gây hại: (bà|ông)/);
  });

  it("a correction that says the time is not tonight does not make the danger now", async () => {
    const r = reporter();
    await r.send("Bố mẹ con bé 15 tuổi nhà bên nhận sính lễ rồi, định gả nó cho một người ở huyện khác, ở xã Ea Tiêu, Đắk Lắk.");
    await untilSummary(r, await r.send({ choice: "menu:report" }));
    const replies = await r.send("không phải tối nay hay ngày mai đâu, tuần sau nhà trai mới sang rước");
    expect(replies.some((x) => x.urgent)).toBe(false);
    expect(all(replies)).not.toMatch(/nguy hiểm ngay lúc này: có/);
  });

  it("a time said not to be the one is not read as the time", () => {
    expect(extractReportFacts("Họ không phải tối nay mà tuần sau mới đón con bé đi").when).not.toBe("tonight");
    expect(extractReportFacts("not tonight, they come for her next week").when).not.toBe("tonight");
    expect(extractReportFacts("Tối nay họ đón con bé đi").when).toBe("tonight");
  });
});

describe("yes to the report offer, in one's own words", () => {
  it.each([
    ["Thằng cháu nhà bên 7 tuổi bị ông bố đánh bầm người, ở xã Hòa Phong, Đà Nẵng", "dạ tôi muốn báo cho các anh chị biết"],
    ["Con bé nhà kế bên 6 tuổi hay bị mẹ nó chửi mắng thậm tệ, ở xã Phú Vang, Huế", "ừ báo giúp tôi với"],
  ])("starts the report: %s / %s", async (story, yes) => {
    const r = reporter();
    // The story starts the report; the yes typed as if it had been asked is taken as such (the question is asked again).
    await r.send(story);
    const replies = await r.send(yes);
    expect(all(replies)).toMatch(/nguy hiểm ngay lúc này|liên lạc|Cảm ơn/i);
    expect(all(replies)).not.toMatch(/kế hoạch trong kho|Bạn muốn hỏi về kế hoạch/);
  });

  it("a child's 'e muốn kể' starts it without the same advice twice, and no 111 line before every question (the button stays)", async () => {
    const r = reporter();
    const first = await r.send("e 13t, bà nội e hay lấy roi quất e mỗi lần e về muộn, e ở xã Tân Hiệp, Kiên Giang");
    expect(all(first)).toMatch(/người lớn em tin/);
    const replies = await r.send("e muốn kể");
    expect(all(replies)).not.toMatch(/người lớn em tin/);
    expect(all(replies)).not.toMatch(/Gọi 111 bất cứ lúc nào/);
    expect(replies.at(-1)?.links?.map((l) => l.url)).toContain("tel:111");
  });
});

describe("the danger question answered in a sentence", () => {
  const STORY = "Thằng bé nhà đối diện 8 tuổi hay bị ông bố say rượu đánh, tuần này hai lần, ở phường Tân An, Buôn Ma Thuột, Đắk Lắk.";
  it.each([
    // Walk 30 read "not now" as a no whatever later time it names; walk 41 (README): the one who harms back tonight is "not sure".
    ["hiện tại thì không, nhưng tối nay ổng về lại say", "không rõ"],
    ["giờ nó đang ở trường, chắc không sao", "không"],
  ])("'%s' is an answer (%s), not asked again", async (answer, shown) => {
    const r = reporter();
    await r.send(STORY);
    await r.send({ choice: "menu:report" });
    const replies = await r.send(answer);
    expect(all(replies)).not.toMatch(/nguy hiểm ngay lúc này không\?\s*$/);
    const summary = await untilSummary(r, replies);
    expect(summary.at(-1)?.text).toMatch(new RegExp(`nguy hiểm ngay lúc này: ${shown}`));
  });

  it("an English 'he's not there now but he picks her up tomorrow' is a no (walk 30), and not asked again", async () => {
    const r = reporter();
    await r.send("My neighbour's girl, 9, says her uncle touches her when he babysits. We live in Hoi An, Quang Nam.");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("he's not there now but he picks her up tomorrow");
    expect(all(replies)).not.toMatch(/in danger right now\?\s*$/);
    const summary = await untilSummary(r, replies);
    expect(summary.at(-1)?.text).toMatch(/in danger right now: no\b/);
    expect(summary.at(-1)?.text).toMatch(/picks her up tomorrow/);
  });
});

describe("a number given for contact", () => {
  const STORY = "Đứa nhỏ 5 tuổi nhà trọ bên cạnh bị mẹ bỏ ở nhà một mình cả ngày, ở phường Linh Trung, Thủ Đức.";
  it("is the consent to be contacted: the consent question is not asked", async () => {
    const r = reporter();
    await r.send(STORY);
    let replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !/liên lạc với bạn qua/.test(replies.at(-1)?.text ?? ""); i++) {
      const skip = replies.at(-1)?.choices?.find((c) => /^(no|unknown|skip)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    replies = await r.send("số tôi 0938 555 777, chiều tối gọi nhé");
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)!.draft.consentToContact).toBe(true);
  });
});

describe("the writer's own self-harm or wish to die", () => {
  it.each([
    "dạo này e chán lắm, chỉ muốn chết cho xong, e 15 tuổi",
    "mk 13t, tối qua mk lại lấy dao rọc giấy cứa tay",
    "I'm 14 and I keep cutting myself, I don't want to live anymore",
  ])("is answered with self-harm advice first, not 'call the police': %s", async (text) => {
    const r = reporter();
    const replies = await r.send(text);
    expect(replies[0]?.text).toMatch(/không phải chịu một mình|do not have to carry this alone/);
    expect(replies[0]?.text).toMatch(/111/);
    expect(replies[0]?.text).not.toMatch(/113 \(công an\)|113 \(police\)/);
  });

  it("a parent telling of their child's self-harm gets the usual safety advice and the report", async () => {
    const r = reporter();
    const replies = await r.send("Con gái tôi 14 tuổi nói muốn chết, tay nó có nhiều vết cứa, tôi ở Gia Lai");
    expect(all(replies)).not.toMatch(/không phải chịu chuyện này một mình/);
  });
});
