/**
 * M25: what a second reading of F10 (walk-55 facts) found, through the real conversation core.
 * 1. At the danger question, a no or a "don't know" followed by a danger happening now ("không có em, con bé đang bị nhốt trong nhà",
 *    "no, but he is hitting her right now") is a yes, with the 113 alert: a present danger stated always wins. A no with a past time
 *    ("không, chuyện tối qua, giờ bé ngủ rồi") stays a no.
 * 3. A child who writes that the neighbours' boy touches them is the child, asked as a child (not read as a neighbour).
 * 4. A place taken back a sentence later by a place of one word, or written without marks, is the later place.
 * 5. "ward 12 at the children's hospital" is a hospital ward, no commune.
 * 6. At the consent question, "không, nhưng nhắn tin thì được" and "có, nhưng chỉ nhắn tin thôi": messages only, never calls.
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, lastLine, hasChoice } from "./real-core-harness.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const h = realCoreHarness("m25-f10");
const ADULT_STORY = "co dua nho 10 tuoi bi bo danh bam lung o xa Dien Chau, Nghe An";
const CHILD_STORY = "em 12 tuổi, bố em hay đánh em, nhà em ở xã Diễn Châu, Nghệ An";
const DANGER_Q = /nguy hiểm ngay lúc này|in danger right now|Ngay lúc này em/;

/** Tells the story, answers the danger question with `answer`; every reply after the answer. */
async function atDanger(story: string, answer: string) {
  const r = h.reporter();
  let first = await r.send(story);
  if (hasChoice(first.at(-1), "menu:report")) first = await r.send({ choice: "menu:report" });
  expect(lastLine(first.at(-1))).toMatch(DANGER_Q);
  const replies = await r.send(answer);
  return { replies, draft: h.draftOf(r.chatId)! };
}
const alerted = (rs: Reply[]) => rs.some((r) => r.urgent === true && /113/.test(r.text));

describe("1. a no or a don't-know, then a danger happening now, is a yes with the 113 alert", () => {
  it.each([
    [ADULT_STORY, "không có em, con bé đang bị nhốt trong nhà"],
    [ADULT_STORY, "khong co chau, thang be dang bi bo danh"],
    [ADULT_STORY, "ai mà biết, ổng đang đánh nó ầm ầm kìa"],
    [ADULT_STORY, "không, nhưng giờ nó đang đánh con bé"],
    [ADULT_STORY, "ai biết được, giờ ổng đang cầm dao trong nhà"],
    [ADULT_STORY, "no, but he is hitting her right now"],
    [CHILD_STORY, "ko a, nhung bo dang dap cua phong em"],
    [CHILD_STORY, "không, nhưng bố đang say rượu la hét ngoài cửa phòng em"],
    [ADULT_STORY, "không có con ơi, nó đang bị ổng nhốt ngoài sân"],
    [ADULT_STORY, "không, ổng đang đánh nó"],
    [ADULT_STORY, "ko, mà h ổng đang đánh nó"],
    [ADULT_STORY, "khong, nhung gio ong ta dang cam dao rượt no"],
    [ADULT_STORY, "hổng, mà giờ ổng đang xách cây rượt con nhỏ"],
    // Wordings of our own.
    [ADULT_STORY, "không có đâu, mà giờ thằng chồng nó đang cầm dao dí con nhỏ"],
    [ADULT_STORY, "not sure, but right now he is locking her in the shed"],
  ])("«%s» / «%s»: yes, alerted", async (story, answer) => {
    const { replies, draft } = await atDanger(story, answer);
    expect(draft.dangerNow).toBe("yes");
    expect(alerted(replies)).toBe(true);
    expect([draft.narrative, ...draft.extraNotes].join(" / ")).toContain(answer);
  });

  it.each([
    "không, chuyện tối qua, giờ bé ngủ rồi",
    "không đâu con, chuyện tuần trước",
    "khong, chuyen hom kia roi, gio be o voi ba noi",
  ])("near miss «%s»: a no, no alert", async (answer) => {
    const { replies, draft } = await atDanger(ADULT_STORY, answer);
    expect(draft.dangerNow).toBe("no");
    expect(alerted(replies)).toBe(false);
  });

  it("near miss: «không, nhưng tối nay nó lại về nhà» is not known, not a yes", async () => {
    const { draft } = await atDanger(ADULT_STORY, "không, nhưng tối nay nó lại về nhà");
    expect(draft.dangerNow).toBe("unknown");
  });
});

