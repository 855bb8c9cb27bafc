/**
 * Findings of the fourteenth round (4 December) and of the open list of the last note: a child
 * who asks whether she will be punished for the pictures she sent is told she is not at fault (it
 * was answered as a question about photos, or not at all). Sentences written for this test, and
 * ones where the old answer must stay.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";

const { reporter } = realCoreHarness("w14");

describe("a child who fears punishment for what was done to her is told she is not at fault", () => {
  it.each([
    "e co bi bat ko vi e gui hinh do",
    "nếu em kể ra thì em có bị công an phạt vì đã gửi ảnh cho anh ta không?",
    "minh co bi duoi hoc ko vi lo gui clip cho no",
    "am I going to be in trouble because I sent him pictures?",
    "có phải lỗi của em không ạ",
    "is it my fault?",
    "con có vi phạm pháp luật không vì con đã gửi video cho người đó",
  ])("%s", (q) => {
    const topics = sideTopics(q);
    expect(topics).toContain("selfBlame");
    expect(topics).not.toContain("photos");
  });

  it.each([
    ["ông ấy có bị bắt không ạ", "arrest"],
    ["có cần gửi ảnh vết bầm không", "photos"],
  ])("other questions keep their answer: %s", (q, topic) => {
    expect(sideTopics(q)).toContain(topic);
    expect(sideTopics(q)).not.toContain("selfBlame");
  });

  it("asked in the middle of a child's report, it is answered and the step asked again", async () => {
    const r = reporter();
    await r.send("em 14 tuoi, co nguoi tren mang doa tung anh nong cua em neu em ko gui them, em o Buon Ma Thuot");
    const afterOffer = await r.send({ choice: "menu:report" });
    const asked = afterOffer.at(-1)?.text ?? "";
    const replies = await r.send("e co bi cong an bat ko vi e da gui hinh cho no");
    const text = all(replies);
    expect(text).toMatch(/không có lỗi/);
    expect(text).toMatch(/người bị hại|nạn nhân/);
    expect(text).not.toMatch(/không cần gửi ảnh/i);
    expect(replies.at(-1)?.text).toBe(asked);
  });
});

describe("a story that tells of being made to send pictures is not a question about fault", () => {
  it.each([
    "em bị anh ta bắt gửi ảnh vì anh ta dọa gửi ảnh cho bố mẹ em",
    "con bé bị nó bắt chụp hình do nó dọa đăng lên mạng",
  ])("%s", (story) => {
    expect(sideTopics(story)).not.toContain("selfBlame");
  });
});
