import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const h = realCoreHarness("c6");
const ASKS_WHEN = /xảy ra khi nào|Lần gần nhất là khi nào|When did this happen|When was the last time/;
const DANGER_NO: [RegExp, { choice: string }] = [/nguy hiểm|in danger/, { choice: "no" }];

/** The draft the queue last saved for a chat. */
const draftOf = (chatId: string) => [...h.intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);

/** Leftover 1: a harm planned a few days ahead is its time; the reporter is not asked "when" again, and it is not said as a past time. */
describe("a harm planned for the coming days is stored as upcoming", () => {
  it.each([
    ["Bé Thảo 13 tuổi ở xã Ea Kly, Đắk Lắk. Dì nó đã nhận tiền, hẹn chủ nhật này tới đón nó sang bên kia biên giới làm thuê. Tôi là hàng xóm.", /chủ nhật này/],
    ["Thằng Khoa 8 tuổi ở phường Tân Lập, Đắk Lắk. Ông bố say xỉn bỏ đi lâu rồi, thứ bảy này ổng về đưa bé đi theo, bé sợ lắm. Tôi là bà ngoại.", /thứ bảy này/],
    ["A 12-year-old girl in Pleiku, Gia Lai. Her uncle, who touched her last year, is collecting her on Sunday to take her to his farm for the holidays. I'm her teacher.", /sunday/],
  ])("«%s»", async (story, time) => {
    const s = await h.toSummary(story, [DANGER_NO]);
    expect(s.questions.filter((q) => ASKS_WHEN.test(q))).toHaveLength(0);
    const when = draftOf(s.chatId)?.when ?? "";
    expect(when).toMatch(time);
    // Said back as when it will be, not as the last time it happened.
    expect(s.summary).toMatch(/thời điểm: |when: /);
    expect(s.summary).not.toMatch(/lần gần nhất: |last time: /);
  });
});

/** Leftover 2: an English story's relative time is the time of the harm, so it is not asked. */
describe("English times of harm are read", () => {
  it.each([
    ["My grandson is 7 and lives in Pleiku, Gia Lai. His stepmother burned his hand with a hot spoon three weeks ago. I'm his grandmother.", /three weeks ago/],
    ["A boy of 9 in Pleiku, Gia Lai. His father came home drunk and kicked him the night before last. I'm a neighbour.", /night before last/],
    ["A 10-year-old girl in Pleiku, Gia Lai. Her older cousin gropes her on weekends when the family visits. I'm a neighbour.", /weekends|repeated/],
  ])("«%s»", async (story, time) => {
    const s = await h.toSummary(story, [DANGER_NO]);
    expect(s.questions.filter((q) => ASKS_WHEN.test(q))).toHaveLength(0);
    expect(draftOf(s.chatId)?.when ?? "").toMatch(time);
  });

  it("weeks ago is a recent time, a weekend habit a repeated one", () => {
    expect(extractReportFacts("His stepfather slapped him a couple of weeks ago.").when).toBe("recent");
    expect(extractReportFacts("His stepfather slapped him a month ago.").when).toBe("recent");
    expect(extractReportFacts("His stepfather slaps him every weekend.").whenQuote).toBe("every weekend");
  });
});

/** Leftover 3: a child lying in hospital is receiving care, which is no harm going on now. */
describe("a child in hospital is care received, not harm happening now", () => {
  it.each([
    "Bé Hân 5 tuổi ở xã Ea Tu, Đắk Lắk, tuần trước bị dượng đánh chảy máu đầu, giờ bé đang nằm viện.",
    "Cháu Tuấn 9 tuổi ở phường Tân Lập, Đắk Lắk bị ông chú đánh gãy chân mấy hôm trước, hiện cháu đang nằm ở bệnh viện tỉnh.",
  ])("«%s»", (story) => {
    const facts = extractReportFacts(story);
    expect(facts.when).not.toBe("now");
    expect(facts.treated).toBe(true);
  });

  it("the case does not say the harm is happening now", async () => {
    const s = await h.toSummary("Bé Hân 5 tuổi ở xã Ea Tu, Đắk Lắk, tuần trước bị dượng đánh chảy máu đầu, giờ bé đang nằm viện. Tôi là hàng xóm.", [DANGER_NO]);
    expect(draftOf(s.chatId)?.when).not.toBe("now");
    expect(s.summary).not.toMatch(/đang xảy ra/i);
  });
});