describe("3. a child writing about the neighbours' boy is the child", () => {
  it("«Thằng con trai hàng xóm cứ sờ vào người em ...»: the child's own question, not who the writer is", async () => {
    const r = h.reporter();
    let replies = await r.send("Thằng con trai hàng xóm cứ sờ vào người em, em sợ lắm, không dám nói với mẹ");
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    expect(replies.map((x) => x.text).join("\n")).toMatch(/Ngay lúc này em/);
    expect(h.draftOf(r.chatId)!.reporterRelation).not.toBe("neighbour");
  });

  it.each([
    "thang con trai hang xom hay keo quan em, em so lam",
    "Con trai hàng xóm cứ nhắn tin đòi em gửi ảnh, mình sợ lắm",
  ])("«%s»: not read as a neighbour writing", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) await r.send({ choice: "menu:report" });
    expect(h.draftOf(r.chatId)!.reporterRelation).not.toBe("neighbour");
  });
});

describe("4. a place taken back a sentence later", () => {
  it.each([
    ["Con bé 12 tuổi bị bố đánh hoài, nhà ở Đà Nẵng. À không, Huế mới đúng", "Huế"],
    ["con be 12 tuoi bi bo danh hoai, nha o Hue. a nham, da nang", "Đà Nẵng"],
    ["Thằng bé 8 tuổi bị mẹ kế bỏ đói, nhà ở Cần Thơ. À nhầm, Vĩnh Long", "Vĩnh Long"],
    ["thang be 8 tuoi bi me ke bo doi, nha o Can Tho. a khong, vinh long moi dung", "Vĩnh Long"],
  ])("«%s»: %s", async (story, province) => {
    const r = await h.toSummary(story);
    expect(h.draftOf(r.chatId)!.provinceName).toBe(province);
  });

  it.each([
    ["Con bé 12 tuổi bị bố đánh hoài, nhà ở Huế. À nhầm, con bé 13 tuổi", "Huế"],
    ["con be 12 tuoi bi bo danh hoai, nha o Hue. a nham, con be 13 tuoi", "Huế"],
  ])("near miss «%s»: the take-back is of the age, the place stays %s", async (story, province) => {
    const r = await h.toSummary(story);
    expect(h.draftOf(r.chatId)!.provinceName).toBe(province);
  });
});

describe("5. a hospital ward is no commune", () => {
  it.each([
    "My niece, 9, was admitted to ward 12 at the children's hospital after her stepdad beat her. They live in Da Nang",
    "My nephew (7) is in ward 3 of the district clinic since his mum burned him, they live in Hue",
  ])("«%s»: no commune kept", async (story) => {
    const r = h.reporter();
    await r.send(story);
    expect(h.draftOf(r.chatId)!.commune).toBeNull();
  });

  it("near miss: a ward of a city is still the commune", async () => {
    const r = h.reporter();
    await r.send("A baby next door has cried for hours, the door is locked, the parents are gone. We live in Ward 7, District 3, Ho Chi Minh City");
    expect(h.draftOf(r.chatId)!.commune ?? "").toMatch(/^Ward 7/);
  });
});

describe("6. messages only, said with a yes or a no at the consent question", () => {
  const CONSENT_STORY = "em 13 tuổi, bố em hay đánh em, nhà em ở xã Diễn Châu, Nghệ An. số em 0912345678";
  async function atConsent(answer: string) {
    const r = h.reporter();
    let replies = await r.send(CONSENT_STORY);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    const consentAsked = (rs: Reply[]) => /gọi lại cho em/.test(rs.map((x) => x.text).join("\n"));
    for (let i = 0; i < 8 && !consentAsked(replies); i++) {
      const q = lastLine(replies.at(-1));
      const pick = DANGER_Q.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
      if (hasChoice(replies.at(-1), "submit")) break;
    }
    expect(consentAsked(replies)).toBe(true);
    await r.send(answer);
    return h.draftOf(r.chatId)!;
  }
  it.each([
    "không, nhưng nhắn tin thì được",
    "khong, nhung nhan tin duoc",
    "có, nhưng chỉ nhắn tin thôi",
    "dạ không, nhắn tin thì em đọc được",
  ])("«%s»: consent to messages, no calls", async (answer) => {
    const d = await atConsent(answer);
    expect(d.consentToContact).toBe(true);
    expect(d.contact ?? "").toMatch(/chỉ nhắn tin, không gọi/);
  });

  it.each([
    ["không, em sợ bố em biết", false],
    ["không, em không nhắn tin được đâu, bố kiểm tra máy em", false],
    ["có", true],
  ] as const)("near miss «%s»: as said, no limit added", async (answer, consent) => {
    const d = await atConsent(answer);
    expect(d.consentToContact).toBe(consent);
    expect(d.contact ?? "").not.toMatch(/chỉ nhắn tin/);
  });
});
