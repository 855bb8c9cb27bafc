/**
 * A second reading of the tenth round's change (5 December) ran the new build against the old one and found
 * regressions; each sentence here is one it showed.
 */
import { describe, expect, it } from "vitest";
import { findChildProvince } from "../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";
import { writerIsGrownUp } from "../../src/intake/report-flow/story-reading.ts";
import { realCoreHarness } from "./real-core-harness.ts";

const { reporter } = realCoreHarness("rv10");
const all = (rs: Array<{ text: string }>) => rs.map((x) => x.text).join("\n");

describe("short messages that tell danger now still get the safety message first", () => {
  it.each(["em bị nó hiếp, nó vẫn ở trong nhà", "em đang trốn trong nhà vệ sinh, nó đang tìm em", "He is hitting her right now"])("%s", async (text) => {
    const replies = await reporter().send(text);
    expect(all(replies)).toMatch(/113/);
  });
});

describe("a danger answer that tells danger is a yes, whatever it opens with", () => {
  it("'Bây giờ cháu đang ở nhà, ông ấy đang say và đập phá, dọa giết cháu' is a yes", async () => {
    const r = reporter();
    const first = await r.send("Cháu ngoại tôi 9 tuổi ở với bố dượng ở xã Phú Vang, Huế. Bố dượng nhậu về là đánh cháu, tối hôm kia đánh bằng cán chổi.");
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    const replies = await r.send("Bây giờ cháu đang ở nhà, ông ấy đang say và đập phá, dọa giết cháu");
    expect(all(replies)).toMatch(/113/);
    expect(replies.at(-1)?.text ?? "").not.toMatch(/nguy hiểm ngay lúc này không/);
  });
});

describe("a child's own wish to die is answered as theirs, even when the story names someone else", () => {
  it.each([
    "bố mẹ em cãi nhau suốt, nó còn đánh em. em muốn chết, tối nay em sẽ uống hết thuốc",
    "my dad yells at me every day and he hits me. I want to die tonight",
  ])("%s", async (text) => {
    const said = all(await reporter().send(text));
    expect(said).not.toMatch(/bạn ấy|your friend/);
    expect(said).toMatch(/thuốc|pills|115/);
  });

  it("a friend's overdose already taken gets the urgent call first", async () => {
    const replies = await reporter().send("e 15t, con bạn em vừa uống hết vỉ thuốc ngủ, giờ nó lơ mơ rồi");
    expect(replies[0]?.text ?? "").toMatch(/⚠️.*115/);
    expect(all(replies)).not.toMatch(/Em bị thương thì gọi 115/);
  });

  it("a grown-up telling of a friend's daughter is not written to as a child", async () => {
    const said = all(await reporter().send("Con gái của bạn mình 14 tuổi tối qua nhắn là muốn chết, bạn mình hoảng quá. Nhà ở Pleiku."));
    expect(said).not.toMatch(/Cảm ơn em/);
  });
});

describe("who is a grown-up", () => {
  it.each(["em 13 tuổi, người yêu em 22 tuổi dọa tung ảnh", "e 14t, thằng đó 25 tuổi cứ nhắn tin cho e"])("the harmer's age is not the writer's: %s", (text) => {
    expect(writerIsGrownUp(text)).toBe(false);
  });
});

describe("consent answers", () => {
  it("'Đừng liên lạc gì cả, em không muốn bố mẹ nhận được tin nhắn' is a no, stored once", async () => {
    const r = reporter();
    await r.send("em 13 tuổi. bố mẹ suốt ngày chửi em ngu, đánh em bầm tay. em ở Buôn Hồ Đắk Lắk");
    await r.send({ choice: "menu:report" });
    await r.send("không");
    await r.send("0356 112 233");
    const typed = "Đừng liên lạc gì cả, em không muốn bố mẹ nhận được tin nhắn";
    const summary = (await r.send(typed)).at(-1)?.text ?? "";
    expect(summary).not.toMatch(/\(đồng ý được liên lạc\)/);
    expect(summary.split(typed).length - 1).toBeLessThanOrEqual(1);
  });
});

