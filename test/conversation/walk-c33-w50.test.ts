/**
 * Walk 50 (issue 13), task C33: what a reporter chooses, corrects and is told. Through the real web chat HTTP API
 * (POST /api/chat/messages) and the real conversation core, triage and reporter flow with an in-memory case intake.
 * Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { all, ASKS_DANGER, hasChoice, lastLine } from "./real-core-harness.ts";
import { webChatWalk } from "./web-chat-walk-harness.ts";

const { reporter, draftOf, storedOf, toSummary } = webChatWalk("c33");

/** Sends the story and answers until the danger question is the one asked. */
async function atDangerQuestion(story: string) {
  const r = reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 6 && !ASKS_DANGER.test(lastLine(replies.at(-1))); i++) {
    if (hasChoice(replies.at(-1), "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
  return { r, replies };
}

const NEIGHBOUR_STORY = "Tôi ở cạnh nhà một bé gái 9 tuổi ở phường Tân Lợi, Đắk Lắk. Tối hôm kia ông chú say rượu tát bé rồi đẩy bé ngã vào tường.";
const ENGLISH_STORY = "I live next door to a 9-year-old girl in Tan Loi ward, Dak Lak. Two nights ago her drunk uncle slapped her and shoved her into a wall.";

describe("(a) a button's label sent as the choice is read as typed, never dropped", () => {
  it.each([
    ["Không", "no"],
    ["Không rõ", "unknown"],
    ["Có", "yes"],
  ])("the label «%s» at the danger question is taken as that answer", async (label, answer) => {
    const { r } = await atDangerQuestion(NEIGHBOUR_STORY);
    const replies = await r.send({ choice: label });
    expect(replies.length).toBeGreaterThan(0);
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_DANGER);
    expect(draftOf(r.sessionId)!.dangerNow).toBe(answer);
  });

  it("the English label «No» in an English conversation is taken as the answer", async () => {
    const { r } = await atDangerQuestion(ENGLISH_STORY);
    const replies = await r.send({ choice: "No" });
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_DANGER);
    expect(draftOf(r.sessionId)!.dangerNow).toBe("no");
  });

  it("the label «Gửi» at the summary sends the report and gives a code", async () => {
    const r = reporter();
    await toSummary(r, await r.send(NEIGHBOUR_STORY));
    const done = all(await r.send({ choice: "Gửi" }));
    expect(done).toMatch(/Mã báo tin của bạn|Mã của em|Your report code|Your code/);
    expect(storedOf(r.sessionId)).toBeDefined();
  });

  it("a choice that names no button is answered with a reason, not the bare question again, and is kept", async () => {
    const { r } = await atDangerQuestion(NEIGHBOUR_STORY);
    const replies = await r.send({ choice: "bé đang ngủ ở nhà bà ngoại rồi" });
    expect(replies.length).toBeGreaterThan(0);
    const d = draftOf(r.sessionId)!;
    // Read as typed: either an answer the words give, or kept for officers; never lost.
    expect(d.dangerNow === "no" || [d.narrative ?? "", ...d.extraNotes].join("\n").includes("bà ngoại")).toBe(true);
  });

  it("the button's own id still works as before", async () => {
    const { r } = await atDangerQuestion(NEIGHBOUR_STORY);
    const replies = await r.send({ choice: "no" });
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_DANGER);
    expect(draftOf(r.sessionId)!.dangerNow).toBe("no");
  });
});

const INFANT_STORY = "Tôi là điều dưỡng ở khoa nhi, bệnh viện tỉnh Tây Ninh. Chúng tôi đang chữa cho một bé trai 8 tháng tuổi gãy tay, trên lưng có nhiều vết bầm cũ mới; mẹ bé nói bé lăn khỏi võng nhưng vết thương không khớp. Nhà bé ở phường Long Hoa. Hiện bé nằm viện, an toàn.";

