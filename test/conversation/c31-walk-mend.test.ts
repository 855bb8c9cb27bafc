/**
 * C31: the replayed walks that still failed, as classes of wording through the chat engine. A child asked for pictures (or to
 * meet) who has not yet done it tells of something going on now: the time is not asked again.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c31");
const ASKS_WHEN = /khi nào|When did|When was/u;

describe("1. a demand the child has not yet met is going on now: the time is not asked", () => {
  it.each([
    "mình 12 tuổi, có anh trên facebook cứ đòi mình gửi ảnh không mặc đồ, mình chưa gửi, giờ làm sao ạ",
    "e 14t, có ng lạ nhắn zalo bảo e gửi clip lúc tắm thì cho e tiền nạp game, e chưa gửi, e sợ quá",
    "em 13 tuoi, mot nguoi tren tiktok hua cho em dien thoai neu em gui anh nong, em chua gui gi ca",
    "tui 12t, 1 ông trên free fire đòi tui quay video cởi đồ mới cho acc vip, tui chưa làm, h tui phải làm sao",
    "I'm 13, a guy on Discord keeps asking me to send pics without my top and says he'll give me gift cards, I haven't sent anything yet, what do I do",
    "mik 11t, co nguoi tren roblox hen mik ra quan net gap de cho robux, mik chua di",
    "Con gái tôi 12 tuổi, có người lạ trên Zalo dụ cháu chụp ảnh vùng kín gửi cho hắn để đổi quà, cháu chưa chụp, tôi nên làm gì",
  ])("«%s»: no question of when; stored as grooming before any image (medium or high), not as an emergency", async (story) => {
    const w = await h.toSummary(story);
    expect(w.questions.join("\n")).not.toMatch(ASKS_WHEN);
    await w.send({ choice: "submit" });
    expect(["medium", "high"]).toContain(h.stored(w.chatId)?.risk);
  });
});

describe("1b. near misses: a time told, or something already done, keeps its own reading", () => {
  it("a demand told of last week keeps last week as its time", async () => {
    const w = await h.toSummary("em 14 tuổi, tuần trước có người trên game đòi em gửi ảnh không mặc áo, em chưa gửi");
    expect(w.questions.join("\n")).not.toMatch(ASKS_WHEN);
    expect(w.summary).toMatch(/tuần trước/u);
  });
  it.each([
    "em 13 tuổi, có người trên mạng xin ảnh không mặc đồ của em, em gửi rồi, giờ họ đòi thêm",
    "con tôi 9 tuổi, bố nó không cho nó đi học, cháu chưa đi học lớp nào, tôi phải làm sao",
    "em 15 tuổi, bố mẹ ép em lấy chồng người trong bản, em chưa đồng ý, em phải làm sao",
    "mình 14 tuổi, thầy bắt mình ở lại lớp vì mình chưa làm bài, rồi thầy sờ vào người mình",
    "em 10 tuổi, mẹ kế bắt em làm hết việc nhà, em chưa làm xong là bị đánh",
    "bố bắt em đi xin tiền ở chợ, em chưa đi thì bố chửi",
  ])("«%s»: the time is still asked", async (story) => {
    const w = await h.toSummary(story);
    expect(w.questions.join("\n")).toMatch(ASKS_WHEN);
  });
});
