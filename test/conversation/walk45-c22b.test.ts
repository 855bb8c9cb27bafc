/**
 * Walk 45 (c22b): facts the reporter had already given were asked again. A number the writer calls their own with "có thể liên lạc"
 * is the contact and the consent; an e-mail the writer offers in the story is the contact; "x@y.com, I already wrote it above" keeps
 * only the address as the contact (the rest goes to the notes); a time told in teencode ("tuần trc") is the time; "em là bạn cùng lớp"
 * at the reporter question is a classmate. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("w45");
const ASKS_CONSENT = /đồng ý để cán bộ|agree to be contacted|may officers contact/i;
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;
const ASKS_WHEN = /xảy ra khi nào|When did this happen/;
const ASKS_REPORTER = /Bạn là ai đối với trẻ|Who are you to the child/;

describe("12. the writer's own number with a yes to calls is the contact and the consent", () => {
  it.each([
    "Tôi là cô giáo chủ nhiệm của bé Lan 10 tuổi ở xã Tam Nông, Phú Thọ. Bé hay bị bố đánh bằng thắt lưng, hôm qua lại bầm cả chân. Bé vẫn ở với bố, giờ đang ở trường. Số của tôi 0912 448 631, có thể liên lạc.",
    "Cháu Tuấn 9 tuổi nhà bên cạnh tôi ở phường Hải Châu, Đà Nẵng bị mẹ kế nhốt ngoài trời suốt đêm qua. Tôi là hàng xóm. Sđt tôi 0978 102 554, cán bộ có thể gọi cho tôi.",
  ])("%s", async (story) => {
    const r = await h.toSummary(story, [[/nguy hiểm ngay lúc này/, { choice: "no" }]]);
    expect(r.questions.filter((q) => ASKS_CONSENT.test(q))).toEqual([]);
    expect(r.questions.filter((q) => ASKS_CONTACT.test(q))).toEqual([]);
    const d = h.draftOf(r.chatId)!;
    expect(d.consentToContact).toBe(true);
    expect(d.contact).toMatch(/09\d/);
  });

  it("someone else's number is still not the writer's contact", async () => {
    const r = await h.toSummary("Bé Hoa 7 tuổi ở phường Hải Châu, Đà Nẵng bị cha dượng đánh hôm qua. Đây là số của mẹ bé 0912 448 631, có thể liên lạc với mẹ bé.", [[/nguy hiểm ngay lúc này/, { choice: "no" }]]);
    expect(h.draftOf(r.chatId)?.contact ?? null).not.toBe("0912 448 631");
  });
});

describe("13. an e-mail offered in the story, and an address typed with a complaint", () => {
  const story = "My nephew Minh, a 12 year old boy in Ninh Kieu ward, Can Tho, told me on the phone that his stepfather beats him with a belt, the last time was two days ago. He is at school now. I live in Melbourne. You can email me at uncle.hai.mel@gmail.com.";
  it("the address in the story is the contact, not asked again", async () => {
    const r = await h.toSummary(story, [[/in danger right now/, { choice: "no" }]]);
    expect(r.questions.filter((q) => ASKS_CONTACT.test(q))).toEqual([]);
    expect(h.draftOf(r.chatId)?.contact).toBe("uncle.hai.mel@gmail.com");
    expect(h.draftOf(r.chatId)?.anonymous).toBe(false);
  });

  it.each([
    ["uncle.hai.mel@gmail.com, I already wrote it above", "uncle.hai.mel@gmail.com"],
    ["cotam.hn@gmail.com, tôi đã ghi ở trên rồi mà", "cotam.hn@gmail.com"],
  ])("%s: the contact is the address, the complaint is kept in the notes", async (answer, address) => {
    const r = h.reporter();
    let replies = await r.send("Bé Na 6 tuổi ở phường Ba Đình, Hà Nội bị bố đánh hôm qua, tôi là hàng xóm.");
    for (let i = 0; i < 8 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_CONTACT);
    await r.send(answer);
    const d = h.draftOf(r.chatId)!;
    expect(d.contact?.replace(/\s*\(.*\)$/, "")).toBe(address);
    expect(d.extraNotes.join("\n")).toContain(answer);
  });
});

describe("15. a time told in teencode in the story is not asked again", () => {
  it.each([
    "em gái e 14t bị ny nó đánh tuần trc, bầm cả mặt, nhà e ở phường Ba Đình, Hà Nội",
    "thằng em họ t 10t bị bố dượng đánh hôm trc, sưng cả tay, ở xã Gia Lâm, Hà Nội",
  ])("%s", async (story) => {
    const r = await h.toSummary(story, [[/nguy hiểm ngay lúc này/, { choice: "no" }]]);
    expect(r.questions.filter((q) => ASKS_WHEN.test(q))).toEqual([]);
    expect(h.draftOf(r.chatId)?.when ?? "").toMatch(/trước/);
  });
});

describe("7. 'em là bạn cùng lớp' at the reporter question is understood", () => {
  it.each([
    ["e là bạn cùng lớp vs bạn ấy", /bạn cùng lớp/],
    ["mình là bạn thân của nó", /bạn/],
    ["I'm her classmate", /classmate|bạn cùng lớp/],
  ])("%s", async (answer, text) => {
    const r = h.reporter();
    let replies = await r.send("e thấy 1 bạn trong lớp bị mấy đứa đánh hoài, ở phường Lê Chân, Hải Phòng");
    for (let i = 0; i < 8 && !ASKS_REPORTER.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_REPORTER);
    const next = await r.send(answer);
    expect(lastLine(next.at(-1))).not.toMatch(ASKS_REPORTER);
    expect(all(next)).not.toMatch(/bấm một nút/);
    const d = h.draftOf(r.chatId)!;
    expect(d.reporterRelation).toBe("other");
    expect(d.reporterRelationText ?? "").toMatch(text);
  });
});

describe("14. a story told over two messages: the second message counts", () => {
  it("what the second message told is in the story, and what happened is not asked as if only the first was told", async () => {
    const r = h.reporter();
    let replies = await r.send("căn nhà sát vách có hai bé, ba má tụi nhỏ đi đâu mất mấy bữa nay");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await r.send({ choice: "menu:report" });
    const second = "bé lớn 8 tuổi phải trông bé út 4 tuổi, hai đứa ăn bánh mì khô cầm hơi, tối tắt hết đèn. Nhà ở phường Ninh Kiều, Cần Thơ";
    await r.send(second);
    const next = await r.send({ choice: "unknown" });
    expect(all(next)).not.toMatch(/Chuyện gì đã xảy ra/);
    const d = h.draftOf(r.chatId)!;
    expect(d.narrative ?? "").toContain("bánh mì khô");
    expect(d.childAgeText ?? "").toMatch(/8/);
  });
});