describe("(b) who harms corrected to unknown reaches what is stored", () => {
  it.each([
    "chưa rõ ai gây ra, mẹ bé chỉ là người kể lại chuyện bé ngã",
    "người gây hại thì chưa biết là ai, mẹ bé chỉ kể lại thôi",
    "we don't know who did it yet, the mother only told us how he fell",
  ])("typed at the summary: %s", async (typed) => {
    const r = reporter();
    await toSummary(r, await r.send(INFANT_STORY));
    const before = draftOf(r.sessionId)!;
    const riskBefore = triageDraft(before).risk;
    await r.send({ choice: "edit" });
    const after = all(await r.send(typed));
    expect(after).not.toMatch(/chưa đọc ra được thông tin cần sửa|could not read what to change/);
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).toBeNull();
    expect(after).not.toMatch(/người gây hại: mẹ|harmer: mother|who harms: mother/i);
    await r.send({ choice: "submit" });
    const triage = triageDraft(d);
    expect(triage.redFlags).not.toContain("caregiver_is_abuser");
    expect((triage.reasons ?? []).join("\n")).not.toMatch(/Người gây hại là .*mẹ|harmer is .*mother/i);
    const rank = ["low", "medium", "high", "emergency"];
    expect(rank.indexOf(triage.risk)).toBeGreaterThanOrEqual(Math.min(rank.indexOf(riskBefore), rank.indexOf("high")));
  });

  it("corrected through the field button to «không rõ», the stored flags no longer name the mother", async () => {
    const r = reporter();
    await toSummary(r, await r.send(INFANT_STORY));
    await r.send({ choice: "edit" });
    await r.send("sửa người gây hại");
    const step = await r.send("không rõ");
    expect(all(step)).not.toMatch(/người gây hại: mẹ/);
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).toBeNull();
    expect(triageDraft(d).redFlags).not.toContain("caregiver_is_abuser");
  });

  it("an emergency stays an emergency when who harms is corrected to unknown", async () => {
    const r = reporter();
    const story = "Bé gái 5 tuổi nhà bên ở phường Tân Lợi, Đắk Lắk đang bị bố đánh bằng gậy, bé chảy máu đầu, tôi nghe bé la hét ngay lúc này.";
    await toSummary(r, await r.send(story), [[ASKS_DANGER, { choice: "yes" }]]);
    const riskBefore = triageDraft(draftOf(r.sessionId)!).risk;
    expect(riskBefore).toBe("emergency");
    await r.send({ choice: "edit" });
    await r.send("thật ra chưa rõ ai đánh bé");
    expect(triageDraft(draftOf(r.sessionId)!).risk).toBe("emergency");
  });

  it("a near miss: «người gây hại là mẹ, đúng rồi» keeps the mother", async () => {
    const r = reporter();
    await toSummary(r, await r.send("Bé trai 6 tuổi ở phường Tân Lợi, Đắk Lắk, tối qua bị mẹ đánh bằng roi mây, lằn đỏ khắp chân. Tôi là hàng xóm."));
    expect(draftOf(r.sessionId)!.harmer).not.toBeNull();
    const harmer = draftOf(r.sessionId)!.harmer;
    await r.send({ choice: "edit" });
    await r.send("người gây hại là mẹ, đúng rồi");
    expect(draftOf(r.sessionId)!.harmer).toBe(harmer);
  });
});

const GRANDFATHER_STORY = "Tôi là hàng xóm. Bé gái nhà bên 7 tuổi ở xã Mỹ Hạnh, Tây Ninh, hôm qua tôi thấy ông ngoại bé lôi bé vào phòng rồi khóa cửa, lúc ra bé khóc mãi.";

describe("(c) a correction of two facts applies both, or says which was not applied", () => {
  it.each([
    ["bé 9 tuổi chứ không phải 7, và chuyện xảy ra tuần trước", /tuần trước/],
    ["nhầm, bé 9 tuổi, lần gần nhất là khoảng 10 ngày trước", /10 ngày trước/],
    ["sorry, she is 9 not 7, and it happened last week", /last week|tuần trước/],
  ])("%s", async (typed, when) => {
    const r = reporter();
    await toSummary(r, await r.send(GRANDFATHER_STORY));
    await r.send({ choice: "edit" });
    const replies = await r.send(typed);
    const d = draftOf(r.sessionId)!;
    expect(d.childAgeText ?? "").toMatch(/9/);
    const said = all(replies);
    // Both parts applied, or the reporter told which one was not.
    expect(d.when ?? "").toMatch(when);
    expect(said).toMatch(when);
  });
});

