/**
 * Walk 41 (helper C19b): the reporter conversation. Side wishes about the response, danger tonight read from the danger answer,
 * contact refused in the story or by a child who would be heard, a phone that is not the child's own, and "do I need to report
 * again" about a matter already dealt with. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, answerTo, all, hasChoice, lastLine, realCoreHarness, sideQuestionAt, type Say } from "./real-core-harness.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const h = realCoreHarness("c19b");

const CONTACT_Q = /liên lạc với (?:bạn|em) qua|How can officers contact you|Which phone number can we contact you/;

/** Tells the story, answers by question pattern, skips the rest; every reply kept, the questions asked, then submits. */
async function walked(story: string, answers: Array<[RegExp, Say]> = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  const seen: Reply[][] = [replies];
  if (hasChoice(replies.at(-1), "menu:report")) { replies = await r.send({ choice: "menu:report" }); seen.push(replies); }
  const questions: string[] = [];
  const replyTo: Array<[string, Reply[]]> = [];
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    questions.push(q);
    replies = await r.send(answerTo(replies.at(-1), answers));
    seen.push(replies);
    replyTo.push([q, replies]);
  }
  const summary = replies.at(-1)?.text ?? "";
  await r.send({ choice: "submit" });
  return { seen, questions, replyTo, summary, stored: h.stored(r.chatId) };
}

