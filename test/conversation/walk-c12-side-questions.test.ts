/**
 * Walk 36 leftovers (issue 13, F5): a question typed inside the story or in the middle of the report is answered (who reads it,
 * what the plans say for the reporter's own province), the question of the step comes back, and the question is kept neither as
 * an answer nor as a note. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, lastLine, realCoreHarness, sideQuestionAt } from "./real-core-harness.ts";

const h = realCoreHarness("c12q", { plans: true });
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;
const OTHER_PROVINCES: Record<string, RegExp> = { "Gia Lai": /Đắk Lắk|Tây Ninh|Huế/, "Đắk Lắk": /Gia Lai|Tây Ninh|Huế/ };

const sideAt = (story: string, at: RegExp, side: string) => sideQuestionAt(h, story, at, side);

describe("who reads a report, asked in the middle of it, is answered and not kept", () => {
  const story = "Thằng bé 8 tuổi nhà kế bên ở xã Ia Grai, Gia Lai bị ông bố đánh bầm lưng hôm kia. Tôi là hàng xóm.";
  it.each([
    [ASKS_DANGER, "ai sẽ đọc tin này?"],
    [ASKS_CONTACT, "mấy cái tôi viết ở đây ai xem được vậy?"],
    [ASKS_CONTACT, "ai sẽ nhận được tin nhắn này?"],
  ])("at %s: «%s»", async (at, side) => {
    const w = await sideAt(story, at, side);
    expect(w.answered).toMatch(/chỉ cán bộ bảo vệ trẻ em/);
    expect(w.summary).not.toContain(side);
    expect(w.stored?.draft.extraNotes.join(" / ") ?? "").not.toContain(side);
  });
});

describe("a plan question in the middle of a report is answered from the plan of the reporter's own province", () => {
  it.each([
    ["Bé gái 9 tuổi ở xã Ia Grai, Gia Lai bị bố dượng đánh bằng roi bầm chân tuần trước. Tôi là cô giáo của bé.", "Gia Lai", ASKS_DANGER, "theo kế hoạch thì ai chịu trách nhiệm hỗ trợ bé?"],
    ["Bé gái 9 tuổi ở xã Ia Grai, Gia Lai bị bố dượng đánh bằng roi bầm chân tuần trước. Tôi là cô giáo của bé.", "Gia Lai", ASKS_CONTACT, "kế hoạch giao ai lo chăm sóc trẻ em bị xâm hại?"],
    ["Thằng bé 11 tuổi ở xã Ea Kao, Đắk Lắk bị mẹ kế đánh bầm tay hôm qua. Tôi là hàng xóm.", "Đắk Lắk", ASKS_CONTACT, "theo kế hoạch thì ai chịu trách nhiệm hỗ trợ bé?"],
  ])("%s / %s", async (story, province, at, side) => {
    const w = await sideAt(story, at, side);
    // The plan cited is the province's own, and no other province's plan is quoted.
    expect(w.answered).toMatch(new RegExp(`\\(${province}\\)`));
    expect(w.answered).not.toMatch(OTHER_PROVINCES[province]!);
    expect(w.answered).not.toMatch(/đã ghi nó vào báo tin/);
    expect(w.stored?.draft.extraNotes.join(" / ") ?? "").not.toContain(side);
  });
});

describe("a question typed inside the story is answered before the first question", () => {
  it("a plan question at the end of a story in Gia Lai", async () => {
    const r = h.reporter();
    const replies = await r.send("Cháu gái 10 tuổi nhà hàng xóm ở xã Ia Grai, Gia Lai hôm qua bị bà mẹ kế đánh bầm tay. Tôi là hàng xóm. Theo kế hoạch thì ai chịu trách nhiệm hỗ trợ bé?");
    const text = all(replies);
    expect(text).toMatch(/\(Gia Lai\)/);
    expect(text).not.toMatch(OTHER_PROVINCES["Gia Lai"]!);
    expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
  });

  it("who reads it, asked at the end of the story", async () => {
    const r = h.reporter();
    const replies = await r.send("Thằng bé 7 tuổi nhà bên ở xã Ea Kao, Đắk Lắk bị ông bố say rượu đánh bầm mặt tối qua, tôi là hàng xóm. Ai sẽ đọc tin này?");
    expect(all(replies)).toMatch(/chỉ cán bộ bảo vệ trẻ em/);
    expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
  });
});

describe("a question about reporting itself, at the end of a story, is no question for the plans", () => {
  // Found by route_check on a fresh set: "... Is that enough to report?" got every province's plan on reporting duties
  // ("báo cáo định kỳ 6 tháng") quoted before the first question. Sentences written for this test.
  it.each([
    "The boy across the street, about 8, had a bruised eye on Monday; he says his father punched him. He still lives with his father. Is that enough to report?",
    "Bé trai 8 tuổi nhà đối diện hôm thứ hai bị bầm mắt, bé nói bố đấm. Bé vẫn ở với bố. Như vậy đã đủ để báo chưa?",
    "Con bé 10 tuổi cạnh nhà tôi ở Pleiku tay có vết bỏng, nó bảo mẹ nó làm. Có nên báo cáo không ạ?",
    "My neighbour's girl, 7, in Buon Ma Thuot, often has marks on her arms and says her stepmother pinches her. Do I report this here or somewhere else?",
  ])("%s", async (story) => {
    const r = h.reporter();
    const text = all(await r.send(story));
    expect(text).not.toMatch(/(QĐ|KH)-UBND/);
  });

  it("a plan question about who supports the child still is", async () => {
    const r = h.reporter();
    const text = all(await r.send("The boy across the street in Gia Lai, about 8, had a bruised eye on Monday; his father punched him. I am a neighbour. Under the plan, which agency is responsible for supporting him?"));
    expect(text).toMatch(/\(Gia Lai\)/);
  });
});