describe("(c) a part that is not applied is said, never silently kept", () => {
  it("a time without saying what it is the time of: the age is changed and the reporter is told the time was not", async () => {
    const r = reporter();
    await toSummary(r, await r.send(GRANDFATHER_STORY));
    await r.send({ choice: "edit" });
    const said = all(await r.send("nhầm, bé 9 tuổi, khoảng 10 ngày trước gì đó"));
    const d = draftOf(r.sessionId)!;
    expect(d.childAgeText ?? "").toMatch(/9/);
    expect(/10 ngày/.test(d.when ?? "") || (/chưa sửa được/.test(said) && /10 ngày trước/.test(said))).toBe(true);
  });

  it("a near miss: when the child told is not when it happened («bé mới kể với tôi hôm nay»)", async () => {
    const r = reporter();
    await toSummary(r, await r.send(GRANDFATHER_STORY));
    const before = draftOf(r.sessionId)!.when;
    await r.send({ choice: "edit" });
    await r.send("bé 9 tuổi. Bé mới kể với tôi hôm nay");
    expect(draftOf(r.sessionId)!.when).toBe(before);
  });
});

describe("(d) a child's «t tự làm» is self-harm: no harmer line", () => {
  const story = "t 15t. chán lắm r, ở nhà bị chửi suốt, ở trường bị tụi nó cô lập. t tính tối nay uống hết vỉ thuốc ngủ của mẹ cho xong. t ở phường Thuận Hóa, Huế";
  it.each([
    "ko phải tụi nó làm hại t. t muốn tự tử tối nay, là t tự làm",
    "không phải bạn bè, em tự làm",
    "it's not them, i'm the one doing it to myself",
  ])("%s", async (typed) => {
    const r = reporter();
    const first = await r.send(story);
    await toSummary(r, first, [[/Ngay lúc này em|nguy hiểm/, { choice: "yes" }]]);
    await r.send({ choice: "edit" });
    const replies = await r.send(typed);
    const said = all(replies);
    expect(said).not.toMatch(/người làm hại em: (t|em) tự làm|người gây hại: (t|em) tự làm|→ (t|em) tự làm/);
    expect(said).not.toMatch(/harmer: i'?m the one|who hurt you: i/i);
    const d = draftOf(r.sessionId)!;
    expect(d.harmerText ?? "").not.toMatch(/tự làm|myself/);
    expect(triageDraft(d).category).toBe("self_harm");
  });
});

describe("(e) a side answer never tells the reporter the internal risk rating", () => {
  it.each([
    ["Một học sinh nam lớp 6, 12 tuổi, ở phường Long Hoa, Tây Ninh bị nhóm bạn cùng lớp đánh hai lần trong tuần này và quay clip đăng lên mạng. Tôi là giáo viên chủ nhiệm.", "Bao lâu thì có người liên hệ lại với nhà trường?"],
    [ENGLISH_STORY, "How long until someone looks into it?"],
  ])("%s", async (story, question) => {
    const r = reporter();
    let replies = await r.send(story);
    let answer = "";
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      if (!answer && !ASKS_DANGER.test(q)) { replies = await r.send(question); answer = all(replies); continue; }
      const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip";
      replies = await r.send({ choice: pick });
    }
    expect(answer).toMatch(/giờ|hour/);
    expect(answer).not.toMatch(/mức nguy cơ|mức khẩn cấp|được đánh giá mức|rated (an emergency|high|medium|low)|risk for now/i);
  });
});

describe("(f) photos after the code: optional for a grown-up, never offered to a child", () => {
  it("a health worker's infant-injury report: any photo offer is optional and not of the child's injuries", async () => {
    const r = reporter();
    await toSummary(r, await r.send(INFANT_STORY), [[/liên lạc|contact/, "điều dưỡng Hoa, 0912 345 678"]]);
    const done = all(await r.send({ choice: "submit" }));
    expect(done).toMatch(/Mã báo tin của bạn|Mã của em|Your report code|Your code/);
    if (/ảnh|photo/i.test(done)) {
      expect(done).toMatch(/không bắt buộc|nếu muốn|if you wish|optional/i);
      expect(done).not.toMatch(/ảnh (vết thương|của bé|của trẻ)|photos? of (the child|his|her) (injur|wound)/i);
    }
  });

  it("a child reporter is never invited to send photos", async () => {
    const r = reporter();
    await toSummary(r, await r.send("e 11t, me ke e danh e bang roi, lung e bam het, e o xa Ea Kao, Dak Lak, hom qua"));
    const done = all(await r.send({ choice: "submit" }));
    expect(done).toMatch(/Mã báo tin của bạn|Mã của em|Your report code|Your code/);
    expect(done).not.toMatch(/ảnh|photo|hình|chụp/i);
  });
});
