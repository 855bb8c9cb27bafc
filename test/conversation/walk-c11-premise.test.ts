/**
 * Walk 36's leftovers (issue 13): advice whose premise the story does not give, and grooming advice missing in English. Each story is
 * told in sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c11p");
const GOING_HOME = /trẻ sắp về nhà|the child is going home/;

/** Walks to the summary, answering the danger question with `danger`; every reply's text kept. */
async function walk(story: string, danger: string | { choice: string } = { choice: "no" }) {
  const r = h.reporter();
  let replies = await r.send(story);
  const seen = [all(replies)];
  let dangerAsked = false;
  for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (!dangerAsked && hasChoice(last, "yes") && hasChoice(last, "unknown")) {
      dangerAsked = true;
      replies = await r.send(danger);
    } else {
      const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    seen.push(all(replies));
  }
  return seen.join("\n");
}

describe("advice about tonight fits who moves where", () => {
  it("the father coming to take the child: keep her with a safe adult, do not open the door, 113 if he comes", async () => {
    const told = await walk(
      "Cháu ngoại tôi 8 tuổi đang ở với tôi ở xã Ea Kao, Đắk Lắk. Bố ruột nó hay đánh nó, vừa nhắn là tối nay ổng qua bắt con bé về ở với ổng.",
    );
    expect(told).not.toMatch(GOING_HOME);
    expect(told).toMatch(/mở cửa/);
    expect(told).toMatch(/113/);
  });

  it("in English: he is coming to take her tonight", async () => {
    const told = await walk("My granddaughter is 8 and lives with me in Hue. Her father beats her, and he texted that he will come to take her tonight.");
    expect(told).not.toMatch(GOING_HOME);
    expect(told).toMatch(/open the door/);
  });

  it("'tối nào ông bố nhậu về cũng đánh nó' is a habit, not the child going home today", async () => {
    const told = await walk("Nhà sát vách có bé trai chừng 9 tuổi ở xã Ea Kao, Đắk Lắk, tối nào ông bố say xỉn về cũng đánh nó, sáng nay thấy tay nó bầm.", {
      choice: "unknown",
    });
    expect(told).not.toMatch(GOING_HOME);
  });

  it("'tôi' (I) is not 'tối' (evening): a child living with the one who harms is not said to be going home", async () => {
    const told = await walk("Cháu tôi 11 tuổi đang ở với mẹ và bố dượng ở xã Chư Păh, Gia Lai. Ông dượng hay vào phòng cháu ban đêm sờ soạng cháu.", "có, tối nay ổng vẫn ở nhà với nó");
    expect(told).not.toMatch(GOING_HOME);
  });

  it("the child going home to the one who harms after school still gets the going-home advice", async () => {
    const told = await walk("Học trò lớp tôi 10 tuổi ở xã Ea Kao, Đắk Lắk, bị bố đánh bầm lưng. Giờ bé đang ở trường, chiều nay tan học bé phải về nhà.");
    expect(told).toMatch(GOING_HOME);
  });
});

describe("a grooming story gets advice about the demand for pictures in English as in Vietnamese", () => {
  it.each([
    ["vi", "Có người lạ trên mạng cứ đòi ảnh con trai tôi 12 tuổi, nhà ở Huế. Con chưa gửi gì cả.", /Đừng gửi bất kỳ ảnh/],
    ["en", "A man online keeps asking my son for photos. He is 12 and we live in Hue. My son hasn't sent anything.", /Do not send any pictures/],
    ["en", "Some guy on Instagram keeps pressuring my daughter, 13, to send him pictures of herself. We are in Da Nang.", /Do not (?:send any|pay and do not send more) pictures/],
  ])("%s: %s", async (_lang, story, advice) => {
    const told = await walk(story);
    expect(told).toMatch(advice);
  });
});

describe("who writes is read from the writer's own words, not from whom they told or what they do", () => {
  const draftOf = (chatId: string) => [...h.intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);

  it("having told the commune police does not make the writer an official", async () => {
    const r = h.reporter();
    await r.send("Thằng bé 10 tuổi nhà bên ở xã Ea Kao, Đắk Lắk bị bà mẹ kế đánh bằng roi mây hằng ngày. Tôi đã báo công an xã rồi mà chưa thấy gì.");
    const d = draftOf(r.chatId)!;
    expect(d.reporterRelationText ?? "").not.toMatch(/cán bộ/);
  });

  it.each([
    "I coach football for under-12s in Da Nang. One of my players, a boy of 10, says his mother locks him in the bathroom all night when he loses a match.",
    "I'm a football coach in Hue. A boy of 9 on my team, his mother locks him in.",
    "I coach football in Hue, a boy of 9 in my team told me his mother locks him in the house without food.",
    "I am the football coach of a 10 year old boy in Da Nang. His mom locks him in his room every weekend.",
  ])("a football coach telling of a mother who locks the boy in: the mother harms, not the coach: %s", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    const d = draftOf(r.chatId)!;
    expect(d.harmer).toBe("mother");
    expect(`${d.harmerText ?? ""}`).toMatch(/mo(?:ther|m)/i);
    expect(all(replies)).not.toMatch(/coach.{0,40}(?:harm|hurt)|(?:harm|hurt).{0,40}coach/i);
  });
});
