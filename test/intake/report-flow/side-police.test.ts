/**
 * Tenth round: "có cần ra công an không?" asked in the middle of a report got the template "Tôi đã
 * ghi câu hỏi của bạn để cán bộ trả lời khi liên hệ": a reporter asking whether they must go to the
 * police is answered now (no, this report is enough; officers work with the police; 113 when in
 * danger), and the question is not kept as a note for the officers.
 */
import { describe, expect, it } from "vitest";
import { ANSWERED_HERE, sideTopics } from "../../../src/intake/report-flow/side-questions.ts";
import { all, realCoreHarness } from "../../conversation/real-core-harness.ts";

const { reporter, stored } = realCoreHarness("police");

describe("a question about going to the police", () => {
  it.each([
    "có cần ra công an không?",
    "vậy tôi có phải lên công an xã trình báo không ạ",
    "co can di trinh bao cong an ko",
    "mình báo công an luôn được không",
    "Do I need to go to the police too?",
    "should i report this to the police as well",
  ])("'%s' is a police question, answered here", (q) => {
    const topics = sideTopics(q);
    expect(topics[0]).toBe("police");
    expect(ANSWERED_HERE.has("police")).toBe(true);
  });

  it.each(["công an đã đến nhà nó hôm qua rồi", "the police came yesterday", "bố nó là công an xã"])("'%s' tells, it does not ask about the police", (s) => {
    expect(sideTopics(s)).not.toContain("police");
  });

  it("asked at the contact step, it is answered (no need to go, 113 in danger) and the contact question comes again", async () => {
    const r = reporter();
    const first = await r.send("Tôi là hàng xóm. Thằng bé nhà bên 8 tuổi bị bố đánh bầm lưng tối qua, ở xã Ea Tu, Đắk Lắk.");
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    const replies = await r.send("không");
    expect(all(replies)).toMatch(/liên lạc với bạn/);
    const answered = await r.send("có cần ra công an không?");
    expect(all(answered)).toMatch(/không (bắt buộc|cần) phải (tự )?(ra|đến|trình báo)/i);
    expect(all(answered)).toMatch(/113/);
    expect(all(answered)).not.toMatch(/ghi câu hỏi của bạn/);
    expect(all(answered)).toMatch(/liên lạc với bạn/);
    const summary = await r.send({ choice: "anonymous" });
    expect(all(summary)).not.toMatch(/Ghi chú thêm: có cần ra công an/);
    expect(stored(r.chatId)).toBeUndefined();
  });
});