describe("places, denials, questions", () => {
  const registry = loadRegistry();
  it("'Cháu ở với bà ở Thanh Hóa, không có bố mẹ, mẹ đi làm ở Bình Dương' is Thanh Hóa", () => {
    expect(findChildProvince(registry, "Cháu ở với bà ở Thanh Hóa, không có bố mẹ, mẹ đi làm ở Bình Dương")?.name).toBe("Thanh Hóa");
  });

  it("'Tôi phải bảo vệ con tôi thế nào?' is a question, not a report started", async () => {
    const replies = await reporter().send("Con tôi 10 tuổi hay bị bạn trêu. Tôi phải bảo vệ con tôi thế nào?");
    expect(all(replies)).not.toMatch(/(?:Tôi|Mình) đã ghi lại câu chuyện/);
  });

  it.each(["bố nó được đưa đi công an rồi", "công an xã đã đến làm việc với gia đình"])("'%s' tells, and asks nothing about the police", (s) => {
    expect(sideTopics(s)).not.toContain("police");
  });
});

describe("eleventh round", () => {
  it("'cô chú ơi cháu 11 tuổi, ...' is a child writing", async () => {
    const said = all(await reporter().send("cô chú ơi cháu 11 tuổi, cháu ở phường Tân Lập, Buôn Ma Thuột ạ. bố cháu cứ uống rượu về là đánh cháu với mẹ cháu, tối qua bố lấy dây nịt quất cháu, chân cháu giờ còn sưng đau lắm. cháu sợ tối nay bố lại uống."));
    expect(said).toMatch(/Em|em tin/);
    expect(said).not.toMatch(/Cảm ơn bạn đã báo tin/);
  });

  it("a 15-year-old telling of a classmate's suicide note is the reporter, not the child at risk", async () => {
    const r = reporter();
    await r.send("em 15 tuổi, học lớp 10 ở phường Tân Ninh, Tây Ninh. tối qua bạn cùng lớp em (bạn nữ, cũng 15) đăng story viết là mình mệt lắm rồi, mai mình sẽ đi, đừng tìm mình, còn nhắn riêng cho em là đã chuẩn bị thuốc. em phải làm sao ạ");
    let replies = await r.send("không");
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const skip = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    expect(replies.at(-1)?.text ?? "").not.toMatch(/^(?:Mình hiểu|Cô chú hiểu): em 15/m);
  });

  it("a contact for text messages only says so with the number", async () => {
    const r = reporter();
    await r.send("em 13 tuổi. bố mẹ suốt ngày chửi em ngu, đánh em bầm tay. em ở Buôn Hồ Đắk Lắk");
    await r.send({ choice: "menu:report" });
    await r.send("không");
    await r.send("0356 112 233");
    const summary = (await r.send("ko goi. chi nhan tin")).at(-1)?.text ?? "";
    expect(summary).toMatch(/0356 112 233 \(chỉ nhắn tin, không gọi\)/);
  });
});

it("a story told after 'ad ơi cho e hỏi' is kept when the report is taken", async () => {
  const r = reporter();
  await r.send("ad ơi cho e hỏi");
  await r.send("e có đứa bạn thân học cùng lớp, nó 15t. nó kể với e là dượng nó hay vô phòng nó buổi tối sờ soạng nó, mấy lần r. nhà nó ở Chư Sê, Gia Lai. e phải làm sao ạ");
  const replies = await r.send({ choice: "menu:report" });
  expect(all(replies)).not.toMatch(/Chuyện gì đã xảy ra/);
  let last = replies;
  for (let i = 0; i < 8 && !last.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
    const skip = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
    last = await r.send(skip ? { choice: skip.id } : "bỏ qua");
  }
  expect(last.at(-1)?.text ?? "").toMatch(/sờ soạng/);
  expect(last.at(-1)?.text ?? "").toMatch(/Gia Lai/);
});

it("a 16-year-old offered a job in Cambodia who asks whether to go is told not to go", async () => {
  const r = reporter();
  const first = await r.send("em 16 tuổi ở Tây Ninh. có người quen trên facebook rủ em sang Campuchia làm việc nhẹ lương cao, ngày mai đi, họ nói lo hết giấy tờ. em có nên đi không ạ?");
  let text = all(first);
  if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) text += all(await r.send({ choice: "menu:report" }));
  expect(text).toMatch(/Em đừng đi|Đừng đi/);
  const again = all(await r.send("vậy em có nên nhận việc đó không"));
  expect(again).toMatch(/Em đừng đi|Đừng đi/);
});
