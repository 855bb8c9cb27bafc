/**
 * Walk 39 (helper C16, 4): a question about what the commune or an agency must do, asked in the middle of a report, is a question
 * for the plans: answered from the reporter's province plan with its citation (or "not stated"), not with advice for the child,
 * and the step asked again. Sentences written for this test, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, sideQuestionAt } from "./real-core-harness.ts";

const h = realCoreHarness("c16plan", { plans: true });
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;

const sideAtContact = async (story: string, side: string) => (await sideQuestionAt(h, story, ASKS_CONTACT, side)).answered;

describe("what the commune or an agency must do, asked inside a report, is answered from the plans", () => {
  it.each([
    ["Con bé nhà bên 14 tuổi ở xã Ia Grai, Gia Lai, bố mẹ nó định gả nó cho một thanh niên làng bên vào tháng sau. Tôi là hàng xóm.", "Xã có trách nhiệm làm gì khi biết có trường hợp tảo hôn như vậy?"],
    ["Con bé nhà bên 14 tuổi ở xã Ia Grai, Gia Lai, bố mẹ nó định gả nó cho một thanh niên làng bên vào tháng sau. Tôi là hàng xóm.", "Chính quyền xã phải làm gì với vụ tảo hôn này?"],
    ["Thằng bé 9 tuổi ở phường Pleiku, Gia Lai bị bố dượng đánh bầm lưng hôm qua. Tôi là cô giáo của bé.", "Công an phường phải làm gì khi có tin báo kiểu này?"],
    ["A 9-year-old boy in Pleiku ward, Gia Lai was beaten by his stepfather yesterday, his back is bruised. I'm his teacher.", "What is the ward People's Committee required to do with a report like this?"],
    ["Thằng bé 9 tuổi ở phường Pleiku, Gia Lai bị bố dượng đánh bầm lưng hôm qua. Tôi là cô giáo của bé.", "Nhận được báo tin kiểu này thì UBND phường sẽ phải làm những gì?"],
  ])("«%s» / «%s»", async (story, side) => {
    const answered = await sideAtContact(story, side);
    // A citation of the province's plan, or an honest "not stated": not the advice given to a child or a victim.
    expect(answered).toMatch(/\(Gia Lai\)|(KH|QĐ)-UBND|không (nêu|nói|ghi)|chưa (nêu|có)|not (stated|say)/);
    expect(answered).not.toMatch(/Bạn đã làm đúng khi báo tin|Đừng đi, và đừng đưa giấy tờ/);
  });
});