/** Leftover 5: a child who cries a lot is upset; crying is not a harm that repeats. */
describe("crying all the time is no repeated harm", () => {
  it.each([
    "Bé Linh 6 tuổi bị ông hàng xóm sờ vùng kín hôm thứ hai, từ đó tới nay bé khóc suốt.",
    "Thằng Phúc 7 tuổi bị mẹ kế đánh tối qua, sáng nay nó khóc hoài không chịu đi học.",
    "bé nhà bên 4 tuổi tối qua bị bố tát, giờ cứ khóc suốt",
  ])("«%s»", (story) => {
    const facts = extractReportFacts(story);
    expect(facts.times).not.toContain("repeated");
  });

  it("the time stored is the harm's, not an 'again and again'", async () => {
    const s = await h.toSummary("Thằng Phúc 7 tuổi ở phường Tân Lập, Đắk Lắk bị mẹ kế đánh tối qua, sáng nay nó khóc hoài không chịu đi học. Tôi là hàng xóm.", [DANGER_NO]);
    expect(draftOf(s.chatId)?.when ?? "").not.toMatch(/thường xuyên|nhiều lần|repeated/);
  });
});

/** Leftover 7: someone who passes on what they heard is not the one who harms; the one they name is. */
describe("a harmer told of through someone else", () => {
  it.each([
    ["My grandmother says my aunt hits him", /aunt/],
    ["Our grandma told us that our uncle locks my little cousin in the shed.", /uncle/],
    ["bà ngoại nó kể là dượng nó hay đánh nó", /dượng/],
    ["ba noi no noi la duong no danh no bam minh", /duong/],
  ])("«%s» names %s", (story, who) => {
    expect(extractReportFacts(story).harmerQuote ?? "").toMatch(who);
  });

  it("the one who tells stays the harmer when no one else is named", () => {
    expect(extractReportFacts("bà nội nó nói sẽ đánh chết nó nếu nó về trễ").harmer).toBe("grandparent");
  });

  it("the case names the uncle, not the grandmother who told", async () => {
    const s = await h.toSummary("My cousin Mai is 9 and lives in Pleiku, Gia Lai. My grandmother says my uncle slapped her hard yesterday. I'm her cousin.", [DANGER_NO]);
    expect(draftOf(s.chatId)?.harmerText ?? "").toMatch(/uncle/);
    expect(s.summary).not.toMatch(/causing harm: grand/i);
  });
});

/** Leftover 4: a grown-up who is ill is no ill child. */
describe("an ill adult does not mark the child as ill", () => {
  it.each([
    "Con bé Mai 10 tuổi ở xã Ea Kar, Đắk Lắk, bà nội đang ốm nặng nằm một chỗ, bố mẹ đi làm xa, nó phải nghỉ học ở nhà chăm bà.",
    "Thằng Tín 12 tuổi phải bỏ học đi bốc vác vì mẹ nó bị bệnh nặng, không ai lo.",
    "A 13-year-old boy in Pleiku cooks and cleans every day because his grandmother is sick, he has stopped going to school.",
  ])("«%s»", (story) => {
    expect(triageReport(story).redFlags).not.toContain("child_ill");
  });

  it.each([
    "Bé Su 2 tuổi đang sốt cao mà mẹ nó bỏ đi chơi từ chiều, bé ở nhà một mình.",
    "bà nội nói bé đang ốm nặng mà bố mẹ không cho đi viện",
    "The baby is sick and has been alone since this morning.",
  ])("a child who is ill still is: «%s»", (story) => {
    expect(triageReport(story).redFlags).toContain("child_ill");
  });
});

/** Leftover 8: a correction typed without tones names the stepfather ("duong" is dượng where a person is named). */
describe("a toneless correction of who harms", () => {
  const STORY = "Bé Na 9 tuổi ở xã Ea Tu, Đắk Lắk hôm qua bị chú đánh bầm lưng. Tôi là hàng xóm.";

  async function atSummary() {
    const r = h.reporter();
    let rs = await r.send(STORY);
    if (rs.at(-1)?.choices?.some((c) => c.id === "menu:report")) rs = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !rs.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const pick = rs.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      rs = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    return r;
  }

  it.each(["khong phai chu, la duong", "duong chu khong phai chu", "ko phai chu dau, la duong no"])("«%s» makes the stepfather the harmer", async (fix) => {
    const r = await atSummary();
    const replies = await r.send(fix);
    expect(draftOf(r.chatId)?.harmer).toBe("stepfather");
    expect(replies.map((x) => x.text).join("\n")).toMatch(/người gây hại: bố dượng/);
  });
});

