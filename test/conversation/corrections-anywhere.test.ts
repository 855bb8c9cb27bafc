/**
 * A reporter corrects a fact the bot misread, at the summary or in the middle of the questions,
 * in the way people write it ("sai rồi, ...", "à nhầm, ...", "X chứ không phải Y", "no wait, ...").
 * The correction replaces the fact (it is not only kept as a note), the lead words are not taken
 * for a name ("Sai, bé ở phường ..." is not a ward called Sai), and the step being asked stays
 * asked. Sentences written for this file, not taken from any corpus.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const { reporter, toSummary } = realCoreHarness("corr");

/** The line of the summary that says what was understood (the story itself is quoted below it, as told). */
const understood = (text: string): string => text.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|We understood|Em hiểu|I understood|What I understood)/i.test(l.trim())) ?? "";

const STORY = "Tôi là hàng xóm, bé Mai 9 tuổi ở phường Pleiku, Gia Lai bị bố đánh hôm qua, bầm tím hai tay.";
const CONTACT: Array<[RegExp, string | { choice: string }]> = [[/nguy hiểm ngay/i, { choice: "no" }], [/liên lạc với bạn qua/i, { choice: "anonymous" }]];

describe("a correction at the summary", () => {
  it("'Sai, bé ở phường Diên Hồng chứ không phải Pleiku' changes the ward to Diên Hồng, not to a ward named 'Sai'", async () => {
    const r = await toSummary(STORY, CONTACT);
    const replies = await r.send("Sai, bé ở phường Diên Hồng chứ không phải Pleiku");
    const text = understood(all(replies));
    expect(text).toMatch(/phường Diên Hồng/);
    expect(text).not.toMatch(/phường Sai/);
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
  });

  it("'sai rồi, bé 10 tuổi chứ không phải 9' changes the age", async () => {
    const r = await toSummary(STORY, CONTACT);
    const text = understood(all(await r.send("sai rồi, bé 10 tuổi chứ không phải 9")));
    expect(text).toMatch(/10 tuổi/);
    expect(text).not.toMatch(/\b9 tuổi/);
  });

  it("'nhầm rồi, người đánh là ông chú chứ không phải bố' changes who harms", async () => {
    const r = await toSummary(STORY, CONTACT);
    const text = understood(all(await r.send("nhầm rồi, người đánh là ông chú chứ không phải bố")));
    expect(text).toMatch(/người gây hại: [^;]*chú/);
  });

  it("English: 'no wait, she is 7 not 8' changes the age", async () => {
    const r = await toSummary("My neighbour's daughter, 8 years old, in Hoa Xuan ward, Da Nang, was slapped hard by her mother yesterday and has a swollen face.", [[/danger right now/i, { choice: "no" }], [/reach you/i, { choice: "anonymous" }]]);
    const text = understood(all(await r.send("no wait, she is 7 not 8")));
    expect(text).toMatch(/\b7\b/);
    expect(text).not.toMatch(/\b8 years/);
  });
});

describe("a correction in the middle of the questions", () => {
  it("is applied, acknowledged as a correction, and the same question is asked again", async () => {
    const r = reporter();
    await r.send(STORY);
    await r.send({ choice: "menu:report" });
    const replies = await r.send("à nhầm, bé 10 tuổi chứ không phải 9 tuổi");
    expect(all(replies)).toMatch(/Đã sửa/);
    expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay/i);
    let last = replies;
    for (let i = 0; i < 8 && !hasChoice(last.at(-1), "submit"); i++) {
      const pick = last.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(understood(all(last))).toMatch(/10 tuổi/);
    expect(understood(all(last))).not.toMatch(/\b9 tuổi/);
  });

  it("'không phải bố đâu, là bố dượng' at the contact question changes who harms and asks for contact again", async () => {
    const r = reporter();
    await r.send(STORY);
    await r.send({ choice: "menu:report" });
    const contactQ = await r.send({ choice: "no" });
    expect(lastLine(contactQ.at(-1))).toMatch(/liên lạc/i);
    const replies = await r.send("không phải bố đâu, là bố dượng");
    expect(lastLine(replies.at(-1))).toMatch(/liên lạc/i);
    let last = await r.send({ choice: "anonymous" });
    for (let i = 0; i < 6 && !hasChoice(last.at(-1), "submit"); i++) {
      const pick = last.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(understood(all(last))).toMatch(/người gây hại: bố dượng/);
  });
});

describe("a child writing without diacritics", () => {
  it("'bo e' who hits is the father, and the child is written to as a child", async () => {
    const r = reporter();
    const first = await r.send("bo e uong ruou xong la danh e voi me, e nam nay 14 tuoi, e so qua");
    expect(all(first)).toMatch(/111/);
    expect(all(first)).toMatch(/\bem\b/);
    let last = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !hasChoice(last.at(-1), "submit"); i++) {
      const pick = last.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(understood(all(last))).toMatch(/người (gây|làm) hại( em)?: bố/);
  });
});

describe("a correction of who harms, or of the danger answer", () => {
  const CLINIC = "Tôi là y sĩ trạm y tế xã Cư Kty, Đắk Lắk. Chiều nay ông nội dẫn bé gái 7 tuổi tới khám, trên đùi bé có nhiều vết bỏng tròn, bé nói dì hay dí tàn thuốc vào chân.";
  it("'không phải ông nội, người làm là dì của bé, 30 tuổi, ở Buôn Hồ' keeps the child's age and place", async () => {
    const r = await toSummary(CLINIC, CONTACT);
    const text = understood(all(await r.send("không phải ông nội đâu, người làm là dì của bé, 30 tuổi, ở Buôn Hồ")));
    expect(text).toMatch(/7 tuổi/);
    expect(text).not.toMatch(/30 tuổi/);
    expect(text).toMatch(/Cư Kty/);
  });

  it("'chưa đúng, bé giờ không còn nguy hiểm, đang ở trạm với tôi' changes the danger answer to no", async () => {
    const r = await toSummary(CLINIC, [[/nguy hiểm ngay/i, { choice: "yes" }], [/liên lạc với bạn qua/i, { choice: "anonymous" }]]);
    expect(understood(r.summary)).toMatch(/nguy hiểm ngay lúc này: có/);
    const text = understood(all(await r.send("chưa đúng, bé giờ không còn nguy hiểm, đang ở trạm với tôi")));
    expect(text).toMatch(/nguy hiểm ngay lúc này: không/);
  });
});