describe("1. a wish about how officers respond (no police, someone to talk to the family) is answered and kept", () => {
  const STORY_VI = "Bé gái 7 tuổi nhà bên ở xã Hòa Vang, Đà Nẵng thường bị để ở nhà một mình cả ngày, đói thì sang xin cơm nhà tôi. Tôi là hàng xóm.";
  const STORY_EN = "I want to report this. The little boy next door, he's 7, in Hoa Vang commune, Da Nang, is left alone at home all day and comes to us for food. I'm a neighbour.";
  it.each([
    [STORY_EN, "Please no police, I'd rather someone just had a chat with his family"],
    [STORY_EN, "I don't want the cops called, only somebody to speak with the parents."],
    [STORY_VI, "tôi không muốn công an vào cuộc, chỉ mong có người tới khuyên nhủ gia đình bé"],
    [STORY_VI, "dung cho cong an vao nha, chi can co nguoi noi chuyen voi bo me chau thoi"],
    [STORY_VI, "Xin đừng báo công an, tôi chỉ muốn có ai đó nói chuyện với mẹ cháu."],
  ])("%s / «%s»", async (story, wish) => {
    const w = await sideQuestionAt(h, story, CONTACT_Q, wish);
    // Answered: the officer sees the wish, and 111 is a counselling line, not the police.
    expect(w.answered).toMatch(/111/);
    expect(w.answered).toMatch(/không phải (?:là )?công an|not the police/);
    expect(w.answered).toMatch(/mong muốn|your wish/);
    expect(w.answered).not.toMatch(/chưa thấy số điện thoại|didn't see a phone number/);
    // Kept in the case as the reporter's wish, and not taken as a contact.
    expect(w.stored?.draft.extraNotes.join("\n")).toContain(wish);
    expect(w.stored?.draft.contact ?? "").not.toContain(wish);
  });
  it.each([
    "tôi không muốn công an vào",
    "I don't want the police, just someone to talk to the family",
    "khong muon cong an den nha dau",
  ])("read as a wish about the response: «%s»", (t) => {
    expect(sideTopics(t)).toContain("noPolice");
  });
  it.each([
    "công an xã đã tới nhà rồi",
    "bố nó là công an xã",
    "Có cần báo công an không?",
  ])("no wish in: «%s»", (t) => {
    expect(sideTopics(t)).not.toContain("noPolice");
  });
});

describe("2. danger tonight read from the danger answer: not sure, and tonight's advice at once", () => {
  const TONIGHT_ADVICE = /(tối nay|đêm nay|tonight)[^\n]*(người thân|hàng xóm|người lớn|relative|neighbour|adult)|(người thân|hàng xóm|người lớn|relative|neighbour|adult)[^\n]*(tối nay|đêm nay|tonight)/i;
  const NEIGHBOUR = "Cháu gái tôi 10 tuổi ở xã Hòa Vang, Đà Nẵng kể ông hàng xóm hay sờ vào vùng kín của cháu khi cháu sang nhà ông ấy xem tivi. Tôi là dì của cháu.";
  const NEIGHBOUR_EN = "My niece is 10, we live in Hoa Vang commune, Da Nang. She told me the old man next door touches her private parts when she goes to his house to watch TV. I'm her aunt.";
  const STEPDAD = "Thằng bé 8 tuổi nhà bên ở xã Hòa Vang, Đà Nẵng bị bố dượng đánh bằng roi gần như ngày nào cũng thế, hôm qua lưng còn lằn đỏ. Tôi là hàng xóm.";
  const STEPDAD_EN = "The boy next door is 8, in Hoa Vang commune, Da Nang. His stepfather beats him with a stick almost every day, yesterday his back was covered in marks. I'm a neighbour.";
  it.each([
    [NEIGHBOUR, "bây giờ cháu đang ở trường, nhưng tối nay chắc cháu lại sang nhà ông ấy"],
    [NEIGHBOUR, "gio chau o truong, toi nay lai qua nha ong ta xem tivi"],
    [NEIGHBOUR, "giờ bé đang ở trường, nhưng tối nay chắc lại qua nhà ổng"],
    [NEIGHBOUR_EN, "She's at school right now, but tonight she'll probably go over to his place again"],
    [STEPDAD, "giờ thì chắc không, tối ổng về"],
    [STEPDAD, "bây giờ thì chưa, ổng đi làm tới tối mới về"],
    [STEPDAD, "gio thi chua, toi ong ay ve"],
    [STEPDAD_EN, "Not at the moment, but he gets home tonight"],
  ])("%s / «%s»", async (story, answer) => {
    const w = await walked(story, [[ASKS_DANGER, answer]]);
    // The reply to the danger answer itself carries tonight's advice (before the next question).
    const after = w.replyTo.find(([q]) => ASKS_DANGER.test(q))?.[1];
    expect(after).toBeDefined();
    expect(all(after!)).toMatch(TONIGHT_ADVICE);
    expect(lastLine(after!.at(-1))).not.toMatch(ASKS_DANGER);
    // Not sure (the README's reading); a reading of yes is higher and allowed, a no never.
    expect(["unknown", "yes"]).toContain(w.stored?.draft.dangerNow);
    expect(w.summary).not.toMatch(/nguy hiểm ngay lúc này: không;|in danger right now: no;/);
    // The English "tonight she'll go to his place" after a story of sexual abuse is read as a yes (a danger of tonight stated).
    if (story !== NEIGHBOUR_EN) expect(w.stored?.draft.dangerNow).toBe("unknown");
  });
  it("a child safe at school with no later time is still a no", async () => {
    const w = await walked(STEPDAD, [[ASKS_DANGER, "giờ nó đang ở trường, chắc không sao"]]);
    expect(w.stored?.draft.dangerNow).toBe("no");
  });
});

describe("3. contact refused in the story, or by a child who would be heard, is not asked again", () => {
  it.each([
    "Nhà đối diện tôi ở phường Hải Châu, Đà Nẵng có thằng bé 9 tuổi bị bố đánh bằng gậy suốt, hôm kia sưng cả tay. Tôi không muốn để lại tên hay số điện thoại đâu.",
    "nha ben canh toi o phuong Hai Chau, Da Nang co be gai 8 tuoi bi me ke danh bam tim tay. toi khong de lai so dien thoai dau nha",
    "A girl, 8, across the street from me in Hai Chau ward, Da Nang is beaten by her stepmother with a stick, her arms are bruised. I don't want to leave my name or number.",
  ])("«%s»", async (story) => {
    const w = await walked(story);
    expect(w.questions.filter((q) => CONTACT_Q.test(q))).toEqual([]);
    expect(w.stored?.draft.anonymous).toBe(true);
  });

  const HIDING = [
    ["em 12 tuổi, bố em say rượu đang đập đồ, em trốn trong nhà tắm, nhà em ở xã Hòa Vang Đà Nẵng", "đừng gọi, bố em nghe thấy"],
    ["e 12t, ba e say dang dap do, e tron trong phong, nha e o xa Hoa Vang Da Nang", "dung goi e nha, ba e nghe dc"],
    ["I'm 12, my dad is drunk and smashing things, I'm hiding in my room, we live in Hoa Vang commune, Da Nang", "don't call me, my dad will hear it"],
  ] as const;
  it.each(HIDING)("a child: «%s» / «%s»", async (story, dontCall) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !CONTACT_Q.test(lastLine(replies.at(-1))) && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "yes" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(CONTACT_Q);
    const after = await r.send(dontCall);
    // Not asked again; told nobody calls, and how to reach 111 themselves.
    expect(lastLine(after.at(-1))).not.toMatch(CONTACT_Q);
    expect(all(after)).toMatch(/không gọi cho em|won't call you|will not call you/);
    expect(all(after)).toMatch(/111/);
    const summary = hasChoice(after.at(-1), "submit") ? after : await (async () => { let rs = after; for (let i = 0; i < 6 && !hasChoice(rs.at(-1), "submit"); i++) rs = await r.send({ choice: rs.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id))?.id ?? "skip" }); return rs; })();
    expect(hasChoice(summary.at(-1), "submit")).toBe(true);
    await r.send({ choice: "submit" });
    const c = h.stored(r.chatId);
    expect(c?.draft.anonymous).toBe(true);
    expect(c?.draft.extraNotes.join("\n")).toContain(dontCall);
  });
});