/** Leftover 6: who the reporter says they are, in the story, is kept as said, not asked again nor made plain "other". */
describe("the reporter's own words for who they are", () => {
  const ASKS_RELATION = /là ai đối với trẻ|Who are you to the child/;
  it.each([
    ["Tôi là bà con bên nội của bé. Bé Trâm 9 tuổi ở xã Ea Tu, Đắk Lắk hôm qua bị mẹ kế đánh bầm lưng.", "family", /bà con bên nội/],
    ["Tôi là họ hàng xa của thằng bé. Nó 9 tuổi ở xã Ea Tu, Đắk Lắk, hôm qua bị bố dượng quất roi.", "family", /họ hàng xa/],
    ["I'm a relative on his father's side. Minh is 9, lives in Pleiku, Gia Lai, and his stepmother beat him yesterday.", "family", /relative on his father's side/],
    ["Tôi là mẹ nuôi của bé. Bé Trâm 9 tuổi ở xã Ea Tu, Đắk Lắk hôm qua bị bố ruột đánh bầm lưng khi về thăm.", "family", /mẹ nuôi/],
    ["I'm his football coach. Minh is 10, lives in Pleiku, Gia Lai, and his father beat him with a belt yesterday.", "other", /football coach/],
  ] as const)("«%s»", async (story, relation, words) => {
    const s = await h.toSummary(story, [DANGER_NO]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    const d = draftOf(s.chatId);
    expect(d?.reporterRelation).toBe(relation);
    expect(s.summary).toMatch(words);
  });

  it("a foster mother typed at the question is family, not the child", async () => {
    const s = await h.toSummary("Bé Trâm 9 tuổi ở xã Ea Tu, Đắk Lắk hôm qua bị bố ruột đánh bầm lưng.", [DANGER_NO, [ASKS_RELATION, "mẹ nuôi của bé"]]);
    expect(draftOf(s.chatId)?.reporterRelation).toBe("family");
  });
});

/** Leftover 10: where a child has moved to is where the child is; that place is not asked again. */
describe("a child who has moved is where they moved to", () => {
  const ASKS_PLACE = /xảy ra ở đâu|Where did this happen/;
  it.each([
    ["Cu Bin 11 tuổi bị bố dượng đánh mấy năm liền, tháng trước nó mới chuyển xuống thành phố Buôn Ma Thuột ở với bà ngoại. Tôi là hàng xóm cũ.", "Đắk Lắk"],
    ["My nephew is 10. His stepfather hit him for years. He moved to Pleiku three weeks ago and lives with his grandmother now. I'm his aunt.", "Gia Lai"],
  ])("«%s»", async (story, province) => {
    const s = await h.toSummary(story, [DANGER_NO]);
    expect(s.questions.filter((q) => ASKS_PLACE.test(q))).toHaveLength(0);
    expect(draftOf(s.chatId)?.provinceName).toBe(province);
  });
});

/** Leftover 9: a side question answered with the offer to report is not answered again once the report starts. */
describe("a side answer given with the offer is not repeated", () => {
  it("the confidentiality answer comes once", async () => {
    const r = h.reporter();
    const first = await r.send("Con bé nhà bên tối nào cũng khóc to lắm, tôi nghi bị đánh. Nếu tôi báo thì nhà nó có biết ai báo không?");
    const answer = first.find((x) => /bí mật/.test(x.text))?.text;
    expect(answer).toBeDefined();
    expect(first.at(-1)?.choices?.some((c) => c.id === "menu:report")).toBe(true);
    const next = await r.send({ choice: "menu:report" });
    expect(next.filter((x) => x.text === answer)).toHaveLength(0);
    expect(next.at(-1)?.text ?? "").toMatch(/nguy hiểm|xảy ra ở đâu/);
  });
});

/** A question about the report asked before the story, in the same message, is answered when the report opens (nothing dropped). */
describe("a question put before the story is answered", () => {
  it.each([
    ["Nếu mình báo thì ba mẹ con bé có biết ai báo không? Con bé nhà sát vách 7 tuổi ở xã Ea Tu, Đắk Lắk ngày nào cũng bị ba nó đánh.", /bí mật/],
    ["Will the family find out it was me if I report? The boy across the road, about 8, in Pleiku, Gia Lai, gets beaten by his uncle every week.", /confidential/],
  ])("«%s»", async (story, answer) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = [...replies, ...(await r.send({ choice: "menu:report" }))];
    expect(replies.map((x) => x.text).join("\n")).toMatch(answer);
  });
});
