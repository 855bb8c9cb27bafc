/**
 * C42, defect 1: a reporter who asks mid-report when the police or someone will come ("khi nào công an tới?", "is someone coming?")
 * is told honestly: this chat sends nobody by itself, a child-protection officer reads the report and gets in touch or passes it on
 * (with the time officers have for a report of this risk, from the queue's deadlines; a child is told no hours), and in danger now
 * they call 113 themselves. Then the same question is asked again. Said as a fact, a visit of the police is no such question.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, sideQuestionAt } from "./real-core-harness.ts";

const h = realCoreHarness("c42when");

const GROWN_UP_STORY = "Tối qua ông hàng xóm say rượu lấy gậy đánh thằng bé nhà bên 8 tuổi sưng cả lưng, ở xã Tân Lộc, Cà Mau. Tôi là hàng xóm.";
const GROWN_UP_STORY_EN = "Last night the drunk man next door beat the 8-year-old boy who lives with him with a stick, his back is swollen. Tan Loc commune, Ca Mau. I am a neighbour.";
const CHILD_STORY = "em 12 tuổi, tối qua bố dượng đánh em bằng gậy sưng cả lưng, em ở xã Tân Lộc, Cà Mau";
const CHILD_STORY_EN = "im 12 and i want to report my stepdad, last night he hit me with a stick and my back is swollen, i live in Tan Loc, Ca Mau";

/** The contact question in either register and language. */
const AT_CONTACT = /liên lạc|liên hệ|số điện thoại|contact|phone number/i;
/** The fallback for a question it cannot answer: never the answer to this one. */
const CANNOT_ANSWER = /chưa trả lời được|can't answer/;

describe("'when will the police come?' mid-report gets an honest answer, then the same question", () => {
  it.each([
    [GROWN_UP_STORY, "khi nào công an tới?"],
    [GROWN_UP_STORY, "bao gio co nguoi den giup?"],
    [GROWN_UP_STORY, "Bao giờ thì công an mới đến vậy ạ"],
    [GROWN_UP_STORY, "công an chừng nào tới?"],
    [GROWN_UP_STORY_EN, "when will the police come?"],
    [GROWN_UP_STORY_EN, "is someone coming?"],
    [GROWN_UP_STORY_EN, "Are the police on their way?"],
  ])("story '%s', asked '%s'", async (story, side) => {
    const got = await sideQuestionAt(h, story, AT_CONTACT, side);
    expect(got.answered).not.toMatch(CANNOT_ANSWER);
    // Nobody is sent from this chat; officers read it; 113 is the reporter's own call in danger now.
    expect(got.answered).toMatch(/không tự gửi|does not send/);
    expect(got.answered).toMatch(/cán bộ bảo vệ trẻ em|child-protection officer/i);
    expect(got.answered).toMatch(/113/);
    // The time officers have for a report like this one (the queue's defaults), never a time made up.
    expect(got.answered).toMatch(/trong vòng \d+ giờ|within \d+ hours/);
    // The question is not kept as a fact of the case.
    expect(got.stored?.draft.extraNotes ?? []).not.toContain(side);
  });

  it.each([
    [CHILD_STORY, "khi nao cong an toi a?"],
    [CHILD_STORY, "có ai tới giúp em không?"],
    [CHILD_STORY_EN, "when is someone coming?"],
  ])("a child ('%s') asking '%s' is answered as a child, with no hours", async (story, side) => {
    const got = await sideQuestionAt(h, story, AT_CONTACT, side);
    expect(got.answered).not.toMatch(CANNOT_ANSWER);
    expect(got.answered).toMatch(/113/);
    expect(got.answered).toMatch(/\bem\b|\byou\b/);
    expect(got.answered).not.toMatch(/\d+ giờ|\d+ hours/);
    expect(got.answered).toMatch(/không tự gọi|cannot send|does not send/);
  });

  it.each([
    ["Ông hàng xóm đang cầm gậy đánh thằng bé nhà bên 8 tuổi ngay lúc này, ở xã Tân Lộc, Cà Mau.", "bao giờ công an tới?"],
    ["The man next door is beating the 8-year-old boy next door with a stick right now, Tan Loc commune, Ca Mau.", "when will the police come?"],
  ])("'%s' (danger now), asked '%s': call 113 now, nobody comes from this chat", async (story, side) => {
    const got = await sideQuestionAt(h, story, AT_CONTACT, side);
    expect(got.answered).toMatch(/GỌI NGAY 113|CALL 113/);
    expect(got.answered).toMatch(/không ai được gửi tới|nobody is sent/i);
  });
});

describe("a short question is no answer to a button question", () => {
  it.each([["is someone coming?"], ["công an có tới không?"]])("'%s' at 'who are you to the child?' is answered, and the same question asked again", async (side) => {
    const got = await sideQuestionAt(h, "My neighbour's 6-year-old girl gets beaten with a belt by her stepmother every evening, Tan Loc commune, Ca Mau.", /Who are you to the child/, side);
    expect(got.answered).toMatch(/does not send|không tự gửi/);
    expect(got.stored?.draft.reporterRelation ?? null).toBeNull();
  });
});

describe("near misses: a police visit told, or a question of something else, is not answered so", () => {
  it.each([
    ["công an tới nhà nó hôm qua rồi"],
    ["the police came yesterday"],
  ])("'%s' at 'when?' is the answer to it, not a question", async (said) => {
    const got = await h.toSummary("Con bé nhà bên 7 tuổi bị mẹ kế đánh bằng roi.", [[/khi nào|When/, said]]);
    expect(got.questions.filter((q) => /khi nào|When/.test(q))).toHaveLength(1);
    expect(h.draftOf(got.chatId)?.when).toBeTruthy();
  });

  it("'when will my dad come home?' from a child is not answered with who comes to help", async () => {
    const got = await sideQuestionAt(h, CHILD_STORY_EN, AT_CONTACT, "when will my stepdad come home?");
    expect(got.answered).not.toMatch(/does not send/);
  });

  it("after a question is answered the report still reaches the summary and is submitted", async () => {
    const got = await sideQuestionAt(h, GROWN_UP_STORY, AT_CONTACT, "khi nào công an tới?");
    expect(got.summary).toMatch(/TÓM TẮT|SUMMARY/);
    expect(got.stored).toBeDefined();
  });
});