describe("4. a child's phone that is a parent's is kept and read as «do not call that number»", () => {
  const STORY = "e 13t, học lớp 8 trường THCS phường Hải Châu Đà Nẵng, mấy bạn cùng lớp ngày nào cũng chặn đường đánh e, e ko dám nói ai";
  const STORY_EN = "I'm 13, in grade 8 at a school in Hai Chau ward, Da Nang. Some kids in my class beat me up on the way home every day.";
  it.each([
    [STORY, "e k co dt rieng, dt cua me"],
    [STORY, "em không có điện thoại riêng, máy này của mẹ em"],
    [STORY, "ko co dt, xai may cua ba"],
    [STORY_EN, "I don't have my own phone, this is my mom's"],
  ])("%s / «%s»", async (story, said) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !CONTACT_Q.test(lastLine(replies.at(-1))) && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "no" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(CONTACT_Q);
    const after = await r.send(said);
    expect(lastLine(after.at(-1))).not.toMatch(CONTACT_Q);
    expect(all(after)).toMatch(/không gọi vào số|won't call that number|will not call that number/);
    let rs = after;
    for (let i = 0; i < 6 && !hasChoice(rs.at(-1), "submit"); i++) rs = await r.send({ choice: rs.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id))?.id ?? "skip" });
    // Shown to the reporter in the summary, and stored for officers.
    expect(all(rs)).toContain(said);
    await r.send({ choice: "submit" });
    const c = h.stored(r.chatId);
    expect(c?.draft.extraNotes.join("\n")).toContain(said);
    expect(c?.draft.contact).toBeNull();
    expect(c?.draft.consentToContact).not.toBe(true);
  });
});

describe("5. «do I need to report again» about a matter already dealt with is answered", () => {
  const PAST = [
    "Năm ngoái cháu tôi 9 tuổi ở phường Hải Châu, Đà Nẵng bị ông hàng xóm đánh, công an phường đã xử lý xong, ổng chuyển đi rồi, cháu giờ ổn. Giờ có cần báo lại cho các anh chị không?",
    "nam ngoai chau toi 9 tuoi o phuong Hai Chau bi hang xom danh, cong an da giai quyet roi, gio chau on. gio co can bao lai cho may anh chi khong",
    "Last year my nephew, 9, was hit by a neighbour in Hai Chau ward, Da Nang. The police dealt with it, the man moved away, he is fine now. Do I need to report it again?",
  ];
  it.each(PAST)("read as asking whether to report: «%s»", (t) => {
    expect(sideTopics(t)).toContain("shouldReport");
  });
  it.each(PAST)("answered before the report goes on: «%s»", async (t) => {
    const r = h.reporter();
    const first = await r.send(t);
    let seen = all(first);
    if (hasChoice(first.at(-1), "menu:report")) seen += `\n${all(await r.send({ choice: "menu:report" }))}`;
    expect(seen).toMatch(/chuyện đã qua|in the past/);
  });
});

describe("1b. the wish told in the story itself, or at the danger question, is answered and kept too", () => {
  it.each([
    "Bé trai 6 tuổi nhà bên ở xã Hòa Vang, Đà Nẵng hay bị bỏ đói, mẹ đi làm cả ngày. Tôi không muốn công an vào, chỉ mong có người nói chuyện với mẹ bé.",
    "I want to report a girl, 6, next door in Hoa Vang commune, Da Nang, who is left hungry all day. I don't want the police involved, just someone to talk to her mum.",
  ])("in the story: «%s»", async (story) => {
    const w = await walked(story);
    expect(all(w.seen.flat())).toMatch(/không phải (?:là )?công an|not the police/);
    expect([w.stored?.draft.narrative, ...(w.stored?.draft.extraNotes ?? [])].join("\n")).toMatch(/công an|police/);
  });
  it("at the danger question", async () => {
    const w = await sideQuestionAt(h, "Bé gái 7 tuổi nhà bên ở xã Hòa Vang, Đà Nẵng thường bị để ở nhà một mình cả ngày, đói thì sang xin cơm nhà tôi. Tôi là hàng xóm.", ASKS_DANGER, "đừng báo công an nha, chỉ cần ai đó nói chuyện với gia đình");
    expect(w.answered).toMatch(/không phải (?:là )?công an/);
    expect(w.stored?.draft.extraNotes.join("\n")).toContain("đừng báo công an nha");
  });
});
